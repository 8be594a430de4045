#include "fairhire/rubric/loader.h"

#include <yaml-cpp/yaml.h>

#include "fairhire/core/internal/yaml.h"
#include "fairhire/rubric/internal/yaml_read.h"

namespace fairhire::rubric {
namespace {

namespace cy = core::yaml;
using internal::ReadInt;
using internal::ReadLocalized;
using internal::ReadOptionalText;
using internal::ReadText;
using internal::ReadTextList;
using internal::RecordPositions;


class Loader {
 public:
  explicit Loader(std::string name) : name_(std::move(name)) {}
  Result<Rubric> Load(const YAML::Node& root);

 private:
  Status LoadHeader(const YAML::Node& root, Rubric* r);
  Status LoadMetadata(const YAML::Node& node, Metadata* m);
  Status LoadScales(const YAML::Node& node, std::vector<Scale>* out);
  Result<Scale> LoadScale(const std::string& id, const YAML::Node& node);
  Status LoadLevels(const YAML::Node& node, Scale* scale);
  Status LoadCompetencies(const YAML::Node& node, std::vector<Competency>* out);
  Result<Competency> LoadCompetency(const YAML::Node& node);
  Status LoadKnockout(const YAML::Node& node, Competency* c);
  Status LoadQuestions(const YAML::Node& node, std::vector<Question>* out);
  Result<Question> LoadQuestion(const YAML::Node& node);
  Status LoadQuestionTexts(const YAML::Node& node, Question* q);
  Status LoadAnchors(const YAML::Node& node, Question* q);
  Status LoadExercise(const YAML::Node& node, Question* q);
  Status LoadMapping(const YAML::Node& node, Exercise* e);
  Status LoadStages(const YAML::Node& node, std::vector<Stage>* out);
  Result<Stage> LoadStage(const YAML::Node& node);
  Status LoadAggregation(const YAML::Node& node, Aggregation* a);
  Status LoadDisagreement(const YAML::Node& node, Aggregation* a);
  Status LoadDecision(const YAML::Node& node, Decision* d);
  Status LoadLint(const YAML::Node& node, std::vector<LintAllow>* out);
  Result<double> Number(const YAML::Node& node, std::string_view what);
  Result<bool> Bool(const YAML::Node& node, std::string_view what, bool fallback);
  Status Seq(const YAML::Node& node, std::string_view what);

  std::string name_;
};

Result<double> Loader::Number(const YAML::Node& node, std::string_view what) {
  return cy::GetNumber(name_, node, what);
}

Result<bool> Loader::Bool(const YAML::Node& node, std::string_view what, bool fallback) {
  if (!node.IsDefined() || node.IsNull()) return fallback;
  return cy::GetBool(name_, node, what);
}

Status Loader::Seq(const YAML::Node& node, std::string_view what) {
  if (!node.IsSequence()) {
    return cy::SchemaError(name_, node, std::string(what) + " must be a list (items starting with '-')");
  }
  return OkStatus();
}

Result<Rubric> Loader::Load(const YAML::Node& root) {
  Rubric r;
  r.source = name_;
  FAIRHIRE_RETURN_IF_ERROR(LoadHeader(root, &r));
  FAIRHIRE_RETURN_IF_ERROR(LoadMetadata(root["metadata"], &r.metadata));
  FAIRHIRE_RETURN_IF_ERROR(LoadScales(root["scales"], &r.scales));
  FAIRHIRE_RETURN_IF_ERROR(LoadCompetencies(root["competencies"], &r.competencies));
  FAIRHIRE_RETURN_IF_ERROR(LoadQuestions(root["questions"], &r.questions));
  if (root["stages"]) FAIRHIRE_RETURN_IF_ERROR(LoadStages(root["stages"], &r.stages));
  if (root["aggregation"]) FAIRHIRE_RETURN_IF_ERROR(LoadAggregation(root["aggregation"], &r.aggregation));
  if (root["decision"]) FAIRHIRE_RETURN_IF_ERROR(LoadDecision(root["decision"], &r.decision));
  if (root["lint"]) FAIRHIRE_RETURN_IF_ERROR(LoadLint(root["lint"], &r.lint_allow));
  return r;
}

Status Loader::LoadHeader(const YAML::Node& root, Rubric* r) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, root,
      {"apiVersion", "kind", "metadata", "scales", "competencies", "questions", "stages",
       "aggregation", "decision", "lint"}, "rubric"));
  RecordPositions(root, &r->where);
  FAIRHIRE_ASSIGN_OR_RETURN(r->api_version, ReadText(name_, root["apiVersion"], "apiVersion"));
  if (r->api_version != kApiVersion) {
    return cy::SchemaError(name_, root["apiVersion"], "apiVersion must be '" + std::string(kApiVersion) +
                                                          "' (found '" + r->api_version + "')");
  }
  FAIRHIRE_ASSIGN_OR_RETURN(r->kind, ReadText(name_, root["kind"], "kind"));
  if (r->kind != kKind) {
    return cy::SchemaError(name_, root["kind"], "kind must be '" + std::string(kKind) + "'");
  }
  return OkStatus();
}

