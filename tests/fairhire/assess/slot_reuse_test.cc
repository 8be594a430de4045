// Reuse of a slot's persistent state (network namespace, root templates, cgroup v1 groups): nothing a run leaves
// behind (listeners, files in /tmp and /dev/shm, processes, cgroup counters) reaches the next run
// on the same slot, and RemoveSandboxState() removes the state. Labelled `sandbox` (root).
#include <sys/stat.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"
#include "host_checks.h"

namespace fairhire::assess {
namespace {

namespace fs = std::filesystem;

// Leaves a TCP listener, an abstract UNIX listener, files and a daemon holding the listeners.
constexpr const char* kLeaveState = R"(
import os, socket, time
print(os.getuid())
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 47123)); s.listen(8)
u = socket.socket(socket.AF_UNIX); u.bind('\0fairhire-reuse'); u.listen(1)
open('/tmp/leak', 'w').write('x'); open('/dev/shm/leak', 'w').write('x')
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(30)
    os._exit(0)
time.sleep(0.2)
print('LEFT')
)";

// Looks for all of it; prints CLEAN or BAD <what>.
constexpr const char* kLookForState = R"(
import os, socket
print(os.getuid())
bad = []
try:
    socket.create_connection(('127.0.0.1', 47123), timeout=1); bad.append('tcp listener reachable')
except OSError:
    pass
try:
    u = socket.socket(socket.AF_UNIX); u.connect('\0fairhire-reuse'); bad.append('abstract listener reachable')
except OSError:
    pass
bad += [p for p in ('/tmp/leak', '/dev/shm/leak') if os.path.exists(p)]
others = [d for d in os.listdir('/proc') if d.isdigit() and int(d) != os.getpid()]
if others: bad.append('processes ' + ','.join(others))
s = socket.socket(); s.bind(('127.0.0.1', 47123)); s.listen(1)
print('BAD ' + ';'.join(bad) if bad else 'CLEAN')
)";

std::unique_ptr<Sandbox> Box() { return MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box"); }

SandboxResult MustRun(const SandboxSpec& spec) {
  auto r = Box()->Run(spec);
  BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().ToString()));
  return *r;
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

SandboxSpec Python(const char* code) {
  SandboxSpec spec;
  spec.argv = {"/usr/bin/python3", "-c", code};
  return spec;
}

SandboxSpec Uid() {
  SandboxSpec spec;
  spec.argv = {"/usr/bin/id", "-u"};
  return spec;
}

struct HostileDir {
  fs::path path = fs::temp_directory_path() / ("fairhire-reuse-" + std::to_string(::getpid()));
  HostileDir() {
    fs::remove_all(path);
    fs::create_directories(path);
    fs::copy_file(fs::path(FAIRHIRE_BINARY_DIR) / "tests/fairhire-hostile", path / "hostile");
  }
  ~HostileDir() { fs::remove_all(path); }
  SandboxSpec Spec(const char* mode) const {
    SandboxSpec spec;
    spec.argv = {"./hostile", mode};
    spec.box_dir = path.string();
    spec.limits.cpu_ms = 500;
    spec.limits.memory_kb = 64 << 10;
    spec.limits.processes = 8;
    return spec;
  }
};

