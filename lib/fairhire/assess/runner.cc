#include "fairhire/assess/runner.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <thread>

#include "fairhire/assess/checker.h"
#include "fairhire/core/file.h"

namespace fairhire::assess {
namespace {

namespace fs = std::filesystem;
constexpr std::size_t kMaxSubmission = 1 << 20;
constexpr std::size_t kMaxMessage = 2000;

// A private temporary directory removed (without following links) when the object dies.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/fairhire-judge-XXXXXX";
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

Status WritePlain(const fs::path& path, const std::string& data) {
  return core::WriteFileAtomic(path, data);
}

// Reads a regular file the sandbox copied out, without following links, capped.
std::optional<std::string> ReadBoxFile(const fs::path& dir, const std::string& name, std::size_t cap) {
  int d = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d < 0) return std::nullopt;
  int fd = openat(d, name.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  close(d);
  if (fd < 0) return std::nullopt;
  struct stat st{};
  std::optional<std::string> out;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    std::string data(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), cap), '\0');
    ssize_t n = read(fd, data.data(), data.size());
    if (n >= 0) data.resize(static_cast<std::size_t>(n)), out = std::move(data);
  }
  close(fd);
  return out;
}

StepFigures Figures(const SandboxResult& r) {
  StepFigures f;
  f.verdict = r.verdict;
  f.cpu_ms = r.cpu_ms;
  f.wall_ms = r.wall_ms;
  f.peak_kb = r.peak_kb;
  f.output_bytes = r.output_bytes;
  f.exit_code = r.exit_code;
  f.signal = r.signal;
  f.message = !r.internal_error.empty() ? r.internal_error
              : !r.exec_error.empty()   ? "exec: " + r.exec_error
                                        : "";
  return f;
}

std::vector<std::string> Substitute(std::vector<std::string> argv, std::int64_t memory_mb) {
  for (std::string& a : argv) {
    std::size_t pos = a.find("{memory_mb}");
    if (pos != std::string::npos) a.replace(pos, 11, std::to_string(memory_mb));
  }
  return argv;
}

SandboxSpec BaseSpec(const LanguageProfile& lang, const StepProfile& step, const fs::path& dir) {
  SandboxSpec spec;
  spec.argv = step.argv;
  spec.env = lang.env;
  spec.ro_paths = lang.ro_paths;
  spec.box_dir = dir.string();
  spec.limits = step.limits;
  return spec;
}

SandboxSpec RunSpec(const Task& task, const LanguageProfile& lang, const fs::path& dir) {
  SandboxSpec spec = BaseSpec(lang, lang.run, dir);
  spec.limits.cpu_ms = task.time_ms;
  spec.limits.wall_ms = 0;
  spec.limits.memory_kb = task.memory_mb * 1024 + lang.memory_overhead_kb;
  spec.limits.output_kb = task.output_kb;
  if (lang.address_space_limit) spec.limits.address_space_kb = 2 * spec.limits.memory_kb + (512 << 10);
  spec.argv = Substitute(lang.run.argv, task.memory_mb);
  spec.box_exec = lang.box_exec;
  return spec;
}

// Copies the compiled box (regular files and directories only) into a fresh per-test folder.
Status CloneDir(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directory(to, ec);
  if (!ec) fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks, ec);
  if (ec) return core::MakeError(ErrorCode::kIo, "cannot prepare a test folder: " + ec.message());
  return core::OkStatus();
}

// Compiles `source` of `lang` in `dir`. Returns the compile figures (verdict OK or CE).
Result<StepFigures> Compile(Sandbox& sandbox, const LanguageProfile& lang, const fs::path& dir,
                            SandboxResult* raw) {
  SandboxSpec spec = BaseSpec(lang, *lang.compile, dir);
  spec.copy_out = true;
  auto r = sandbox.Run(spec);
  if (!r) return std::move(r).error();
  *raw = *r;
  StepFigures f = Figures(*r);
  if (r->verdict == Verdict::kInternalError) return f;
  if (r->verdict != Verdict::kOk) {
    std::string text = r->stderr_data.empty() ? r->stdout_data : r->stderr_data;
    f.message = "compile " + std::string(VerdictName(r->verdict)) + ": " + text.substr(0, kMaxMessage);
    f.verdict = Verdict::kCompileError;
  }
  return f;
}

