#include "fairhire/rubric/scorecard.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "fairhire/core/file.h"
#include "fairhire/core/utf8.h"
#include "fairhire/rubric/internal/json_read.h"
#include "fairhire/rubric/internal/scorecard_json.h"
#include "fairhire/rubric/internal/scorecard_yaml.h"

namespace fairhire::rubric {
namespace {

constexpr std::size_t kMaxScorecardBytes = 16u << 20;
constexpr std::size_t kMaxBatchBytes = 512u << 20;

// JSON when the first significant character opens an object or an array (a UTF-8 BOM is skipped).
bool LooksLikeJson(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return false;
}

bool IsJsonLinesName(const std::string& name) {
  const std::string ext = std::filesystem::path(name).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

// One scorecard: JSON when it looks like JSON, otherwise YAML. `check_utf8` = false when the caller
// has already checked the whole file.
Result<Scorecard> ParseOne(std::string_view text, const std::string& name, bool check_utf8) {
  if (LooksLikeJson(text)) {
    auto root = internal::ParseJson(text, name);
    if (!root) return root.error();
    return internal::ScorecardFromJson(*root, name);
  }
  return internal::ParseYamlScorecard(text, name, check_utf8);
}

// One object, or an array of objects.
Result<std::vector<Scorecard>> ParseJsonCards(std::string_view text, const std::string& name) {
  auto root = internal::ParseJson(text, name);
  if (!root) return root.error();
  std::vector<Scorecard> out;
  if (root->type != internal::JsonValue::Type::kArray) {
    auto card = internal::ScorecardFromJson(*root, name);
    if (!card) return card.error();
    out.push_back(std::move(*card));
    return out;
  }
  out.reserve(root->items.size());
  for (const auto& item : root->items) {
    auto card = internal::ScorecardFromJson(item, name);
    if (!card) return card.error();
    out.push_back(std::move(*card));
  }
  return out;
}

// JSON Lines: one scorecard object per line; blank lines are skipped.
Result<std::vector<Scorecard>> ParseJsonLines(std::string_view text, const std::string& name) {
  std::vector<Scorecard> out;
  int line = 0;
  while (!text.empty()) {
    ++line;
    const std::size_t eol = text.find('\n');
    const std::string_view row = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    if (core::TrimWhitespace(row).empty()) continue;
    auto root = internal::ParseJson(row, name, line);
    if (!root) return root.error();
    auto card = internal::ScorecardFromJson(*root, name);
    if (!card) return card.error();
    out.push_back(std::move(*card));
  }
  return out;
}

// A "---" document marker at the start of a line (YAML forbids it inside content).
bool IsDocumentMarker(std::string_view line) {
  return line.substr(0, 3) == "---" && (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r');
}

// Only blank lines, comments and directives: nothing to parse on its own.
bool IsPreamble(std::string_view doc) {
  while (!doc.empty()) {
    const std::size_t eol = doc.find('\n');
    const std::string_view line = core::TrimWhitespace(doc.substr(0, eol));
    if (!line.empty() && line[0] != '#' && line[0] != '%' && !IsDocumentMarker(line)) return false;
    doc.remove_prefix(eol == std::string_view::npos ? doc.size() : eol + 1);
  }
  return true;
}

// Adds `lines` to the line of a "name:line:col" location.
void ShiftWhere(const std::string& name, int lines, Error* e) {
  if (lines == 0 || e->where.compare(0, name.size() + 1, name + ":") != 0) return;
  const std::size_t colon = e->where.find(':', name.size() + 1);
  if (colon == std::string::npos) return;
  const int line = std::atoi(e->where.c_str() + name.size() + 1);
  e->where = name + ":" + std::to_string(line + lines) + e->where.substr(colon);
}

Result<Scorecard> ParseYamlDocument(std::string_view doc, const std::string& name, int first_line) {
  auto card = ParseOne(doc, name, /*check_utf8=*/false);  // the whole file was checked
  if (!card) {
    Error e = card.error();
    ShiftWhere(name, first_line - 1, &e);
    return e;
  }
  for (auto& r : card->ratings) r.pos.line += r.pos.line ? first_line - 1 : 0;
  for (auto& [key, pos] : card->where) pos.line += pos.line ? first_line - 1 : 0;
  return card;
}

// YAML with one or more documents separated by "---" lines. Each document is parsed on its own
// (yaml-cpp's LoadAll keeps every node tree alive: 450 MiB for 10,000 scorecards); positions are
// lines of the whole file.
Result<std::vector<Scorecard>> ParseYamlDocuments(std::string_view text, const std::string& name) {
  if (auto bad = core::FindInvalidUtf8(text)) {
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence", name + "@" + std::to_string(*bad));
  }
  std::vector<Scorecard> out;
  std::size_t doc_start = 0;
  int line = 1, doc_line = 1;
  auto flush = [&](std::size_t end) -> Status {
    const std::string_view doc = text.substr(doc_start, end - doc_start);
    if (IsPreamble(doc)) return OkStatus();
    auto card = ParseYamlDocument(doc, name, doc_line);
    if (!card) return card.error();
    out.push_back(std::move(*card));
    return OkStatus();
  };
  for (std::size_t pos = 0; pos < text.size(); ++line) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    if (pos > doc_start && IsDocumentMarker(text.substr(pos, eol - pos)) && !IsPreamble(text.substr(doc_start, pos - doc_start))) {
      FAIRHIRE_RETURN_IF_ERROR(flush(pos));
      doc_start = pos;
      doc_line = line;
    }
    pos = eol + 1;
  }
  FAIRHIRE_RETURN_IF_ERROR(flush(text.size()));
  return out;
}

std::string At(const Scorecard& c, const SourcePos& pos) {
  if (pos.line == 0) return c.source;
  return c.source + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// Shortest decimal form: 73.5, 100, 0.25.
std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// The exercise a raw score converts through: one with mapping points, else nullptr.
const Exercise* ScoredExercise(const Question& q) {
  return q.exercise && !q.exercise->points.empty() ? &*q.exercise : nullptr;
}

// A raw score is on a mapped exercise, within score_range, at or above the first point, and maps to
// the level given in `value`, if any.
Status CheckRawScore(const Scorecard& card, const Question& q, const QuestionRating& r) {
  const std::string at = At(card, r.raw_score_pos.line ? r.raw_score_pos : r.pos);
  const std::string raw = Num(*r.raw_score);
  const Exercise* e = ScoredExercise(q);
  if (!e) {
    return MakeError(ErrorCode::kSchema, "question '" + q.id + "' has no exercise mapping to convert a raw_score "
                     "(only technical exercises with exercise.mapping take one): give its level in value", at);
  }
  if (!r.value && !r.not_assessed.empty()) {
    return MakeError(ErrorCode::kSchema, "rating of '" + q.id + "' gives a raw_score and value '" + r.not_assessed +
                     "': leave value out, or give the level the raw score maps to", at);
  }
  if ((e->score_min && *r.raw_score < *e->score_min) || (e->score_max && *r.raw_score > *e->score_max)) {
    return MakeError(ErrorCode::kSchema, "raw_score " + raw + " for '" + q.id + "' is outside the exercise score_range " +
                     (e->score_min ? Num(*e->score_min) : "") + ".." + (e->score_max ? Num(*e->score_max) : ""), at);
  }
  const std::optional<int> level = e->LevelFor(*r.raw_score);
  if (!level) {
    return MakeError(ErrorCode::kSchema, "raw_score " + raw + " for '" + q.id + "' is below the first mapping point (" +
                     Num(e->points.front().first) + ")", at);
  }
  if (r.value && *r.value != *level) {
    return MakeError(ErrorCode::kSchema, "value " + Num(*r.value) + " for '" + q.id + "' does not match raw_score " + raw +
                     ", which maps to level " + std::to_string(*level), at);
  }
  return OkStatus();
}

Status CheckRating(const Rubric& rubric, const Scorecard& card, const Stage* stage, const QuestionRating& r) {
  const Question* q = rubric.FindQuestion(r.question);
  if (!q) return MakeError(ErrorCode::kSchema, "question '" + r.question + "' is not in rubric " + rubric.metadata.id, At(card, r.pos));
  if (stage && !stage->questions.empty() &&
      std::find(stage->questions.begin(), stage->questions.end(), q->id) == stage->questions.end()) {
    return MakeError(ErrorCode::kSchema, "question '" + q->id + "' is not part of stage '" + stage->id + "'", At(card, r.pos));
  }
  const Scale* s = rubric.FindScale(q->scale);
  if (r.raw_score) FAIRHIRE_RETURN_IF_ERROR(CheckRawScore(card, *q, r));
  if (!r.value && !r.raw_score) {
    const std::string& token = r.not_assessed;
    const bool ok = token == "na" || (s && std::count(s->not_assessed.begin(), s->not_assessed.end(), token) > 0);
    if (!ok) return MakeError(ErrorCode::kSchema, "value for '" + q->id + "' must be a level of the scale or na", At(card, r.pos));
    return OkStatus();
  }
  if (s && r.value && (*r.value != std::floor(*r.value) || *r.value < s->min || *r.value > s->max)) {
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

std::optional<double> RatedLevel(const Question& question, const QuestionRating& rating) {
  if (rating.value) return rating.value;
  const Exercise* e = rating.raw_score ? ScoredExercise(question) : nullptr;
  if (!e) return std::nullopt;
  const std::optional<int> level = e->LevelFor(*rating.raw_score);
  if (!level) return std::nullopt;
  return static_cast<double>(*level);
}

Result<Scorecard> ParseScorecard(std::string_view text, const std::string& name) {
  return ParseOne(text, name, /*check_utf8=*/true);
}

Result<Scorecard> LoadScorecard(const std::filesystem::path& path) {
  auto text = core::ReadFile(path, kMaxScorecardBytes);
  if (!text) return text.error();
  return ParseScorecard(*text, path.string());
}

Result<std::vector<Scorecard>> ParseScorecards(std::string_view text, const std::string& name) {
  if (IsJsonLinesName(name)) return ParseJsonLines(text, name);
  if (LooksLikeJson(text)) return ParseJsonCards(text, name);
  return ParseYamlDocuments(text, name);
}

Result<std::vector<Scorecard>> LoadScorecards(const std::filesystem::path& path) {
  auto text = core::ReadFile(path, kMaxBatchBytes);
  if (!text) return text.error();
  return ParseScorecards(*text, path.string());
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