// The slot's root template files (/run/fairhire-box/root-SLOT-KEY), sorted.
std::vector<std::string> RootTemplates(int slot) {
  std::vector<std::string> names;
  std::string prefix = "root-" + std::to_string(slot) + "-";
  for (const auto& e : fs::directory_iterator("/run/fairhire-box")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) names.push_back(e.path().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

SandboxSpec Cat(const fs::path& dir) {
  SandboxSpec spec;
  spec.argv = {"/usr/bin/cat", (dir / "v").string()};
  spec.ro_paths = {dir.string()};
  return spec;
}

BOOST_AUTO_TEST_SUITE(SlotReuse)

// A read-only path replaced on the host (as a package upgrade renames a directory or file over
// the old one) is seen by the next run: the template keyed on the old inode is not used.
BOOST_AUTO_TEST_CASE(TheRootTemplateFollowsAPathReplacedOnTheHost) {
  fs::path base = fs::path("/var/tmp") / ("fairhire-ro-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "data");
  fs::create_directories(base / "next");
  std::ofstream(base / "data" / "v") << "one\n";
  std::ofstream(base / "next" / "v") << "two\n";
  SandboxResult first = MustRun(Cat(base / "data"));
  BOOST_TEST(first.stdout_data == "one\n", SandboxResultJson(first) << first.stderr_data);
  SandboxResult again = MustRun(Cat(base / "data"));
  BOOST_TEST(again.stdout_data == "one\n");
  fs::rename(base / "data", base / "old");
  fs::rename(base / "next", base / "data");
  SandboxResult second = MustRun(Cat(base / "data"));
  BOOST_TEST(second.stdout_data == "two\n", SandboxResultJson(second) << second.stderr_data);
  // A path that no longer exists: the run builds its root itself and names the failing step.
  fs::remove_all(base);
  SandboxResult gone = MustRun(Cat(base / "data"));
  BOOST_TEST(VerdictName(gone.verdict) == "IE", SandboxResultJson(gone));
  BOOST_TEST(gone.internal_error.find("read-only source") != std::string::npos, gone.internal_error);
}

// Each language's paths make their own template; a slot keeps a bounded number of them.
BOOST_AUTO_TEST_CASE(ASlotKeepsABoundedNumberOfRootTemplates) {
  fs::path base = fs::path("/var/tmp") / ("fairhire-ro-many-" + std::to_string(::getpid()));
  fs::remove_all(base);
  for (int i = 0; i < 7; ++i) {
    fs::path dir = base / std::to_string(i);
    fs::create_directories(dir);
    std::ofstream(dir / "v") << i << "\n";
    SandboxResult r = MustRun(Cat(dir));
    BOOST_TEST(r.stdout_data == std::to_string(i) + "\n", SandboxResultJson(r) << r.stderr_data);
    BOOST_TEST(RootTemplates(0).size() <= 4u);
  }
  // Going back to an earlier language still sees its own paths.
  SandboxResult back = MustRun(Cat(base / "2"));
  BOOST_TEST(back.stdout_data == "2\n");
  fs::remove_all(base);
}

BOOST_AUTO_TEST_CASE(NothingARunLeavesReachesTheNextRunOnTheSameSlot) {
  testing::HostGuard guard;
  SandboxResult first = MustRun(Python(kLeaveState));
  BOOST_TEST(VerdictName(first.verdict) == "OK", SandboxResultJson(first) << first.stderr_data);
  BOOST_TEST(first.stdout_data.find("LEFT") != std::string::npos, first.stdout_data);
  for (const std::string& v : guard.Violations()) BOOST_ERROR("after the first run: " << v);
  SandboxResult second = MustRun(Python(kLookForState));
  BOOST_TEST(VerdictName(second.verdict) == "OK", SandboxResultJson(second) << second.stderr_data);
  BOOST_TEST(FirstLine(second.stdout_data) == FirstLine(first.stdout_data));  // same slot UID
  BOOST_TEST(second.stdout_data.find("CLEAN") != std::string::npos, second.stdout_data);
  for (const std::string& v : guard.Violations()) BOOST_ERROR(v);
}

BOOST_AUTO_TEST_CASE(CgroupCountersStartAfreshOnAReusedSlot) {
  HostileDir dir;
  testing::HostGuard guard;
  SandboxResult before = MustRun(Uid());
  SandboxResult mle = MustRun(dir.Spec("malloc"));
  BOOST_TEST(VerdictName(mle.verdict) == "MLE", SandboxResultJson(mle));
  BOOST_TEST(mle.oom_killed);
  SandboxResult bomb = MustRun(dir.Spec("fork-bomb"));
  BOOST_TEST(bomb.pids_limit_hit, SandboxResultJson(bomb));
  SandboxResult tle = MustRun(dir.Spec("cpu"));
  BOOST_TEST(VerdictName(tle.verdict) == "TLE", SandboxResultJson(tle));
  SandboxResult after = MustRun(Uid());
  BOOST_TEST(FirstLine(after.stdout_data) == FirstLine(before.stdout_data));  // same slot
  BOOST_TEST(VerdictName(after.verdict) == "OK", SandboxResultJson(after));
  BOOST_TEST(!after.oom_killed);
  BOOST_TEST(!after.pids_limit_hit);
  BOOST_TEST(after.cpu_ms < 250, SandboxResultJson(after));       // not the previous 500 ms
  BOOST_TEST(after.peak_kb < (16 << 10), SandboxResultJson(after));  // not the previous 64 MB
  for (const std::string& v : guard.Violations()) BOOST_ERROR(v);
}

BOOST_AUTO_TEST_CASE(RemoveSandboxStateRemovesItAndTheNextRunRecreatesIt) {
  BOOST_TEST_REQUIRE(RemoveSandboxState().has_value());  // earlier tests left other templates
  SandboxResult r = MustRun(Uid());
  BOOST_TEST_REQUIRE(VerdictName(r.verdict) == "OK");
  BOOST_TEST(!testing::SlotMounts().empty());
  std::vector<std::string> templates = RootTemplates(0);
  if (r.cgroup_mode == "v1") BOOST_TEST(!testing::SlotCgroups().empty());
  auto busy = RemoveSandboxState();
  BOOST_TEST_REQUIRE(busy.has_value(), (busy ? "" : busy.error().ToString()));
  BOOST_TEST(*busy == 0);
  BOOST_TEST(testing::SlotMounts().empty());
  BOOST_TEST(testing::SlotCgroups().empty());
  // A stale file where a slot's namespace should be (e.g. /run kept across a reboot) is replaced.
  // So is a stale file where the slot's root template should be.
  std::ofstream("/run/fairhire-box/net-0") << "stale\n";
  BOOST_TEST_REQUIRE(templates.size() == 1u);
  std::ofstream(templates[0]) << "stale\n";
  r = MustRun(Uid());
  BOOST_TEST(VerdictName(r.verdict) == "OK", SandboxResultJson(r));
  BOOST_TEST(RootTemplates(0) == templates);
  auto mounts = testing::SlotMounts();
  BOOST_TEST(mounts.size() == 2u);  // the network namespace and the root template
  for (const auto& m : mounts) BOOST_TEST(m.find(" - nsfs ") != std::string::npos, m);
  BOOST_TEST(RemoveSandboxState().has_value());
  BOOST_TEST(testing::SlotMounts().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::assess
