// Internal: what runs inside the new namespaces. The child of clone() becomes the box's PID 1
// ("init"): it joins the slot's network namespace, copies the slot's root template (or builds the
// root from scratch), mounts the run's fresh file systems on it, joins the run's cgroup, forks the target (PID 2), reaps every process, kills
// the rest when the target exits, copies /box back if asked, and reports to the supervisor through
// a pipe. The target drops to the slot UID, sets no-new-privs, loads seccomp and execs.
// Thread-safety: runs in a freshly cloned single-threaded process.
#ifndef FAIRHIRE_ASSESS_INTERNAL_BOX_INIT_H_
#define FAIRHIRE_ASSESS_INTERNAL_BOX_INIT_H_

#include <sys/types.h>

#include "fairhire/assess/sandbox.h"

namespace fairhire::assess::internal {

// Fixed-size record written once by init on the status pipe.
struct InitReport {
  int setup_errno = 0;          // non-zero: the box could not be built (see setup_what)
  char setup_what[96] = {};
  int target_status = 0;        // wait4 status of the target
  int target_reaped = 0;        // 1 when target_status is valid
  int exec_errno = 0;           // execve failure in the target, 0 if it started
  long long target_maxrss_kb = 0;
  long long children_cpu_us = 0;     // user+system of every reaped process
  long long children_maxrss_kb = 0;
  int copy_out_errno = 0;
  long long t_root_us = 0;    // CLOCK_MONOTONIC when the root was ready (for FAIRHIRE_BOX_TRACE)
  long long t_reaped_us = 0;  // ... when every process was reaped
};

// The status pipe carries one byte first ('S' when the target is about to be forked, 'F' when
// the box could not be built), then the InitReport.
struct BoxFds {
  int netns = -1;         // the slot's network namespace to join; -1: unshare a new one
  int root_ns = -1;       // the slot's root template (mount namespace) to copy; -1: build one
  int join[3] = {-1, -1, -1};  // cgroup files init writes "0" to before forking the target
  int join_count = 0;
  int status_write = -1;  // marker byte, then the InitReport
  int stdin_fd = -1;
  int stdout_write = -1;
  int stderr_write = -1;
  int box_dir = -1;       // host directory to copy from/to, or -1
};

// Never returns. uid/gid: the slot's unprivileged identity.
[[noreturn]] void RunBoxInit(const SandboxSpec& spec, const BoxFds& fds, uid_t uid, gid_t gid);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_BOX_INIT_H_
