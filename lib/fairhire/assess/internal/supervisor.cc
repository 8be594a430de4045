#include "fairhire/assess/internal/supervisor.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "fairhire/assess/internal/box_init.h"
#include "fairhire/assess/internal/cgroup.h"
#include "fairhire/assess/internal/slot_net.h"
#include "fairhire/assess/internal/slot_root.h"
#include "fairhire/assess/internal/sys_util.h"

namespace fairhire::assess::internal {
namespace {

constexpr int kSlots = 64;
constexpr uid_t kFirstUid = 60000;  // slot N runs as UID/GID 60000 + N
constexpr const char* kSlotDir = "/run/fairhire-box";
uid_t SlotUid(int slot) { return kFirstUid + static_cast<uid_t>(slot); }
constexpr std::int64_t kPollUs = 10000;

// Closes a descriptor when it goes out of scope.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { Reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  void Reset(int fd = -1) {
    if (fd_ >= 0) close(fd_);
    fd_ = fd;
  }

 private:
  int fd_;
};

// SIGTERM/SIGINT/SIGHUP while a box runs: kill the box, clean up, report IE (instead of dying
// and leaving the run's cgroup behind).
volatile sig_atomic_t g_stop = 0;
void OnStop(int) { g_stop = 1; }

class StopSignals {
 public:
  StopSignals() {
    g_stop = 0;
    struct sigaction sa{};
    sa.sa_handler = OnStop;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &sa, &old_[i]);
  }
  ~StopSignals() {
    for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &old_[i], nullptr);
  }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  static constexpr int kSignals[3] = {SIGTERM, SIGINT, SIGHUP};
  struct sigaction old_[3];
};

int OpenSlotLock(int slot);

// A slot is held by an flock on /run/fairhire-box/slot-N.lock for as long as the descriptor
// lives (the box's init inherits it, so the slot stays busy until the box is gone).
Result<int> AcquireSlot(Fd* lock) {
  if (geteuid() != 0) {
    return core::MakeError(ErrorCode::kSandbox, "the sandbox needs root (see docs/sandbox.md)");
  }
  if (mkdir(kSlotDir, 0700) != 0 && errno != EEXIST) {
    return core::MakeError(ErrorCode::kSandbox, ErrnoText("mkdir"), kSlotDir);
  }
  // Lowest free slot first: the same few slots (and their network namespaces and cgroups) are
  // reused run after run.
  for (int slot = 0; slot < kSlots; ++slot) {
    int fd = OpenSlotLock(slot);
    if (fd < 0) continue;
    if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
      lock->Reset(fd);
      return slot;
    }
    close(fd);
  }
  return core::MakeError(ErrorCode::kSandbox, "all sandbox slots are busy");
}

struct Pipes {
  int out[2] = {-1, -1}, err[2] = {-1, -1}, status[2] = {-1, -1};
  bool Open() {
    return pipe2(out, O_CLOEXEC) == 0 && pipe2(err, O_CLOEXEC) == 0 &&
           pipe2(status, O_CLOEXEC) == 0;
  }
  void CloseAll() {
    for (int* p : {out, err, status}) {
      for (int i = 0; i < 2; ++i) {
        if (p[i] >= 0) close(p[i]);
        p[i] = -1;
      }
    }
  }
  void CloseChildEnds() {
    for (int* fd : {&out[1], &err[1], &status[1]}) {
      close(*fd);
      *fd = -1;
    }
  }
};

// State of the poll loop.
struct Watch {
  std::int64_t start_us = 0;
  bool killed = false;
  bool cpu_tle = false;
  bool wall_tle = false;
  bool output_exceeded = false;
  bool interrupted = false;
  bool status_done = false;
  bool marker_seen = false;  // init's first status byte: 'S' (target starting) or 'F' (setup failed)
  bool out_open = true;
  bool err_open = true;
  std::string report_bytes;
};

void KillBox(pid_t init, CgroupBox* cg, Watch* w) {
  if (w->killed) return;
  w->killed = true;
  kill(init, SIGKILL);  // the PID namespace dies with its init
  (void)cg;
}

// Reads what is available on `fd` into `sink`, capped; false at EOF.
bool Drain(int fd, std::string* sink, std::int64_t room, std::int64_t* total, bool* exceeded) {
  char buf[65536];
  ssize_t n = read(fd, buf, sizeof buf);
  if (n < 0) return errno == EINTR || errno == EAGAIN;
  if (n == 0) return false;
  *total += n;
  if (room > 0) sink->append(buf, static_cast<std::size_t>(std::min<std::int64_t>(room, n)));
  if (n > room) *exceeded = true;
  return true;
}