// A task author's checker program: compiled once, then run sandboxed per test as
// <run argv> input.txt output.txt expected.txt; exit 0 accepts, 1 rejects, anything else is IE.
class CustomChecker {
 public:
  static Result<std::unique_ptr<CustomChecker>> Make(const CheckerSpec& spec,
                                                     const std::vector<LanguageProfile>& all,
                                                     Sandbox& sandbox, const fs::path& dir) {
    const LanguageProfile* lang = FindLanguage(all, spec.language);
    if (lang == nullptr) return core::MakeError(ErrorCode::kSchema, "checker language unknown: " + spec.language);
    FAIRHIRE_RETURN_IF_ERROR(CheckAvailable(*lang));
    auto source = core::ReadFile(spec.source, kMaxSubmission);
    if (!source) return std::move(source).error();
    std::error_code ec;
    fs::create_directory(dir, ec);
    FAIRHIRE_RETURN_IF_ERROR(WritePlain(dir / lang->source_file, *source));
    if (lang->compile) {
      SandboxResult raw;
      auto compiled = Compile(sandbox, *lang, dir, &raw);
      if (!compiled) return std::move(compiled).error();
      if (compiled->verdict != Verdict::kOk) {
        return core::MakeError(ErrorCode::kSchema, "the custom checker does not compile: " + compiled->message,
                               spec.source.string());
      }
    }
    return std::unique_ptr<CustomChecker>(new CustomChecker(lang, &sandbox, dir));
  }

  // Accepted / rejected, or an error when the checker itself failed.
  Result<CheckOutcome> Check(const TestCase& test, const std::string& output, const fs::path& scratch) {
    FAIRHIRE_RETURN_IF_ERROR(CloneDir(dir_, scratch));
    FAIRHIRE_RETURN_IF_ERROR(WritePlain(scratch / "input.txt", test.input));
    FAIRHIRE_RETURN_IF_ERROR(WritePlain(scratch / "output.txt", output));
    FAIRHIRE_RETURN_IF_ERROR(WritePlain(scratch / "expected.txt", test.expected));
    SandboxSpec spec = BaseSpec(*lang_, lang_->run, scratch);
    spec.limits.cpu_ms = 10000;
    spec.limits.memory_kb = (512 << 10) + lang_->memory_overhead_kb;
    spec.argv = Substitute(lang_->run.argv, 512);
    spec.argv.insert(spec.argv.end(), {"input.txt", "output.txt", "expected.txt"});
    auto r = sandbox_->Run(spec);
    if (!r) return std::move(r).error();
    std::error_code ec;
    fs::remove_all(scratch, ec);
    if (r->verdict == Verdict::kOk) return CheckOutcome{true, ""};
    if (r->verdict == Verdict::kRuntimeError && r->exit_code == 1) {
      return CheckOutcome{false, "rejected by the checker: " + r->stdout_data.substr(0, 200)};
    }
    return core::MakeError(ErrorCode::kInternal,
                           "custom checker failed with " + std::string(VerdictName(r->verdict)));
  }

 private:
  CustomChecker(const LanguageProfile* lang, Sandbox* sandbox, fs::path dir)
      : lang_(lang), sandbox_(sandbox), dir_(std::move(dir)) {}
  const LanguageProfile* lang_;
  Sandbox* sandbox_;
  fs::path dir_;
};

struct TestRun {
  TestOutcome test;
  StepFigures run;
  std::string cgroup_mode;
};

// Judges the program's output for one test (built-in or custom checker).
StepFigures CheckOutput(const Task& task, const TestCase& test, const std::string& output,
                        CustomChecker* checker, const fs::path& scratch, StepFigures f) {
  if (checker == nullptr) {
    CheckOutcome c = CompareOutput(task.checker, test.expected, output);
    if (!c.accepted) f.verdict = Verdict::kWrongAnswer, f.message = c.message;
    return f;
  }
  auto c = checker->Check(test, output, scratch);
  if (!c) f.verdict = Verdict::kInternalError, f.message = c.error().message;
  else if (!c->accepted) f.verdict = Verdict::kWrongAnswer, f.message = c->message;
  return f;
}

