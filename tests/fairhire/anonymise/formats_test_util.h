// Shared helpers for the format tests: fixture files and the fictional candidate of
// tests/fixtures/formats/make_fixtures.py.
#ifndef FAIRHIRE_TESTS_ANONYMISE_FORMATS_TEST_UTIL_H_
#define FAIRHIRE_TESTS_ANONYMISE_FORMATS_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::testing {

inline std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(FAIRHIRE_SOURCE_DIR) + "/tests/fixtures/formats/" + name,
                   std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Every string identifying the fictional candidate (or her referee) somewhere in the fixtures.
inline const std::vector<std::string>& PersonalStrings() {
  static const std::vector<std::string> strings = {
      "Marchetti", "MARCHETTI", "Élodie",         "elodie", "Castagnet", "06 47 82 19 53",
      "Tanneurs",  "69007",     "Claude Bernard", "SECRET", "photo-"};
  return strings;
}

// The personal strings present in `text` (folded comparison), for readable failure messages.
inline std::string LeakedIn(const std::string& text) {
  const std::string folded = core::Fold(text);
  std::string leaked;
  for (const std::string& s : PersonalStrings()) {
    if (folded.find(core::Fold(s)) != std::string::npos) leaked += (leaked.empty() ? "" : ", ") + s;
  }
  return leaked;
}

}  // namespace fairhire::anonymise::testing

#endif  // FAIRHIRE_TESTS_ANONYMISE_FORMATS_TEST_UTIL_H_
