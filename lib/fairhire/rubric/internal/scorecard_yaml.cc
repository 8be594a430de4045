#include "fairhire/rubric/internal/scorecard_yaml.h"

#include <cmath>
#include <cstdlib>
#include <initializer_list>

#include "fairhire/core/utf8.h"
#include "fairhire/rubric/internal/scorecard_json.h"
#include "fairhire/rubric/internal/yaml_read.h"
#include "fairhire/rubric/internal/yaml_tree.h"

namespace fairhire::rubric::internal {
namespace {

using Ref = YamlTree::Ref;

// "name:line:col" of a node; "name" for a missing one (as core::yaml::Where).
std::string Where(const std::string& name, const Ref& node) {
  if (node.line() == 0) return name;
  return name + ":" + std::to_string(node.line()) + ":" + std::to_string(node.column());
}

Error SchemaError(const std::string& name, const Ref& node, std::string message) {
  return MakeError(ErrorCode::kSchema, std::move(message), Where(name, node));
}

SourcePos PosOf(const Ref& node) { return {node.line(), node.column()}; }

Status CheckKeys(const std::string& name, const Ref& map, std::initializer_list<std::string_view> allowed,
                 std::string_view context) {
  if (!map.IsMap()) return SchemaError(name, map, std::string(context) + ": expected a mapping of keys to values");
  for (std::size_t i = 0; i < map.size(); i += 2) {
    const Ref key = map.Child(i);
    bool known = false;
    for (std::string_view a : allowed) known = known || a == key.Scalar();
    if (known) continue;
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return SchemaError(name, key, std::string(context) + ": unknown key '" + key.Scalar() + "' (allowed: " + list + ")");
  }
  return OkStatus();
}

// A non-empty text value (any scalar: YAML does not tell a number from a text here).
Result<std::string> Text(const std::string& name, const Ref& node, std::string_view what) {
  if (!node.IsDefined() || node.IsNull()) return SchemaError(name, node, std::string(what) + " is required");
  if (!node.IsScalar()) return SchemaError(name, node, std::string(what) + " must be a text value");
  if (core::TrimWhitespace(node.Scalar()).empty()) return SchemaError(name, node, std::string(what) + " must not be empty");
  return node.Scalar();
}

Result<std::string> OptionalText(const std::string& name, const Ref& node, std::string_view what) {
  if (!node.IsDefined() || node.IsNull()) return std::string();
  return Text(name, node, what);
}

Result<Recommendation> ReadRecommendation(const std::string& name, const Ref& node) {
  if (!node.IsDefined() || node.IsNull()) return Recommendation::kNone;
  auto s = Text(name, node, "overall_recommendation");
  if (!s) return s.error();
  Recommendation r = Recommendation::kNone;
  if (RecommendationFromName(*s, &r)) return r;
  return SchemaError(name, node, "overall_recommendation must be strong_no, no, yes, strong_yes or no_decision");
}

// A rating value: a number, or a text token (e.g. "na") kept as not_assessed for the rubric check.
// raw_score: a number (null = absent).
Status RawScore(const std::string& name, const Ref& node, QuestionRating* q) {
  if (!node.IsDefined() || node.IsNull()) return OkStatus();
  q->raw_score_pos = PosOf(node);
  const std::string& text = node.Scalar();
  char* end = nullptr;
  const double d = std::strtod(text.c_str(), &end);
  if (!node.IsScalar() || text.empty() || end != text.c_str() + text.size() || !std::isfinite(d)) {
    return SchemaError(name, node, "raw_score for '" + q->question + "' must be a number");
  }
  q->raw_score = d;
  return OkStatus();
}

Result<QuestionRating> Rating(const std::string& name, const Ref& item) {
  FAIRHIRE_RETURN_IF_ERROR(CheckKeys(name, item, {"question_id", "value", "raw_score", "evidence"}, "rating"));
  QuestionRating q;
  q.pos = PosOf(item);
  FAIRHIRE_ASSIGN_OR_RETURN(q.question, Text(name, item.Get("question_id"), "rating question_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(q.evidence, OptionalText(name, item.Get("evidence"), "rating evidence"));
  FAIRHIRE_RETURN_IF_ERROR(RawScore(name, item.Get("raw_score"), &q));
  const Ref value = item.Get("value");
  if (q.raw_score && (!value.IsDefined() || value.IsNull())) return q;  // the level comes from the raw score
  std::string raw;
  FAIRHIRE_ASSIGN_OR_RETURN(raw, Text(name, value, "rating value for '" + q.question + "'"));
  SetRatingValue(std::move(raw), &q);
  return q;
}

Status Header(const std::string& name, const Ref& root, Scorecard* c) {
  FAIRHIRE_ASSIGN_OR_RETURN(c->rubric_id, Text(name, root.Get("rubric_id"), "rubric_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->rubric_version, OptionalText(name, root.Get("rubric_version"), "rubric_version"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->stage, Text(name, root.Get("stage_id"), "stage_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->candidate, Text(name, root.Get("candidate_ref"), "candidate_ref (pseudonym)"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->rater, Text(name, root.Get("rater_ref"), "rater_ref"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->submitted_at, OptionalText(name, root.Get("submitted_at"), "submitted_at"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->recommendation, ReadRecommendation(name, root.Get("overall_recommendation")));
  return OkStatus();
}

Result<Scorecard> FromTree(const Ref& root, const std::string& name) {
  FAIRHIRE_RETURN_IF_ERROR(CheckKeys(name, root,
      {"rubric_id", "rubric_version", "stage_id", "candidate_ref", "rater_ref", "submitted_at", "ratings",
       "overall_recommendation", "attestation"}, "scorecard"));
  Scorecard c;
  c.source = name;
  c.where[""] = PosOf(root);
  for (std::size_t i = 0; i < root.size(); i += 2) c.where[root.Child(i).Scalar()] = PosOf(root.Child(i));
  FAIRHIRE_RETURN_IF_ERROR(Header(name, root, &c));
  const Ref ratings = root.Get("ratings");
  if (!ratings.IsSequence()) return SchemaError(name, ratings, "ratings must be a list of {question_id, value, evidence}");
  c.ratings.reserve(ratings.size());
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    auto q = Rating(name, ratings.Child(i));
    if (!q) return q.error();
    c.ratings.push_back(std::move(*q));
  }
  return c;
}

}  // namespace

Result<Scorecard> ParseYamlScorecard(std::string_view text, const std::string& name, bool check_utf8) {
  auto tree = ParseYamlTree(text, name, check_utf8);
  if (!tree) return tree.error();
  return FromTree(tree->root(), name);
}

}  // namespace fairhire::rubric::internal