void PollLoop(const SandboxSpec& spec, pid_t init, const Pipes& p, CgroupBox* cg, Watch* w,
              SandboxResult* r) {
  const Limits& lim = spec.limits;
  std::int64_t wall_limit_us = (lim.wall_ms > 0 ? lim.wall_ms : 2 * lim.cpu_ms + 1000) * 1000;
  std::int64_t cap = lim.output_kb * 1024;
  std::int64_t grace_end = 0;
  while (!w->status_done || w->out_open || w->err_open) {
    std::int64_t now = MonotonicUs();
    if (!w->killed && now - w->start_us > wall_limit_us) w->wall_tle = true, KillBox(init, cg, w);
    std::int64_t cpu = cg->CpuUsageUs();
    if (!w->killed && cpu > lim.cpu_ms * 1000) w->cpu_tle = true, KillBox(init, cg, w);
    if (w->output_exceeded) KillBox(init, cg, w);
    if (g_stop && !w->interrupted) w->interrupted = true, KillBox(init, cg, w);
    if (w->killed && grace_end == 0) grace_end = now + 5000000;
    if (grace_end != 0 && now > grace_end) break;  // descriptors held open: give up on them
    struct pollfd fds[3] = {{w->out_open ? p.out[0] : -1, POLLIN, 0},
                            {w->err_open ? p.err[0] : -1, POLLIN, 0},
                            {w->status_done ? -1 : p.status[0], POLLIN, 0}};
    std::int64_t left = wall_limit_us - (now - w->start_us);
    int timeout = static_cast<int>(std::max<std::int64_t>(1, std::min(kPollUs, left) / 1000));
    if (poll(fds, 3, timeout) < 0 && errno != EINTR) break;
    std::int64_t total = r->output_bytes;
    auto room = [cap](const std::string& other) {
      return cap - static_cast<std::int64_t>(other.size());
    };
    if (fds[0].revents) {
      w->out_open = Drain(p.out[0], &r->stdout_data, room(r->stderr_data), &total, &w->output_exceeded);
    }
    if (fds[1].revents) {
      w->err_open = Drain(p.err[0], &r->stderr_data, room(r->stdout_data), &total, &w->output_exceeded);
    }
    r->output_bytes = total;
    if (r->output_bytes > cap) w->output_exceeded = true;
    if (fds[2].revents) {
      char buf[sizeof(InitReport) + 1];
      ssize_t n = read(p.status[0], buf, sizeof buf);
      std::size_t skip = 0;
      if (n > 0 && !w->marker_seen) {
        w->marker_seen = true;
        skip = 1;
        if (buf[0] == 'S') w->start_us = MonotonicUs();  // the wall clock starts with the target
      }
      if (n > 0) w->report_bytes.append(buf + skip, static_cast<std::size_t>(n) - skip);
      if (n == 0 || w->report_bytes.size() >= sizeof(InitReport)) w->status_done = true;
    }
  }
  r->wall_ms = (MonotonicUs() - w->start_us) / 1000;
}

void Fill(const InitReport& rep, const CgroupUsage& usage, SandboxResult* r) {
  if (rep.target_reaped) {
    if (WIFEXITED(rep.target_status)) r->exit_code = WEXITSTATUS(rep.target_status), r->signal = 0;
    if (WIFSIGNALED(rep.target_status)) r->exit_code = -1, r->signal = WTERMSIG(rep.target_status);
  }
  if (rep.exec_errno != 0) r->exec_error = std::strerror(rep.exec_errno);
  r->cpu_ms = usage.cpu_us >= 0 ? usage.cpu_us / 1000 : rep.children_cpu_us / 1000;
  r->peak_kb = usage.peak_bytes >= 0 ? usage.peak_bytes / 1024
                                     : std::max(rep.target_maxrss_kb, rep.children_maxrss_kb);
  r->oom_killed = usage.oom_killed;
  r->pids_limit_hit = usage.pids_limit_hit;
}

// FAIRHIRE_BOX_TRACE=1: phase timestamps on stderr, to see where a run's time goes.
struct Trace {
  bool on = std::getenv("FAIRHIRE_BOX_TRACE") != nullptr;
  std::int64_t t0 = MonotonicUs();
  void Mark(const char* what, std::int64_t at = 0) const {
    if (on) std::fprintf(stderr, "fairhire-box trace: %-16s %8.3f ms\n", what, ((at ? at : MonotonicUs()) - t0) / 1000.0);
  }
};

