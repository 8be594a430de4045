// The hostile battery of research/sandbox.md §3.1 against the real sandbox (root, namespaces,
// cgroups): expected verdicts plus host-side checks after every program. Labelled `sandbox`.
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/stat.h>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <csignal>
#include <filesystem>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"
#include "host_checks.h"

namespace fairhire::assess {
namespace {

namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;

struct Hostile {
  const char* id;            // §3.1 row
  const char* mode;
  const char* arg;           // {port} {abstract} {canary} {big} are substituted
  const char* verdicts;      // accepted verdicts, "|"-separated
  int exit_code;             // expected exit code; -2: any
  int signal;                // expected signal; -2: any
  bool copy_out = false;
  std::int64_t wall_ms = 0;
};

std::ostream& operator<<(std::ostream& os, const Hostile& h) { return os << h.id << " " << h.mode; }

const Hostile kBattery[] = {
    {"1 cpu loop", "cpu", "", "TLE", -2, -2},
    {"2 eight threads", "threads", "", "TLE", -2, -2},
    {"3 sleep", "sleep", "", "TLE", -2, -2, false, 1500},
    {"3 pause", "pause", "", "TLE", -2, -2, false, 1500},
    {"4 fork bomb", "fork-bomb", "", "TLE|RE", -2, -2},
    {"4 thread bomb", "thread-bomb", "", "RE|TLE", -2, -2},
    {"5 malloc bomb", "malloc", "", "MLE", -2, -2},
    {"5 mmap huge", "mmap", "", "MLE", -2, -2},
    {"5 stack overflow", "stack", "", "RE", -1, 11},
    {"6 stdout flood", "stdout-flood", "", "OLE", -2, -2},
    {"6 stderr flood", "stderr-flood", "", "OLE", -2, -2},
    {"7 fill box", "fill-box", "", "OK", 0, 0},
    {"7 fill tmp", "fill-tmp", "", "OK", 0, 0},
    {"7 fill shm", "tmpfs-memory", "", "OK", 0, 0},
    {"7 inodes", "fill-inodes", "", "OK", 0, 0},
    {"8 network", "network", "{port} {abstract}", "OK", 0, 0},
    {"9 read host files", "read", "{canary}", "OK", 0, 0},
    {"10 write outside", "write", "", "OK", 0, 0},
    {"11 planted links", "plant", "/etc/passwd", "OK", 0, 0, true},
    {"12/13/15 processes", "processes", "", "OK", 0, 0},
    {"14 privilege", "privilege", "", "OK", 0, 0},
    {"16 daemon", "daemon", "", "OK", 0, 0},
    {"17 inherited fds", "fds", "", "OK", 0, 0},
    {"18 huge argv", "big-args", "{big}", "OK", 0, 0},
    {"18 weird names", "weird-names", "", "OK", 0, 0, true},
    {"19/20/21/23 kernel", "kernel", "", "OK", 0, 0},
    {"20 sysv ipc", "sysv-ipc", "", "OK", 0, 0},
    {"21 x32 abi", "x32", "", "SV", -1, 31},
    {"21 i386 abi", "int80", "", "SV", -1, 31},
    {"22 segv", "segv", "", "RE", -1, 11},
    {"22 abort", "abort", "", "RE", -1, 6},
    {"22 div by zero", "fpe", "", "RE", -1, 8},
    {"22 exit 3", "exit3", "", "RE", 3, 0},
    {"25 jit", "jit", "", "OK", 0, 0},
    {"26 ignore signals", "ignore-signals", "", "TLE", -2, -2},
};

std::string Substitute(const std::string& arg, const testing::HostGuard& g) {
  if (arg == "{port} {abstract}") return std::to_string(g.listener_port()) + " " + g.abstract_name();
  if (arg == "{canary}") return g.canary_path();
  if (arg == "{big}") return std::string(100000, 'a');
  return arg;
}

struct BoxDir {
  fs::path path = fs::temp_directory_path() / ("fairhire-battery-" + std::to_string(::getpid()));
  BoxDir() {
    fs::remove_all(path);
    fs::create_directories(path);
    fs::copy_file(fs::path(FAIRHIRE_BINARY_DIR) / "tests/fairhire-hostile", path / "hostile");
  }
  ~BoxDir() { fs::remove_all(path); }
};

SandboxSpec SpecFor(const Hostile& h, const testing::HostGuard& guard, const BoxDir& box) {
  SandboxSpec spec;
  spec.argv = {"./hostile", h.mode};
  std::string arg = Substitute(h.arg, guard);
  for (std::size_t start = 0; !arg.empty() && start <= arg.size();) {
    std::size_t sp = arg.find(' ', start);
    if (h.arg == std::string("{big}")) sp = std::string::npos;
    spec.argv.push_back(arg.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  spec.box_dir = box.path.string();
  spec.copy_out = h.copy_out;
  spec.limits.cpu_ms = 1000;
  spec.limits.wall_ms = h.wall_ms;
  spec.limits.memory_kb = 128 << 10;
  spec.limits.processes = 16;
  spec.limits.output_kb = 256;
  spec.limits.box_kb = 16 << 10;
  spec.limits.tmp_kb = 16 << 10;
  return spec;
}

void CheckOutcome(const Hostile& h, const SandboxResult& r) {
  std::set<std::string> accepted;
  std::string list = h.verdicts;
  for (std::size_t s = 0, e; s <= list.size(); s = e + 1) {
    e = list.find('|', s);
    if (e == std::string::npos) e = list.size();
    accepted.insert(list.substr(s, e - s));
  }
  BOOST_TEST(accepted.count(std::string(VerdictName(r.verdict))) == 1u,
             h.id << ": verdict " << VerdictName(r.verdict) << " " << SandboxResultJson(r)
                  << " stderr: " << r.stderr_data.substr(0, 300));
  if (h.exit_code != -2) BOOST_TEST(r.exit_code == h.exit_code, h.id << " stderr: " << r.stderr_data.substr(0, 300));
  if (h.signal != -2) BOOST_TEST(r.signal == h.signal, h.id);
  BOOST_TEST(r.stderr_data.find("ESCAPE") == std::string::npos, r.stderr_data.substr(0, 500));
}

void CheckSideEffects(const Hostile& h, const BoxDir& box) {
  if (std::string(h.mode) == "plant") {
    for (const auto& e : fs::recursive_directory_iterator(box.path)) {
      bool plain = (e.is_regular_file() || e.is_directory()) && !e.is_symlink();
      BOOST_TEST(plain, "special file copied out: " << e.path());
    }
  }
  if (std::string(h.mode) == "sysv-ipc") {
    BOOST_TEST(shmget(0x4641, 0, 0) < 0, "the box's SysV segment is visible on the host");
  }
}

BOOST_DATA_TEST_CASE(HostileProgramIsContained, bdata::make(kBattery), h) {
  BoxDir box;
  testing::HostGuard guard;
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  auto r = sandbox->Run(SpecFor(h, guard, box));
  BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().ToString()));
  CheckOutcome(h, *r);
  CheckSideEffects(h, box);
  for (const std::string& v : guard.Violations()) BOOST_ERROR(h.id << ": " << v);
  if (std::string(h.mode) == "daemon") BOOST_TEST(r->wall_ms < 2500);  // did not wait for the daemon
  if (std::string(h.mode) == "threads") {  // CPU of all threads counted (or a starved host hit wall)
    bool over = r->cpu_ms >= 1000 || r->wall_timeout;
    BOOST_TEST(over, SandboxResultJson(*r));
  }
  if (std::string(h.mode) == "sleep") BOOST_TEST(r->wall_timeout);
  if (std::string(h.mode) == "fork-bomb" || std::string(h.mode) == "thread-bomb") {
    BOOST_TEST(r->pids_limit_hit, SandboxResultJson(*r));  // the pids cgroup, not only NPROC
  }
}

// The same barriers hold without cgroups; the result says which limits are then weaker.
const Hostile kRlimitOnly[] = {
    {"1 cpu loop", "cpu", "", "TLE", -2, -2},
    {"9 read host files", "read", "{canary}", "OK", 0, 0},
    {"14 privilege", "privilege", "", "OK", 0, 0},
    {"17 inherited fds", "fds", "", "OK", 0, 0},
    {"22 segv", "segv", "", "RE", -1, 11},
    {"16 daemon", "daemon", "", "OK", 0, 0},
};

BOOST_DATA_TEST_CASE(RlimitOnlyModeStillContains, bdata::make(kRlimitOnly), h) {
  BoxDir box;
  testing::HostGuard guard;
  SandboxSpec spec = SpecFor(h, guard, box);
  spec.cgroup_mode = CgroupMode::kNone;
  auto r = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box")->Run(spec);
  BOOST_TEST_REQUIRE(r.has_value(), (r ? "" : r.error().ToString()));
  BOOST_TEST(r->cgroup_mode == "none");
  BOOST_TEST(!r->degraded.empty());
  CheckOutcome(h, *r);
  for (const std::string& v : guard.Violations()) BOOST_ERROR(h.id << ": " << v);
}

BOOST_AUTO_TEST_CASE(OutputIsCapturedAndStdinDelivered) {
  SandboxSpec spec;
  spec.argv = {"/usr/bin/sh", "-c", "read x; echo \"got $x\"; echo err >&2; pwd; id -u"};
  spec.stdin_data = "hello\n";
  auto r = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box")->Run(spec);
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(VerdictName(r->verdict) == "OK");
  BOOST_TEST(r->stdout_data.rfind("got hello\n/box\n6", 0) == 0u, r->stdout_data);
  BOOST_TEST(r->stderr_data == "err\n");
  BOOST_TEST(r->output_bytes == static_cast<std::int64_t>(r->stdout_data.size() + 4));
}

// A box the supervisor kills for a limit reports how the target died: SIGKILL, no exit code.
BOOST_AUTO_TEST_CASE(ABoxKilledForALimitReportsSigkill) {
  for (const char* loop : {"while :; do :; done", "while :; do echo flood; done"}) {
    SandboxSpec spec;
    spec.argv = {"/usr/bin/sh", "-c", loop};
    spec.limits.cpu_ms = 300;
    spec.limits.output_kb = 64;
    auto r = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box")->Run(spec);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST((VerdictName(r->verdict) == "TLE" || VerdictName(r->verdict) == "OLE"), loop);
    BOOST_TEST(r->signal == SIGKILL, SandboxResultJson(*r));
    BOOST_TEST(r->exit_code == -1);
  }
  SandboxSpec ok;
  ok.argv = {"/usr/bin/true"};
  auto r = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box")->Run(ok);
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(r->signal == 0);
  BOOST_TEST(r->exit_code == 0);
}

BOOST_AUTO_TEST_CASE(MissingCommandIsReportedNotCrashed) {
  SandboxSpec spec;
  spec.argv = {"no-such-command-here"};
  auto r = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box")->Run(spec);
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(VerdictName(r->verdict) == "RE");
  BOOST_TEST(r->exit_code == 127);
  BOOST_TEST(r->exec_error == "No such file or directory");
}

BOOST_AUTO_TEST_CASE(PeakMemoryMatchesTheProgramsOwnRss) {
  // A program touching 100 MB: the cgroup peak agrees within 2 % with the private memory the
  // program sees itself using (RssAnon) and within 3 % with its ru_maxrss (which also counts
  // shared library pages that the cgroup does not charge to the box).
  BoxDir box;
  SandboxSpec spec;
  spec.argv = {"./hostile", "touch100"};
  spec.box_dir = box.path.string();
  spec.limits.memory_kb = 256 << 10;
  auto r = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box")->Run(spec);
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST_REQUIRE(VerdictName(r->verdict) == "OK");
  double maxrss = 0, anon = 0;
  std::istringstream(r->stdout_data) >> maxrss >> anon;
  BOOST_TEST_REQUIRE(anon > 100 * 1024);
  BOOST_TEST(std::abs(r->peak_kb - anon) / anon < 0.02, "peak " << r->peak_kb << " KB vs RssAnon " << anon);
  BOOST_TEST(std::abs(r->peak_kb - maxrss) / maxrss < 0.03, "peak " << r->peak_kb << " KB vs ru_maxrss " << maxrss);
}

}  // namespace
}  // namespace fairhire::assess