Result<TestRun> RunTest(Sandbox& sandbox, const Task& task, const LanguageProfile& lang,
                        const TestCase& test, const fs::path& build, const fs::path& scratch,
                        CustomChecker* checker) {
  fs::path dir = build;
  bool own_dir = !test.files.empty() || !test.output_file.empty();
  if (own_dir) {
    FAIRHIRE_RETURN_IF_ERROR(CloneDir(build, scratch));
    for (const auto& [name, data] : test.files) FAIRHIRE_RETURN_IF_ERROR(WritePlain(scratch / name, data));
    dir = scratch;
  }
  SandboxSpec spec = RunSpec(task, lang, dir);
  spec.stdin_data = test.input;
  spec.copy_out = !test.output_file.empty();
  auto r = sandbox.Run(spec);
  if (!r) return std::move(r).error();
  TestRun out;
  out.cgroup_mode = r->cgroup_mode;
  out.run = Figures(*r);
  if (r->verdict == Verdict::kOk) {
    std::optional<std::string> output = r->stdout_data;
    if (!test.output_file.empty()) output = ReadBoxFile(dir, test.output_file, task.output_kb * 1024);
    if (!output) {
      out.run.verdict = Verdict::kWrongAnswer;
      out.run.message = "output file " + test.output_file + " missing";
    } else {
      out.run = CheckOutput(task, test, *output, checker, scratch.string() + "-check", out.run);
    }
  }
  if (own_dir) {
    std::error_code ec;
    fs::remove_all(scratch, ec);
  }
  out.test.id = test.id;
  out.test.group = test.group;
  out.test.sample = test.sample;
  out.test.run = out.run;
  return out;
}

