#include "fairhire/rubric/scorecard.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "fairhire/core/internal/yaml.h"
#include "fairhire/core/utf8.h"
#include "fairhire/rubric/internal/yaml_read.h"

namespace fairhire::rubric {
namespace {

namespace cy = core::yaml;
using internal::ReadOptionalText;
using internal::ReadText;

Result<Recommendation> ParseRecommendation(const std::string& name, const YAML::Node& node) {
  if (!node || node.IsNull()) return Recommendation::kNone;
  auto s = ReadText(name, node, "overall_recommendation");
  if (!s) return s.error();
  static const std::pair<const char*, Recommendation> kNames[] = {
      {"strong_no", Recommendation::kStrongNo}, {"no", Recommendation::kNo}, {"yes", Recommendation::kYes},
      {"strong_yes", Recommendation::kStrongYes}, {"no_decision", Recommendation::kNoDecision}};
  for (const auto& [n, r] : kNames) {
    if (*s == n) return r;
  }
  return cy::SchemaError(name, node, "overall_recommendation must be strong_no, no, yes, strong_yes or no_decision");
}

// A rating value: a number, or a text token (e.g. "na") kept as NaN + token for the rubric check.
Result<QuestionRating> ParseRating(const std::string& name, const YAML::Node& node) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name, node, {"question_id", "value", "evidence"}, "rating"));
  QuestionRating q;
  q.pos = internal::PosOf(node);
  FAIRHIRE_ASSIGN_OR_RETURN(q.question, ReadText(name, node["question_id"], "rating question_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(q.evidence, ReadOptionalText(name, node["evidence"], "rating evidence"));
  std::string raw;
  FAIRHIRE_ASSIGN_OR_RETURN(raw, ReadText(name, node["value"], "rating value for '" + q.question + "'"));
  char* end = nullptr;
  const double v = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str() + raw.size() && std::isfinite(v)) {
    q.value = v;
  } else {
    q.not_assessed = raw;
  }
  return q;
}

Result<Scorecard> FromNode(const YAML::Node& root, const std::string& name) {
  FAIRHIRE_RETURN_IF_ERROR(cy::CheckKeys(name, root,
      {"rubric_id", "rubric_version", "stage_id", "candidate_ref", "rater_ref", "submitted_at", "ratings",
       "overall_recommendation", "attestation"}, "scorecard"));
  Scorecard c;
  c.source = name;
  internal::RecordPositions(root, &c.where);
  FAIRHIRE_ASSIGN_OR_RETURN(c.rubric_id, ReadText(name, root["rubric_id"], "rubric_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.rubric_version, ReadOptionalText(name, root["rubric_version"], "rubric_version"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.stage, ReadText(name, root["stage_id"], "stage_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.candidate, ReadText(name, root["candidate_ref"], "candidate_ref (pseudonym)"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.rater, ReadText(name, root["rater_ref"], "rater_ref"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.submitted_at, ReadOptionalText(name, root["submitted_at"], "submitted_at"));
  FAIRHIRE_ASSIGN_OR_RETURN(c.recommendation, ParseRecommendation(name, root["overall_recommendation"]));
  const YAML::Node ratings = root["ratings"];
  if (!ratings || !ratings.IsSequence()) return cy::SchemaError(name, ratings, "ratings must be a list of {question_id, value, evidence}");
  for (const auto& item : ratings) {
    auto q = ParseRating(name, item);
    if (!q) return q.error();
    c.ratings.push_back(std::move(*q));
  }
  return c;
}

Result<Scorecard> ParseRoot(const YAML::Node& root, const std::string& name) {
  try {
    return FromNode(root, name);
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, std::string("YAML error: ") + e.msg, name);
  }
}

std::string At(const Scorecard& c, const SourcePos& pos) {
  if (pos.line == 0) return c.source;
  return c.source + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

Status CheckRating(const Rubric& rubric, const Scorecard& card, const Stage* stage, const QuestionRating& r) {
  const Question* q = rubric.FindQuestion(r.question);
  if (!q) return MakeError(ErrorCode::kSchema, "question '" + r.question + "' is not in rubric " + rubric.metadata.id, At(card, r.pos));
  if (stage && !stage->questions.empty() &&
      std::find(stage->questions.begin(), stage->questions.end(), q->id) == stage->questions.end()) {
    return MakeError(ErrorCode::kSchema, "question '" + q->id + "' is not part of stage '" + stage->id + "'", At(card, r.pos));
  }
  const Scale* s = rubric.FindScale(q->scale);
  if (!r.value) {
    const std::string& token = r.not_assessed;
    const bool ok = token == "na" || (s && std::count(s->not_assessed.begin(), s->not_assessed.end(), token) > 0);
    if (!ok) return MakeError(ErrorCode::kSchema, "value for '" + q->id + "' must be a level of the scale or na", At(card, r.pos));
    return OkStatus();
  }
  if (s && (*r.value != std::floor(*r.value) || *r.value < s->min || *r.value > s->max)) {
    return MakeError(ErrorCode::kSchema, "value for '" + q->id + "' must be a whole level between " +
                     std::to_string(s->min) + " and " + std::to_string(s->max), At(card, r.pos));
  }
  if (q->evidence_required && core::TrimWhitespace(r.evidence).empty()) {
    return MakeError(ErrorCode::kSchema, "rating of '" + q->id + "' has no evidence note (the rubric requires one)", At(card, r.pos));
  }
  return OkStatus();
}

}  // namespace

const char* RecommendationName(Recommendation r) {
  switch (r) {
    case Recommendation::kNone: return "";
    case Recommendation::kStrongNo: return "strong_no";
    case Recommendation::kNo: return "no";
    case Recommendation::kYes: return "yes";
    case Recommendation::kStrongYes: return "strong_yes";
    case Recommendation::kNoDecision: return "no_decision";
  }
  return "";
}

Result<Scorecard> ParseScorecard(std::string_view text, const std::string& name) {
  auto root = cy::Parse(text, name);
  if (!root) return root.error();
  return ParseRoot(*root, name);
}

Result<Scorecard> LoadScorecard(const std::filesystem::path& path) {
  auto root = cy::LoadFile(path);
  if (!root) return root.error();
  return ParseRoot(*root, path.string());
}

Status CheckScorecard(const Rubric& rubric, const Scorecard& card) {
  if (card.rubric_id != rubric.metadata.id) {
    return MakeError(ErrorCode::kSchema, "scorecard is for rubric '" + card.rubric_id + "', not '" + rubric.metadata.id + "'",
                     At(card, card.where.count("rubric_id") ? card.where.at("rubric_id") : SourcePos{}));
  }
  if (!card.rubric_version.empty() && card.rubric_version != rubric.metadata.version) {
    return MakeError(ErrorCode::kSchema, "scorecard uses rubric version " + card.rubric_version + " but the rubric is " +
                     rubric.metadata.version + " (questions may differ)", card.source);
  }
  const Stage* stage = rubric.FindStage(card.stage);
  if (!stage && !rubric.stages.empty()) {
    return MakeError(ErrorCode::kSchema, "stage '" + card.stage + "' is not a stage of the rubric", card.source);
  }
  std::set<std::string> seen;
  for (const auto& r : card.ratings) {
    if (!seen.insert(r.question).second) {
      return MakeError(ErrorCode::kSchema, "question '" + r.question + "' is rated twice", At(card, r.pos));
    }
    FAIRHIRE_RETURN_IF_ERROR(CheckRating(rubric, card, stage, r));
  }
  return OkStatus();
}

}  // namespace fairhire::rubric