Status Loader::LoadMetadata(const YAML::Node& node, Metadata* m) {
  if (!node) return cy::SchemaError(name_, node, "metadata is required (id, version, locales)");
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"id", "version", "locales", "title", "owner", "job_analysis_ref", "legal_review", "retention"},
      "metadata"));
  RecordPositions(node, &m->where);
  FAIRHIRE_ASSIGN_OR_RETURN(m->id, ReadText(name_, node["id"], "metadata.id"));
  FAIRHIRE_ASSIGN_OR_RETURN(m->version, ReadText(name_, node["version"], "metadata.version"));
  FAIRHIRE_ASSIGN_OR_RETURN(m->locales, ReadTextList(name_, node["locales"], "metadata.locales"));
  if (m->locales.empty()) {
    return cy::SchemaError(name_, node, "metadata.locales must list at least one language, e.g. [fr, en]");
  }
  if (node["title"]) FAIRHIRE_ASSIGN_OR_RETURN(m->title, ReadLocalized(name_, node["title"], "metadata.title"));
  FAIRHIRE_ASSIGN_OR_RETURN(m->owner, ReadOptionalText(name_, node["owner"], "metadata.owner"));
  FAIRHIRE_ASSIGN_OR_RETURN(m->job_analysis_ref,
                            ReadOptionalText(name_, node["job_analysis_ref"], "metadata.job_analysis_ref"));
  if (node["legal_review"]) {
    FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node["legal_review"], {"by", "date"}, "metadata.legal_review"));
  }
  if (node["retention"]) {
    FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node["retention"], {"rejected_days", "talent_pool_days"},
                                           "metadata.retention"));
  }
  return OkStatus();
}

Status Loader::LoadScales(const YAML::Node& node, std::vector<Scale>* out) {
  if (!node || !node.IsMap() || node.size() == 0) {
    return cy::SchemaError(name_, node, "scales must define at least one rating scale, e.g. bars5: {type: ordinal, min: 1, max: 5}");
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto scale = LoadScale(it->first.Scalar(), it->second);
    if (!scale) return scale.error();
    out->push_back(std::move(*scale));
  }
  return OkStatus();
}

Result<Scale> Loader::LoadScale(const std::string& id, const YAML::Node& node) {
  const std::string ctx = "scale '" + id + "'";
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node, {"type", "min", "max", "levels", "not_assessed"}, ctx));
  Scale s;
  s.id = id;
  RecordPositions(node, &s.where);
  FAIRHIRE_ASSIGN_OR_RETURN(s.type, ReadText(name_, node["type"], ctx + " type"));
  if (s.type != "ordinal") return cy::SchemaError(name_, node["type"], ctx + ": type must be 'ordinal'");
  FAIRHIRE_ASSIGN_OR_RETURN(s.min, ReadInt(name_, node["min"], ctx + " min"));
  FAIRHIRE_ASSIGN_OR_RETURN(s.max, ReadInt(name_, node["max"], ctx + " max"));
  FAIRHIRE_ASSIGN_OR_RETURN(s.not_assessed, ReadTextList(name_, node["not_assessed"], ctx + " not_assessed"));
  if (node["levels"]) FAIRHIRE_RETURN_IF_ERROR(LoadLevels(node["levels"], &s));
  return s;
}

