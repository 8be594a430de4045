// The sandbox: runs one untrusted command in a fresh box and reports what happened.
//
// A run gets new mount, PID, IPC, UTS namespaces, the slot's network namespace (only `lo`), a
// private copy of the slot's read-only root (a tmpfs holding read-only binds of /usr and of the
// language's extra paths), a size-limited tmpfs /box (a copy of
// `box_dir`) and /tmp, a read-only /proc showing only the box's processes, no /sys, a per-slot
// unprivileged UID/GID, no-new-privs, a seccomp filter, rlimits and no inherited descriptors.
// Limits and accounting use cgroup v2, cgroup v1, or rlimits only (SandboxResult::degraded says
// which limits are then weaker). The threat model and what runs privileged: docs/sandbox.md.
//
// Sandbox is an interface so that callers (runner, server) can be tested with fakes;
// MakeSandbox() returns the real one, which spawns the small `fairhire-box` helper per run so the
// caller's own memory footprint never leaks into the figures.
// Thread-safety: a Sandbox may be used from several threads at once (each run takes its own slot).
#ifndef FAIRHIRE_ASSESS_SANDBOX_H_
#define FAIRHIRE_ASSESS_SANDBOX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fairhire/assess/verdict.h"
#include "fairhire/core/result.h"

namespace fairhire::assess {

struct Limits {
  std::int64_t cpu_ms = 2000;          // CPU time of every process of the run together
  std::int64_t wall_ms = 0;            // monotonic wall time; 0 = 2 x cpu_ms + 1000
  std::int64_t memory_kb = 256 << 10;  // peak memory of the whole run (cgroup), incl. tmpfs writes
  int processes = 16;                  // processes + threads alive at once
  std::int64_t output_kb = 8 << 10;    // stdout + stderr bytes captured before OLE
  std::int64_t box_kb = 64 << 10;      // size of the /box tmpfs
  std::int64_t tmp_kb = 64 << 10;      // size of /tmp (and /dev/shm gets a quarter)
  std::int64_t stack_kb = 64 << 10;    // RLIMIT_STACK
  std::int64_t address_space_kb = 0;   // RLIMIT_AS; 0 = not set (JVM and V8 need it unset)
  std::int64_t file_size_kb = 64 << 10;  // RLIMIT_FSIZE
  int open_files = 256;                // RLIMIT_NOFILE
};

// Which accounting backend to use. kAuto probes: v2 with memory+pids, else v1, else rlimits.
enum class CgroupMode { kAuto, kV2, kV1, kNone };

struct SandboxSpec {
  std::vector<std::string> argv;       // argv[0]: absolute, relative to /box, or searched in PATH
  std::vector<std::string> env;        // "KEY=value"; PATH, HOME, LANG, TMPDIR get defaults
  std::string box_dir;                 // host directory copied into /box (empty: empty box)
  bool copy_out = false;               // copy /box back into box_dir (regular files and dirs only)
  bool box_exec = true;                // false: /box is mounted noexec
  std::vector<std::string> ro_paths;   // extra host paths bound read-only at the same place
  std::string stdin_data;              // the program's standard input
  Limits limits;
  CgroupMode cgroup_mode = CgroupMode::kAuto;
};

struct SandboxResult {
  Verdict verdict = Verdict::kInternalError;  // OK, TLE, MLE, OLE, SV, RE or IE
  std::int64_t cpu_ms = 0;
  std::int64_t wall_ms = 0;
  std::int64_t peak_kb = 0;
  int exit_code = -1;        // -1 when killed by a signal or never started
  int signal = 0;            // terminating signal, 0 if none
  std::int64_t output_bytes = 0;  // stdout + stderr bytes the program wrote (up to the cap + 1 pipe)
  bool oom_killed = false;
  bool wall_timeout = false;      // TLE came from the wall clock (else from CPU time)
  bool pids_limit_hit = false;    // a fork/clone failed on the process limit
  std::string exec_error;         // why execve failed (e.g. "No such file or directory"), or empty
  std::string internal_error;     // for IE: what failed in the sandbox
  std::string cgroup_mode;        // "v2", "v1" or "none"
  std::vector<std::string> degraded;  // limits not enforced exactly in this mode, e.g. "memory"
  std::string stdout_data;        // captured, at most output_kb in total with stderr
  std::string stderr_data;
};

class Sandbox {
 public:
  virtual ~Sandbox() = default;
  // Runs spec. Problems of the program are verdicts; an error (kSandbox, kUnavailable) means the
  // sandbox itself could not run (the caller reports IE).
  virtual Result<SandboxResult> Run(const SandboxSpec& spec) = 0;
};

// The real sandbox. `helper` is the path of the fairhire-box binary; empty = FindBoxHelper().
std::unique_ptr<Sandbox> MakeSandbox(std::string helper = {});

// Locates fairhire-box: $FAIRHIRE_BOX_HELPER, then beside the running executable, then
// <dir of executable>/../bin. Error kUnavailable when none is executable.
Result<std::string> FindBoxHelper();

// Runs spec in the calling process (which becomes the supervisor). Only for small processes such
// as fairhire-box itself: the caller's RSS would otherwise poison the rlimit-only peak figure.
Result<SandboxResult> RunInProcess(const SandboxSpec& spec);
// Same, with `stdin_fd` (owned by the caller) as the program's standard input instead of
// spec.stdin_data, e.g. the tool's own non-terminal stdin.
Result<SandboxResult> RunInProcess(const SandboxSpec& spec, int stdin_fd);

// Removes the slots' persistent state (each slot keeps a network namespace bound on
// /run/fairhire-box/net-N, read-only root templates on root-N-KEY and, on cgroup v1, its groups
// between runs; docs/sandbox.md) for every
// slot not in use, killing nothing that runs. Returns the number of busy slots left as they are.
// Needs root. The state is recreated by the next run.
Result<int> RemoveSandboxState();

// One JSON object: {"verdict","cpu_ms","wall_ms","peak_kb","exit_code","signal","output_bytes",...}.
std::string SandboxResultJson(const SandboxResult& result);

}  // namespace fairhire::assess

#endif  // FAIRHIRE_ASSESS_SANDBOX_H_
