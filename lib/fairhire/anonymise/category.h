// Categories of personal data the anonymiser finds, and the stable names used in placeholders
// ("[EMAIL-1]"), policies ("email: replace") and reports ("EMAIL"). Never renumber or rename: the
// names are part of the report and policy formats.
// Thread-safety: constants and pure functions.
#ifndef FAIRHIRE_ANONYMISE_CATEGORY_H_
#define FAIRHIRE_ANONYMISE_CATEGORY_H_

#include <array>
#include <iosfwd>
#include <optional>
#include <string_view>

namespace fairhire::anonymise {

enum class Category : int {
  kName = 0,        // a person's name (candidate or third party)
  kEmail,           // e-mail address
  kPhone,           // phone number
  kUrl,             // URL or profile link
  kAddress,         // street line, building, lieu-dit, CEDEX line
  kPostcode,        // postal code
  kCity,            // commune / town of residence
  kDateOfBirth,     // birth date
  kAge,             // age ("32 ans", "Age: 29")
  kBirthplace,      // place of birth
  kCivility,        // M., Mme, Mr, Mrs, gender fields
  kNationality,     // nationality, citizenship
  kFamilyStatus,    // marital status, children
  kHealth,          // pregnancy, health, disability
  kIdNumber,        // NIR (French social security number), IBAN
  kPhoto,           // photo or image reference
  kSchool,          // school, university, lycée, IUT
  kCount            // not a category: the number of categories
};

inline constexpr int kCategoryCount = static_cast<int>(Category::kCount);

// "NAME", "EMAIL", ... (upper case; used in placeholders and reports).
std::string_view CategoryName(Category category);
// "name", "email", "date_of_birth", ... (lower case; used as policy keys).
std::string_view CategoryKey(Category category);
// Parses either spelling; nullopt if unknown.
std::optional<Category> ParseCategory(std::string_view text);

// Writes CategoryName (test diagnostics).
std::ostream& operator<<(std::ostream& os, Category category);

// Every category, in enum order.
std::array<Category, kCategoryCount> AllCategories();

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_CATEGORY_H_
