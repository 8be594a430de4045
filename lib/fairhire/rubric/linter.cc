// Rubric-level linting: applies the text rules to every text of the rubric and adds the structural
// rules (Q03-Q06, Q10-Q15); then applies lint.allow overrides.
#include "fairhire/rubric/linter.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "fairhire/core/json_writer.h"
#include "fairhire/rubric/internal/phrase_match.h"

namespace fairhire::rubric {
namespace {

class RubricLinter {
 public:
  explicit RubricLinter(const Rubric& r) : r_(r) {}
  std::vector<Finding> Run();

 private:
  void Add(Finding f, const std::string& element, const std::string& where) {
    const std::string key = f.rule + "|" + element;
    if (!seen_.insert(key).second) return;  // one finding per rule and element (any locale)
    f.question = element;
    f.where = where;
    out_.push_back(std::move(f));
  }
  void AddAll(std::vector<Finding> fs, const std::string& element, const std::string& where) {
    for (auto& f : fs) Add(std::move(f), element, where);
  }
  void LintQuestion(const Question& q);
  void LintAnchors(const Question& q);
  void LintExercise(const Question& q);
  void LintProbes(const Question& q);
  void LintParity(const Question& q);
  void LintCompetencies();
  void LintWeights();
  void LintSettings();
  void LintTimebox();

