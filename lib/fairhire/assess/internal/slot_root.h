// Internal: the per-slot template of the box's root file system. Building the read-only part of
// the root (a tmpfs, read-only binds of /usr and the language's paths, /etc, /dev, pivot_root,
// detaching the host's mounts) was the largest remaining cost of a run, and it is the same for
// every run of a slot and language. So a slot builds it once, in a mount namespace of its own
// that is kept alive by a bind mount of its nsfs file on /run/fairhire-box/root-N-KEY, and every
// run copies it — setns() into the template, then unshare(CLONE_NEWNS) — and mounts only what is
// fresh per run on the copy: /proc, /tmp, /dev/shm and /box (box_fs.h). The template's mounts are
// private and read-only; a run's mounts never reach it, and the program has no way to remount.
//
// KEY is a hash of everything the skeleton depends on: the layout version, the slot's uid/gid,
// and for /usr and each read-only path its name, device and inode. A path replaced on the host
// (a package upgrade renaming a file over another) changes the key, so a stale template is never
// used; a slot keeps at most kMaxTemplates keys and drops the others when it needs a new one.
// FAIRHIRE_BOX_FRESH_ROOT=1 builds the root from scratch in every run instead (comparison).
// Thread-safety: call only while holding the slot's lock, from a single-threaded process.
#ifndef FAIRHIRE_ASSESS_INTERNAL_SLOT_ROOT_H_
#define FAIRHIRE_ASSESS_INTERNAL_SLOT_ROOT_H_

#include <sys/types.h>

#include <string>

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/result.h"

namespace fairhire::assess::internal {

// Opens (read-only, close-on-exec) the slot's template mount namespace for `spec`, building it
// when it is missing, stale or not a mount namespace. -1 (not an error) when a template cannot
// serve this spec — a read-only path that does not exist: the run then builds its root itself
// and reports the failing step as before.
Result<int> OpenSlotRoot(const std::string& slot_dir, int slot, const SandboxSpec& spec, uid_t uid,
                         gid_t gid);

// Unmounts and removes every template of the slot. Missing is not an error.
Status RemoveSlotRoots(const std::string& slot_dir, int slot);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_SLOT_ROOT_H_
