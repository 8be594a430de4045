// One interviewer's scorecard for one candidate at one stage, read from JSON (fast path), JSON
// Lines, or YAML (one or several documents per file). Candidates and raters are pseudonyms; the evidence notes are never logged or
// echoed in reports. CheckScorecard verifies it against its rubric before scoring.
// Thread-safety: plain values and free functions.
#ifndef FAIRHIRE_RUBRIC_SCORECARD_H_
#define FAIRHIRE_RUBRIC_SCORECARD_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/result.h"
#include "fairhire/rubric/model.h"

namespace fairhire::rubric {

// Overall recommendation: separate from the score and never fed into it (Kuncel et al. 2013).
enum class Recommendation { kNone, kStrongNo, kNo, kYes, kStrongYes, kNoDecision };

// "strong_no", "no", "yes", "strong_yes", "no_decision", or "" for kNone.
const char* RecommendationName(Recommendation r);

struct QuestionRating {
  std::string question;
  std::optional<double> value;  // the level; nullopt = not assessed (never a zero), or derived from raw_score
  std::string not_assessed;     // the token given instead of a number, e.g. "na"
  std::string evidence;
  // An exercise's raw score (e.g. fairhire-assess "score"), converted to a level through the
  // question's exercise.mapping; when `value` is given too, the two must agree.
  std::optional<double> raw_score;
  SourcePos pos;
  SourcePos raw_score_pos;  // where raw_score is written (line 0 when absent)
};

struct Scorecard {
  std::string source;
  std::string rubric_id;
  std::string rubric_version;
  std::string stage;
  std::string candidate;  // pseudonym
  std::string rater;      // pseudonym
  std::string submitted_at;
  std::vector<QuestionRating> ratings;
  Recommendation recommendation = Recommendation::kNone;
  Positions where;
};

// Parses one scorecard: JSON when the text starts with '{' (a strict reader, about 100x faster
// than YAML), otherwise YAML. Errors: kInvalidInput (syntax), kSchema (unknown key, wrong type,
// missing field) with where = "name:line:col" ("name@offset" for invalid UTF-8).
Result<Scorecard> ParseScorecard(std::string_view text, const std::string& name);
Result<Scorecard> LoadScorecard(const std::filesystem::path& path);

// Every scorecard of one file, in order: JSON Lines when `name` ends in .jsonl or .ndjson (one
// object per line, blank lines skipped); JSON when the text starts with '{' or '[' (one object or
// an array of objects); otherwise YAML with one or more documents separated by "---". Positions
// are lines of the whole file. Same errors as ParseScorecard; files up to 512 MiB.
Result<std::vector<Scorecard>> ParseScorecards(std::string_view text, const std::string& name);
Result<std::vector<Scorecard>> LoadScorecards(const std::filesystem::path& path);

// The scorecard belongs to this rubric (id and version), its stage exists, every rated question
// exists (and is part of the stage), values are whole levels on the question's scale or one of
// its not_assessed tokens, evidence is present where the rubric requires it. A raw_score is only
// accepted on a question with an exercise mapping, within its score_range and at or above the
// first mapping point, and must map to `value` when both are given. Errors: kSchema at the
// rating (at the raw_score for raw-score errors). `rubric` should have passed ValidateRubric.
Status CheckScorecard(const Rubric& rubric, const Scorecard& card);

// The level a rating accepted by CheckScorecard contributes: its value, else the level of its
// raw_score through the question's exercise mapping; nullopt when not assessed.
std::optional<double> RatedLevel(const Question& question, const QuestionRating& rating);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_SCORECARD_H_