  const Rubric& r_;
  std::vector<Finding> out_;
  std::set<std::string> seen_;
};

std::vector<Finding> RubricLinter::Run() {
  LintCompetencies();
  for (const auto& q : r_.questions) LintQuestion(q);
  LintWeights();
  LintSettings();
  LintTimebox();
  return std::move(out_);
}

void RubricLinter::LintQuestion(const Question& q) {
  const std::string at = r_.Where(q.where, "text");
  const bool rated = q.type != "logistics";
  for (const auto& [locale, text] : q.text) AddAll(LintQuestionText(text, locale, rated), q.id, at);
  for (const auto& probe : q.probes) {
    for (const auto& [locale, text] : probe) AddAll(LintText(text, locale), q.id, r_.Where(q.where, "probes"));
  }
  if (q.competencies.empty()) {
    Add({"Q03", "", Severity::kError, "question is not linked to any competency, so its rating cannot count", ""},
        q.id, r_.Where(q.where, "competencies"));
  }
  LintExercise(q);
  LintProbes(q);
  LintAnchors(q);
  LintParity(q);
}

// Q16: an exercise scored elsewhere needs its raw score range and the mapping to scale levels, or
// graders convert scores each in their own way.
void RubricLinter::LintExercise(const Question& q) {
  if (q.type != "technical_exercise") return;
  const Exercise* e = q.exercise ? &*q.exercise : nullptr;
  if (e && e->score_min && e->score_max && !e->points.empty()) return;
  Add({"Q16", "", Severity::kError,
       "technical exercise without scoring bounds: give exercise.score_range {min, max} and exercise.mapping "
       "{type: piecewise, points: [[raw score, level], ...]}", ""},
      q.id, r_.Where(e ? e->where : q.where, e ? "" : "type"));
}

bool InvitesOffScript(const std::string& text) {
  static const std::vector<internal::Phrase> kPhrases = [] {
    std::vector<internal::Phrase> out;
    for (const char* p : {"toute question utile", "toute autre question", "posez toute question", "questions libres",
                          "question libre", "improvisez", "discussion libre", "selon votre inspiration",
                          "any question you like", "any questions you like", "ask anything", "ask any question",
                          "any follow up you like", "improvise", "free discussion", "free form questions",
                          "whatever you like"}) {
      out.push_back(internal::CompilePhrase(p));
    }
    return out;
  }();
  const auto words = internal::FoldedWords(text);
  for (const auto& p : kPhrases) {
    if (!internal::FindPhrase(p, words).empty()) return true;
  }
  return false;
}

// Q17: free probes let each interviewer ask different follow-ups (Campion #3: scripted probes only).
void RubricLinter::LintProbes(const Question& q) {
  bool off_script = q.free_probes;
  for (const auto& probe : q.probes) {
    for (const auto& [locale, text] : probe) off_script = off_script || InvitesOffScript(text);
  }
  if (!off_script) return;
  Add({"Q17", "", Severity::kInfo,
       "probes invite off-script questions; list the follow-ups every interviewer may use", ""},
      q.id, r_.Where(q.where, "probes"));
}

bool IsEvaluativeOnly(const std::vector<std::string>& words) {
  static const std::set<std::string> kEvaluative = {
      "excellent", "excellente", "bon", "bonne", "tres", "moyen", "moyenne", "faible", "insuffisant",
      "mauvais", "mauvaise", "parfait", "good", "very", "poor", "average", "weak", "strong", "great", "bad",
      "fair", "ok", "acceptable", "outstanding", "exceptional", "exceptionnel", "niveau", "level", "le", "la",
      "un", "une", "a", "an", "the", "et", "and", "assez", "fairly", "not", "pas"};
  if (words.size() < 6) return true;
  return std::all_of(words.begin(), words.end(), [](const std::string& w) { return kEvaluative.count(w) > 0; });
}

void RubricLinter::LintAnchors(const Question& q) {
  const Scale* scale = r_.FindScale(q.scale);
  if (!scale) return;
  std::string missing;
  for (int level = scale->min; level <= scale->max; ++level) {
    if (!q.anchors.count(level)) missing += (missing.empty() ? "" : ", ") + std::to_string(level);
  }
  if (!missing.empty()) {
    Add({"Q05", "", Severity::kError,
         "no behavioural anchor for level(s) " + missing + "; interviewers need a description of every level", ""},
        q.id, r_.Where(q.where, "anchors"));
  }
  for (const auto& [level, texts] : q.anchors) {
    const std::string at = r_.Where(q.where, "anchor." + std::to_string(level));
    for (const auto& [locale, text] : texts) {
      AddAll(LintText(text, locale), q.id, at);
      if (IsEvaluativeOnly(internal::FoldedWords(text))) {
        Add({"Q06", "", Severity::kWarning,
             "anchor " + std::to_string(level) + " (" + locale +
                 ") is an evaluation, not a behaviour; describe what the candidate says or does", ""},
            q.id, at);
      }
    }
  }
}

// Q13: the locales of one text should say the same thing: same number of questions marks and
// digits, comparable length.
bool TextsDiffer(const std::string& a, const std::string& b) {
  auto count = [](const std::string& s, auto pred) { return std::count_if(s.begin(), s.end(), pred); };
  auto qm = [](char c) { return c == '?'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (count(a, qm) != count(b, qm) || count(a, digit) != count(b, digit)) return true;
  const double ratio = static_cast<double>(a.size() + 1) / static_cast<double>(b.size() + 1);
  return ratio < 0.4 || ratio > 2.5;
}

void RubricLinter::LintParity(const Question& q) {
  auto check = [&](const LocalizedText& t, const std::string& what, const std::string& at) {
    if (t.size() < 2) return;
    const auto& first = t.begin()->second;
    for (const auto& [locale, text] : t) {
      if (TextsDiffer(first, text)) {
        Add({"Q13", "", Severity::kWarning,
             what + ": the " + t.begin()->first + " and " + locale +
                 " versions differ (question marks, numbers or length); candidates must get the same question", ""},
            q.id, at);
        return;
      }
    }
  };
  check(q.text, "question text", r_.Where(q.where, "text"));
  for (const auto& [level, t] : q.anchors) {
    check(t, "anchor " + std::to_string(level), r_.Where(q.where, "anchor." + std::to_string(level)));
  }
}

void RubricLinter::LintCompetencies() {
  const bool rubric_ja = !r_.metadata.job_analysis_ref.empty();
  for (const auto& c : r_.competencies) {
    for (const auto& [locale, text] : c.name) AddAll(LintText(text, locale), c.id, r_.Where(c.where, "name"));
    if (!rubric_ja && c.job_analysis_ref.empty()) {
      Add({"Q04", "", Severity::kWarning,
           "competency has no job_analysis_ref: say which task of the job it comes from", ""},
          c.id, r_.Where(c.where));
    }
    if (!c.knockout) continue;
    int questions = 0;
    for (const auto& q : r_.questions) {
      questions += std::count(q.competencies.begin(), q.competencies.end(), c.id) > 0 ? 1 : 0;
    }
    if (questions < 2 || r_.aggregation.min_raters < 2) {
      Add({"Q11", "", Severity::kWarning,
           "knockout competency measured by fewer than 2 questions or 2 raters: one answer could eliminate a candidate", ""},
          c.id, r_.Where(c.where, "knockout"));
    }
  }
}

void RubricLinter::LintWeights() {
  double total = 0, lo = INFINITY, hi = 0;
  for (const auto& c : r_.competencies) {
    total += c.weight;
    lo = std::min(lo, c.weight);
    hi = std::max(hi, c.weight);
  }
  if (!(total > 0)) return;
  for (const auto& c : r_.competencies) {
    if (!c.weight_rationale.empty()) continue;
    const double equal_share = total / static_cast<double>(r_.competencies.size());
    if (c.weight > 2 * equal_share || (c.weight == hi && hi > 3 * lo)) {
      Add({"Q10", "", Severity::kWarning,
           "unbalanced weights: this competency weighs " + std::to_string(static_cast<int>(std::lround(100 * c.weight / total))) +
               "% of the score (over twice an equal share, or over 3x the lightest); document weight_rationale or rebalance", ""},
          c.id, r_.Where(c.where, "weight"));
    }
  }
}

void RubricLinter::LintSettings() {
  if (r_.aggregation.min_raters < 2) {
    Add({"Q12", "", Severity::kWarning,
         "min_raters is below 2: one interviewer's rating has a reliability near .44; plan at least 2 (ideally 3)", ""},
        "", r_.Where(r_.aggregation.where, "min_raters"));
  }
  if (r_.aggregation.include_overall_recommendation) {
    Add({"Q14", "", Severity::kWarning,
         "the overall recommendation must not feed the score (mechanical combination); set include_overall_recommendation: false", ""},
        "", r_.Where(r_.aggregation.where, "include_overall_recommendation"));
  }
  if (r_.competencies.size() > 8) {
    Add({"Q15", "", Severity::kInfo, "more than 8 competencies for one interview loop (OPM: 5 to 8)", ""}, "",
        r_.Where(r_.where, "competencies"));
  }
}

void RubricLinter::LintTimebox() {
  for (const auto& s : r_.stages) {
    if (s.duration_min <= 0) continue;
    int minutes = 0;
    for (const auto& q : r_.questions) {
      const bool in = s.questions.empty() || std::count(s.questions.begin(), s.questions.end(), q.id) > 0;
      if (in) minutes += q.time_min;
    }
    if (minutes > s.duration_min) {
      Add({"Q15", "", Severity::kInfo,
           "stage '" + s.id + "': questions need " + std::to_string(minutes) + " min but the stage lasts " +
               std::to_string(s.duration_min) + " min", ""},
          s.id, r_.Where(s.where, "duration_min"));
    }
  }
}

const LintAllow* FindAllow(const Rubric& r, const Finding& f) {
  for (const auto& a : r.lint_allow) {
    if (a.rule == f.rule && (a.question.empty() || a.question == f.question)) return &a;
  }
  return nullptr;
}

void WriteFinding(core::JsonWriter& w, const Finding& f) {
  w.BeginObject();
  w.Key("rule").String(f.rule);
  w.Key("question").String(f.question);
  w.Key("severity").String(SeverityName(f.severity));
  w.Key("message").String(f.message);
  w.Key("where").String(f.where);
}

}  // namespace

LintReport LintRubric(const Rubric& rubric) {
  LintReport report;
  for (auto& f : RubricLinter(rubric).Run()) {
    if (const LintAllow* a = FindAllow(rubric, f)) {
      report.allowed.push_back({std::move(f), *a});
    } else {
      report.findings.push_back(std::move(f));
    }
  }
  return report;
}

std::string LintReportToJson(const LintReport& report) {
  core::JsonWriter w(true);
  w.BeginObject().Key("findings").BeginArray();
  for (const auto& f : report.findings) {
    WriteFinding(w, f);
    w.EndObject();
  }
  w.EndArray().Key("allowed").BeginArray();
  for (const auto& a : report.allowed) {
    WriteFinding(w, a.finding);
    w.Key("justification").String(a.allow.justification);
    w.Key("legal_basis").String(a.allow.legal_basis);
    w.EndObject();
  }
  w.EndArray().EndObject();
  return w.str() + "\n";
}

std::string LintReportToText(const LintReport& report) {
  std::string out;
  for (const auto& f : report.findings) {
    out += f.where + ": " + SeverityName(f.severity) + " " + f.rule +
           (f.question.empty() ? "" : " [" + f.question + "]") + " " + f.message + "\n";
  }
  for (const auto& a : report.allowed) {
    out += a.finding.where + ": allowed " + a.finding.rule + " [" + a.finding.question + "] justification: " +
           a.allow.justification + "\n";
  }
  out += std::to_string(report.findings.size()) + " finding(s), " + std::to_string(report.allowed.size()) +
         " allowed by justification\n";
  return out;
}

}  // namespace fairhire::rubric
