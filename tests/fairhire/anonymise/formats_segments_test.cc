// RewriteSegments: replacements on the analysed text mapped back onto source pieces.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "fairhire/anonymise/formats/segments.h"

namespace fairhire::anonymise::formats {
namespace {

namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(formats_segments)

struct Case {
  std::vector<std::string> pieces;  // joined by separator "|"
  std::vector<Replacement> replacements;
  std::vector<std::string> expected;
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
  for (const auto& p : c.pieces) os << "[" << p << "]";
  return os;
}

// Text of {"Élo", "die Marc", "hetti"} with no separators: "Élodie Marchetti" (É is 2 bytes).
const Case kCases[] = {
    {{"Jean Dupont"}, {{0, 11, "[NAME-1]"}}, {"[NAME-1]"}},
    {{"Élo", "die Marc", "hetti"}, {{0, 17, "[NAME-1]"}}, {"[NAME-1]", "", ""}},
    {{"Mail: a@b.c", " fin"}, {{6, 11, "[EMAIL-1]"}}, {"Mail: [EMAIL-1]", " fin"}},
    {{"x Jean", "Dupont y"}, {{2, 12, "[NAME-1]"}}, {"x [NAME-1]", " y"}},
    {{"a", "b", "c"}, {}, {"a", "b", "c"}},
    {{"Jean", "Dupont"}, {{0, 4, "[A]"}, {4, 10, "[B]"}}, {"[A]", "[B]"}},
};

BOOST_DATA_TEST_CASE(RewritesPiecesWithoutSeparators, bdata::make(kCases), c) {
  TextBuilder builder(1000);
  for (const auto& p : c.pieces) builder.AddSegment(p);
  const std::string text = builder.TakeText();
  const auto segments = builder.TakeSegments();
  const auto got = RewriteSegments(text, segments, c.replacements);
  BOOST_TEST(got == c.expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(ReplacementStartingInASeparatorGoesToTheNextPiece) {
  TextBuilder builder(1000);
  builder.AddSeparator("name: ");
  builder.AddSegment("Jean Dupont");
  builder.EndLine();
  builder.AddSegment("next");
  const std::string text = builder.TakeText();
  BOOST_TEST(text == "name: Jean Dupont\nnext");
  const auto got = RewriteSegments(text, builder.TakeSegments(), {{0, 17, "[NAME-1]"}});
  BOOST_TEST(got[0] == "[NAME-1]");
  BOOST_TEST(got[1] == "next");
}

BOOST_AUTO_TEST_CASE(TableRowsReadAsOneLineWithTabs) {
  TextBuilder builder(1000);
  for (const char* row : {"Date de naissance|12/03/1994", "Nationalité|française", "|vide"}) {
    const std::string cells(row);
    const std::size_t row_start = builder.text().size();
    const auto bar = cells.find('|');
    if (bar > 0) builder.AddSegment(cells.substr(0, bar));
    builder.EndLine();  // end of the cell's paragraph
    builder.EndCell(row_start);
    builder.AddSegment(cells.substr(bar + 1));
    builder.EndLine();
    builder.EndCell(row_start);
    builder.EndRow();
  }
  BOOST_TEST(builder.text() == "Date de naissance\t12/03/1994\nNationalité\tfrançaise\n\tvide\n");
}

BOOST_AUTO_TEST_CASE(BuilderReportsOverflow) {
  TextBuilder builder(4);
  builder.AddSegment("abcd");
  BOOST_TEST(!builder.overflow());
  builder.AddSeparator("e");
  BOOST_TEST(builder.overflow());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise::formats
