// Shared helpers for the format tests: fixture files and the fictional candidate of
// tests/fixtures/formats/make_fixtures.py.
#ifndef FAIRHIRE_TESTS_ANONYMISE_FORMATS_TEST_UTIL_H_
#define FAIRHIRE_TESTS_ANONYMISE_FORMATS_TEST_UTIL_H_

#include <boost/test/unit_test.hpp>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "fairhire/core/result.h"
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

// A bad fixture and the one clear error it must give.
struct BadCase {
  std::string file;
  ErrorCode code;
  std::string message;  // words the message must contain
};
inline std::ostream& operator<<(std::ostream& os, const BadCase& c) { return os << c.file; }

// `doc` (a failed read of c.file) has c's code, a message with c's words, and names the file.
template <typename R>
void ExpectClearError(const R& doc, const BadCase& c) {
  BOOST_REQUIRE(!doc);
  BOOST_TEST(doc.error().code == c.code);
  BOOST_TEST(doc.error().message.find(c.message) != std::string::npos, doc.error().message);
  BOOST_TEST(doc.error().where.rfind(c.file, 0) == 0, doc.error().where);
}

}  // namespace fairhire::anonymise::testing

#endif  // FAIRHIRE_TESTS_ANONYMISE_FORMATS_TEST_UTIL_H_
