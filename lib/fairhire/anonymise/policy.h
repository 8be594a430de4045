// Policy: what the anonymiser does with each category of personal data — replace it with a typed
// placeholder ("[EMAIL-1]"), remove it, generalise it (a city becomes its région, a birth date
// disappears, with `education: generalise` a degree becomes its EQF level), or keep it.
// A policy is a YAML file (docs/policy.md documents every key); unknown keys and values are errors
// at file:line:col. Policy::Default() is the built-in policy: replace everything.
// Thread-safety: plain value.
#ifndef FAIRHIRE_ANONYMISE_POLICY_H_
#define FAIRHIRE_ANONYMISE_POLICY_H_

#include <array>
#include <filesystem>
#include <string>
#include <string_view>

#include "fairhire/anonymise/category.h"
#include "fairhire/anonymise/finding.h"
#include "fairhire/core/result.h"

namespace fairhire::anonymise {

struct Policy {
  std::array<Action, kCategoryCount> actions{};  // all kReplace by default
  bool numbered_placeholders = true;  // "[EMAIL-1]" (true) or "[EMAIL]" (false)
  double min_confidence = 0.5;        // findings below are ignored
  bool generalise_education = false;  // degrees -> EQF level, graduation years dropped

  Action action(Category c) const { return actions[static_cast<int>(c)]; }

  static Policy Default();
  // Parses YAML text; `name` is used in error locations. Errors: kInvalidInput (syntax), kSchema.
  static Result<Policy> Parse(std::string_view yaml, const std::string& name);
  // Reads and parses a policy file. Errors: those of Parse, kNotFound, kIo.
  static Result<Policy> Load(const std::filesystem::path& path);
};

std::optional<Action> ParseAction(std::string_view text);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_POLICY_H_
