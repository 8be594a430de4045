#include "fairhire/assess/internal/box_fs.h"

#include <dirent.h>
#include <fcntl.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "fairhire/assess/internal/sys_util.h"

namespace fairhire::assess::internal {
namespace {

constexpr const char* kStage = "/tmp";  // mount point of the new root while it is built
struct DevNode {
  const char* name;
  unsigned minor;  // major 1 (memory devices)
};
constexpr DevNode kDevNodes[] = {{"null", 3}, {"zero", 5}, {"full", 7}, {"random", 8}, {"urandom", 9}};
constexpr unsigned long kRoFlags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV;

struct Step {
  const char** what;
  int Fail(const char* step) {
    *what = step;
    return errno != 0 ? errno : EINVAL;
  }
};

std::string FdPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

int MkdirP(const std::string& path) {
  for (std::size_t pos = 1; pos <= path.size(); ++pos) {
    if (pos == path.size() || path[pos] == '/') {
      if (mkdir(path.substr(0, pos).c_str(), 0755) != 0 && errno != EEXIST) return -1;
    }
  }
  return 0;
}

// Binds the object behind `fd` (opened O_PATH on the host) read-only at stage + path.
int BindReadOnly(int fd, const std::string& path, bool is_dir) {
  std::string dst = std::string(kStage) + path;
  if (MkdirP(is_dir ? dst : dst.substr(0, dst.rfind('/'))) != 0) return -1;
  if (!is_dir) {
    int f = open(dst.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (f < 0) return -1;
    close(f);
  }
  if (mount(FdPath(fd).c_str(), dst.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0) return -1;
  return mount(nullptr, dst.c_str(), nullptr, kRoFlags, nullptr);
}

int WriteText(const std::string& path, const std::string& text) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  bool ok = WriteAll(fd, text.data(), text.size());
  close(fd);
  return ok ? 0 : -1;
}

int MountTmpfs(const std::string& dst, unsigned long flags, long long kb, const std::string& extra) {
  std::string data = "size=" + std::to_string(kb) + "k," + extra;
  return mount("fairhire", dst.c_str(), "tmpfs", flags | MS_NOSUID | MS_NODEV, data.c_str());
}

// /dev is a directory of the root tmpfs (the only tmpfs without nodev, read-only once built) with
// five nodes made by mknod: cheaper than five bind mounts or a tmpfs of its own. The program
// cannot add nodes (no CAP_MKNOD, read-only root); /box, /tmp, /dev/shm are nodev. /dev/shm is
// only a mount point here: its tmpfs is mounted per run.
int BuildDev() {
  std::string dev = std::string(kStage) + "/dev";
  if (mkdir(dev.c_str(), 0755) != 0) return -1;
  for (const DevNode& node : kDevNodes) {
    std::string dst = dev + "/" + node.name;
    if (mknod(dst.c_str(), S_IFCHR | 0666, makedev(1, node.minor)) != 0 || chmod(dst.c_str(), 0666) != 0) {
      return -1;
    }
  }
  const char* links[][2] = {{"/proc/self/fd", "fd"}, {"/proc/self/fd/0", "stdin"},
                            {"/proc/self/fd/1", "stdout"}, {"/proc/self/fd/2", "stderr"}};
  for (auto& link : links) {
    if (symlink(link[0], (dev + "/" + link[1]).c_str()) != 0) return -1;
  }
  return mkdir((dev + "/shm").c_str(), 01777);
}

// Merged-/usr symlinks (bin -> usr/bin, ...) as on the host.
int BuildUsrLinks() {
  for (const char* name : kUsrLinks) {
    char target[256];
    ssize_t n = readlink((std::string("/") + name).c_str(), target, sizeof target - 1);
    if (n <= 0) continue;
    target[n] = '\0';
    if (symlink(target, (std::string(kStage) + "/" + name).c_str()) != 0) return -1;
  }
  return 0;
}

int BuildEtc(uid_t uid, gid_t gid) {
  std::string etc = std::string(kStage) + "/etc";
  if (mkdir(etc.c_str(), 0755) != 0 && errno != EEXIST) return -1;
  std::string u = std::to_string(uid), g = std::to_string(gid);
  if (WriteText(etc + "/passwd", "root:x:0:0::/:/bin/false\nbox:x:" + u + ":" + g +
                                     "::/box:/bin/false\n") != 0) {
    return -1;
  }
  if (WriteText(etc + "/group", "root:x:0:\nbox:x:" + g + ":\n") != 0) return -1;
  return WriteText(etc + "/hosts", "127.0.0.1 localhost box\n");
}

int FillBox(const SandboxSpec& spec, int box_dir_fd, uid_t uid, gid_t gid) {
  std::string box = "/box";
  std::string opts = "nr_inodes=4096,mode=0755,uid=" + std::to_string(uid) + ",gid=" +
                     std::to_string(gid);
  if (MountTmpfs(box, spec.box_exec ? 0 : MS_NOEXEC, spec.limits.box_kb, opts) != 0) return -1;
  if (box_dir_fd < 0) return 0;
  int dst = open(box.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dst < 0) return -1;
  long long budget = spec.limits.box_kb * 1024;
  int rc = CopyTree(box_dir_fd, dst, uid, gid, 0, &budget);
  close(dst);
  if (rc != 0) errno = rc;
  return rc == 0 ? 0 : -1;
}

int OpenSources(const SandboxSpec& spec, std::vector<std::pair<int, std::string>>* ro) {
  for (std::string& path : ReadOnlySources(spec)) {
    int flags = O_PATH | O_CLOEXEC | (path == "/usr" ? O_DIRECTORY : 0);
    ro->push_back({open(path.c_str(), flags), std::move(path)});
  }
  for (auto& [fd, path] : *ro) {
    if (fd < 0) return -1;
  }
  return 0;
}

}  // namespace

std::vector<std::string> ReadOnlySources(const SandboxSpec& spec) {
  std::vector<std::string> sources = {"/usr"};
  for (const std::string& path : spec.ro_paths) {
    if (!path.empty() && path[0] == '/' && path.rfind("/usr/", 0) != 0) sources.push_back(path);
  }
  return sources;
}

int LoopbackUp() {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (s < 0) return -1;
  struct ifreq ifr{};
  std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
  int rc = ioctl(s, SIOCGIFFLAGS, &ifr);
  if (rc == 0) {
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    rc = ioctl(s, SIOCSIFFLAGS, &ifr);
  }
  close(s);
  return rc;
}

int BuildRootSkeleton(const SandboxSpec& spec, uid_t uid, gid_t gid, const char** what) {
  Step s{what};
  errno = 0;
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return s.Fail("make / private");
  std::vector<std::pair<int, std::string>> ro;
  if (OpenSources(spec, &ro) != 0) return s.Fail("open a read-only source");
  // Root: tmpfs, nosuid but not nodev (it holds /dev), read-only once built.
  if (mount("fairhire", kStage, "tmpfs", MS_NOSUID, "size=1024k,nr_inodes=1024,mode=0755") != 0) {
    return s.Fail("root tmpfs");
  }
  for (auto& [fd, path] : ro) {
    struct stat st{};
    if (fstat(fd, &st) != 0 || BindReadOnly(fd, path, S_ISDIR(st.st_mode)) != 0) {
      return s.Fail("read-only bind");
    }
  }
  for (auto& [fd, path] : ro) close(fd);
  if (BuildUsrLinks() != 0) return s.Fail("/usr links");
  if (BuildEtc(uid, gid) != 0) return s.Fail("/etc");
  if (BuildDev() != 0) return s.Fail("/dev");
  for (const char* dir : {"/proc", "/tmp", "/box"}) {
    if (mkdir((std::string(kStage) + dir).c_str(), 0755) != 0 && errno != EEXIST) {
      return s.Fail("mount points");
    }
  }
  if (chdir(kStage) != 0 || syscall(SYS_pivot_root, ".", ".") != 0 ||
      umount2(".", MNT_DETACH) != 0 || chdir("/") != 0) {
    return s.Fail("pivot_root");
  }
  // Read-only, nosuid; not nodev: /dev's five nodes live here.
  if (mount(nullptr, "/", nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID, nullptr) != 0) {
    return s.Fail("read-only root");
  }
  return 0;
}

int MountRunFilesystems(const SandboxSpec& spec, int box_dir_fd, uid_t uid, gid_t gid,
                        const char** what) {
  Step s{what};
  errno = 0;
  if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY,
            "hidepid=invisible,subset=pid") != 0) {
    return s.Fail("/proc");
  }
  if (MountTmpfs("/tmp", 0, spec.limits.tmp_kb, "nr_inodes=4096,mode=1777") != 0) return s.Fail("/tmp");
  if (MountTmpfs("/dev/shm", MS_NOEXEC, spec.limits.tmp_kb / 4 + 4, "nr_inodes=256,mode=1777") != 0) {
    return s.Fail("/dev/shm");
  }
  if (FillBox(spec, box_dir_fd, uid, gid) != 0) return s.Fail("/box");
  if (chdir("/") != 0) return s.Fail("chdir /");
  if (sethostname("box", 3) != 0) return s.Fail("hostname");
  return 0;
}

