// Internal: tiny POSIX helpers for the sandbox (small control files, errno text, full writes).
// Thread-safety: free functions.
#ifndef FAIRHIRE_ASSESS_INTERNAL_SYS_UTIL_H_
#define FAIRHIRE_ASSESS_INTERNAL_SYS_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "fairhire/core/result.h"

namespace fairhire::assess::internal {

// Reads a small control file (at most 64 KiB); "" when it cannot be read.
std::string ReadSmallFile(const std::string& path);
// Writes `value` to an existing control file. Error kSandbox naming the path and errno.
Status WriteSmallFile(const std::string& path, std::string_view value);
// "what: strerror(errno)".
std::string ErrnoText(std::string_view what);
// write() until done or an error other than EINTR; false on error.
bool WriteAll(int fd, const void* data, std::size_t size);
// read() until `size` bytes or EOF; returns bytes read, -1 on error.
long ReadFull(int fd, void* data, std::size_t size);
// CLOCK_MONOTONIC in microseconds.
std::int64_t MonotonicUs();

// Namespace files kept alive by a bind mount (the slots' network namespaces and root templates).
// True when `fd` is an nsfs file of namespace type `type` (CLONE_NEWNET, CLONE_NEWNS, ...).
bool IsNamespaceFile(int fd, int type);
// Unmounts whatever is bound on `path` (never following a link) and unlinks it; errno of the
// unlink, 0 when it is gone (or was missing).
int RemoveNamespaceFile(const std::string& path);
// Makes `path` a namespace file: a forked child runs `setup` — it unshares the namespace and
// prepares it; returns 0 or an errno, with *what naming the step that failed — and waits while
// we bind its /proc/PID/ns/`ns_name` on `path` (replacing whatever was there), then exits.
// Error kSandbox "could not create <description>: <step>: <strerror>" naming the path.
Status CreateNamespaceFile(const std::string& path, const char* ns_name,
                           const std::function<int(const char** what)>& setup,
                           std::string_view description);
// Opens `path` read-only and close-on-exec when it is a namespace of `type`; otherwise (missing,
// stale plain file after a reboot, anything else) calls `create` once and opens again. `what`
// names the namespace in the error.
Result<int> OpenNamespaceFile(const std::string& path, int type, const std::function<Status()>& create,
                              std::string_view what);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_SYS_UTIL_H_
