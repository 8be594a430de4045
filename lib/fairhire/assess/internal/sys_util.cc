#include "fairhire/assess/internal/sys_util.h"

#include <fcntl.h>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

namespace fairhire::assess::internal {

std::string ReadSmallFile(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  std::string out;
  char buf[4096];
  while (out.size() < (64u << 10)) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  close(fd);
  return out;
}

Status WriteSmallFile(const std::string& path, std::string_view value) {
  int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("open"), path);
  bool ok = WriteAll(fd, value.data(), value.size());
  int saved = errno;
  close(fd);
  if (!ok) {
    errno = saved;
    return core::MakeError(ErrorCode::kSandbox, ErrnoText("write"), path);
  }
  return core::OkStatus();
}

std::string ErrnoText(std::string_view what) {
  return std::string(what) + ": " + std::strerror(errno);
}

bool WriteAll(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

long ReadFull(int fd, void* data, std::size_t size) {
  char* p = static_cast<char*>(data);
  std::size_t got = 0;
  while (got < size) {
    ssize_t n = read(fd, p + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  return static_cast<long>(got);
}

std::int64_t MonotonicUs() {
  struct timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

bool IsNamespaceFile(int fd, int type) {
  constexpr long kNsfsMagic = 0x6e736673;  // NSFS_MAGIC
  struct statfs st{};
  return fstatfs(fd, &st) == 0 && st.f_type == kNsfsMagic && ioctl(fd, NS_GET_NSTYPE) == type;
}

int RemoveNamespaceFile(const std::string& path) {
  while (umount2(path.c_str(), MNT_DETACH | UMOUNT_NOFOLLOW) == 0) {
  }
  return unlink(path.c_str()) == 0 || errno == ENOENT ? 0 : errno;
}

namespace {

// What the setting-up child sends back: 0 or an errno, and the step that failed.
struct SetupReply {
  int rc = EIO;
  char what[64] = "child";
};

}  // namespace

Status CreateNamespaceFile(const std::string& path, const char* ns_name,
                           const std::function<int(const char** what)>& setup,
                           std::string_view description) {
  auto fail = [&](const std::string& why) {
    unlink(path.c_str());
    return core::MakeError(ErrorCode::kSandbox, "could not create " + std::string(description) + ": " + why,
                           path);
  };
  RemoveNamespaceFile(path);  // whatever was there: stale or foreign
  int f = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (f < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("create"), path);
  close(f);
  int ready[2], release[2];
  if (pipe2(ready, O_CLOEXEC) != 0) return fail(ErrnoText("pipe"));
  if (pipe2(release, O_CLOEXEC) != 0) {
    std::string why = ErrnoText("pipe");
    close(ready[0]), close(ready[1]);
    return fail(why);
  }
  pid_t pid = fork();
  int fork_errno = pid < 0 ? errno : 0;
  if (pid == 0) {
    close(ready[0]);
    close(release[1]);
    SetupReply reply;
    const char* what = "setup";
    reply.rc = setup(&what);
    std::snprintf(reply.what, sizeof reply.what, "%s", what);
    WriteAll(ready[1], &reply, sizeof reply);
    char byte;
    while (read(release[0], &byte, 1) < 0 && errno == EINTR) {  // EOF: the parent is done
    }
    _exit(0);
  }
  close(ready[1]);
  close(release[0]);
  SetupReply reply;
  bool bound = false;
  int bind_errno = 0;
  if (pid > 0 && ReadFull(ready[0], &reply, sizeof reply) == sizeof reply && reply.rc == 0) {
    std::string ns = "/proc/" + std::to_string(pid) + "/ns/" + ns_name;
    bound = mount(ns.c_str(), path.c_str(), nullptr, MS_BIND, nullptr) == 0;
    bind_errno = errno;
  }
  close(ready[0]);
  close(release[1]);
  int status = 0;
  while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (bound) return core::OkStatus();
  if (pid < 0) return fail(std::string("fork: ") + std::strerror(fork_errno));
  if (reply.rc != 0) return fail(std::string(reply.what) + ": " + std::strerror(reply.rc));
  return fail(std::string("bind mount: ") + std::strerror(bind_errno));
}

Result<int> OpenNamespaceFile(const std::string& path, int type, const std::function<Status()>& create,
                              std::string_view what) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0 && IsNamespaceFile(fd, type)) return fd;
    if (fd >= 0) close(fd);
    if (attempt == 0) FAIRHIRE_RETURN_IF_ERROR(create());
  }
  return core::MakeError(ErrorCode::kSandbox, std::string(what) + " is not usable", path);
}

}  // namespace fairhire::assess::internal