Status Loader::LoadLevels(const YAML::Node& node, Scale* scale) {
  if (!node.IsMap()) return cy::SchemaError(name_, node, "levels must map each level number to a label");
  for (auto it = node.begin(); it != node.end(); ++it) {
    ScaleLevel level;
    FAIRHIRE_ASSIGN_OR_RETURN(level.value, ReadInt(name_, it->first, "scale level"));
    FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, it->second, {"label"}, "scale level"));
    FAIRHIRE_ASSIGN_OR_RETURN(level.label, ReadLocalized(name_, it->second["label"], "level label"));
    scale->levels.push_back(std::move(level));
  }
  return OkStatus();
}

Status Loader::LoadCompetencies(const YAML::Node& node, std::vector<Competency>* out) {
  if (!node) return cy::SchemaError(name_, node, "competencies are required: list what the interview measures");
  FAIRHIRE_RETURN_IF_ERROR(Seq(node, "competencies"));
  for (const auto& item : node) {
    auto c = LoadCompetency(item);
    if (!c) return c.error();
    out->push_back(std::move(*c));
  }
  return OkStatus();
}

Result<Competency> Loader::LoadCompetency(const YAML::Node& node) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"id", "name", "weight", "weight_rationale", "job_analysis_ref", "knockout", "esco"}, "competency"));
  Competency c;
  RecordPositions(node, &c.where);
  FAIRHIRE_ASSIGN_OR_RETURN(c.id, ReadText(name_, node["id"], "competency id"));
  const std::string ctx = "competency '" + c.id + "'";
  FAIRHIRE_ASSIGN_OR_RETURN(c.name, ReadLocalized(name_, node["name"], ctx + " name"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.weight, Number(node["weight"], ctx + " weight"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.weight_rationale, ReadOptionalText(name_, node["weight_rationale"], "weight_rationale"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.job_analysis_ref, ReadOptionalText(name_, node["job_analysis_ref"], "job_analysis_ref"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.esco, ReadTextList(name_, node["esco"], "esco"));
  if (node["knockout"]) FAIRHIRE_RETURN_IF_ERROR(LoadKnockout(node["knockout"], &c));
  return c;
}

Status Loader::LoadKnockout(const YAML::Node& node, Competency* c) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node, {"min_level", "rule"}, "knockout"));
  Knockout k;
  FAIRHIRE_ASSIGN_OR_RETURN(k.min_level, Number(node["min_level"], "knockout min_level"));
  if (node["rule"]) FAIRHIRE_ASSIGN_OR_RETURN(k.rule, ReadText(name_, node["rule"], "knockout rule"));
  if (k.rule != "median_rater" && k.rule != "mean" && k.rule != "every_rater") {
    return cy::SchemaError(name_, node["rule"], "knockout rule must be median_rater, mean or every_rater");
  }
  c->knockout = k;
  return OkStatus();
}

Status Loader::LoadQuestions(const YAML::Node& node, std::vector<Question>* out) {
  if (!node) return cy::SchemaError(name_, node, "questions are required");
  FAIRHIRE_RETURN_IF_ERROR(Seq(node, "questions"));
  for (const auto& item : node) {
    auto q = LoadQuestion(item);
    if (!q) return q.error();
    out->push_back(std::move(*q));
  }
  return OkStatus();
}

Result<Question> Loader::LoadQuestion(const YAML::Node& node) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"id", "type", "competencies", "scale", "text", "probes", "anchors", "time_min", "weight",
       "evidence_note", "exercise"}, "question"));
  Question q;
  RecordPositions(node, &q.where);
  FAIRHIRE_ASSIGN_OR_RETURN(q.id, ReadText(name_, node["id"], "question id"));
  const std::string ctx = "question '" + q.id + "'";
  FAIRHIRE_ASSIGN_OR_RETURN(q.type, ReadText(name_, node["type"], ctx + " type"));
  FAIRHIRE_ASSIGN_OR_RETURN(q.competencies, ReadTextList(name_, node["competencies"], ctx + " competencies"));
  FAIRHIRE_ASSIGN_OR_RETURN(q.scale, ReadText(name_, node["scale"], ctx + " scale"));
  if (node["time_min"]) FAIRHIRE_ASSIGN_OR_RETURN(q.time_min, ReadInt(name_, node["time_min"], ctx + " time_min"));
  if (node["weight"]) FAIRHIRE_ASSIGN_OR_RETURN(q.weight, Number(node["weight"], ctx + " weight"));
  if (node["evidence_note"]) {
    std::string v;
    FAIRHIRE_ASSIGN_OR_RETURN(v, ReadText(name_, node["evidence_note"], ctx + " evidence_note"));
    if (v != "required" && v != "optional") {
      return cy::SchemaError(name_, node["evidence_note"], ctx + ": evidence_note must be required or optional");
    }
    q.evidence_required = v == "required";
  }
  FAIRHIRE_RETURN_IF_ERROR(LoadQuestionTexts(node, &q));
  if (node["exercise"]) FAIRHIRE_RETURN_IF_ERROR(LoadExercise(node["exercise"], &q));
  return q;
}

