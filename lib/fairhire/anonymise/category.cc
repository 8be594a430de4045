#include "fairhire/anonymise/category.h"

#include <ostream>

#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

struct Names {
  std::string_view upper;
  std::string_view lower;
};

constexpr Names kNames[kCategoryCount] = {
    {"NAME", "name"},           {"EMAIL", "email"},
    {"PHONE", "phone"},         {"URL", "url"},
    {"ADDRESS", "address"},     {"POSTCODE", "postcode"},
    {"CITY", "city"},           {"DATE_OF_BIRTH", "date_of_birth"},
    {"AGE", "age"},             {"BIRTHPLACE", "birthplace"},
    {"CIVILITY", "civility"},   {"NATIONALITY", "nationality"},
    {"FAMILY_STATUS", "family_status"}, {"HEALTH", "health"},
    {"ID_NUMBER", "id_number"}, {"PHOTO", "photo"},
    {"SCHOOL", "school"},
};

}  // namespace

std::string_view CategoryName(Category category) {
  return kNames[static_cast<int>(category)].upper;
}

std::string_view CategoryKey(Category category) {
  return kNames[static_cast<int>(category)].lower;
}

std::optional<Category> ParseCategory(std::string_view text) {
  const std::string lower = core::AsciiLower(text);
  for (int i = 0; i < kCategoryCount; ++i) {
    if (kNames[i].lower == lower) return static_cast<Category>(i);
  }
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& os, Category category) { return os << CategoryName(category); }

std::array<Category, kCategoryCount> AllCategories() {
  std::array<Category, kCategoryCount> all{};
  for (int i = 0; i < kCategoryCount; ++i) all[i] = static_cast<Category>(i);
  return all;
}

}  // namespace fairhire::anonymise
