// CPU cost of loading the sandbox's seccomp program: fork, no-new-privs, install, exit, for the
// baked program and for an allow-only one-instruction filter (the baseline), ROUNDS x RUNS each,
// measured as the children's user+system time. Loading makes the kernel emulate the filter for
// every syscall number (its action cache), so the program's layout matters.
// Usage: seccomp_load_bench [RUNS] [ROUNDS]
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <vector>

#include "fairhire/assess/internal/seccomp_program.h"  // generated at build time

namespace {

double ChildrenCpuUs() {
  struct rusage ru{};
  getrusage(RUSAGE_CHILDREN, &ru);
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e6 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
}

// Mean CPU microseconds per fork + install + exit; negative when an install failed.
double PerRun(const std::vector<sock_filter>& program, int runs) {
  const double before = ChildrenCpuUs();
  for (int i = 0; i < runs; ++i) {
    pid_t pid = fork();
    if (pid == 0) {
      sock_fprog prog{static_cast<unsigned short>(program.size()), const_cast<sock_filter*>(program.data())};
      prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
      _exit(syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0 ? 0 : 1);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || status != 0) return -1;
  }
  return (ChildrenCpuUs() - before) / runs;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 2000;
  const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  const std::vector<sock_filter> allow = {BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
  const std::vector<sock_filter> baked(std::begin(fairhire::assess::internal::kSeccompProgram),
                                       std::end(fairhire::assess::internal::kSeccompProgram));
  std::printf("fork + no-new-privs + seccomp install + exit, %d runs per round (CPU us per run)\n", runs);
  for (int r = 0; r < rounds; ++r) {
    const double base = PerRun(allow, runs), ours = PerRun(baked, runs);
    if (base < 0 || ours < 0) {
      std::printf("seccomp install failed\n");
      return 1;
    }
    std::printf("allow-only %.1f  sandbox program (%zu instructions) %.1f  cost of our filter %.1f\n",
                base, baked.size(), ours, ours - base);
  }
  return 0;
}
