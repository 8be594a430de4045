// Internal: the per-run accounting group behind one interface, for cgroup v2, cgroup v1 and a
// no-cgroup (rlimit-only) mode, one group per slot. v1 groups live under the supervisor's own
// group in each hierarchy (outer limits keep applying); v2 groups under `fairhire-box` at the top
// of the cgroup2 hierarchy (a group holding processes cannot delegate controllers). v1 groups persist between runs of the slot (created
// once, verified empty, limits rewritten and counters reset before each run, removed by
// RemoveSlotCgroups); v2 groups are created and removed per run. The box's init joins the group
// itself (JoinFds) right before it forks the target: on v1 a thread writing "0" to `tasks` does
// not take the global threadgroup lock, so no RCU grace period is waited for.
// Thread-safety: one CgroupBox per run.
#ifndef FAIRHIRE_ASSESS_INTERNAL_CGROUP_H_
#define FAIRHIRE_ASSESS_INTERNAL_CGROUP_H_

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/result.h"

namespace fairhire::assess::internal {

struct CgroupUsage {
  std::int64_t cpu_us = -1;      // -1: unknown
  std::int64_t peak_bytes = -1;  // -1: unknown
  bool oom_killed = false;
  bool pids_limit_hit = false;
};

class CgroupBox {
 public:
  virtual ~CgroupBox() = default;
  virtual const char* mode() const = 0;  // "v2", "v1", "none"
  // Limits this mode cannot enforce exactly (e.g. "memory", "cpu", "processes").
  virtual std::vector<std::string> degraded() const = 0;
  // Descriptors (write-only, close-on-exec, owned by the box) to which the box's init writes "0"
  // to join the group: v1 `tasks` of each hierarchy, v2 `cgroup.procs`; empty without cgroups.
  virtual std::vector<int> JoinFds() const = 0;
  // Closes the supervisor's copies of JoinFds() once init has been cloned.
  virtual void CloseJoinFds() = 0;
  // Current CPU time of the group in microseconds, or -1 when not available.
  virtual std::int64_t CpuUsageUs() = 0;
  virtual CgroupUsage Collect() = 0;
  // Kills every process left (v2: cgroup.kill) and waits until the group is empty.
  // Error kSandbox when processes remain.
  virtual Status KillAndVerifyEmpty() = 0;
  // Ends the run (after KillAndVerifyEmpty): v2 removes the group, v1 keeps it for the next
  // run of the slot. Safe to call twice.
  virtual void Destroy() = 0;
};

// Creates the group for `slot` with `limits` in `mode` (kAuto probes).
Result<std::unique_ptr<CgroupBox>> MakeCgroupBox(CgroupMode mode, int slot, const Limits& limits);

// A v2 box whose group is `base`/slot-N (base: a group whose children have the memory and pids
// controllers; MakeCgroupBox uses `fairhire-box` at the top of the cgroup2 hierarchy). For tests
// on a directory laid out like a cgroup2 group, and for MakeCgroupBox.
Result<std::unique_ptr<CgroupBox>> MakeV2CgroupBoxAt(const std::string& base, int slot,
                                                     const Limits& limits);

// Removes the persistent v1 groups of `slot` (killing anything left in them). Call only while
// holding the slot. Missing groups are not an error.
Status RemoveSlotCgroups(int slot);

// The mode kAuto resolves to on this host: "v2", "v1" or "none".
const char* ProbeCgroupMode();

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_CGROUP_H_
