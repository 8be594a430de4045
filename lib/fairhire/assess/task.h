// A coding task, loaded from YAML (schema in docs/tasks.md): bilingual statement, allowed
// languages, limits, tests (stdin -> expected stdout, or files in and out), checker, points per
// test or per all-or-nothing group, sample vs hidden tests, and the reference (and deliberately
// wrong, slow or hostile) solutions check-task runs with their expected verdicts.
// Test data is loaded into memory; paths in the file are relative to it and must stay inside its
// directory. Thread-safety: plain values.
#ifndef FAIRHIRE_ASSESS_TASK_H_
#define FAIRHIRE_ASSESS_TASK_H_

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fairhire/assess/verdict.h"
#include "fairhire/core/result.h"

namespace fairhire::assess {

enum class CheckerKind { kExact, kLines, kTokens, kFloat, kCustom };

struct CheckerSpec {
  CheckerKind kind = CheckerKind::kLines;
  double abs_tolerance = 1e-6;  // kFloat: |a-b| <= abs or <= rel*|b|
  double rel_tolerance = 1e-6;
  std::filesystem::path source;  // kCustom: checker program, run sandboxed as
  std::string language;          //   <prog> input.txt output.txt expected.txt; exit 0 = accepted
};

struct TestCase {
  std::string id;
  std::string group;        // empty: scored alone with `points`
  double points = 0;
  bool sample = false;      // shown to candidates; otherwise hidden
  std::string input;        // stdin
  std::string expected;     // expected stdout, or content of output_file
  std::string output_file;  // when set, the program writes this file in /box instead of stdout
  std::map<std::string, std::string> files;  // extra input files placed in /box
};

struct TestGroup {
  std::string id;
  double points = 0;  // awarded only when every test of the group is OK
};

struct SolutionSpec {
  std::filesystem::path file;
  std::string language;             // empty: guessed from the extension
  Verdict expect = Verdict::kOk;    // the overall (worst) verdict check-task expects
  std::optional<double> score;      // expected score, when given
};

struct Task {
  std::string id;
  std::map<std::string, std::string> title;      // "fr", "en"
  std::map<std::string, std::string> statement;  // "fr", "en"
  std::vector<std::string> languages;            // empty: every available language
  std::int64_t time_ms = 1000;
  std::int64_t memory_mb = 256;
  std::int64_t output_kb = 1024;
  CheckerSpec checker;
  std::vector<TestGroup> groups;
  std::vector<TestCase> tests;
  std::vector<SolutionSpec> solutions;
  std::filesystem::path dir;  // directory of the task file
};

// Loads and validates a task. Errors: kNotFound, kInvalidInput, kSchema (file:line:col) for an
// unknown key, a missing field, a duplicate or unknown test/group id, a path escaping the task
// directory, or a test without expected output.
Result<Task> LoadTask(const std::filesystem::path& path);

// Sum of the points of every test outside groups and of every group.
double MaxScore(const Task& task);

}  // namespace fairhire::assess

#endif  // FAIRHIRE_ASSESS_TASK_H_