Result<SandboxResult> Finish(const SandboxSpec& spec, pid_t init, CgroupBox* cg, Watch* w,
                             SandboxResult r, const Trace& trace) {
  int status = 0;
  while (waitpid(init, &status, __WALL) < 0 && errno == EINTR) {
  }
  trace.Mark("init reaped");
  Status empty = cg->KillAndVerifyEmpty();
  CgroupUsage usage = cg->Collect();
  cg->Destroy();
  trace.Mark("cgroup removed");
  if (!empty) return std::move(empty).error();
  InitReport rep;
  bool have = w->report_bytes.size() == sizeof(InitReport);
  if (have) std::memcpy(&rep, w->report_bytes.data(), sizeof rep);
  if (have && rep.t_root_us) {
    trace.Mark("box root ready", rep.t_root_us);
    trace.Mark("box reaped", rep.t_reaped_us);
  }
  Fill(rep, usage, &r);
  if (w->interrupted) {
    r.internal_error = "the supervisor was interrupted by a signal; the box was killed";
  } else if (have && rep.setup_errno != 0) {
    r.internal_error = std::string("box setup: ") + rep.setup_what + ": " + std::strerror(rep.setup_errno);
  } else if (!have && !w->killed && !usage.oom_killed) {
    r.internal_error = "the box's init died without a report";
  } else if (have && rep.copy_out_errno != 0) {
    r.internal_error = std::string("copy out of /box: ") + std::strerror(rep.copy_out_errno);
  }
  r.verdict = ClassifyRun(r, spec.limits, w->cpu_tle, w->wall_tle, w->output_exceeded);
  r.wall_timeout = r.verdict == Verdict::kTimeLimit && w->wall_tle && !w->cpu_tle &&
                   r.cpu_ms <= spec.limits.cpu_ms;
  // Killed by the supervisor (time or output limit) before init could reap it: the target died
  // with the PID namespace, by SIGKILL. Set after classifying, which goes by the limit hit.
  if (w->killed && !(have && rep.target_reaped) && r.verdict != Verdict::kInternalError) {
    r.exit_code = -1;
    r.signal = SIGKILL;
  }
  return r;
}

// Opens (creating) the slot's lock file; -1 on failure.
int OpenSlotLock(int slot) {
  std::string path = std::string(kSlotDir) + "/slot-" + std::to_string(slot) + ".lock";
  return open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
}

}  // namespace

Result<int> RemoveSlotState() {
  if (geteuid() != 0) {
    return core::MakeError(ErrorCode::kSandbox, "the sandbox needs root (see docs/sandbox.md)");
  }
  struct stat st{};
  if (stat(kSlotDir, &st) != 0) return 0;
  int busy = 0;
  for (int slot = 0; slot < kSlots; ++slot) {
    Fd lock(OpenSlotLock(slot));
    if (lock.get() < 0) continue;
    if (flock(lock.get(), LOCK_EX | LOCK_NB) != 0) {
      ++busy;  // a run holds it: its state stays
      continue;
    }
    FAIRHIRE_RETURN_IF_ERROR(RemoveSlotNetns(kSlotDir, slot));
    FAIRHIRE_RETURN_IF_ERROR(RemoveSlotRoots(kSlotDir, slot));
    FAIRHIRE_RETURN_IF_ERROR(RemoveSlotCgroups(slot));
  }
  return busy;
}

Verdict ClassifyRun(const SandboxResult& r, const Limits& limits, bool cpu_tle, bool wall_tle,
                    bool output_exceeded) {
  if (!r.internal_error.empty()) return Verdict::kInternalError;
  std::int64_t wall_limit = limits.wall_ms > 0 ? limits.wall_ms : 2 * limits.cpu_ms + 1000;
  bool abnormal = r.signal != 0 || r.exit_code != 0;
  if (cpu_tle || wall_tle || r.cpu_ms > limits.cpu_ms || r.wall_ms > wall_limit || r.signal == SIGXCPU) {
    return Verdict::kTimeLimit;
  }
  // Over the limit without a kill only happens when nothing enforced it (rlimit-only mode).
  if (r.oom_killed || r.peak_kb > limits.memory_kb || (abnormal && r.peak_kb >= limits.memory_kb)) {
    return Verdict::kMemoryLimit;
  }
  if (output_exceeded) return Verdict::kOutputLimit;
  if (r.signal == SIGSYS) return Verdict::kSecurityViolation;
  if (abnormal) return Verdict::kRuntimeError;
  return Verdict::kOk;
}

