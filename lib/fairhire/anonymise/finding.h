// A Finding is one span of personal data found in a document's text: byte offsets into the UTF-8
// text the detectors saw, the category, the rule that fired (stable id such as "phone.libphonenumber",
// used for traceability in reports) and a confidence in [0, 1]. Findings never carry the text itself,
// so they can be logged and reported; `entity_key` (optional) groups spans that denote the same entity
// so they share a numbered placeholder, and is never written out.
// Thread-safety: plain value.
#ifndef FAIRHIRE_ANONYMISE_FINDING_H_
#define FAIRHIRE_ANONYMISE_FINDING_H_

#include <cstddef>
#include <string>

#include "fairhire/anonymise/category.h"

namespace fairhire::anonymise {

struct Finding {
  std::size_t start = 0;  // byte offset, inclusive
  std::size_t end = 0;    // byte offset, exclusive
  Category category = Category::kName;
  std::string rule;         // stable rule id, e.g. "email.address"
  double confidence = 1.0;  // in [0, 1]
  std::string entity_key;   // same key within a category => same placeholder number; empty => folded text
  std::string generalised;  // what `generalise` writes (e.g. the région of a city); empty => "[CATEGORY]"
};

// What the policy decided for a category.
enum class Action { kReplace = 0, kRemove, kGeneralise, kKeep };

std::string_view ActionName(Action action);

// A finding after resolution and policy: what was done and which placeholder stands in the output.
struct Redaction {
  Finding finding;
  Action action = Action::kReplace;
  std::string placeholder;  // "[EMAIL-1]", "" when removed or kept, or the generalised value's tag
};

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_FINDING_H_
