// Internal: the per-slot persistent network namespace. Each slot N has one network namespace with
// only `lo` (up), kept alive by a bind mount of its nsfs file on /run/fairhire-box/net-N and joined
// by the box's init with setns() instead of creating a namespace per run (creating and tearing
// down a network namespace was the largest single cost of a run). Nothing a run creates in it
// outlives the run's processes: sockets are owned by processes, and every process of the box is
// killed and the cgroup verified empty before the slot is released. docs/sandbox.md discusses
// what does persist (TIME_WAIT entries, counters) and why it is acceptable.
// Thread-safety: call only while holding the slot's lock (one run per slot at a time).
#ifndef FAIRHIRE_ASSESS_INTERNAL_SLOT_NET_H_
#define FAIRHIRE_ASSESS_INTERNAL_SLOT_NET_H_

#include <string>

#include "fairhire/core/result.h"

namespace fairhire::assess::internal {

// Opens (read-only, close-on-exec) the network namespace of `slot` kept under `slot_dir`,
// creating it when the file is missing or is not a network namespace (e.g. after a reboot).
Result<int> OpenSlotNetns(const std::string& slot_dir, int slot);

// Unmounts and removes the slot's namespace file. Missing is not an error.
Status RemoveSlotNetns(const std::string& slot_dir, int slot);

// Path of the slot's namespace file.
std::string SlotNetnsPath(const std::string& slot_dir, int slot);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_SLOT_NET_H_