namespace {

int CopyFile(int src_dir, const char* name, int dst_dir, uid_t uid, gid_t gid, long long* budget) {
  int in = openat(src_dir, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (in < 0) return 0;  // vanished or not openable: skip
  struct stat st{};
  if (fstat(in, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(in);
    return 0;
  }
  if (st.st_size > *budget) {
    close(in);
    return EFBIG;  // cannot happen for a copy-out (bounded by the /box tmpfs); copy-in: box too small
  }
  unlinkat(dst_dir, name, 0);  // replace a file (never follows; a directory stays and fails below)
  int out = openat(dst_dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                   st.st_mode & 0755);
  if (out < 0) {
    int e = errno;
    close(in);
    return e == EEXIST ? 0 : e;  // a directory of that name is in the way: keep it, skip the file
  }
  int rc = 0;
  for (off_t left = st.st_size; left > 0 && rc == 0;) {
    ssize_t n = sendfile(out, in, nullptr, static_cast<size_t>(left));
    if (n <= 0) rc = n < 0 ? errno : 0, left = 0;
    else left -= n;
  }
  if (rc == 0 && uid != static_cast<uid_t>(-1) && fchown(out, uid, gid) != 0) rc = errno;
  if (rc == 0) fchmod(out, st.st_mode & 0755);
  *budget -= st.st_size;
  close(in);
  close(out);
  return rc;
}

}  // namespace

int CopyTree(int src_dir, int dst_dir, uid_t uid, gid_t gid, int depth, long long* budget) {
  if (depth > 32) return 0;  // deeper levels are dropped, not an error (the program chose them)
  int dup_fd = fcntl(src_dir, F_DUPFD_CLOEXEC, 0);
  DIR* dir = dup_fd < 0 ? nullptr : fdopendir(dup_fd);
  if (dir == nullptr) return errno;
  rewinddir(dir);
  int rc = 0;
  int entries = 0;
  while (struct dirent* e = readdir(dir)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    if (++entries > 10000) break;  // the rest is dropped
    struct stat st{};
    if (fstatat(src_dir, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (S_ISREG(st.st_mode)) {
      rc = CopyFile(src_dir, e->d_name, dst_dir, uid, gid, budget);
    } else if (S_ISDIR(st.st_mode)) {
      int sub = openat(src_dir, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub < 0) continue;
      struct stat existing{};
      if (fstatat(dst_dir, e->d_name, &existing, AT_SYMLINK_NOFOLLOW) == 0 &&
          !S_ISDIR(existing.st_mode)) {
        unlinkat(dst_dir, e->d_name, 0);
      }
      mkdirat(dst_dir, e->d_name, 0755);
      int dsub = openat(dst_dir, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (dsub >= 0 && uid != static_cast<uid_t>(-1)) fchown(dsub, uid, gid);
      rc = dsub < 0 ? errno : CopyTree(sub, dsub, uid, gid, depth + 1, budget);
      close(sub);
      if (dsub >= 0) close(dsub);
    }
    if (rc != 0) break;
  }
  closedir(dir);
  return rc;
}

}  // namespace fairhire::assess::internal