Status Loader::LoadQuestionTexts(const YAML::Node& node, Question* q) {
  const std::string ctx = "question '" + q->id + "'";
  FAIRHIRE_ASSIGN_OR_RETURN(q->text, ReadLocalized(name_, node["text"], ctx + " text"));
  if (node["probes"] && node["probes"].IsScalar() && node["probes"].Scalar() == "free") {
    q->free_probes = true;  // linted (Q17): interviewers would improvise follow-ups
  } else if (node["probes"]) {
    FAIRHIRE_RETURN_IF_ERROR(Seq(node["probes"], ctx + " probes"));
    for (const auto& p : node["probes"]) {
      LocalizedText probe;
      FAIRHIRE_ASSIGN_OR_RETURN(probe, ReadLocalized(name_, p, ctx + " probe"));
      q->probes.push_back(std::move(probe));
    }
  }
  if (node["anchors"]) FAIRHIRE_RETURN_IF_ERROR(LoadAnchors(node["anchors"], q));
  return OkStatus();
}

Status Loader::LoadAnchors(const YAML::Node& node, Question* q) {
  if (!node.IsMap()) {
    return cy::SchemaError(name_, node, "anchors must map each scale level to a description, e.g. 1: {fr: ..., en: ...}");
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    int level = 0;
    FAIRHIRE_ASSIGN_OR_RETURN(level, ReadInt(name_, it->first, "anchor level"));
    if (q->anchors.count(level)) return cy::SchemaError(name_, it->first, "anchor level given twice");
    FAIRHIRE_ASSIGN_OR_RETURN(q->anchors[level],
        ReadLocalized(name_, it->second, "anchor " + std::to_string(level) + " of question '" + q->id + "'"));
    q->where["anchor." + std::to_string(level)] = internal::PosOf(it->first);
  }
  return OkStatus();
}

Status Loader::LoadExercise(const YAML::Node& node, Question* q) {
  const std::string ctx = "question '" + q->id + "' exercise";
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"provider", "external_test_id", "url_template", "score_range", "mapping", "blind_grading"}, ctx));
  Exercise e;
  RecordPositions(node, &e.where);
  FAIRHIRE_ASSIGN_OR_RETURN(e.provider, ReadOptionalText(name_, node["provider"], ctx + " provider"));
  FAIRHIRE_ASSIGN_OR_RETURN(e.external_test_id, ReadOptionalText(name_, node["external_test_id"], ctx + " external_test_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(e.url_template, ReadOptionalText(name_, node["url_template"], ctx + " url_template"));
  FAIRHIRE_ASSIGN_OR_RETURN(e.blind_grading, Bool(node["blind_grading"], ctx + " blind_grading", false));
  if (const YAML::Node range = node["score_range"]) {
    FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, range, {"min", "max"}, ctx + " score_range"));
    FAIRHIRE_ASSIGN_OR_RETURN(e.score_min, Number(range["min"], ctx + " score_range min"));
    FAIRHIRE_ASSIGN_OR_RETURN(e.score_max, Number(range["max"], ctx + " score_range max"));
  }
  if (node["mapping"]) FAIRHIRE_RETURN_IF_ERROR(LoadMapping(node["mapping"], &e));
  q->exercise = std::move(e);
  return OkStatus();
}

