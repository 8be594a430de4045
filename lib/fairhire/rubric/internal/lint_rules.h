// Internal: the table of text rules of the linter (research note interviews.md §3.4): protected
// grounds P01-P16 and the skills-first text rules Q01-Q02. Patterns are phrase patterns
// (phrase_match.h) per language; `except` phrases (any language) suppress a hit they contain, e.g.
// "race condition*" for P04's "race". The structural rules (Q03-Q15) live in linter.cc.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_LINT_RULES_H_
#define FAIRHIRE_RUBRIC_INTERNAL_LINT_RULES_H_

#include <string>
#include <vector>

#include "fairhire/rubric/linter.h"

namespace fairhire::rubric::internal {

struct TextRule {
  const char* id;
  Severity severity;
  const char* title;   // the ground, in recruiter terms
  const char* advice;  // what to ask instead
  std::vector<const char*> fr;
  std::vector<const char*> en;
  std::vector<const char*> except;
};

const std::vector<TextRule>& TextRules();

// Folded words for the "about someone else" test of protected-ground hits (linter_text.cc):
// second-person pronouns and possessives (fr, en), and words that put a protected ground in the
// job's content rather than the candidate's life: users, customers, colleagues, data, form, field,
// record, campaign, supplier, third-person and first-person-plural possessives...
bool IsSecondPerson(const std::string& word);
bool IsSecondPersonPossessive(const std::string& word);
bool IsThirdPartyMarker(const std::string& word);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_LINT_RULES_H_
