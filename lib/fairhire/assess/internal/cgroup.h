// Internal: the per-run accounting group behind one interface, for cgroup v2, cgroup v1 and a
// no-cgroup (rlimit-only) mode. Groups are created under the supervisor's own group in each
// hierarchy (outer limits keep applying), one per slot, and removed after the run.
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
  // Moves `pid` into the group (before it runs untrusted code).
  virtual Status Attach(pid_t pid) = 0;
  // Current CPU time of the group in microseconds, or -1 when not available.
  virtual std::int64_t CpuUsageUs() = 0;
  virtual CgroupUsage Collect() = 0;
  // Kills every process left (v2: cgroup.kill) and waits until the group is empty.
  // Error kSandbox when processes remain.
  virtual Status KillAndVerifyEmpty() = 0;
  // Removes the group (after KillAndVerifyEmpty). Safe to call twice.
  virtual void Destroy() = 0;
};

// Creates the group for `slot` with `limits` in `mode` (kAuto probes).
Result<std::unique_ptr<CgroupBox>> MakeCgroupBox(CgroupMode mode, int slot, const Limits& limits);

// The mode kAuto resolves to on this host: "v2", "v1" or "none".
const char* ProbeCgroupMode();

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_CGROUP_H_
