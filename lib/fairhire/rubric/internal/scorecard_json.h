// Internal: scorecards from the JSON reader (json_read.h), the fast path of `score`; the same
// fields, rules and messages as the YAML path in scorecard.cc, positions at file:line:col.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_SCORECARD_JSON_H_
#define FAIRHIRE_RUBRIC_INTERNAL_SCORECARD_JSON_H_

#include <string>

#include "fairhire/core/result.h"
#include "fairhire/rubric/internal/json_read.h"
#include "fairhire/rubric/scorecard.h"

namespace fairhire::rubric::internal {

// "strong_no", "no", "yes", "strong_yes", "no_decision" -> *out; false for anything else.
bool RecommendationFromName(const std::string& name, Recommendation* out);

// A rating's value as written: a finite number goes to q->value, anything else (e.g. "na") to
// q->not_assessed. Shared by the JSON and YAML readers.
void SetRatingValue(std::string raw, QuestionRating* q);

// One scorecard object. Errors: kSchema at name:line:col.
Result<Scorecard> ScorecardFromJson(const JsonValue& root, const std::string& name);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_SCORECARD_JSON_H_
