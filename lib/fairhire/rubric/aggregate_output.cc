// JSON and text forms of a ScoreReport (no evidence text, only pseudonyms and numbers).
#include <cmath>
#include <cstdio>

#include "fairhire/core/json_writer.h"
#include "fairhire/rubric/aggregate.h"

namespace fairhire::rubric {
namespace {

std::string Fixed(double v, int digits = 1) {
  if (!std::isfinite(v)) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// 73.5, 60: the raw score as the grader wrote it.
std::string Shortest(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// Report numbers rounded to 9 decimals: far below any meaningful difference, and the JSON stays the
// same across compilers and optimisation levels (golden files; 69.99999999999999 prints as 70).
double Round9(double v) { return std::isfinite(v) ? std::round(v * 1e9) / 1e9 : v; }

void Strings(core::JsonWriter& w, const char* key, const std::vector<std::string>& v) {
  w.Key(key).BeginArray();
  for (const auto& s : v) w.String(s);
  w.EndArray();
}

void WriteCompetency(core::JsonWriter& w, const CompetencyResult& c) {
  w.BeginObject().Key("id").String(c.id).Key("raters").Int(c.raters).Key("score").Double(Round9(c.score));
  w.Key("mean_level").Double(Round9(c.mean_level)).Key("range_points").Double(Round9(c.range_points));
  w.Key("sd_points").Double(Round9(c.sd_points));
  if (!c.knockout.empty()) w.Key("knockout").String(c.knockout);
  Strings(w, "flags", c.flags);
  w.EndObject();
}

void WriteCandidate(core::JsonWriter& w, const CandidateResult& c) {
  w.BeginObject().Key("candidate").String(c.candidate).Key("raters").Int(c.raters);
  w.Key("score").Double(Round9(c.score)).Key("coverage").Double(Round9(c.coverage));
  w.Key("ci95").BeginArray().Double(Round9(c.ci_low)).Double(Round9(c.ci_high)).EndArray();
  w.Key("decision").String(c.decision);
  Strings(w, "incomplete_reasons", c.incomplete_reasons);
  w.Key("decision_stable").Bool(c.pivotal_raters.empty());
  Strings(w, "pivotal_raters", c.pivotal_raters);
  Strings(w, "flags", c.flags);
  w.Key("competencies").BeginArray();
  for (const auto& k : c.competencies) WriteCompetency(w, k);
  w.EndArray().Key("exercises").BeginArray();
  for (const auto& e : c.exercises) {
    w.BeginObject().Key("question").String(e.question).Key("rater").String(e.rater).Key("stage").String(e.stage);
    w.Key("raw_score").Double(Round9(e.raw_score)).Key("level").Double(Round9(e.level)).EndObject();
  }
  w.EndArray().EndObject();
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

std::string ScoreReportToJson(const ScoreReport& report) {
  core::JsonWriter w(true);
  w.BeginObject().Key("rubric_id").String(report.rubric_id).Key("rubric_version").String(report.rubric_version);
  w.Key("pass_score").Double(Round9(report.pass_score)).Key("candidates").BeginArray();
  for (const auto& c : report.candidates) WriteCandidate(w, c);
  w.EndArray().EndObject();
  return w.str() + "\n";
}

std::string ScoreReportToText(const ScoreReport& report) {
  std::string out = "rubric " + report.rubric_id + " " + report.rubric_version + ", pass line " +
                    Fixed(report.pass_score) + "/100\n";
  for (const auto& c : report.candidates) {
    out += c.candidate + ": score " + Fixed(c.score) + " [" + Fixed(c.ci_low) + ", " + Fixed(c.ci_high) +
           "], coverage " + Fixed(100 * c.coverage, 0) + "%, " + std::to_string(c.raters) + " scorecard(s) -> " +
           c.decision;
    if (!c.incomplete_reasons.empty()) out += " (" + Join(c.incomplete_reasons, "; ") + ")";
    out += "\n";
    for (const auto& k : c.competencies) {
      if (k.flags.empty() && (k.knockout.empty() || k.knockout == "pass")) continue;
      out += "  " + k.id + ": " + Fixed(k.score) + (k.knockout.empty() ? "" : ", knockout " + k.knockout) +
             (k.flags.empty() ? "" : ", disagreement: " + Join(k.flags, ", ")) + "\n";
    }
    for (const auto& e : c.exercises) {
      out += "  exercise " + e.question + " (" + e.rater + "): raw score " + Shortest(e.raw_score) + " -> level " +
             Shortest(e.level) + "\n";
    }
    if (!c.flags.empty()) out += "  flags: " + Join(c.flags, ", ") + "\n";
    if (!c.pivotal_raters.empty()) out += "  decision flips without: " + Join(c.pivotal_raters, ", ") + "\n";
  }
  return out;
}

}  // namespace fairhire::rubric
