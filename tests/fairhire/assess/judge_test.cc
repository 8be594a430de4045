// End-to-end judging through the real sandbox: sample tasks with their expected verdicts,
// compile-time attacks, and the fairhire-assess tool contract. Labelled `sandbox`.
#include <sys/wait.h>

#include <array>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "fairhire/assess/language.h"
#include "fairhire/assess/runner.h"
#include "host_checks.h"

namespace fairhire::assess {
namespace {

namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;

const fs::path kSource = FAIRHIRE_SOURCE_DIR;

Judge MakeJudge(Sandbox* sandbox) {
  auto langs = LoadLanguages(kSource / "languages");
  BOOST_TEST_REQUIRE(langs.has_value());
  return Judge(std::move(*langs), sandbox);
}

BOOST_DATA_TEST_CASE(SampleSolutionsGetTheirExpectedVerdicts,
                     bdata::make({"warmup-sum", "csv-sales", "inversions"}), name) {
  auto task = LoadTask(kSource / "samples/tasks" / name / "task.yaml");
  BOOST_TEST_REQUIRE(task.has_value());
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  Judge judge = MakeJudge(sandbox.get());
  auto checks = judge.CheckSolutions(*task);
  BOOST_TEST_REQUIRE(checks.has_value());
  for (const auto& c : *checks) {
    BOOST_TEST(c.passed, name << "/" << c.file << ": expected " << VerdictName(c.expected) << " got "
                              << VerdictName(c.actual) << " score " << c.score << " " << c.note);
  }
  BOOST_TEST(testing::SlotProcesses(-1).empty());
  BOOST_TEST(testing::BusyCgroups().empty());
}

// --jobs: tests run at once in separate boxes give the same report, in the task's order.
BOOST_DATA_TEST_CASE(ParallelTestsGiveTheSameReportAsSequentialOnes,
                     bdata::make({"csv-sales/solutions/wrong_order.py", "csv-sales/solutions/sales.py",
                                  "any-pair"}),
                     which) {
  const std::string name = which;
  fs::path task_file = name == "any-pair" ? kSource / "tests/fairhire/assess/data/any-pair/task.yaml"
                                          : kSource / "samples/tasks/csv-sales/task.yaml";
  fs::path submission = name == "any-pair" ? kSource / "tests/fairhire/assess/data/any-pair/no_file.py"
                                           : kSource / "samples/tasks" / name;
  auto task = LoadTask(task_file);
  BOOST_TEST_REQUIRE(task.has_value(), (task ? "" : task.error().ToString()));
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  Judge judge = MakeJudge(sandbox.get());
  auto one = judge.Run(*task, submission, JudgeOptions{"", "C-1", 1});
  auto many = judge.Run(*task, submission, JudgeOptions{"", "C-1", 4});
  BOOST_TEST_REQUIRE(one.has_value(), (one ? "" : one.error().ToString()));
  BOOST_TEST_REQUIRE(many.has_value(), (many ? "" : many.error().ToString()));
  BOOST_TEST(VerdictName(one->verdict) == VerdictName(many->verdict));
  BOOST_TEST(one->score == many->score);
  BOOST_TEST_REQUIRE(one->tests.size() == many->tests.size());
  BOOST_TEST(one->tests.size() >= 2u);  // so that tests did run at once
  for (std::size_t i = 0; i < one->tests.size(); ++i) {
    BOOST_TEST(one->tests[i].id == many->tests[i].id);
    BOOST_TEST(VerdictName(one->tests[i].run.verdict) == VerdictName(many->tests[i].run.verdict),
               one->tests[i].id);
    BOOST_TEST(one->tests[i].points == many->tests[i].points, one->tests[i].id);
    BOOST_TEST(one->tests[i].run.message == many->tests[i].run.message, one->tests[i].id);
  }
  BOOST_TEST(testing::SlotProcesses(-1).empty());
  BOOST_TEST(testing::BusyCgroups().empty());
}

BOOST_AUTO_TEST_CASE(CustomCheckerAndOutputFile) {
  auto task = LoadTask(kSource / "tests/fairhire/assess/data/any-pair/task.yaml");
  BOOST_TEST_REQUIRE(task.has_value(), (task ? "" : task.error().ToString()));
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  Judge judge = MakeJudge(sandbox.get());
  auto checks = judge.CheckSolutions(*task);
  BOOST_TEST_REQUIRE(checks.has_value());
  BOOST_TEST_REQUIRE(checks->size() == 3u);
  for (const auto& c : *checks) {
    BOOST_TEST(c.passed, c.file << ": got " << VerdictName(c.actual) << " score " << c.score << " " << c.note);
  }
  auto r = judge.Run(*task, kSource / "tests/fairhire/assess/data/any-pair/no_file.py", {});
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(r->tests[0].run.message == "output file answer.txt missing");
}

struct TempFile {
  fs::path path;
  TempFile(const std::string& name, const std::string& text)
      : path(fs::temp_directory_path() / (std::to_string(::getpid()) + "-" + name)) {
    std::ofstream(path) << text;
  }
  ~TempFile() { fs::remove(path); }
};

BOOST_AUTO_TEST_CASE(CompileTimeAttacksEndAsCompileErrors) {
  auto task = LoadTask(kSource / "samples/tasks/warmup-sum/task.yaml");
  BOOST_TEST_REQUIRE(task.has_value());
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  Judge judge = MakeJudge(sandbox.get());
  // #include of a host secret: not in the box, and the message does not leak it.
  TempFile leak("leak.cpp", "#include \"/etc/shadow\"\nint main() {}\n");
  auto r = judge.Run(*task, leak.path, {});
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(VerdictName(r->verdict) == "CE");
  BOOST_TEST(r->compile->message.find("root:") == std::string::npos);
  // An error-message bomb: the compiler's output is capped (OLE at compile time -> CE).
  std::string bomb = "int main() {\n";
  for (int i = 0; i < 20000; ++i) bomb += "  undefined_name_" + std::to_string(i) + " += \"x\" * 2;\n";
  TempFile flood("flood.cpp", bomb + "}\n");
  r = judge.Run(*task, flood.path, {});
  BOOST_TEST_REQUIRE(r.has_value());
  BOOST_TEST(VerdictName(r->verdict) == "CE");
  BOOST_TEST(r->compile->message.size() <= 2100u);
}

BOOST_AUTO_TEST_CASE(ReportIsKeyedByPseudonymAndHasFigures) {
  auto task = LoadTask(kSource / "samples/tasks/warmup-sum/task.yaml");
  BOOST_TEST_REQUIRE(task.has_value());
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  Judge judge = MakeJudge(sandbox.get());
  auto r = judge.Run(*task, kSource / "samples/tasks/warmup-sum/solutions/overflow.c", {"", "cand-7f3a"});
  BOOST_TEST_REQUIRE(r.has_value());
  std::string json = JudgeReportJson(*r);
  BOOST_TEST(json.find("\"candidate\": \"cand-7f3a\"") != std::string::npos, json);
  BOOST_TEST(r->score == 40.0);
  BOOST_TEST(VerdictName(r->verdict) == "WA");
  BOOST_TEST(r->tests.size() == task->tests.size());
  for (const auto& t : r->tests) BOOST_TEST(t.run.wall_ms >= 0);
}

BOOST_AUTO_TEST_CASE(DisallowedOrUnknownLanguageIsAnError) {
  auto task = LoadTask(kSource / "samples/tasks/csv-sales/task.yaml");
  BOOST_TEST_REQUIRE(task.has_value());
  auto sandbox = MakeSandbox(FAIRHIRE_BINARY_DIR "/bin/fairhire-box");
  Judge judge = MakeJudge(sandbox.get());
  auto c = judge.Run(*task, kSource / "samples/tasks/warmup-sum/solutions/sum.c", {});
  BOOST_TEST_REQUIRE(!c.has_value());
  BOOST_TEST(c.error().message.find("not allowed") != std::string::npos);
  auto unknown = judge.Run(*task, kSource / "samples/tasks/csv-sales/task.yaml", {});
  BOOST_TEST_REQUIRE(!unknown.has_value());
  BOOST_TEST(static_cast<int>(unknown.error().code) == static_cast<int>(ErrorCode::kInvalidArgument));
}

// Runs a shell command line; returns {exit code, stdout}.
std::pair<int, std::string> Shell(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf{};
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

BOOST_AUTO_TEST_CASE(ToolContract) {
  const std::string tool = FAIRHIRE_BINARY_DIR "/bin/fairhire-assess";
  auto [rc, out] = Shell(tool + " sandbox --time-limit 1 --memory-limit 64 -- /usr/bin/true");
  BOOST_TEST(rc == 0);
  for (const char* key : {"\"verdict\":\"OK\"", "\"cpu_ms\":", "\"wall_ms\":", "\"peak_kb\":",
                          "\"exit_code\":0", "\"signal\":null", "\"output_bytes\":0"}) {
    BOOST_TEST(out.find(key) != std::string::npos, key << " in " << out);
  }
  std::tie(rc, out) = Shell(tool + " sandbox --time-limit 0.2 -- sh -c 'while :; do :; done'");
  BOOST_TEST(rc == 1);
  BOOST_TEST(out.find("\"verdict\":\"TLE\"") != std::string::npos, out);
  std::tie(rc, out) = Shell("echo piped-in | " + tool + " sandbox --show-output -- cat 2>&1");
  BOOST_TEST(out.find("piped-in") != std::string::npos, out);  // a non-terminal stdin is passed on
  BOOST_TEST(Shell(tool + " sandbox --time-limit x -- true 2>/dev/null").first == 2);
  BOOST_TEST(Shell(tool + " frobnicate 2>/dev/null").first == 2);
  BOOST_TEST(Shell(tool + " run /nonexistent.yaml x.c 2>/dev/null").first == 65);
  for (const char* jobs : {"0", "65", "x", "-1", ""}) {  // --jobs is 1-64: a usage error, no report
    const std::string report = (fs::temp_directory_path() / "fairhire-jobs-report.json").string();
    std::tie(rc, out) = Shell(tool + " run " + (kSource / "samples/tasks/warmup-sum/task.yaml").string() +
                              " x.py --jobs '" + jobs + "' -o " + report + " 2>&1");
    BOOST_TEST(rc == 2, jobs);
    BOOST_TEST(out.find("--jobs is a number from 1 to 64") != std::string::npos, out);
    BOOST_TEST(!fs::exists(report));
  }
  // SIGTERM to the supervisor: the box is killed and cleaned up, the result is IE (exit 70).
  std::tie(rc, out) = Shell("sh -c '" + tool + " sandbox --time-limit 20 -- sleep 30 & p=$!; sleep 0.3; "
                            "kill -TERM $p; wait $p'");
  BOOST_TEST(rc == 70);
  BOOST_TEST(out.find("interrupted") != std::string::npos, out);
  BOOST_TEST(testing::SlotProcesses(-1).empty());
  BOOST_TEST(testing::BusyCgroups().empty());
  std::tie(rc, out) = Shell(tool + " run " + (kSource / "samples/tasks/warmup-sum/task.yaml").string() + " " +
                            (kSource / "samples/tasks/warmup-sum/solutions/sum.py").string() +
                            " --format json --candidate cand-1");
  BOOST_TEST(rc == 0);
  BOOST_TEST(out.find("\"score\": 100") != std::string::npos, out);
}

}  // namespace
}  // namespace fairhire::assess
