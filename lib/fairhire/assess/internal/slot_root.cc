#include "fairhire/assess/internal/slot_root.h"

#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

#include "fairhire/assess/internal/box_fs.h"
#include "fairhire/assess/internal/sys_util.h"

namespace fairhire::assess::internal {
namespace {

constexpr std::uint64_t kLayoutVersion = 1;  // bump when BuildRootSkeleton changes what it builds
constexpr int kMaxTemplates = 4;             // per slot (a few languages alternate on a slot)

class Fnv {
 public:
  void Add(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) h_ = (h_ ^ p[i]) * 0x100000001b3ULL;
  }
  template <typename T>
  void AddValue(T v) { Add(&v, sizeof v); }
  void AddText(const std::string& s) { Add(s.data(), s.size() + 1); }  // with its NUL
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

// Everything BuildRootSkeleton reads from the host, hashed; nullopt when a source is missing.
std::optional<std::uint64_t> TemplateKey(const SandboxSpec& spec, uid_t uid, gid_t gid) {
  Fnv h;
  h.AddValue(kLayoutVersion);
  h.AddValue(uid);
  h.AddValue(gid);
  std::vector<std::string> sources = {"/usr"};
  for (const std::string& path : spec.ro_paths) {  // the same filter as the skeleton's
    if (!path.empty() && path[0] == '/' && path.rfind("/usr/", 0) != 0) sources.push_back(path);
  }
  for (const std::string& path : sources) {
    struct stat st{};
    if (stat(path.c_str(), &st) != 0) return std::nullopt;
    h.AddText(path);
    h.AddValue(st.st_dev);
    h.AddValue(st.st_ino);
    h.AddValue(st.st_mode & S_IFMT);
  }
  for (const char* name : {"/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"}) {
    char target[256];
    ssize_t n = readlink(name, target, sizeof target - 1);
    h.AddValue(n);
    if (n > 0) h.Add(target, static_cast<std::size_t>(n));
  }
  return h.value();
}

std::string Prefix(int slot) { return "root-" + std::to_string(slot) + "-"; }

// Names of the slot's template files under slot_dir.
std::vector<std::string> ListTemplates(const std::string& slot_dir, int slot) {
  std::vector<std::string> names;
  DIR* dir = opendir(slot_dir.c_str());
  if (dir == nullptr) return names;
  std::string prefix = Prefix(slot);
  while (struct dirent* e = readdir(dir)) {
    if (std::strncmp(e->d_name, prefix.c_str(), prefix.size()) == 0) names.emplace_back(e->d_name);
  }
  closedir(dir);
  return names;
}

// What the building child sends back: 0 or an errno, and the step that failed.
struct BuildReply {
  int rc = EIO;
  char what[64] = "template child";
};

// A child unshares a mount namespace, builds the skeleton in it and waits; meanwhile we bind its
// nsfs file on `path` (an empty file we just created), then let it exit.
Status CreateTemplate(const std::string& path, const SandboxSpec& spec, uid_t uid, gid_t gid) {
  RemoveNamespaceFile(path);  // whatever was there: stale or foreign
  int f = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (f < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("create"), path);
  close(f);
  int ready[2], release[2];
  if (pipe2(ready, O_CLOEXEC) != 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("pipe"));
  if (pipe2(release, O_CLOEXEC) != 0) {
    close(ready[0]), close(ready[1]);
    return core::MakeError(ErrorCode::kSandbox, ErrnoText("pipe"));
  }
  pid_t pid = fork();
  int fork_errno = pid < 0 ? errno : 0;
  if (pid == 0) {
    close(ready[0]);
    close(release[1]);
    BuildReply reply;
    const char* what = "mount namespace";
    reply.rc = unshare(CLONE_NEWNS) == 0 ? BuildRootSkeleton(spec, uid, gid, &what) : errno;
    std::snprintf(reply.what, sizeof reply.what, "%s", what);
    WriteAll(ready[1], &reply, sizeof reply);
    char byte;
    while (read(release[0], &byte, 1) < 0 && errno == EINTR) {  // EOF: the parent is done
    }
    _exit(0);
  }
  close(ready[1]);
  close(release[0]);
  BuildReply reply;
  bool bound = false;
  int bind_errno = 0;
  if (pid > 0 && ReadFull(ready[0], &reply, sizeof reply) == sizeof reply && reply.rc == 0) {
    std::string ns = "/proc/" + std::to_string(pid) + "/ns/mnt";
    bound = mount(ns.c_str(), path.c_str(), nullptr, MS_BIND, nullptr) == 0;
    bind_errno = errno;
  }
  close(ready[0]);
  close(release[1]);
  int status = 0;
  while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (bound) return core::OkStatus();
  unlink(path.c_str());
  if (pid < 0) return core::MakeError(ErrorCode::kSandbox, std::string("fork: ") + std::strerror(fork_errno));
  if (reply.rc != 0) {
    return core::MakeError(ErrorCode::kSandbox, std::string("box setup: ") + reply.what + ": " +
                                                    std::strerror(reply.rc));
  }
  return core::MakeError(ErrorCode::kSandbox,
                         std::string("could not keep the slot's root template: ") + std::strerror(bind_errno),
                         path);
}

}  // namespace

Result<int> OpenSlotRoot(const std::string& slot_dir, int slot, const SandboxSpec& spec, uid_t uid,
                         gid_t gid) {
  std::optional<std::uint64_t> key = TemplateKey(spec, uid, gid);
  if (!key) return -1;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(*key));
  std::string path = slot_dir + "/" + Prefix(slot) + hex;
  auto create = [&]() -> Status {
    std::vector<std::string> others = ListTemplates(slot_dir, slot);
    if (static_cast<int>(others.size()) >= kMaxTemplates) {
      for (const std::string& name : others) RemoveNamespaceFile(slot_dir + "/" + name);
    }
    return CreateTemplate(path, spec, uid, gid);
  };
  return OpenNamespaceFile(path, CLONE_NEWNS, create, "the slot's root template");
}

Status RemoveSlotRoots(const std::string& slot_dir, int slot) {
  for (const std::string& name : ListTemplates(slot_dir, slot)) {
    std::string path = slot_dir + "/" + name;
    if (int e = RemoveNamespaceFile(path); e != 0) {
      errno = e;
      return core::MakeError(ErrorCode::kSandbox, ErrnoText("unlink"), path);
    }
  }
  return core::OkStatus();
}

}  // namespace fairhire::assess::internal
