#include "fairhire/assess/internal/slot_root.h"

#include <dirent.h>
#include <sched.h>
#include <sys/stat.h>
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
  for (const std::string& path : ReadOnlySources(spec)) {
    struct stat st{};
    if (stat(path.c_str(), &st) != 0) return std::nullopt;
    h.AddText(path);
    h.AddValue(st.st_dev);
    h.AddValue(st.st_ino);
    h.AddValue(st.st_mode & S_IFMT);
  }
  for (const char* name : kUsrLinks) {
    char target[256];
    ssize_t n = readlink((std::string("/") + name).c_str(), target, sizeof target - 1);
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

// A child unshares a mount namespace and builds the skeleton in it; its nsfs file is bound on
// `path`.
Status CreateTemplate(const std::string& path, const SandboxSpec& spec, uid_t uid, gid_t gid) {
  auto setup = [&](const char** what) {
    *what = "mount namespace";
    return unshare(CLONE_NEWNS) == 0 ? BuildRootSkeleton(spec, uid, gid, what) : errno;
  };
  return CreateNamespaceFile(path, "mnt", setup, "the slot's root template");
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
