#include "fairhire/assess/internal/cgroup.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <sstream>

#include "fairhire/assess/internal/sys_util.h"

namespace fairhire::assess::internal {
namespace {

constexpr long kCgroup2Magic = 0x63677270;  // CGROUP2_SUPER_MAGIC

// Own relative path of a v1 controller (from /proc/self/cgroup), or "" if absent.
std::string OwnV1Path(const std::string& proc_cgroup, const std::string& controller) {
  std::istringstream in(proc_cgroup);
  std::string line;
  while (std::getline(in, line)) {
    std::size_t a = line.find(':');
    std::size_t b = line.find(':', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string list = "," + line.substr(a + 1, b - a - 1) + ",";
    if (list.find("," + controller + ",") != std::string::npos) return line.substr(b + 1);
  }
  return "";
}

// Mount point of the v1 hierarchy holding `controller` (from /proc/self/mountinfo), or "".
std::string V1MountPoint(const std::string& mountinfo, const std::string& controller) {
  std::istringstream in(mountinfo);
  std::string line;
  while (std::getline(in, line)) {
    std::size_t dash = line.find(" - cgroup ");
    if (dash == std::string::npos) continue;
    std::string super = "," + line.substr(line.rfind(' ') + 1) + ",";
    if (super.find("," + controller + ",") == std::string::npos) continue;
    std::istringstream fields(line);
    std::string f[5];
    for (auto& x : f) fields >> x;
    return f[4];
  }
  return "";
}

std::int64_t ParseKey(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string k;
  long long v;
  while (in >> k >> v) {
    if (k == key) return v;
  }
  return -1;
}

bool Contains(const std::string& list, const std::string& word) {
  std::istringstream in(list);
  std::string w;
  while (in >> w) {
    if (w == word) return true;
  }
  return false;
}

// Kills every pid listed in the group's cgroup.procs until it is empty (2 s at most).
Status DrainProcs(const std::string& dir) {
  for (int i = 0; i < 2000; ++i) {
    std::string procs = ReadSmallFile(dir + "/cgroup.procs");
    if (procs.find_first_not_of(" \n") == std::string::npos) return core::OkStatus();
    std::istringstream in(procs);
    long pid;
    while (in >> pid) kill(static_cast<pid_t>(pid), SIGKILL);
    struct timespec ts{0, 1000000};
    nanosleep(&ts, nullptr);
  }
  return core::MakeError(ErrorCode::kSandbox, "processes left in the run's cgroup", dir);
}

void RemoveDir(const std::string& dir) {
  for (int i = 0; i < 200 && rmdir(dir.c_str()) != 0 && errno == EBUSY; ++i) {
    struct timespec ts{0, 1000000};
    nanosleep(&ts, nullptr);
  }
}

// Creates the group; *existed is true when it was already there (v1: the slot's persistent
// group; v2: a stale group of a crashed run). The caller verifies it is empty.
Status MakeGroupDir(const std::string& dir, bool* existed) {
  struct stat st{};
  *existed = stat(dir.c_str(), &st) == 0;  // cheaper than a cgroup mkdir failing with EEXIST
  if (*existed) return core::OkStatus();
  if (mkdir(dir.c_str(), 0700) == 0) return core::OkStatus();
  if (errno != EEXIST) return core::MakeError(ErrorCode::kSandbox, ErrnoText("mkdir cgroup"), dir);
  *existed = true;
  return core::OkStatus();
}

// /proc/self/mountinfo, read once per process (reading it formats every mount: not free).
const std::string& OwnMountinfo() {
  static const std::string text = ReadSmallFile("/proc/self/mountinfo");
  return text;
}

// Directories of the slot's v1 groups (memory, pids, cpuacct), or an error when a controller is
// missing.
Status V1SlotDirs(int slot, std::string dirs[3]) {
  std::string self = ReadSmallFile("/proc/self/cgroup");
  const std::string& mounts = OwnMountinfo();
  std::string name = "/fairhire-box-" + std::to_string(slot);
  const char* controllers[] = {"memory", "pids", "cpuacct"};
  for (int i = 0; i < 3; ++i) {
    std::string mount = V1MountPoint(mounts, controllers[i]);
    std::string rel = OwnV1Path(self, controllers[i]);
    if (mount.empty() || rel.empty()) {
      return core::MakeError(ErrorCode::kUnavailable,
                             std::string("no cgroup v1 controller ") + controllers[i]);
    }
    dirs[i] = mount + (rel == "/" ? "" : rel) + name;
  }
  return core::OkStatus();
}

std::int64_t ReadNumber(const std::string& path) {
  std::string text = ReadSmallFile(path);
  if (text.empty() || text[0] < '0' || text[0] > '9') return -1;
  return std::stoll(text);
}

// Above this, what a previous run left charged to the slot's memory group (page cache, slab) is
// reclaimed before the next run, so that it can neither shrink the next run's headroom nor skew
// its peak figure by more than this.
constexpr std::int64_t kLeftoverReclaimBytes = 1 << 20;

// The slot's persistent v1 groups. Created on the slot's first run, then reused: before each run
// the pids group is verified empty, the limits are rewritten and the counters reset
// (cpuacct.usage := 0, memory.max_usage_in_bytes := current usage, which is then subtracted;
// oom_kill and pids max events are compared against their values before the run).
class V1Box : public CgroupBox {
 public:
  const char* mode() const override { return "v1"; }
  std::vector<std::string> degraded() const override { return {}; }

  Status Init(int slot, const Limits& limits) {
    std::string dirs[3];
    FAIRHIRE_RETURN_IF_ERROR(V1SlotDirs(slot, dirs));
    memory_ = dirs[0], pids_ = dirs[1], cpu_ = dirs[2];
    for (const std::string& dir : dirs) {
      bool existed = false;
      FAIRHIRE_RETURN_IF_ERROR(MakeGroupDir(dir, &existed));
    }
    FAIRHIRE_RETURN_IF_ERROR(DrainProcs(pids_));  // every task of a box is in all three
    ReclaimLeftovers();
    FAIRHIRE_RETURN_IF_ERROR(WriteLimits(limits));
    FAIRHIRE_RETURN_IF_ERROR(ResetCounters());
    for (const std::string& dir : dirs) {
      int fd = open((dir + "/tasks").c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("open tasks"), dir);
      join_.push_back(fd);
    }
    return core::OkStatus();
  }

  std::vector<int> JoinFds() const override { return join_; }

  std::int64_t CpuUsageUs() override {
    std::int64_t ns = ReadNumber(cpu_ + "/cpuacct.usage");
    return ns < 0 ? -1 : ns / 1000;
  }

  CgroupUsage Collect() override {
    CgroupUsage u;
    u.cpu_us = CpuUsageUs();
    std::int64_t peak = ReadNumber(memory_ + "/memory.max_usage_in_bytes");
    if (peak >= 0) u.peak_bytes = std::max<std::int64_t>(0, peak - baseline_bytes_);
    u.oom_killed = ParseKey(ReadSmallFile(memory_ + "/memory.oom_control"), "oom_kill") > oom_before_;
    u.pids_limit_hit = ParseKey(ReadSmallFile(pids_ + "/pids.events"), "max") > pids_before_;
    return u;
  }

  // Every process joins the three groups together and a task cannot leave them from inside the
  // box, so the pids group (which counts every task) speaks for all three.
  Status KillAndVerifyEmpty() override { return DrainProcs(pids_); }

  void CloseJoinFds() override {
    for (int fd : join_) close(fd);
    join_.clear();
  }

  void Destroy() override { CloseJoinFds(); }  // the groups stay for the slot's next run

  ~V1Box() override { CloseJoinFds(); }

 private:

  Status WriteLimits(const Limits& limits) {
    std::string mem = std::to_string(limits.memory_kb * 1024);
    // memsw (only with swap accounting) must stay >= the memory limit: raise it first, then set
    // the memory limit, then set memsw to its final value (works whether the limit goes up or down).
    std::string memsw = memory_ + "/memory.memsw.limit_in_bytes";
    bool swap_accounting = static_cast<bool>(WriteSmallFile(memsw, "-1"));
    FAIRHIRE_RETURN_IF_ERROR(WriteSmallFile(memory_ + "/memory.limit_in_bytes", mem));
    if (swap_accounting) FAIRHIRE_RETURN_IF_ERROR(WriteSmallFile(memsw, mem));
    return WriteSmallFile(pids_ + "/pids.max", std::to_string(limits.processes + 1));  // + init
  }

  // Page cache and slab a previous run left charged to the (now empty) group.
  void ReclaimLeftovers() {
    if (ReadNumber(memory_ + "/memory.usage_in_bytes") > kLeftoverReclaimBytes) {
      (void)WriteSmallFile(memory_ + "/memory.force_empty", "0");
    }
  }

  Status ResetCounters() {
    FAIRHIRE_RETURN_IF_ERROR(WriteSmallFile(memory_ + "/memory.max_usage_in_bytes", "0"));
    baseline_bytes_ = std::max<std::int64_t>(0, ReadNumber(memory_ + "/memory.max_usage_in_bytes"));
    oom_before_ = ParseKey(ReadSmallFile(memory_ + "/memory.oom_control"), "oom_kill");
    pids_before_ = ParseKey(ReadSmallFile(pids_ + "/pids.events"), "max");
    return WriteSmallFile(cpu_ + "/cpuacct.usage", "0");
  }

  std::string memory_, pids_, cpu_;
  std::vector<int> join_;
  std::int64_t baseline_bytes_ = 0;
  std::int64_t oom_before_ = 0;
  std::int64_t pids_before_ = 0;
};

// Enables `controllers` ("memory pids") in dir's cgroup.subtree_control when they are not yet;
// "cpu" too when the kernel lets us (optional: cpu.stat's usage_usec exists without it).
bool EnableControllers(const std::string& dir) {
  std::string enabled = ReadSmallFile(dir + "/cgroup.subtree_control");
  if (!Contains(enabled, "memory") || !Contains(enabled, "pids")) {
    if (!WriteSmallFile(dir + "/cgroup.subtree_control", "+memory +pids")) return false;
  }
  if (!Contains(enabled, "cpu")) (void)WriteSmallFile(dir + "/cgroup.subtree_control", "+cpu");
  return true;
}

// The base of our v2 groups, `fairhire-box` at the top of the cgroup2 hierarchy we see (the host's
// root, or our cgroup namespace's), prepared once per process: the memory and pids controllers
// enabled for its children. Not under our own group: a non-root group that holds processes (ours,
// a login session's) cannot enable controllers for children ("no internal processes"), which is
// the usual case on a systemd host. "" when cgroup2 cannot serve (no cgroup2 mount, the
// controllers bound to v1, or enabling them refused): `auto` then tries v1, then rlimits only.
const std::string& V2Base() {
  static const std::string base = [] {
    std::string root = "/sys/fs/cgroup";
    struct statfs st{};
    if (statfs(root.c_str(), &st) != 0 || st.f_type != kCgroup2Magic) root += "/unified";
    if (statfs(root.c_str(), &st) != 0 || st.f_type != kCgroup2Magic) return std::string();
    std::string controllers = ReadSmallFile(root + "/cgroup.controllers");
    if (!Contains(controllers, "memory") || !Contains(controllers, "pids")) return std::string();
    std::string dir = root + "/fairhire-box";
    if (!EnableControllers(root) || (mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) ||
        !EnableControllers(dir)) {
      return std::string();
    }
    return dir;
  }();
  return base;
}

class V2Box : public CgroupBox {
 public:
  const char* mode() const override { return "v2"; }
  std::vector<std::string> degraded() const override { return {}; }

  // base: a group whose children have the memory and pids controllers (V2Base()).
  Status Init(const std::string& base, int slot, const Limits& limits) {
    if (base.empty()) return core::MakeError(ErrorCode::kUnavailable, "no usable cgroup v2");
    dir_ = base + "/slot-" + std::to_string(slot);
    bool reused = false;
    FAIRHIRE_RETURN_IF_ERROR(MakeGroupDir(dir_, &reused));
    created_ = true;
    if (reused) FAIRHIRE_RETURN_IF_ERROR(DrainProcs(dir_));  // a crashed run's: reuse only empty
    FAIRHIRE_RETURN_IF_ERROR(
        WriteSmallFile(dir_ + "/memory.max", std::to_string(limits.memory_kb * 1024)));
    (void)WriteSmallFile(dir_ + "/memory.swap.max", "0");
    oom_before_ = ParseKey(ReadSmallFile(dir_ + "/memory.events"), "oom_kill");
    pids_before_ = ParseKey(ReadSmallFile(dir_ + "/pids.events"), "max");
    FAIRHIRE_RETURN_IF_ERROR(
        WriteSmallFile(dir_ + "/pids.max", std::to_string(limits.processes + 1)));  // + init
    join_ = open((dir_ + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
    if (join_ < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("open cgroup.procs"), dir_);
    return core::OkStatus();
  }

  std::vector<int> JoinFds() const override { return join_ < 0 ? std::vector<int>{} : std::vector<int>{join_}; }

  std::int64_t CpuUsageUs() override {
    return ParseKey(ReadSmallFile(dir_ + "/cpu.stat"), "usage_usec");
  }

  CgroupUsage Collect() override {
    CgroupUsage u;
    u.cpu_us = CpuUsageUs();
    std::string peak = ReadSmallFile(dir_ + "/memory.peak");  // kernel >= 5.19
    if (!peak.empty()) u.peak_bytes = std::stoll(peak);
    u.oom_killed = ParseKey(ReadSmallFile(dir_ + "/memory.events"), "oom_kill") > oom_before_;
    u.pids_limit_hit = ParseKey(ReadSmallFile(dir_ + "/pids.events"), "max") > pids_before_;
    return u;
  }

  Status KillAndVerifyEmpty() override {
    (void)WriteSmallFile(dir_ + "/cgroup.kill", "1");  // kernel >= 5.14; DrainProcs covers older
    return DrainProcs(dir_);
  }

  void CloseJoinFds() override {
    if (join_ >= 0) close(join_);
    join_ = -1;
  }

  void Destroy() override {
    CloseJoinFds();
    if (created_) RemoveDir(dir_);
    created_ = false;
  }

  ~V2Box() override {
    if (created_ && KillAndVerifyEmpty()) Destroy();
    CloseJoinFds();
  }

 private:
  std::string dir_;
  int join_ = -1;
  bool created_ = false;
  std::int64_t oom_before_ = 0;
  std::int64_t pids_before_ = 0;
};

class NoCgroupBox : public CgroupBox {
 public:
  explicit NoCgroupBox(const Limits& limits) : address_space_(limits.address_space_kb > 0) {}
  const char* mode() const override { return "none"; }
  std::vector<std::string> degraded() const override {
    return {address_space_ ? "memory:address-space-only" : "memory:not-enforced",
            "cpu:per-process", "peak:rusage", "processes:per-uid"};
  }
  std::vector<int> JoinFds() const override { return {}; }
  void CloseJoinFds() override {}
  std::int64_t CpuUsageUs() override { return -1; }
  CgroupUsage Collect() override { return {}; }
  Status KillAndVerifyEmpty() override { return core::OkStatus(); }
  void Destroy() override {}

 private:
  bool address_space_;
};

bool V1Usable() {
  const std::string& mounts = OwnMountinfo();
  return !V1MountPoint(mounts, "memory").empty() && !V1MountPoint(mounts, "pids").empty() &&
         !V1MountPoint(mounts, "cpuacct").empty();
}

}  // namespace

const char* ProbeCgroupMode() {
  static const char* mode = [] {
    if (!V2Base().empty()) return "v2";
    if (V1Usable()) return "v1";
    return "none";
  }();
  return mode;
}

Status RemoveSlotCgroups(int slot) {
  std::string dirs[3];
  if (!V1Usable() || !V1SlotDirs(slot, dirs)) return core::OkStatus();
  struct stat st{};
  if (stat(dirs[1].c_str(), &st) == 0) FAIRHIRE_RETURN_IF_ERROR(DrainProcs(dirs[1]));
  for (const std::string& dir : dirs) {
    if (stat(dir.c_str(), &st) != 0) continue;
    RemoveDir(dir);
    if (stat(dir.c_str(), &st) == 0) {
      return core::MakeError(ErrorCode::kSandbox, ErrnoText("rmdir cgroup"), dir);
    }
  }
  return core::OkStatus();
}

Result<std::unique_ptr<CgroupBox>> MakeV2CgroupBoxAt(const std::string& base, int slot,
                                                     const Limits& limits) {
  auto box = std::make_unique<V2Box>();
  FAIRHIRE_RETURN_IF_ERROR(box->Init(base, slot, limits));
  return std::unique_ptr<CgroupBox>(std::move(box));
}

Result<std::unique_ptr<CgroupBox>> MakeCgroupBox(CgroupMode mode, int slot, const Limits& limits) {
  if (mode == CgroupMode::kAuto) {
    std::string probed = ProbeCgroupMode();
    mode = probed == "v2" ? CgroupMode::kV2 : probed == "v1" ? CgroupMode::kV1 : CgroupMode::kNone;
  }
  if (mode == CgroupMode::kV2) return MakeV2CgroupBoxAt(V2Base(), slot, limits);
  if (mode == CgroupMode::kV1) {
    auto box = std::make_unique<V1Box>();
    FAIRHIRE_RETURN_IF_ERROR(box->Init(slot, limits));
    return std::unique_ptr<CgroupBox>(std::move(box));
  }
  return std::unique_ptr<CgroupBox>(std::make_unique<NoCgroupBox>(limits));
}

}  // namespace fairhire::assess::internal
