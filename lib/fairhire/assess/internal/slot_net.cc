#include "fairhire/assess/internal/slot_net.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "fairhire/assess/internal/box_fs.h"
#include "fairhire/assess/internal/sys_util.h"

namespace fairhire::assess::internal {
namespace {

// A child in our mount namespace makes a new network namespace, brings `lo` up and binds its
// nsfs file on `path` (an empty file we just created).
Status CreateNetns(const std::string& path) {
  RemoveNamespaceFile(path);  // whatever was there: stale or foreign
  int f = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (f < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("create"), path);
  close(f);
  pid_t pid = fork();
  if (pid < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("fork"));
  if (pid == 0) {
    bool ok = unshare(CLONE_NEWNET) == 0 && LoopbackUp() == 0 &&
              mount("/proc/self/ns/net", path.c_str(), nullptr, MS_BIND, nullptr) == 0;
    _exit(ok ? 0 : 1);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    unlink(path.c_str());
    return core::MakeError(ErrorCode::kSandbox, "could not create the slot's network namespace", path);
  }
  return core::OkStatus();
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
