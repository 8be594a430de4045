#include "fairhire/assess/internal/box_init.h"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <linux/capability.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <iterator>
#include <vector>

#include <linux/filter.h>

#include "fairhire/assess/internal/box_fs.h"
#include "fairhire/assess/internal/seccomp_filter.h"
#include "fairhire/assess/internal/seccomp_program.h"  // generated at build time
#include "fairhire/assess/internal/sys_util.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace fairhire::assess::internal {
namespace {

void SetLimit(int resource, rlim_t soft, rlim_t hard) {
  struct rlimit rl{soft, hard};
  setrlimit(resource, &rl);
}

// nproc_slack: 1 when a pids cgroup holds the exact limit, so that it (and its event counter)
// trips first; RLIMIT_NPROC on the slot UID is then a backstop. 0 in rlimit-only mode.
void ApplyRlimits(const Limits& limits, int nproc_slack) {
  rlim_t cpu_s = static_cast<rlim_t>((limits.cpu_ms + 999) / 1000 + 1);  // backstop only
  SetLimit(RLIMIT_CPU, cpu_s, cpu_s + 1);
  SetLimit(RLIMIT_CORE, 0, 0);
  SetLimit(RLIMIT_MEMLOCK, 0, 0);
  SetLimit(RLIMIT_MSGQUEUE, 0, 0);
  SetLimit(RLIMIT_NOFILE, static_cast<rlim_t>(limits.open_files), static_cast<rlim_t>(limits.open_files));
  rlim_t stack = static_cast<rlim_t>(limits.stack_kb) * 1024;
  SetLimit(RLIMIT_STACK, stack, stack);
  rlim_t fsize = static_cast<rlim_t>(limits.file_size_kb) * 1024;
  SetLimit(RLIMIT_FSIZE, fsize, fsize);
  rlim_t nproc = static_cast<rlim_t>(limits.processes + nproc_slack);
  SetLimit(RLIMIT_NPROC, nproc, nproc);
  if (limits.address_space_kb > 0) {
    rlim_t as = static_cast<rlim_t>(limits.address_space_kb) * 1024;
    SetLimit(RLIMIT_AS, as, as);
  }
}

std::vector<std::string> BuildEnv(const SandboxSpec& spec) {
  std::vector<std::string> env = {"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/box", "LANG=C.UTF-8",
                                  "TMPDIR=/tmp"};
  for (const std::string& kv : spec.env) {
    std::string key = kv.substr(0, kv.find('=') + 1);
    bool replaced = false;
    for (std::string& existing : env) {
      if (existing.rfind(key, 0) == 0) existing = kv, replaced = true;
    }
    if (!replaced) env.push_back(kv);
  }
  return env;
}

// Everything the target needs, prepared by init before vfork(): the child only makes system
// calls (it shares init's memory until execve, so it must not allocate).
struct ExecPlan {
  std::vector<std::string> candidates;  // absolute paths to try in order (the box's own PATH)
  std::vector<std::string> env;
  std::vector<char*> av, ev;
};

void PlanExec(const SandboxSpec& spec, ExecPlan* plan) {
  const std::string& cmd = spec.argv[0];
  if (cmd.find('/') != std::string::npos) {
    plan->candidates.push_back(cmd);
  } else {
    for (const char* dir : {"/usr/local/bin", "/usr/bin", "/bin"}) {
      plan->candidates.push_back(std::string(dir) + "/" + cmd);
    }
  }
  plan->env = BuildEnv(spec);
  for (const auto& a : spec.argv) plan->av.push_back(const_cast<char*>(a.c_str()));
  for (const auto& e : plan->env) plan->ev.push_back(const_cast<char*>(e.c_str()));
  plan->av.push_back(nullptr);
  plan->ev.push_back(nullptr);
}

// execve of each candidate; the errno to report (ENOENT unless a candidate failed otherwise).
int ExecPlanned(const ExecPlan& plan) {
  int err = ENOENT;
  for (const std::string& path : plan.candidates) {
    execve(path.c_str(), plan.av.data(), plan.ev.data());
    if (errno != ENOENT || plan.candidates.size() == 1) err = errno;
  }
  return err;
}

// Runs in the vfork() child: system calls only, no allocation, no return.
[[noreturn]] void RunTarget(const Limits& limits, const BoxFds& fds, int exec_fail, uid_t uid,
                            gid_t gid, const std::vector<sock_filter>& filter, int nproc_slack,
                            const ExecPlan& plan) {
  setsid();
  if (dup2(fds.stdin_fd, 0) < 0 || dup2(fds.stdout_write, 1) < 0 || dup2(fds.stderr_write, 2) < 0) {
    _exit(127);
  }
  // Every other descriptor is closed by execve (exec_fail is already close-on-exec).
  if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) != 0) _exit(127);
  int err = 0;
  if (chdir("/box") != 0) err = errno;
  umask(022);
  struct sigaction dfl{};
  dfl.sa_handler = SIG_DFL;
  sigaction(SIGPIPE, &dfl, nullptr);
  ApplyRlimits(limits, nproc_slack);
  for (int cap = 0; cap <= CAP_LAST_CAP && err == 0; ++cap) prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
  // Raw system calls: per task, without glibc's set*id broadcast machinery.
  if (err == 0 && (syscall(SYS_setgroups, 0, nullptr) != 0 || syscall(SYS_setresgid, gid, gid, gid) != 0 ||
                   syscall(SYS_setresuid, uid, uid, uid) != 0)) {
    err = errno;
  }
  if (err == 0 && (getuid() == 0 || geteuid() == 0)) err = EPERM;
  if (err == 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) err = errno;
  if (err == 0) err = LoadSeccompFilter(filter);
  if (err == 0) {
    err = ExecPlanned(plan);
    err = err == 0 ? ENOEXEC : err;
  }
  WriteAll(exec_fail, &err, sizeof err);
  _exit(127);
}

