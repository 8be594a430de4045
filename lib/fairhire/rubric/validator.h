// Consistency checks over a loaded rubric: ids unique and referenced, weights positive, every
// question's scale exists and its anchors lie on that scale, every text present in every declared
// locale (and no other), stages reference real questions, lint overrides name a real rule and a
// real question. Missing anchor levels are a lint finding (Q05), not a validation error, so that
// `lint` can explain them. Thread-safety: pure function over a const Rubric.
#ifndef FAIRHIRE_RUBRIC_VALIDATOR_H_
#define FAIRHIRE_RUBRIC_VALIDATOR_H_

#include <vector>

#include "fairhire/core/result.h"
#include "fairhire/rubric/model.h"

namespace fairhire::rubric {

// Every problem found, in file order of discovery; empty = valid. Each error is kSchema with
// where = "file:line:col" of the offending field.
std::vector<Error> ValidateRubric(const Rubric& rubric);

// The question types the schema accepts.
bool IsKnownQuestionType(const std::string& type);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_VALIDATOR_H_
