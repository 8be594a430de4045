// Internal: the supervisor side of one run (the "keeper"): takes a slot (UID/GID + cgroup),
// clones the box's init into new namespaces, attaches it to the cgroup before it runs, enforces
// wall/CPU/output limits with a 10 ms poll loop, kills with SIGKILL, verifies the group is empty,
// and turns the figures into a verdict. It never opens a path inside the box.
// Thread-safety: Supervise() forks without exec; call it from a single-threaded process.
#ifndef FAIRHIRE_ASSESS_INTERNAL_SUPERVISOR_H_
#define FAIRHIRE_ASSESS_INTERNAL_SUPERVISOR_H_

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/result.h"

namespace fairhire::assess::internal {

// Runs spec with `stdin_fd` as the program's standard input (spec.stdin_data is ignored).
Result<SandboxResult> Supervise(const SandboxSpec& spec, int stdin_fd);

// Removes the persistent state of every slot not in use (network namespace mount, v1 cgroups).
// Returns how many slots were busy (their state stays).
Result<int> RemoveSlotState();

// Verdict from the figures (precedence IE > TLE > MLE > OLE > SV > RE > OK).
// cpu_tle / wall_tle: the supervisor killed the box for CPU or wall time.
Verdict ClassifyRun(const SandboxResult& r, const Limits& limits, bool cpu_tle, bool wall_tle,
                    bool output_exceeded);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_SUPERVISOR_H_