void Report(int fd, InitReport* report) {
  struct rusage ru{};
  getrusage(RUSAGE_CHILDREN, &ru);
  report->children_cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL +
                            ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
  report->children_maxrss_kb = ru.ru_maxrss;
  WriteAll(fd, report, sizeof *report);
}

// Reaps everything; once the target is gone, kills whatever it left behind.
void ReapAll(pid_t target, InitReport* report) {
  for (;;) {
    int status = 0;
    struct rusage ru{};
    pid_t pid = wait4(-1, &status, __WALL, &ru);
    if (pid < 0) {
      if (errno == EINTR) continue;
      break;  // ECHILD: nothing left
    }
    if (pid == target) {
      report->target_status = status;
      report->target_reaped = 1;
      report->target_maxrss_kb = ru.ru_maxrss;
      kill(-1, SIGKILL);  // as PID 1 this reaches every other process of the box, not init
    }
  }
}

void CopyOut(const BoxFds& fds, InitReport* report) {
  int box = open("/box", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (box < 0) {
    report->copy_out_errno = errno;
    return;
  }
  long long budget = 1LL << 40;  // bounded by the size of the /box tmpfs
  report->copy_out_errno = CopyTree(box, fds.box_dir, static_cast<uid_t>(-1), static_cast<gid_t>(-1),
                                    0, &budget);
  close(box);
}

}  // namespace

