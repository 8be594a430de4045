#include "fairhire/assess/internal/slot_net.h"

#include <sched.h>
#include <unistd.h>

#include <cerrno>

#include "fairhire/assess/internal/box_fs.h"
#include "fairhire/assess/internal/sys_util.h"

namespace fairhire::assess::internal {
namespace {

// A child makes a new network namespace and brings `lo` up; its nsfs file is bound on `path`.
Status CreateNetns(const std::string& path) {
  auto setup = [](const char** what) {
    *what = "unshare";
    if (unshare(CLONE_NEWNET) != 0) return errno;
    *what = "loopback";
    return LoopbackUp() == 0 ? 0 : errno;
  };
  return CreateNamespaceFile(path, "net", setup, "the slot's network namespace");
}

}  // namespace

std::string SlotNetnsPath(const std::string& slot_dir, int slot) {
  return slot_dir + "/net-" + std::to_string(slot);
}

Result<int> OpenSlotNetns(const std::string& slot_dir, int slot) {
  std::string path = SlotNetnsPath(slot_dir, slot);
  return OpenNamespaceFile(path, CLONE_NEWNET, [&path] { return CreateNetns(path); },
                           "the slot's network namespace");
}

Status RemoveSlotNetns(const std::string& slot_dir, int slot) {
  std::string path = SlotNetnsPath(slot_dir, slot);
  if (int e = RemoveNamespaceFile(path); e != 0) {
    errno = e;
    return core::MakeError(ErrorCode::kSandbox, ErrnoText("unlink"), path);
  }
  return core::OkStatus();
}

}  // namespace fairhire::assess::internal
