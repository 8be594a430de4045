// Internal: the seccomp denylist loaded into every sandboxed program (research/sandbox.md §4.3).
// Default action: allow. Forbidden calls fail with EPERM (or ENOSYS where a fallback exists, such
// as clone3 and io_uring); a non-native ABI (i386 int 0x80, x32) kills the process, which the
// supervisor reports as SV. The list and why each entry is there: docs/sandbox.md.
// Thread-safety: compile anywhere; load in the single-threaded child just before execve.
#ifndef FAIRHIRE_ASSESS_INTERNAL_SECCOMP_FILTER_H_
#define FAIRHIRE_ASSESS_INTERNAL_SECCOMP_FILTER_H_

#include <linux/filter.h>

#include <vector>

namespace fairhire::assess::internal {

// Compiles the filter to BPF (done by the box's init while the supervisor attaches the cgroup,
// so the target only has to load it). Returns 0, or a negative errno from libseccomp.
int CompileSeccompFilter(std::vector<sock_filter>* program);
// Loads a compiled program into the calling thread (no-new-privs must already be set).
// Returns 0 or an errno.
int LoadSeccompFilter(const std::vector<sock_filter>& program);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_SECCOMP_FILTER_H_
