// Per-run cost of the sandbox against plain exec, `unshare -Urpnm --fork` and bwrap, all spawning
// /usr/bin/true in one run on the same machine; then runs/s with 2 parallel workers; then the
// peak-memory cross-check (cgroup figure vs the program's own ru_maxrss, in and out of the box).
//   assess_sandbox_bench [RUNS] [THROUGHPUT_RUNS_PER_WORKER]
// Environment: FAIRHIRE_BENCH_BASELINE (an older fairhire-assess to compare in the same run),
// FAIRHIRE_BENCH_CLEANUP=1 (remove the slots' persistent state at the end).
// Needs root (like the sandbox). Prints a table; the figures are quoted in docs/sandbox.md.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "fairhire/assess/sandbox.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Variant {
  std::string name;
  std::vector<std::string> argv;  // empty: the library's helper sandbox
  std::vector<std::string> env = {};  // extra environment entries
};

fs::path SelfDir() { return fs::read_symlink("/proc/self/exe").parent_path(); }

bool SpawnWait(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env) {
  std::vector<char*> av;
  for (const auto& a : argv) av.push_back(const_cast<char*>(a.c_str()));
  av.push_back(nullptr);
  std::vector<char*> env = {const_cast<char*>("PATH=/usr/bin:/bin")};
  for (const auto& e : extra_env) env.push_back(const_cast<char*>(e.c_str()));
  env.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  int rc = posix_spawn(&pid, av[0], &fa, nullptr, av.data(), env.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return false;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool RunOnce(const Variant& v, fairhire::assess::Sandbox* sandbox) {
  if (!v.argv.empty()) return SpawnWait(v.argv, v.env);
  fairhire::assess::SandboxSpec spec;
  spec.argv = {"/usr/bin/true"};
  auto r = sandbox->Run(spec);
  return r && r->verdict == fairhire::assess::Verdict::kOk;
}

double ChildrenCpuMs() {
  struct rusage ru{};
  getrusage(RUSAGE_CHILDREN, &ru);
  return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

double Throughput(const Variant& v, int per_worker) {
  auto start = Clock::now();
  std::vector<std::thread> workers;
  for (int w = 0; w < 2; ++w) {
    workers.emplace_back([&] {
      auto sandbox = fairhire::assess::MakeSandbox();
      for (int i = 0; i < per_worker; ++i) RunOnce(v, sandbox.get());
    });
  }
  for (auto& t : workers) t.join();
  double secs = std::chrono::duration<double>(Clock::now() - start).count();
  return 2.0 * per_worker / secs;
}

int Touch(int mb) {
  char* p = static_cast<char*>(std::malloc(static_cast<std::size_t>(mb) << 20));
  std::memset(p, 1, static_cast<std::size_t>(mb) << 20);
  struct rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  long anon = -1;
  char line[256];
  FILE* f = std::fopen("/proc/self/status", "r");
  while (f != nullptr && std::fgets(line, sizeof line, f) != nullptr) std::sscanf(line, "RssAnon: %ld", &anon);
  if (f != nullptr) std::fclose(f);
  std::printf("%ld %ld\n", ru.ru_maxrss, anon);
  return p[4096] == 1 ? 0 : 1;
}

void PeakCheck() {
  fs::path box = fs::temp_directory_path() / ("fairhire-bench-" + std::to_string(getpid()));
  fs::create_directories(box);
  fs::copy_file("/proc/self/exe", box / "bench");
  fairhire::assess::SandboxSpec spec;
  spec.argv = {"./bench", "--touch", "100"};
  spec.box_dir = box.string();
  spec.limits.memory_kb = 512 << 10;
  auto r = fairhire::assess::MakeSandbox()->Run(spec);
  fs::remove_all(box);
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    execl("/proc/self/exe", "bench", "--touch", "100", nullptr);
    _exit(127);
  }
  struct rusage ru{};
  int status = 0;
  wait4(pid, &status, 0, &ru);
  if (!r || r->verdict != fairhire::assess::Verdict::kOk) {
    std::printf("peak check failed\n");
    return;
  }
  double own = 0, anon = 0;
  std::sscanf(r->stdout_data.c_str(), "%lf %lf", &own, &anon);
  double peak = static_cast<double>(r->peak_kb);
  std::printf("\npeak memory, program touching 100 MB:\n");
  std::printf("  sandbox peak_kb (cgroup %s)     %8lld KB\n", r->cgroup_mode.c_str(),
              static_cast<long long>(r->peak_kb));
  std::printf("  program's own RssAnon in box    %8.0f KB  (peak differs by %+.2f %%)\n", anon,
              100.0 * (peak - anon) / anon);
  std::printf("  program's own ru_maxrss in box  %8.0f KB  (peak differs by %+.2f %%)\n", own,
              100.0 * (peak - own) / own);
  std::printf("  wait4 ru_maxrss outside the box %8ld KB  (peak differs by %+.2f %%)\n", ru.ru_maxrss,
              100.0 * (static_cast<double>(r->peak_kb) - static_cast<double>(ru.ru_maxrss)) /
                  static_cast<double>(ru.ru_maxrss));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--touch") == 0) return Touch(std::atoi(argv[2]));
  int runs = argc > 1 ? std::atoi(argv[1]) : 200;
  int per_worker = argc > 2 ? std::atoi(argv[2]) : 500;
  std::string tool = (SelfDir() / "fairhire-assess").string();
  std::string box = (SelfDir() / "fairhire-box").string();
  std::vector<Variant> variants = {
      {"plain exec", {"/usr/bin/true"}},
      {"unshare -Urpnm --fork", {"/usr/bin/unshare", "-Urpnm", "--fork", "/usr/bin/true"}},
      {"bwrap", {"/usr/bin/bwrap", "--unshare-all", "--unshare-user", "--uid", "65534", "--die-with-parent",
                 "--new-session", "--clearenv", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib",
                 "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin", "--proc", "/proc",
                 "--dev", "/dev", "--tmpfs", "/tmp", "/usr/bin/true"}},
      {"fairhire-assess sandbox", {tool, "sandbox", "--", "/usr/bin/true"}},
      {"library (fairhire-box)", {}},
      {"tool, fresh root per run", {tool, "sandbox", "--", "/usr/bin/true"}, {"FAIRHIRE_BOX_FRESH_ROOT=1"}},
      {"tool, fresh netns per run", {tool, "sandbox", "--", "/usr/bin/true"}, {"FAIRHIRE_BOX_FRESH_NET=1"}},
  };
  // FAIRHIRE_BENCH_BASELINE=/path/to/an/older/fairhire-assess: the same command with that binary,
  // for before/after figures measured in the same run.
  if (const char* base = std::getenv("FAIRHIRE_BENCH_BASELINE"); base != nullptr && *base != '\0') {
    variants.push_back({"baseline tool", {base, "sandbox", "--", "/usr/bin/true"}});
  }
  auto sandbox = fairhire::assess::MakeSandbox();
  std::printf("%d runs of /usr/bin/true per variant (after 20 warm-up runs), shuffled interleaving\n", runs);
  std::vector<std::vector<double>> ms(variants.size());
  for (auto& v : variants) {
    for (int i = 0; i < 20; ++i) {
      if (!RunOnce(v, sandbox.get())) {
        std::printf("%s: failed to run\n", v.name.c_str());
        return 1;
      }
    }
  }
  // Interleaved in a shuffled order each round: the host's load changes over time, and the
  // asynchronous teardown of a network namespace lands on whichever run comes next.
  std::vector<double> cpu_ms(variants.size(), 0.0);
  std::vector<std::size_t> order(variants.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::mt19937 rng(42);
  for (int i = 0; i < runs; ++i) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t k : order) {
      double cpu0 = ChildrenCpuMs();
      auto t0 = Clock::now();
      RunOnce(variants[k], sandbox.get());
      ms[k].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      cpu_ms[k] += ChildrenCpuMs() - cpu0;
    }
  }
  double plain = Percentile(ms[0], 0.5), unshare = Percentile(ms[1], 0.5);
  std::printf("%-26s %9s %9s %9s %11s %12s\n", "variant", "median ms", "p90 ms", "x plain", "x unshare",
              "CPU ms/run");
  for (std::size_t k = 0; k < variants.size(); ++k) {
    double med = Percentile(ms[k], 0.5);
    std::printf("%-26s %9.2f %9.2f %9.2f %11.2f %12.2f\n", variants[k].name.c_str(), med,
                Percentile(ms[k], 0.9), med / plain, med / unshare, cpu_ms[k] / runs);
  }
  std::printf("(CPU ms/run: user+system of the whole process tree, from RUSAGE_CHILDREN)\n");
  std::printf("\nthroughput, 2 workers x %d runs:\n", per_worker);
  for (const auto& v : variants) std::printf("  %-26s %8.0f runs/s\n", v.name.c_str(), Throughput(v, per_worker));
  PeakCheck();
  // The slots' persistent state (network namespaces, v1 groups) is left for the next run unless
  // asked otherwise: FAIRHIRE_BENCH_CLEANUP=1 removes it.
  if (const char* c = std::getenv("FAIRHIRE_BENCH_CLEANUP"); c != nullptr && *c == '1') {
    (void)fairhire::assess::RemoveSandboxState();
  }
  return 0;
}