// Calls work(i) for every i in [0, n) on up to `jobs` threads, the calling one included.
void RunEach(std::size_t n, int jobs, const std::function<void(std::size_t)>& work) {
  std::atomic<std::size_t> next{0};
  auto loop = [&] {
    for (std::size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  std::size_t extra = std::min<std::size_t>(n, static_cast<std::size_t>(std::max(jobs, 1))) - (n > 0 ? 1 : 0);
  for (std::size_t t = 0; t < extra; ++t) threads.emplace_back(loop);
  loop();
  for (std::thread& t : threads) t.join();
}

void Score(const Task& task, const std::map<std::string, bool>& group_ok, JudgeReport* report) {
  std::map<std::string, std::size_t> last_of_group;
  for (std::size_t i = 0; i < task.tests.size(); ++i) last_of_group[task.tests[i].group] = i;
  report->score = 0;
  for (std::size_t i = 0; i < report->tests.size(); ++i) {
    const TestCase& test = task.tests[i];
    TestOutcome& out = report->tests[i];
    if (test.group.empty()) {
      out.max_points = test.points;
      out.points = out.run.verdict == Verdict::kOk ? test.points : 0;
    } else if (last_of_group[test.group] == i) {
      for (const auto& g : task.groups) {
        if (g.id == test.group) out.max_points = g.points;
      }
      out.points = group_ok.at(test.group) ? out.max_points : 0;
    }
    report->score += out.points;
  }
}

// The submission's profile: named, or guessed from the extension; allowed by the task; installed.
Result<const LanguageProfile*> PickLanguage(const std::vector<LanguageProfile>& all, const Task& task,
                                            const fs::path& submission, const std::string& id) {
  const LanguageProfile* lang = id.empty() ? GuessLanguage(all, submission) : FindLanguage(all, id);
  if (lang == nullptr) {
    return core::MakeError(ErrorCode::kInvalidArgument,
                           "unknown language for the submission (use --language)", submission.string());
  }
  if (!task.languages.empty() &&
      std::find(task.languages.begin(), task.languages.end(), lang->id) == task.languages.end()) {
    return core::MakeError(ErrorCode::kInvalidArgument, "language " + lang->id + " is not allowed by task " + task.id);
  }
  FAIRHIRE_RETURN_IF_ERROR(CheckAvailable(*lang));
  return lang;
}

}  // namespace

Result<JudgeReport> Judge::Run(const Task& task, const fs::path& submission, const JudgeOptions& options) {
  auto picked = PickLanguage(languages_, task, submission, options.language);
  if (!picked) return std::move(picked).error();
  const LanguageProfile* lang = *picked;
  auto source = core::ReadFile(submission, kMaxSubmission);
  if (!source) return std::move(source).error();
  TempDir work;
  if (work.path().empty()) return core::MakeError(ErrorCode::kIo, "cannot create a work folder");
  fs::path build = work.path() / "build";
  fs::create_directory(build);
  FAIRHIRE_RETURN_IF_ERROR(WritePlain(build / lang->source_file, *source));

  JudgeReport report{task.id, lang->id, options.candidate, std::nullopt, {}, 0, MaxScore(task),
                     Verdict::kOk, "", {}};
  if (lang->compile) {
    SandboxResult raw;
    auto compiled = Compile(*sandbox_, *lang, build, &raw);
    if (!compiled) return std::move(compiled).error();
    report.compile = *compiled;
    report.cgroup_mode = raw.cgroup_mode;
    report.degraded = raw.degraded;
    if (compiled->verdict != Verdict::kOk) {
      report.verdict = compiled->verdict;
      return report;
    }
  }
  std::unique_ptr<CustomChecker> checker;
  if (task.checker.kind == CheckerKind::kCustom) {
    auto made = CustomChecker::Make(task.checker, languages_, *sandbox_, work.path() / "checker");
    if (!made) return std::move(made).error();
    checker = std::move(*made);
  }
  // Tests are independent (own box, own scratch folder): run them `jobs` at a time, then take the
  // outcomes in the task's order.
  std::vector<std::optional<Result<TestRun>>> outcomes(task.tests.size());
  RunEach(task.tests.size(), options.jobs, [&](std::size_t i) {
    fs::path scratch = work.path() / ("test-" + std::to_string(i));
    outcomes[i] = RunTest(*sandbox_, task, *lang, task.tests[i], build, scratch, checker.get());
  });
  std::map<std::string, bool> group_ok;
  for (std::size_t i = 0; i < task.tests.size(); ++i) {
    const TestCase& test = task.tests[i];
    Result<TestRun>& outcome = *outcomes[i];
    if (!outcome) return std::move(outcome).error();
    report.verdict = WorseVerdict(report.verdict, outcome->run.verdict);
    if (report.cgroup_mode.empty()) report.cgroup_mode = outcome->cgroup_mode;
    if (!test.group.empty()) {
      auto [it, fresh] = group_ok.try_emplace(test.group, true);
      it->second = it->second && outcome->run.verdict == Verdict::kOk;
    }
    report.tests.push_back(std::move(outcome->test));
  }
  Score(task, group_ok, &report);
  return report;
}

Result<std::vector<SolutionCheck>> Judge::CheckSolutions(const Task& task, int jobs) {
  std::vector<SolutionCheck> checks;
  for (const SolutionSpec& sol : task.solutions) {
    SolutionCheck c;
    c.file = sol.file.filename().string();
    c.expected = sol.expect;
    c.expected_score = sol.score;
    const LanguageProfile* lang = sol.language.empty() ? GuessLanguage(languages_, sol.file)
                                                       : FindLanguage(languages_, sol.language);
    c.language = lang != nullptr ? lang->id : sol.language;
    if (lang != nullptr && !CheckAvailable(*lang)) {
      c.passed = true;
      c.note = CheckAvailable(*lang).error().message + "; skipped";
      checks.push_back(std::move(c));
      continue;
    }
    auto report = Run(task, sol.file, JudgeOptions{c.language, "", jobs});
    if (!report) {
      c.note = report.error().ToString();
    } else {
      c.actual = report->verdict;
      c.score = report->score;
      c.passed = c.actual == c.expected &&
                 (!c.expected_score || std::abs(*c.expected_score - c.score) < 1e-9);
    }
    checks.push_back(std::move(c));
  }
  return checks;
}

}  // namespace fairhire::assess
