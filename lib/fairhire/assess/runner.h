// The judge: compiles a submission in the sandbox, runs it on every test of a task in a fresh
// sandbox per test, checks the output, scores, and reports per-test verdicts with their raw
// figures (cpu_ms, wall_ms, peak_kb, exit code or signal, output bytes). check-task runs the
// task's listed solutions and compares with their expected verdicts and scores.
// Reports never contain test data or program output, only verdicts, figures and positions.
// Thread-safety: a Judge may run one submission at a time per thread; the sandbox is shared.
#ifndef FAIRHIRE_ASSESS_RUNNER_H_
#define FAIRHIRE_ASSESS_RUNNER_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "fairhire/assess/language.h"
#include "fairhire/assess/sandbox.h"
#include "fairhire/assess/task.h"

namespace fairhire::assess {

struct JudgeOptions {
  std::string language;   // profile id; empty: guessed from the submission's extension
  std::string candidate;  // pseudonym the report is keyed by (never a name)
  // Tests run at once, each in its own sandbox slot (1: one after another). Keep it at most the
  // number of cores: CPU time is measured per box, but wall-clock limits assume a free core.
  int jobs = 1;
};

struct StepFigures {
  Verdict verdict = Verdict::kInternalError;
  std::int64_t cpu_ms = 0, wall_ms = 0, peak_kb = 0, output_bytes = 0;
  int exit_code = -1, signal = 0;
  std::string message;  // checker message, exec error, capped compiler output, internal error
};

struct TestOutcome {
  std::string id, group;
  bool sample = false;
  double points = 0, max_points = 0;  // for grouped tests: the group's points on its last test
  StepFigures run;
};

struct JudgeReport {
  std::string task_id, language, candidate;
  std::optional<StepFigures> compile;
  std::vector<TestOutcome> tests;
  double score = 0, max_score = 0;
  Verdict verdict = Verdict::kInternalError;  // CE, or the worst test verdict
  std::string cgroup_mode;
  std::vector<std::string> degraded;
};

struct SolutionCheck {
  std::string file, language;
  Verdict expected = Verdict::kOk, actual = Verdict::kInternalError;
  std::optional<double> expected_score;
  double score = 0;
  bool passed = false;
  std::string note;  // e.g. "language unavailable: java17 (...)" when skipped
};

class Judge {
 public:
  Judge(std::vector<LanguageProfile> languages, Sandbox* sandbox)
      : languages_(std::move(languages)), sandbox_(sandbox) {}

  // Judges one submission. Errors: kNotFound/kLimitExceeded (submission unreadable or > 1 MiB),
  // kInvalidArgument (unknown or disallowed language), kUnavailable (toolchain missing),
  // kSandbox/kIo (the judge itself failed). Program failures are verdicts, not errors.
  Result<JudgeReport> Run(const Task& task, const std::filesystem::path& submission,
                          const JudgeOptions& options);
  // Runs every solution listed by the task. A solution whose language is unavailable here is
  // skipped (passed, with a note) so CI without Java still checks the rest.
  Result<std::vector<SolutionCheck>> CheckSolutions(const Task& task, int jobs = 1);

 private:
  std::vector<LanguageProfile> languages_;
  Sandbox* sandbox_;
};

std::string JudgeReportJson(const JudgeReport& report);
std::string JudgeReportText(const JudgeReport& report);
std::string SolutionChecksJson(const std::string& task_id, const std::vector<SolutionCheck>& checks);
std::string SolutionChecksText(const std::string& task_id, const std::vector<SolutionCheck>& checks);

}  // namespace fairhire::assess

#endif  // FAIRHIRE_ASSESS_RUNNER_H_