namespace {

// Joins the run's cgroup(s): writing "0" moves the calling thread (init is single-threaded). On
// v1 `tasks` this skips the global threadgroup lock, so there is no RCU grace period to wait for.
int JoinCgroups(const BoxFds& fds) {
  int rc = 0;
  for (int i = 0; i < fds.join_count; ++i) {
    if (rc == 0 && write(fds.join[i], "0", 1) != 1) rc = errno != 0 ? errno : EIO;
    close(fds.join[i]);
  }
  return rc;
}

int JoinNetwork(const BoxFds& fds) {
  // The slot's persistent namespace (lo already up); unshared here (not in clone) when there is
  // none, and then `lo` is brought up.
  int rc = 0;
  if (fds.netns >= 0) {
    rc = setns(fds.netns, CLONE_NEWNET) == 0 ? 0 : errno;
    close(fds.netns);
  } else {
    rc = unshare(CLONE_NEWNET) == 0 && LoopbackUp() == 0 ? 0 : errno;
  }
  return rc;
}

// A private copy of the slot's root template (setns into it, then a new mount namespace copied
// from it), or a root built from scratch in a new mount namespace; then the run's own mounts.
int BuildRoot(const SandboxSpec& spec, const BoxFds& fds, uid_t uid, gid_t gid, const char** what) {
  int rc = 0;
  if (fds.root_ns >= 0) {
    *what = "copy the root template";
    rc = setns(fds.root_ns, CLONE_NEWNS) == 0 && unshare(CLONE_NEWNS) == 0 ? 0 : errno;
    close(fds.root_ns);
  } else {
    *what = "mount namespace";
    rc = unshare(CLONE_NEWNS) == 0 ? BuildRootSkeleton(spec, uid, gid, what) : errno;
  }
  return rc == 0 ? MountRunFilesystems(spec, fds.box_dir, uid, gid, what) : rc;
}

[[noreturn]] void SetupFailed(const BoxFds& fds, InitReport* report, int rc, const char* what) {
  report->setup_errno = rc;
  std::strncpy(report->setup_what, what, sizeof report->setup_what - 1);
  WriteAll(fds.status_write, "F", 1);
  Report(fds.status_write, report);
  _exit(1);
}

}  // namespace

void RunBoxInit(const SandboxSpec& spec, const BoxFds& fds, uid_t uid, gid_t gid) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  InitReport report;
  const char* what = "network namespace";
  int rc = JoinNetwork(fds);
  if (rc == 0) rc = BuildRoot(spec, fds, uid, gid, &what);
  // The filter was compiled by libseccomp at build time (seccomp_gen.cc): a run only loads it.
  std::vector<sock_filter> filter(std::begin(kSeccompProgram), std::end(kSeccompProgram));
  // The group is joined last: the setup's CPU time and memory are not the program's.
  if (rc == 0) {
    what = "join the cgroup";
    rc = JoinCgroups(fds);
  }
  if (rc != 0) SetupFailed(fds, &report, rc, what);
  report.t_root_us = MonotonicUs();
  int exec_pipe[2];
  if (pipe2(exec_pipe, O_CLOEXEC) != 0) SetupFailed(fds, &report, errno, "pipe");
  ExecPlan plan;
  PlanExec(spec, &plan);
  WriteAll(fds.status_write, "S", 1);  // the supervisor starts the wall clock
  // vfork: no copy of init's address space for a process that execs at once; init waits until
  // the target has exec'd (or failed to).
  pid_t target = vfork();
  if (target == 0) {
    RunTarget(spec.limits, fds, exec_pipe[1], uid, gid, filter, fds.join_count > 0 ? 1 : 0, plan);
  }
  close(exec_pipe[1]);
  close(fds.stdin_fd);
  // stdout_write/stderr_write stay open here until init exits, so the supervisor sees the
  // report and the end of output in one wake-up.
  if (target < 0) {
    report.setup_errno = errno;
    std::strncpy(report.setup_what, "fork target", sizeof report.setup_what - 1);
    Report(fds.status_write, &report);
    _exit(1);
  }
  ReapAll(target, &report);  // the exec pipe is read afterwards: one wake-up fewer
  report.t_reaped_us = MonotonicUs();
  int exec_errno = 0;
  if (ReadFull(exec_pipe[0], &exec_errno, sizeof exec_errno) == sizeof exec_errno) {
    report.exec_errno = exec_errno;
  }
  close(exec_pipe[0]);
  if (spec.copy_out && fds.box_dir >= 0) CopyOut(fds, &report);
  Report(fds.status_write, &report);
  _exit(0);
}

}  // namespace fairhire::assess::internal
