// Internal: scorecards from YAML (yaml_tree.h); the same fields, rules, messages and positions as
// the JSON path (scorecard_json.h), except where YAML itself differs: a missing field is reported
// at the file name, a wrong type says only "must be a text value".
#ifndef FAIRHIRE_RUBRIC_INTERNAL_SCORECARD_YAML_H_
#define FAIRHIRE_RUBRIC_INTERNAL_SCORECARD_YAML_H_

#include <string>
#include <string_view>

#include "fairhire/core/result.h"
#include "fairhire/rubric/scorecard.h"

namespace fairhire::rubric::internal {

// One YAML scorecard (the first document of `text`). Errors: kInvalidInput (syntax; invalid UTF-8
// when `check_utf8`), kSchema at name:line:col.
Result<Scorecard> ParseYamlScorecard(std::string_view text, const std::string& name, bool check_utf8 = true);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_SCORECARD_YAML_H_
