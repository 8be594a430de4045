#include "fairhire/rubric/validator.h"

#include <cmath>
#include <set>
#include <string>

#include "fairhire/rubric/linter.h"

namespace fairhire::rubric {
namespace {

class Validator {
 public:
  explicit Validator(const Rubric& r) : r_(r) {}
  std::vector<Error> Run();

 private:
  void Add(const Positions& where, const std::string& field, std::string message) {
    errors_.push_back(MakeError(ErrorCode::kSchema, std::move(message), r_.Where(where, field)));
  }
  void CheckLocales(const LocalizedText& text, const Positions& where, const std::string& field,
                    const std::string& what);
  void CheckMetadata();
  void CheckScales();
  void CheckCompetencies();
  void CheckQuestion(const Question& q);
  void CheckQuestionRefs(const Question& q, const Scale** scale);
  void CheckAnchors(const Question& q, const Scale& scale);
  void CheckExercise(const Question& q, const Exercise& e, const Scale* scale);
  void CheckStages();
  void CheckSettings();
  void CheckLintAllow();

  const Rubric& r_;
  std::vector<Error> errors_;
};

std::vector<Error> Validator::Run() {
  CheckMetadata();
  CheckScales();
  CheckCompetencies();
  std::set<std::string> ids;
  for (const auto& q : r_.questions) {
    if (!ids.insert(q.id).second) Add(q.where, "id", "question id '" + q.id + "' is used twice");
    CheckQuestion(q);
  }
  CheckStages();
  CheckSettings();
  CheckLintAllow();
  return std::move(errors_);
}

void Validator::CheckLocales(const LocalizedText& text, const Positions& where, const std::string& field,
                             const std::string& what) {
  for (const auto& locale : r_.metadata.locales) {
    if (!text.count(locale)) Add(where, field, what + " has no " + locale + " text (every declared locale is required)");
  }
  for (const auto& [locale, unused] : text) {
    bool declared = false;
    for (const auto& l : r_.metadata.locales) declared = declared || l == locale;
    if (!declared) Add(where, field, what + " has a '" + locale + "' text but metadata.locales does not declare it");
  }
}

void Validator::CheckMetadata() {
  std::set<std::string> seen;
  for (const auto& l : r_.metadata.locales) {
    if (!seen.insert(l).second) Add(r_.metadata.where, "locales", "locale '" + l + "' is listed twice");
  }
  if (!r_.metadata.title.empty()) CheckLocales(r_.metadata.title, r_.metadata.where, "title", "metadata.title");
}

void Validator::CheckScales() {
  for (const auto& s : r_.scales) {
    if (s.min >= s.max) Add(s.where, "max", "scale '" + s.id + "': max must be greater than min");
    if (s.max - s.min > 20) Add(s.where, "max", "scale '" + s.id + "' has more than 21 levels; use a short anchored scale (e.g. 1..5)");
    for (const auto& level : s.levels) {
      if (level.value < s.min || level.value > s.max) {
        Add(s.where, "levels", "scale '" + s.id + "': level " + std::to_string(level.value) + " is outside min..max");
      }
      CheckLocales(level.label, s.where, "levels", "scale '" + s.id + "' level " + std::to_string(level.value));
    }
  }
}

void Validator::CheckCompetencies() {
  if (r_.competencies.empty()) Add(r_.where, "competencies", "the rubric lists no competency");
  std::set<std::string> ids;
  for (const auto& c : r_.competencies) {
    if (!ids.insert(c.id).second) Add(c.where, "id", "competency id '" + c.id + "' is used twice");
    if (!std::isfinite(c.weight) || c.weight <= 0) {
      Add(c.where, "weight", "competency '" + c.id + "': weight must be a positive number");
    }
    CheckLocales(c.name, c.where, "name", "competency '" + c.id + "' name");
    bool measured = false;
    for (const auto& q : r_.questions) {
      for (const auto& id : q.competencies) measured = measured || id == c.id;
    }
    if (!measured) Add(c.where, "id", "competency '" + c.id + "' is not measured by any question");
  }
}

void Validator::CheckQuestion(const Question& q) {
  const std::string ctx = "question '" + q.id + "'";
  if (!IsKnownQuestionType(q.type)) {
    Add(q.where, "type", ctx + ": type '" + q.type + "' is not one of past_behaviour, situational, "
        "technical_exercise, work_sample, job_knowledge, logistics");
  }
  if (!std::isfinite(q.weight) || q.weight <= 0) Add(q.where, "weight", ctx + ": weight must be positive");
  if (q.time_min < 0) Add(q.where, "time_min", ctx + ": time_min must not be negative");
  CheckLocales(q.text, q.where, "text", ctx + " text");
  for (const auto& p : q.probes) CheckLocales(p, q.where, "probes", ctx + " probe");
  const Scale* scale = nullptr;
  CheckQuestionRefs(q, &scale);
  if (scale) CheckAnchors(q, *scale);
  if (q.exercise) CheckExercise(q, *q.exercise, scale);
}

void Validator::CheckExercise(const Question& q, const Exercise& e, const Scale* scale) {
  const std::string ctx = "question '" + q.id + "' exercise";
  if (e.score_min && e.score_max && !(*e.score_min < *e.score_max)) {
    Add(e.where, "score_range", ctx + ": score_range min must be below max");
  }
  for (std::size_t i = 0; i < e.points.size(); ++i) {
    const auto& [at, level] = e.points[i];
    if (i > 0 && !(at > e.points[i - 1].first)) {
      Add(e.where, "mapping", ctx + ": mapping raw scores must increase from one point to the next");
    }
    if (i > 0 && level < e.points[i - 1].second) {
      Add(e.where, "mapping", ctx + ": mapping levels must not decrease as the raw score rises");
    }
    if ((e.score_min && at < *e.score_min) || (e.score_max && at > *e.score_max)) {
      Add(e.where, "mapping", ctx + ": mapping point " + std::to_string(at) + " is outside score_range");
    }
    if (scale && (level < scale->min || level > scale->max)) {
      Add(e.where, "mapping", ctx + ": mapping level " + std::to_string(level) + " is outside scale '" + scale->id + "'");
    }
  }
}

void Validator::CheckQuestionRefs(const Question& q, const Scale** scale) {
  const std::string ctx = "question '" + q.id + "'";
  std::set<std::string> seen;
  for (const auto& id : q.competencies) {
    if (!r_.FindCompetency(id)) Add(q.where, "competencies", ctx + " refers to competency '" + id + "', which is not defined");
    if (!seen.insert(id).second) Add(q.where, "competencies", ctx + " lists competency '" + id + "' twice");
  }
  *scale = r_.FindScale(q.scale);
  if (!*scale) Add(q.where, "scale", ctx + " uses scale '" + q.scale + "', which is not defined under scales");
}

void Validator::CheckAnchors(const Question& q, const Scale& scale) {
  for (const auto& [level, text] : q.anchors) {
    const std::string field = "anchor." + std::to_string(level);
    if (level < scale.min || level > scale.max) {
      Add(q.where, field, "question '" + q.id + "': anchor " + std::to_string(level) + " is outside scale '" +
          scale.id + "' (" + std::to_string(scale.min) + ".." + std::to_string(scale.max) + ")");
    }
    CheckLocales(text, q.where, field, "question '" + q.id + "' anchor " + std::to_string(level));
  }
}

void Validator::CheckStages() {
  std::set<std::string> ids;
  for (const auto& s : r_.stages) {
    if (!ids.insert(s.id).second) Add(s.where, "id", "stage id '" + s.id + "' is used twice");
    if (!s.name.empty()) CheckLocales(s.name, s.where, "name", "stage '" + s.id + "' name");
    if (s.min_interviewers < 1) Add(s.where, "interviewers", "stage '" + s.id + "': interviewers.min must be at least 1");
    for (const auto& qid : s.questions) {
      if (!r_.FindQuestion(qid)) Add(s.where, "questions", "stage '" + s.id + "' lists question '" + qid + "', which is not defined");
    }
  }
}

void Validator::CheckSettings() {
  const Aggregation& a = r_.aggregation;
  if (a.min_raters < 1) Add(a.where, "min_raters", "aggregation.min_raters must be at least 1");
  if (!(a.min_coverage > 0 && a.min_coverage <= 1)) Add(a.where, "min_coverage", "aggregation.min_coverage must be in (0, 1]");
  if (!(a.range_points > 0) || !(a.sd_points > 0) || !(a.outlier_points > 0)) {
    Add(a.where, "disagreement", "aggregation.disagreement thresholds must be positive");
  }
  const Decision& d = r_.decision;
  if (!(d.pass_score >= 0 && d.pass_score <= 100)) Add(d.where, "advance_if", "decision.advance_if.total_gte must be between 0 and 100");
}

void Validator::CheckLintAllow() {
  for (const auto& a : r_.lint_allow) {
    if (!IsKnownLintRule(a.rule)) Add(a.where, "rule", "lint.allow names rule '" + a.rule + "', which does not exist");
    if (!a.question.empty() && !r_.FindQuestion(a.question) && !r_.FindCompetency(a.question)) {
      Add(a.where, "question", "lint.allow names '" + a.question + "', which is neither a question nor a competency");
    }
  }
}

}  // namespace

bool IsKnownQuestionType(const std::string& type) {
  for (const char* t : {"past_behaviour", "situational", "technical_exercise", "work_sample", "job_knowledge",
                        "logistics"}) {
    if (type == t) return true;
  }
  return false;
}

std::vector<Error> ValidateRubric(const Rubric& rubric) { return Validator(rubric).Run(); }

}  // namespace fairhire::rubric
