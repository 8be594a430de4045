// Reuse of a slot's persistent state (network namespace, cgroup v1 groups): nothing a run leaves
// behind (listeners, files in /tmp and /dev/shm, processes, cgroup counters) reaches the next run
// on the same slot, and RemoveSandboxState() removes the state. Labelled `sandbox` (root).
#include <sys/stat.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>

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

BOOST_AUTO_TEST_SUITE(SlotReuse)

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
  SandboxResult r = MustRun(Uid());
  BOOST_TEST_REQUIRE(VerdictName(r.verdict) == "OK");
  BOOST_TEST(!testing::SlotMounts().empty());
  if (r.cgroup_mode == "v1") BOOST_TEST(!testing::SlotCgroups().empty());
  auto busy = RemoveSandboxState();
  BOOST_TEST_REQUIRE(busy.has_value(), (busy ? "" : busy.error().ToString()));
  BOOST_TEST(*busy == 0);
  BOOST_TEST(testing::SlotMounts().empty());
  BOOST_TEST(testing::SlotCgroups().empty());
  // A stale file where a slot's namespace should be (e.g. /run kept across a reboot) is replaced.
  std::ofstream("/run/fairhire-box/net-0") << "stale\n";
  r = MustRun(Uid());
  BOOST_TEST(VerdictName(r.verdict) == "OK", SandboxResultJson(r));
  auto mounts = testing::SlotMounts();
  BOOST_TEST(mounts.size() == 1u);
  for (const auto& m : mounts) BOOST_TEST(m.find(" - nsfs ") != std::string::npos, m);
  BOOST_TEST(RemoveSandboxState().has_value());
  BOOST_TEST(testing::SlotMounts().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::assess
