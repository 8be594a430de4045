// The cgroup v2 backend's file protocol, on a directory laid out like a cgroup2 group (this
// development machine's cgroup2 mount has no memory or pids controller, so the kernel side is not
// available here): which files it writes before a run (limits), joins through, reads after it
// (figures, events counted from their value before the run), and how it ends the run.
#include <fcntl.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fairhire/assess/internal/cgroup.h"

namespace fairhire::assess::internal {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Put(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::trunc) << text; }

// A base group with the slot's group already there (a plain mkdir makes no control files).
struct FakeV2 {
  fs::path base = fs::temp_directory_path() / ("fairhire-cg2-" + std::to_string(::getpid()));
  fs::path slot = base / "slot-3";
  FakeV2() {
    fs::remove_all(base);
    fs::create_directories(slot);
    for (const char* f : {"memory.max", "memory.swap.max", "pids.max", "cgroup.kill", "cgroup.procs"}) {
      Put(slot / f, "");
    }
    Put(slot / "memory.events", "low 0\nhigh 0\nmax 4\noom 2\noom_kill 2\noom_group_kill 0\n");
    Put(slot / "pids.events", "max 5\n");
    Put(slot / "cpu.stat", "usage_usec 0\nuser_usec 0\nsystem_usec 0\n");
    Put(slot / "memory.peak", "0\n");
  }
  ~FakeV2() { fs::remove_all(base); }
};

BOOST_AUTO_TEST_CASE(V2WritesTheLimitsAndReadsTheFiguresOfTheRun) {
  FakeV2 cg;
  Limits limits;
  limits.memory_kb = 64 << 10;
  limits.processes = 7;
  auto box = MakeV2CgroupBoxAt(cg.base.string(), 3, limits);
  BOOST_TEST_REQUIRE(box.has_value(), (box ? "" : box.error().ToString()));
  BOOST_TEST(std::string((*box)->mode()) == "v2");
  BOOST_TEST((*box)->degraded().empty());
  BOOST_TEST(Slurp(cg.slot / "memory.max") == std::to_string(64LL << 20));
  BOOST_TEST(Slurp(cg.slot / "memory.swap.max") == "0");
  BOOST_TEST(Slurp(cg.slot / "pids.max") == "8");  // + init
  std::vector<int> join = (*box)->JoinFds();
  BOOST_TEST_REQUIRE(join.size() == 1u);
  BOOST_TEST(write(join[0], "0", 1) == 1);  // what init does
  BOOST_TEST(Slurp(cg.slot / "cgroup.procs") == "0");
  Put(cg.slot / "cgroup.procs", "");
  // The run: 1.5 s of CPU, 40 MB peak, one more OOM kill, the pids limit never hit.
  Put(cg.slot / "cpu.stat", "usage_usec 1500000\nuser_usec 1400000\nsystem_usec 100000\n");
  Put(cg.slot / "memory.peak", "41943040\n");
  Put(cg.slot / "memory.events", "low 0\nhigh 0\nmax 9\noom 3\noom_kill 3\noom_group_kill 0\n");
  BOOST_TEST((*box)->CpuUsageUs() == 1500000);
  CgroupUsage u = (*box)->Collect();
  BOOST_TEST(u.cpu_us == 1500000);
  BOOST_TEST(u.peak_bytes == 41943040);
  BOOST_TEST(u.oom_killed);         // 2 -> 3
  BOOST_TEST(!u.pids_limit_hit);    // still 5
  BOOST_TEST(static_cast<bool>((*box)->KillAndVerifyEmpty()));
  BOOST_TEST(Slurp(cg.slot / "cgroup.kill") == "1");
  (*box)->Destroy();
  (*box)->Destroy();  // safe twice
}

BOOST_AUTO_TEST_CASE(V2CountsOnlyEventsOfThisRun) {
  FakeV2 cg;
  auto box = MakeV2CgroupBoxAt(cg.base.string(), 3, Limits{});
  BOOST_TEST_REQUIRE(box.has_value());
  Put(cg.slot / "pids.events", "max 6\n");
  CgroupUsage u = (*box)->Collect();
  BOOST_TEST(u.pids_limit_hit);   // 5 -> 6
  BOOST_TEST(!u.oom_killed);      // still 2
  (*box)->Destroy();
}

BOOST_AUTO_TEST_CASE(V2WithoutABaseIsUnavailableNotACrash) {
  auto box = MakeV2CgroupBoxAt("", 0, Limits{});
  BOOST_TEST_REQUIRE(!box.has_value());
  BOOST_TEST(box.error().ToString().find("cgroup v2") != std::string::npos);
  // A base whose control files cannot be written: a clear error naming the file.
  FakeV2 cg;
  fs::remove(cg.slot / "memory.max");
  auto broken = MakeV2CgroupBoxAt(cg.base.string(), 3, Limits{});
  BOOST_TEST_REQUIRE(!broken.has_value());
  BOOST_TEST(broken.error().ToString().find("memory.max") != std::string::npos,
             broken.error().ToString());
}

}  // namespace
}  // namespace fairhire::assess::internal
