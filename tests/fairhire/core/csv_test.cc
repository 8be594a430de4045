#include "fairhire/core/csv.h"

#include <boost/test/unit_test.hpp>

namespace fairhire::core {
namespace {

BOOST_AUTO_TEST_SUITE(csv)

BOOST_AUTO_TEST_CASE(quoted_fields_separators_and_lines) {
  const std::string text = "a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"multi\nline\";x\nlast";
  std::size_t pos = 0, lines = 0;
  auto r1 = ReadCsvRecord(text, &pos, ';', &lines);
  BOOST_REQUIRE(r1.has_value());
  BOOST_TEST(r1->size() == 3u);
  BOOST_TEST((*r1)[1] == "b;c");
  BOOST_TEST((*r1)[2] == "say \"hi\"");
  BOOST_TEST(lines == 1u);
  auto r2 = ReadCsvRecord(text, &pos, ';', &lines);
  BOOST_REQUIRE(r2.has_value());
  BOOST_TEST((*r2)[0] == "multi\nline");
  BOOST_TEST(lines == 3u);
  auto r3 = ReadCsvRecord(text, &pos, ';', &lines);
  BOOST_REQUIRE(r3.has_value());
  BOOST_TEST((*r3)[0] == "last");
  BOOST_TEST(pos > text.size());
}

BOOST_AUTO_TEST_CASE(unterminated_quote_is_an_error) {
  std::size_t pos = 0;
  auto r = ReadCsvRecord("a,\"open\n", &pos);
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().code == ErrorCode::kInvalidInput);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core
