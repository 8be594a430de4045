// Internal: turns raw findings into disjoint redactions — filters by confidence, widens spans to word
// boundaries (a placeholder never lands inside a word), merges overlaps (the longest finding gives the
// category), applies the policy and numbers placeholders per entity.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_RESOLVER_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_RESOLVER_H_

#include <string_view>
#include <vector>

#include "fairhire/anonymise/finding.h"
#include "fairhire/anonymise/policy.h"

namespace fairhire::anonymise {

std::vector<Redaction> Resolve(std::string_view text, std::vector<Finding> findings, const Policy& policy);

// Entity key used for numbering when a finding has none: folded text, letters and digits only.
std::string DefaultEntityKey(std::string_view span);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_RESOLVER_H_
