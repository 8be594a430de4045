#include <iostream>
#include <string>

#include "fairhire/assess/language.h"
#include "fairhire/assess/runner.h"
#include "fairhire/core/file.h"
#include "tools/assess/commands.h"

namespace fairhire::tools::assess {
namespace {

namespace a = fairhire::assess;

struct Options {
  std::vector<std::string> positional;
  std::string language, candidate, languages_dir, output, format = "text", jobs = "1";
};

Result<Options> Parse(const std::vector<std::string>& args) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string* target = a == "--language"    ? &o.language
                          : a == "--candidate" ? &o.candidate
                          : a == "--languages" ? &o.languages_dir
                          : a == "--format"    ? &o.format
                          : a == "-o"          ? &o.output
                          : a == "--jobs"      ? &o.jobs
                                               : nullptr;
    if (target != nullptr) {
      if (i + 1 >= args.size()) return core::MakeError(ErrorCode::kInvalidArgument, a + " needs a value");
      *target = args[++i];
    } else if (a.rfind("-", 0) == 0) {
      return core::MakeError(ErrorCode::kInvalidArgument, "unknown option " + a);
    } else {
      o.positional.push_back(a);
    }
  }
  if (o.format != "text" && o.format != "json") {
    return core::MakeError(ErrorCode::kInvalidArgument, "--format is text or json");
  }
  if (o.jobs.empty() || o.jobs.size() > 2 || o.jobs.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(o.jobs) < 1 || std::stoi(o.jobs) > 64) {
    return core::MakeError(ErrorCode::kInvalidArgument, "--jobs is a number from 1 to 64");
  }
  return o;
}

Result<std::vector<a::LanguageProfile>> Languages(const Options& o) {
  return a::LoadLanguages(o.languages_dir.empty() ? a::DefaultLanguagesDir()
                                                  : std::filesystem::path(o.languages_dir));
}

int Emit(const Options& o, const std::string& text) {
  if (o.output.empty()) {
    std::cout << text;
    return 0;
  }
  Status s = core::WriteFileAtomic(o.output, text);
  return s ? 0 : ReportError(s.error());
}

}  // namespace

int RunCommand(const std::vector<std::string>& args) {
  auto o = Parse(args);
  if (!o) return Usage(o.error().message);
  if (o->positional.size() != 2) return Usage("run needs TASK.yaml and SUBMISSION");
  auto task = a::LoadTask(o->positional[0]);
  if (!task) return ReportError(task.error());
  auto languages = Languages(*o);
  if (!languages) return ReportError(languages.error());
  auto sandbox = a::MakeSandbox();
  a::Judge judge(std::move(*languages), sandbox.get());
  auto report = judge.Run(*task, o->positional[1], a::JudgeOptions{o->language, o->candidate, std::stoi(o->jobs)});
  if (!report) return ReportError(report.error());
  int rc = Emit(*o, o->format == "json" ? a::JudgeReportJson(*report) : a::JudgeReportText(*report));
  if (rc != 0) return rc;
  if (report->verdict == a::Verdict::kInternalError) return core::kExitInternal;
  return report->verdict == a::Verdict::kOk ? core::kExitOk : core::kExitCheckFailed;
}

int CheckTaskCommand(const std::vector<std::string>& args) {
  auto o = Parse(args);
  if (!o) return Usage(o.error().message);
  if (o->positional.size() != 1) return Usage("check-task needs TASK.yaml");
  auto task = a::LoadTask(o->positional[0]);
  if (!task) return ReportError(task.error());
  auto languages = Languages(*o);
  if (!languages) return ReportError(languages.error());
  for (const std::string& id : task->languages) {
    if (a::FindLanguage(*languages, id) == nullptr) {
      return ReportError(core::MakeError(ErrorCode::kSchema, "task allows unknown language " + id,
                                         o->positional[0]));
    }
  }
  auto sandbox = a::MakeSandbox();
  a::Judge judge(std::move(*languages), sandbox.get());
  auto checks = judge.CheckSolutions(*task, std::stoi(o->jobs));
  if (!checks) return ReportError(checks.error());
  int rc = Emit(*o, o->format == "json" ? a::SolutionChecksJson(task->id, *checks)
                                        : a::SolutionChecksText(task->id, *checks));
  if (rc != 0) return rc;
  bool all = !checks->empty();
  for (const auto& c : *checks) all = all && c.passed;
  return all ? core::kExitOk : core::kExitCheckFailed;
}

}  // namespace fairhire::tools::assess