// mapping: {type: piecewise, points: [[raw score, level], ...]}
Status Loader::LoadMapping(const YAML::Node& node, Exercise* e) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node, {"type", "points"}, "exercise mapping"));
  FAIRHIRE_ASSIGN_OR_RETURN(e->mapping_type, ReadText(name_, node["type"], "exercise mapping type"));
  if (e->mapping_type != "piecewise") return cy::SchemaError(name_, node["type"], "exercise mapping type must be piecewise");
  if (!node["points"]) return cy::SchemaError(name_, node, "exercise mapping needs points: [[raw score, level], ...]");
  FAIRHIRE_RETURN_IF_ERROR(Seq(node["points"], "exercise mapping points"));
  for (const auto& p : node["points"]) {
    if (!p.IsSequence() || p.size() != 2) return cy::SchemaError(name_, p, "a mapping point is [raw score, level]");
    double at = 0;
    int level = 0;
    FAIRHIRE_ASSIGN_OR_RETURN(at, Number(p[0], "mapping point raw score"));
    FAIRHIRE_ASSIGN_OR_RETURN(level, ReadInt(name_, p[1], "mapping point level"));
    e->points.emplace_back(at, level);
  }
  return OkStatus();
}

Status Loader::LoadStages(const YAML::Node& node, std::vector<Stage>* out) {
  FAIRHIRE_RETURN_IF_ERROR(Seq(node, "stages"));
  for (const auto& item : node) {
    auto s = LoadStage(item);
    if (!s) return s.error();
    out->push_back(std::move(*s));
  }
  return OkStatus();
}

Result<Stage> Loader::LoadStage(const YAML::Node& node) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"id", "name", "questions", "interviewers", "duration_min", "visibility"}, "stage"));
  Stage s;
  RecordPositions(node, &s.where);
  FAIRHIRE_ASSIGN_OR_RETURN(s.id, ReadText(name_, node["id"], "stage id"));
  if (node["name"]) FAIRHIRE_ASSIGN_OR_RETURN(s.name, ReadLocalized(name_, node["name"], "stage name"));
  FAIRHIRE_ASSIGN_OR_RETURN(s.questions, ReadTextList(name_, node["questions"], "stage questions"));
  if (node["duration_min"]) FAIRHIRE_ASSIGN_OR_RETURN(s.duration_min, ReadInt(name_, node["duration_min"], "duration_min"));
  if (const YAML::Node iv = node["interviewers"]) {
    FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, iv, {"min", "independent"}, "stage interviewers"));
    if (iv["min"]) FAIRHIRE_ASSIGN_OR_RETURN(s.min_interviewers, ReadInt(name_, iv["min"], "interviewers min"));
    FAIRHIRE_ASSIGN_OR_RETURN(s.independent, Bool(iv["independent"], "interviewers independent", true));
  }
  return s;
}

Status Loader::LoadAggregation(const YAML::Node& node, Aggregation* a) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"across_questions", "across_raters", "min_raters", "min_coverage", "normalise_to", "disagreement",
       "include_overall_recommendation"}, "aggregation"));
  RecordPositions(node, &a->where);
  if (node["across_questions"] && node["across_questions"].Scalar() != "weighted_mean") {
    return cy::SchemaError(name_, node["across_questions"], "aggregation.across_questions must be weighted_mean");
  }
  if (node["normalise_to"] && node["normalise_to"].Scalar() != "100") {
    return cy::SchemaError(name_, node["normalise_to"], "aggregation.normalise_to must be 100");
  }
  if (node["across_raters"]) FAIRHIRE_ASSIGN_OR_RETURN(a->across_raters, ReadText(name_, node["across_raters"], "across_raters"));
  if (a->across_raters != "mean" && a->across_raters != "median") {
    return cy::SchemaError(name_, node["across_raters"], "aggregation.across_raters must be mean or median");
  }
  if (node["min_raters"]) FAIRHIRE_ASSIGN_OR_RETURN(a->min_raters, ReadInt(name_, node["min_raters"], "min_raters"));
  if (node["min_coverage"]) FAIRHIRE_ASSIGN_OR_RETURN(a->min_coverage, Number(node["min_coverage"], "min_coverage"));
  FAIRHIRE_ASSIGN_OR_RETURN(a->include_overall_recommendation,
      Bool(node["include_overall_recommendation"], "include_overall_recommendation", false));
  if (node["disagreement"]) FAIRHIRE_RETURN_IF_ERROR(LoadDisagreement(node["disagreement"], a));
  return OkStatus();
}

