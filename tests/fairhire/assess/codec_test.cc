#include "fairhire/assess/internal/codec.h"

#include <boost/test/unit_test.hpp>

#include "fairhire/assess/internal/supervisor.h"

namespace fairhire::assess::internal {
namespace {

BOOST_AUTO_TEST_CASE(SpecRoundTrips) {
  SandboxSpec spec;
  spec.argv = {"./main", "--flag", "-- not an option", ""};
  spec.env = {"A=1", "B=two words"};
  spec.box_dir = "/tmp/box dir";
  spec.copy_out = true;
  spec.box_exec = false;
  spec.ro_paths = {"/etc/java-17-openjdk"};
  spec.limits.cpu_ms = 1234;
  spec.limits.memory_kb = 5555;
  spec.limits.processes = 7;
  spec.limits.address_space_kb = 999;
  spec.cgroup_mode = CgroupMode::kNone;
  auto back = DecodeSpec(EncodeSpec(spec));
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST(back->argv == spec.argv);
  BOOST_TEST(back->env == spec.env);
  BOOST_TEST(back->box_dir == spec.box_dir);
  BOOST_TEST(back->copy_out);
  BOOST_TEST(!back->box_exec);
  BOOST_TEST(back->ro_paths == spec.ro_paths);
  BOOST_TEST(back->limits.cpu_ms == 1234);
  BOOST_TEST(back->limits.memory_kb == 5555);
  BOOST_TEST(back->limits.processes == 7);
  BOOST_TEST(back->limits.address_space_kb == 999);
  BOOST_TEST(static_cast<int>(back->cgroup_mode) == static_cast<int>(CgroupMode::kNone));
}

BOOST_AUTO_TEST_CASE(SpecWithoutCommandIsRejected) {
  BOOST_TEST(!DecodeSpec({"--cpu-ms", "10"}).has_value());
  BOOST_TEST(!DecodeSpec({"--cpu-ms", "ten", "--", "x"}).has_value());
  BOOST_TEST(!DecodeSpec({"--bogus", "--", "x"}).has_value());
}

BOOST_AUTO_TEST_CASE(ResultRoundTripsAndFlattensNewlines) {
  SandboxResult r;
  r.verdict = Verdict::kMemoryLimit;
  r.cpu_ms = 12;
  r.wall_ms = 34;
  r.peak_kb = 56;
  r.exit_code = -1;
  r.signal = 9;
  r.output_bytes = 78;
  r.oom_killed = true;
  r.cgroup_mode = "v1";
  r.degraded = {"memory:not-enforced", "cpu:per-process"};
  r.internal_error = "two\nlines";
  auto back = DecodeResult(EncodeResult(r));
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST(VerdictName(back->verdict) == "MLE");
  BOOST_TEST(back->cpu_ms == 12);
  BOOST_TEST(back->peak_kb == 56);
  BOOST_TEST(back->signal == 9);
  BOOST_TEST(back->oom_killed);
  BOOST_TEST(back->degraded == r.degraded);
  BOOST_TEST(back->internal_error == "two lines");
}

struct ClassifyCase {
  const char* name;
  int exit_code, signal;
  std::int64_t cpu_ms, wall_ms, peak_kb;
  bool oom, cpu_tle, wall_tle, ole;
  const char* expected;
};

BOOST_AUTO_TEST_CASE(ClassifyAppliesPrecedence) {
  Limits l;
  l.cpu_ms = 1000;
  l.memory_kb = 1000;
  const ClassifyCase cases[] = {
      {"ok", 0, 0, 10, 10, 10, false, false, false, false, "OK"},
      {"exit 3", 3, 0, 10, 10, 10, false, false, false, false, "RE"},
      {"segv", -1, 11, 10, 10, 10, false, false, false, false, "RE"},
      {"sigsys", -1, 31, 10, 10, 10, false, false, false, false, "SV"},
      {"ole beats sv", -1, 31, 10, 10, 10, false, false, false, true, "OLE"},
      {"oom", -1, 9, 10, 10, 1000, true, false, false, true, "MLE"},
      {"peak at limit and killed", -1, 9, 10, 10, 1000, false, false, false, false, "MLE"},
      {"peak at limit but clean exit", 0, 0, 10, 10, 1000, false, false, false, false, "OK"},
      {"over the limit, not enforced (rlimit-only)", 0, 0, 10, 10, 1001, false, false, false, false, "MLE"},
      {"cpu over", -1, 9, 1001, 1100, 10, true, false, false, false, "TLE"},
      {"cpu flag", -1, 9, 900, 900, 10, false, true, false, false, "TLE"},
      {"wall over", -1, 9, 5, 3001, 10, false, false, false, false, "TLE"},
      // Regression: killed exactly at the wall limit (wall_ms == limit, target never reaped) was RE.
      {"wall flag at the limit", -1, 0, 2, 3000, 10, false, false, true, false, "TLE"},
  };
  for (const auto& c : cases) {
    SandboxResult r;
    r.exit_code = c.exit_code;
    r.signal = c.signal;
    r.cpu_ms = c.cpu_ms;
    r.wall_ms = c.wall_ms;
    r.peak_kb = c.peak_kb;
    r.oom_killed = c.oom;
    BOOST_TEST_CONTEXT(c.name) {
      BOOST_TEST(VerdictName(ClassifyRun(r, l, c.cpu_tle, c.wall_tle, c.ole)) == c.expected);
    }
  }
  SandboxResult broken;
  broken.internal_error = "x";
  BOOST_TEST(VerdictName(ClassifyRun(broken, l, true, true, true)) == "IE");
}

}  // namespace
}  // namespace fairhire::assess::internal