namespace {

// Clones the box's init (PID 1 of new namespaces). It builds its root and network namespace at
// once, while the supervisor creates and joins the cgroup, and runs nothing untrusted before the
// go byte. Returns the pid, or -1 with errno.
pid_t CloneInit(const SandboxSpec& spec, int stdin_fd, int slot, int box_dir, int netns, int root_ns,
                const CgroupBox& cg, const Pipes& p) {
  uid_t uid = SlotUid(slot);
  // No CLONE_NEWNS: init makes its mount namespace itself, as a copy of the slot's template.
  long flags = CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
  pid_t init = static_cast<pid_t>(syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr));
  if (init == 0) {
    BoxFds fds;
    fds.netns = netns;
    fds.root_ns = root_ns;
    std::vector<int> join = cg.JoinFds();
    for (std::size_t i = 0; i < join.size() && i < 3; ++i) fds.join[fds.join_count++] = join[i];
    fds.status_write = p.status[1];
    fds.stdin_fd = stdin_fd;
    fds.stdout_write = p.out[1];
    fds.stderr_write = p.err[1];
    fds.box_dir = box_dir;
    for (int fd : {p.out[0], p.err[0], p.status[0]}) close(fd);
    RunBoxInit(spec, fds, uid, uid);
  }
  return init;
}

// The slot's persistent network namespace, unless FAIRHIRE_BOX_FRESH_NET asks for a new one per
// run (-1; measurement and comparison only).
Result<int> SlotNetwork(int slot) {
  const char* fresh = std::getenv("FAIRHIRE_BOX_FRESH_NET");
  if (fresh != nullptr && *fresh == '1') return -1;
  return OpenSlotNetns(kSlotDir, slot);
}

// The slot's root template for this spec, unless FAIRHIRE_BOX_FRESH_ROOT asks for a root built
// from scratch per run (-1; measurement and comparison only).
Result<int> SlotRoot(int slot, const SandboxSpec& spec) {
  const char* fresh = std::getenv("FAIRHIRE_BOX_FRESH_ROOT");
  if (fresh != nullptr && *fresh == '1') return -1;
  return OpenSlotRoot(kSlotDir, slot, spec, SlotUid(slot), SlotUid(slot));
}

}  // namespace

Result<SandboxResult> Supervise(const SandboxSpec& spec, int stdin_fd) {
  if (spec.argv.empty()) return core::MakeError(ErrorCode::kInvalidArgument, "empty command");
  StopSignals stop_signals;
  Trace trace;
  Fd lock;
  auto slot = AcquireSlot(&lock);
  if (!slot) return std::move(slot).error();
  Fd box_dir;
  if (!spec.box_dir.empty()) {
    box_dir.Reset(open(spec.box_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (box_dir.get() < 0) return core::MakeError(ErrorCode::kNotFound, ErrnoText("open"), spec.box_dir);
  }
  // The slot's cgroup is ready (limits written, counters reset) before init exists: init joins
  // it itself once the root is built, right before it forks the target.
  auto cg = MakeCgroupBox(spec.cgroup_mode, *slot, spec.limits);
  if (!cg) return std::move(cg).error();
  trace.Mark("cgroup ready");
  auto net = SlotNetwork(*slot);
  if (!net) return std::move(net).error();
  Fd netns(*net);
  trace.Mark("netns open");
  auto root = SlotRoot(*slot, spec);
  if (!root) return std::move(root).error();
  Fd root_ns(*root);
  trace.Mark("root template");
  Pipes p;
  pid_t init = p.Open() ? CloneInit(spec, stdin_fd, *slot, box_dir.get(), netns.get(), root_ns.get(), **cg, p) : -1;
  if (init < 0) {
    Error e = core::MakeError(ErrorCode::kSandbox, ErrnoText("pipe/clone"));
    p.CloseAll();
    return e;
  }
  netns.Reset();
  root_ns.Reset();
  (*cg)->CloseJoinFds();
  p.CloseChildEnds();
  trace.Mark("cloned");
  SandboxResult r;
  r.cgroup_mode = (*cg)->mode();
  r.degraded = (*cg)->degraded();
  Watch w;
  w.start_us = MonotonicUs();  // until init's 'S' marker
  PollLoop(spec, init, p, cg->get(), &w, &r);
  trace.Mark("loop done");
  p.CloseAll();
  std::string ie = r.internal_error;
  auto done = Finish(spec, init, cg->get(), &w, std::move(r), trace);
  if (done && !ie.empty()) done->internal_error = ie, done->verdict = Verdict::kInternalError;
  return done;
}

}  // namespace fairhire::assess::internal
