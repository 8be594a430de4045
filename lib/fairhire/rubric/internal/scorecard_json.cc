#include "fairhire/rubric/internal/scorecard_json.h"

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

#include "fairhire/core/utf8.h"
#include "fairhire/rubric/internal/yaml_read.h"

namespace fairhire::rubric::internal {
namespace {

using Type = JsonValue::Type;

std::string At(const std::string& name, int line, int column) {
  if (line == 0) return name;
  return name + ":" + std::to_string(line) + ":" + std::to_string(column);
}

Error SchemaError(const std::string& name, const JsonValue* v, const JsonValue& parent, std::string message) {
  const JsonValue& at = v ? *v : parent;
  return MakeError(ErrorCode::kSchema, std::move(message), At(name, at.line, at.column));
}

Status CheckKeys(const std::string& name, const JsonValue& obj, std::initializer_list<std::string_view> allowed,
                 std::string_view context) {
  if (obj.type != Type::kObject) {
    return SchemaError(name, &obj, obj, std::string(context) + ": expected a mapping of keys to values");
  }
  for (const JsonValue& value : obj.members) {
    const std::string& key = value.key;
    bool known = false;
    for (std::string_view a : allowed) known = known || a == key;
    if (known) continue;
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return MakeError(ErrorCode::kSchema, std::string(context) + ": unknown key '" + key + "' (allowed: " + list + ")",
                     At(name, value.key_line, value.key_column));
  }
  return OkStatus();
}

// A non-empty text (a JSON string, or a number's literal as YAML would read it).
Result<std::string> Text(const std::string& name, const JsonValue& obj, std::string_view key, std::string_view what) {
  const JsonValue* v = obj.Find(key);
  if (!v || v->type == Type::kNull) return SchemaError(name, v, obj, std::string(what) + " is required");
  if (v->type != Type::kString && v->type != Type::kNumber) {
    return SchemaError(name, v, obj, std::string(what) + " must be a text value (found " + JsonTypeName(v->type) + ")");
  }
  if (core::TrimWhitespace(v->text).empty()) return SchemaError(name, v, obj, std::string(what) + " must not be empty");
  return v->text;
}

Result<std::string> OptionalText(const std::string& name, const JsonValue& obj, std::string_view key,
                                 std::string_view what) {
  const JsonValue* v = obj.Find(key);
  if (!v || v->type == Type::kNull) return std::string();
  return Text(name, obj, key, what);
}

// raw_score: a JSON number (null = absent).
Status RawScore(const std::string& name, const JsonValue& item, QuestionRating* q) {
  const JsonValue* v = item.Find("raw_score");
  if (!v || v->type == Type::kNull) return OkStatus();
  q->raw_score_pos = {v->line, v->column};
  const std::string what = "raw_score for '" + q->question + "'";
  if (v->type != Type::kNumber) return SchemaError(name, v, item, what + " must be a number (found " + JsonTypeName(v->type) + ")");
  const double d = std::strtod(v->text.c_str(), nullptr);
  if (!std::isfinite(d)) return SchemaError(name, v, item, what + " must be a finite number");
  q->raw_score = d;
  return OkStatus();
}

Result<QuestionRating> Rating(const std::string& name, const JsonValue& item) {
  FAIRHIRE_RETURN_IF_ERROR(CheckKeys(name, item, {"question_id", "value", "raw_score", "evidence"}, "rating"));
  QuestionRating q;
  q.pos = {item.line, item.column};
  FAIRHIRE_ASSIGN_OR_RETURN(q.question, Text(name, item, "question_id", "rating question_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(q.evidence, OptionalText(name, item, "evidence", "rating evidence"));
  FAIRHIRE_RETURN_IF_ERROR(RawScore(name, item, &q));
  const JsonValue* value = item.Find("value");
  if (q.raw_score && (!value || value->type == Type::kNull)) return q;  // the level comes from the raw score
  std::string raw;
  FAIRHIRE_ASSIGN_OR_RETURN(raw, Text(name, item, "value", "rating value for '" + q.question + "'"));
  SetRatingValue(std::move(raw), &q);
  return q;
}

Status Header(const std::string& name, const JsonValue& root, Scorecard* c) {
  FAIRHIRE_ASSIGN_OR_RETURN(c->rubric_id, Text(name, root, "rubric_id", "rubric_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->rubric_version, OptionalText(name, root, "rubric_version", "rubric_version"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->stage, Text(name, root, "stage_id", "stage_id"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->candidate, Text(name, root, "candidate_ref", "candidate_ref (pseudonym)"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->rater, Text(name, root, "rater_ref", "rater_ref"));
  FAIRHIRE_ASSIGN_OR_RETURN(c->submitted_at, OptionalText(name, root, "submitted_at", "submitted_at"));
  std::string rec;
  FAIRHIRE_ASSIGN_OR_RETURN(rec, OptionalText(name, root, "overall_recommendation", "overall_recommendation"));
  if (!rec.empty() && !RecommendationFromName(rec, &c->recommendation)) {
    return SchemaError(name, root.Find("overall_recommendation"), root,
                       "overall_recommendation must be strong_no, no, yes, strong_yes or no_decision");
  }
  return OkStatus();
}

}  // namespace

bool RecommendationFromName(const std::string& name, Recommendation* out) {
  static const std::pair<const char*, Recommendation> kNames[] = {
      {"strong_no", Recommendation::kStrongNo}, {"no", Recommendation::kNo}, {"yes", Recommendation::kYes},
      {"strong_yes", Recommendation::kStrongYes}, {"no_decision", Recommendation::kNoDecision}};
  for (const auto& [n, r] : kNames) {
    if (name == n) {
      *out = r;
      return true;
    }
  }
  return false;
}

Result<Scorecard> ScorecardFromJson(const JsonValue& root, const std::string& name) {
  FAIRHIRE_RETURN_IF_ERROR(CheckKeys(name, root,
      {"rubric_id", "rubric_version", "stage_id", "candidate_ref", "rater_ref", "submitted_at", "ratings",
       "overall_recommendation", "attestation"}, "scorecard"));
  Scorecard c;
  c.source = name;
  c.where[""] = {root.line, root.column};
  for (const JsonValue& value : root.members) c.where[value.key] = {value.key_line, value.key_column};
  FAIRHIRE_RETURN_IF_ERROR(Header(name, root, &c));
  const JsonValue* ratings = root.Find("ratings");
  if (!ratings || ratings->type != Type::kArray) {
    return SchemaError(name, ratings, root, "ratings must be a list of {question_id, value, evidence}");
  }
  c.ratings.reserve(ratings->items.size());
  for (const auto& item : ratings->items) {
    auto q = Rating(name, item);
    if (!q) return q.error();
    c.ratings.push_back(std::move(*q));
  }
  return c;
}

void SetRatingValue(std::string raw, QuestionRating* q) {
  char* end = nullptr;
  const double v = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str() + raw.size() && std::isfinite(v)) {
    q->value = v;
  } else {
    q->not_assessed = std::move(raw);
  }
}

}  // namespace fairhire::rubric::internal
