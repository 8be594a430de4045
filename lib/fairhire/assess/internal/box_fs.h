// Internal: the box's file system, built by init inside its own mount namespace, and the safe
// tree copy used to fill /box and to copy it back. The copy never follows a symbolic link, opens
// every entry relative to a directory descriptor with O_NOFOLLOW|O_NONBLOCK, re-checks S_ISREG /
// S_ISDIR on the opened descriptor and skips everything else (symlinks, FIFOs, sockets, devices),
// so nothing a program plants in /box can make the privileged side touch a host path.
// Thread-safety: single-threaded child only.
#ifndef FAIRHIRE_ASSESS_INTERNAL_BOX_FS_H_
#define FAIRHIRE_ASSESS_INTERNAL_BOX_FS_H_

#include <sys/types.h>

#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"

namespace fairhire::assess::internal {

// What the skeleton takes from the host: the paths bound read-only — /usr, then each absolute
// spec.ro_paths entry not under /usr (already bound with it) — and the merged-/usr links copied
// at the root (the slot_root.h template key hashes exactly these).
std::vector<std::string> ReadOnlySources(const SandboxSpec& spec);
inline constexpr const char* kUsrLinks[] = {"bin", "sbin", "lib", "lib32", "lib64", "libx32"};

// In the calling process's own (already unshared) mount namespace: builds the read-only part of
// the box's root — a tmpfs with the read-only binds (/usr and spec.ro_paths), merged-/usr links,
// /etc (passwd, group, hosts for the slot's uid/gid), /dev's nodes and the empty mount points
// /proc, /tmp, /box, /dev/shm — pivots into it and makes it read-only. Depends only on the slot
// and spec.ro_paths, so a slot keeps it as a template (slot_root.h). 0, or an errno with *what
// naming the step.
int BuildRootSkeleton(const SandboxSpec& spec, uid_t uid, gid_t gid, const char** what);

// On a skeleton (the process is inside it): mounts what is fresh for every run — /proc of the
// box's PID namespace, size-limited /tmp, /dev/shm and /box (filled from box_dir_fd when it is
// not -1) — and sets the host name. 0, or an errno with *what naming the step.
int MountRunFilesystems(const SandboxSpec& spec, int box_dir_fd, uid_t uid, gid_t gid,
                        const char** what);

// Brings `lo` up in the current network namespace (idempotent). 0, or -1 with errno.
int LoopbackUp();

// Copies regular files and directories from src_dir into dst_dir (both descriptors), at most
// `*budget` bytes and 10000 entries, 32 levels deep. uid/gid (when not -1) own the copies.
// Existing non-directory entries in dst are replaced. Returns 0 or an errno.
int CopyTree(int src_dir, int dst_dir, uid_t uid, gid_t gid, int depth, long long* budget);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_BOX_FS_H_
