#include "commands.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "fairhire/core/file.h"
#include "fairhire/core/json_writer.h"
#include "fairhire/rubric/aggregate.h"
#include "fairhire/rubric/linter.h"
#include "fairhire/rubric/loader.h"
#include "fairhire/rubric/reliability.h"
#include "fairhire/rubric/render.h"
#include "fairhire/rubric/validator.h"

namespace fairhire::tools {
namespace {

namespace fs = std::filesystem;
using core::kExitCheckFailed;
using core::kExitDataError;
using core::kExitOk;
using core::kExitUsage;

int Fail(const Error& e) {
  std::cerr << "fairhire-rubric: " << e.ToString() << "\n";
  return core::ExitCodeFor(e.code);
}

int Usage(const std::string& why) {
  std::cerr << "fairhire-rubric: " << why << " (see --help)\n";
  return kExitUsage;
}

// Writes to -o atomically, or to stdout.
int Emit(const Options& o, const std::string& text, int code = kExitOk) {
  if (o.output.empty()) {
    std::cout << text;
    return code;
  }
  auto st = core::WriteFileAtomic(o.output, text);
  return st ? code : Fail(st.error());
}

// Loads and validates the rubric; prints every error. Returns nullopt-like via *code.
std::optional<rubric::Rubric> LoadValid(const Options& o, int* code) {
  if (o.inputs.empty()) {
    *code = Usage("missing RUBRIC.yaml");
    return std::nullopt;
  }
  auto r = rubric::LoadRubric(o.inputs[0]);
  if (!r) {
    *code = Fail(r.error());
    return std::nullopt;
  }
  const auto errors = rubric::ValidateRubric(*r);
  for (const auto& e : errors) std::cerr << e.ToString() << "\n";
  if (!errors.empty()) {
    std::cerr << "fairhire-rubric: " << errors.size() << " error(s) in " << o.inputs[0] << "\n";
    *code = kExitDataError;
    return std::nullopt;
  }
  return std::move(*r);
}

std::vector<fs::path> ExpandScorecards(const std::vector<std::string>& args) {
  std::vector<fs::path> out;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::error_code ec;
    if (!fs::is_directory(args[i], ec)) {
      out.emplace_back(args[i]);
      continue;
    }
    std::vector<fs::path> found;
    for (const auto& e : fs::recursive_directory_iterator(args[i], ec)) {
      const auto ext = e.path().extension().string();
      const bool known = ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".jsonl" || ext == ".ndjson";
      if (e.is_regular_file() && known) found.push_back(e.path());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace

int RunValidate(const Options& o) {
  int code = kExitOk;
  auto r = LoadValid(o, &code);
  if (!r) return code;
  if (o.format == "json") {
    core::JsonWriter w;
    w.BeginObject().Key("valid").Bool(true).Key("rubric").String(r->metadata.id).Key("version").String(r->metadata.version);
    w.Key("questions").Uint(r->questions.size()).Key("competencies").Uint(r->competencies.size()).EndObject();
    return Emit(o, w.str() + "\n");
  }
  return Emit(o, o.inputs[0] + ": valid (" + std::to_string(r->competencies.size()) + " competencies, " +
                     std::to_string(r->questions.size()) + " questions)\n");
}

int RunLint(const Options& o) {
  int code = kExitOk;
  auto r = LoadValid(o, &code);
  if (!r) return code;
  const auto report = rubric::LintRubric(*r);
  const int exit = report.findings.empty() ? kExitOk : kExitCheckFailed;
  return Emit(o, o.format == "json" ? rubric::LintReportToJson(report) : rubric::LintReportToText(report), exit);
}

int RunRender(const Options& o) {
  if (o.format != "html" && o.format != "markdown") return Usage("render needs --format html or markdown");
  if (o.lang.empty()) return Usage("render needs --lang fr or en");
  int code = kExitOk;
  auto r = LoadValid(o, &code);
  if (!r) return code;
  auto kit = rubric::RenderKit(*r, o.lang, o.format == "html" ? rubric::KitFormat::kHtml : rubric::KitFormat::kMarkdown);
  if (!kit) return Fail(kit.error());
  return Emit(o, *kit);
}

int RunScore(const Options& o) {
  if (o.inputs.size() < 2) return Usage("score needs RUBRIC.yaml and at least one scorecard");
  int code = kExitOk;
  auto r = LoadValid(o, &code);
  if (!r) return code;
  std::vector<rubric::Scorecard> cards;
  for (const auto& path : ExpandScorecards(o.inputs)) {
    auto batch = rubric::LoadScorecards(path);  // one file may hold many (JSON Lines, array, YAML ---)
    if (!batch) return Fail(batch.error());
    for (auto& card : *batch) cards.push_back(std::move(card));
  }
  if (cards.empty()) return Usage("no scorecard found");
  auto report = rubric::ScoreCandidates(*r, cards);
  if (!report) return Fail(report.error());
  return Emit(o, o.format == "json" ? rubric::ScoreReportToJson(*report) : rubric::ScoreReportToText(*report));
}

int RunReliability(const Options& o) {
  if (o.ratings.empty()) return Usage("reliability needs --ratings FILE.csv");
  if (o.bootstrap < 0 || o.bootstrap > 100000) return Usage("--bootstrap must be between 0 and 100000");
  auto text = core::ReadFile(o.ratings);
  if (!text) return Fail(text.error());
  auto table = rubric::ParseRatingsCsv(*text, o.ratings);
  if (!table) return Fail(table.error());
  rubric::ReliabilityOptions opt;
  opt.seed = o.seed;
  opt.bootstrap = o.bootstrap;
  opt.target = o.target;
  opt.scale_min = o.scale_min;
  opt.scale_max = o.scale_max;
  auto report = rubric::AnalyseReliability(*table, opt);
  if (!report) return Fail(report.error());
  return Emit(o, o.format == "json" ? rubric::ReliabilityReportToJson(*report)
                                    : rubric::ReliabilityReportToText(*report));
}

}  // namespace fairhire::tools