Status Loader::LoadDisagreement(const YAML::Node& node, Aggregation* a) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node,
      {"range_points", "sd", "split_threshold", "outlier_points"}, "aggregation.disagreement"));
  if (node["range_points"]) FAIRHIRE_ASSIGN_OR_RETURN(a->range_points, Number(node["range_points"], "range_points"));
  if (node["sd"]) FAIRHIRE_ASSIGN_OR_RETURN(a->sd_points, Number(node["sd"], "disagreement sd"));
  if (node["outlier_points"]) FAIRHIRE_ASSIGN_OR_RETURN(a->outlier_points, Number(node["outlier_points"], "outlier_points"));
  FAIRHIRE_ASSIGN_OR_RETURN(a->split_threshold, Bool(node["split_threshold"], "split_threshold", true));
  return OkStatus();
}

Status Loader::LoadDecision(const YAML::Node& node, Decision* d) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node, {"advance_if", "tie_break"}, "decision"));
  RecordPositions(node, &d->where);
  if (node["tie_break"] && node["tie_break"].Scalar() != "none") {
    return cy::SchemaError(name_, node["tie_break"], "decision.tie_break must be none (never break ties on personal data)");
  }
  const YAML::Node adv = node["advance_if"];
  if (!adv) return OkStatus();
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, adv, {"total_gte", "knockouts_pass"}, "decision.advance_if"));
  if (adv["total_gte"]) FAIRHIRE_ASSIGN_OR_RETURN(d->pass_score, Number(adv["total_gte"], "total_gte"));
  FAIRHIRE_ASSIGN_OR_RETURN(d->knockouts_pass, Bool(adv["knockouts_pass"], "knockouts_pass", true));
  return OkStatus();
}

Status Loader::LoadLint(const YAML::Node& node, std::vector<LintAllow>* out) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, node, {"profile", "allow"}, "lint"));
  if (!node["allow"]) return OkStatus();
  FAIRHIRE_RETURN_IF_ERROR(Seq(node["allow"], "lint.allow"));
  for (const auto& item : node["allow"]) {
    FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name_, item, {"rule", "question", "justification", "legal_basis"},
                                           "lint.allow entry"));
    LintAllow a;
    RecordPositions(item, &a.where);
    FAIRHIRE_ASSIGN_OR_RETURN(a.rule, ReadText(name_, item["rule"], "lint.allow rule"));
    FAIRHIRE_ASSIGN_OR_RETURN(a.question, ReadOptionalText(name_, item["question"], "lint.allow question"));
    if (!item["justification"]) {
      return cy::SchemaError(name_, item, "lint.allow for rule " + a.rule +
                                              " needs a written justification (why the job requires it)");
    }
    FAIRHIRE_ASSIGN_OR_RETURN(a.justification, ReadText(name_, item["justification"], "lint.allow justification"));
    FAIRHIRE_ASSIGN_OR_RETURN(a.legal_basis, ReadOptionalText(name_, item["legal_basis"], "lint.allow legal_basis"));
    out->push_back(std::move(a));
  }
  return OkStatus();
}

}  // namespace

Result<Rubric> ParseRubric(std::string_view yaml_text, const std::string& name) {
  auto root = cy::Parse(yaml_text, name);
  if (!root) return root.error();
  if (!root->IsMap()) return cy::SchemaError(name, *root, "a rubric must be a YAML mapping (apiVersion, kind, ...)");
  try {
    return Loader(name).Load(*root);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, std::string("YAML error: ") + e.msg, name);
  }
}

Result<Rubric> LoadRubric(const std::filesystem::path& path) {
  auto root = cy::LoadFile(path);
  if (!root) return root.error();
  const std::string name = path.string();
  if (!root->IsMap()) return cy::SchemaError(name, *root, "a rubric must be a YAML mapping (apiVersion, kind, ...)");
  try {
    return Loader(name).Load(*root);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, std::string("YAML error: ") + e.msg, name);
  }
}

}  // namespace fairhire::rubric
