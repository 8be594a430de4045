#include "fairhire/core/utf8.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <string>

namespace fairhire::core {
namespace {

struct InvalidCase {
  std::string text;
  std::size_t offset;
};
std::ostream& operator<<(std::ostream& os, const InvalidCase& c) { return os << c.offset; }

const InvalidCase kInvalid[] = {
    {"abc\xff", 3},                 // never valid
    {"\xc3", 0},                    // truncated
    {"ok \xc0\xaf", 3},             // overlong '/'
    {"\xe0\x80\xaf", 0},            // overlong 3-byte
    {"x\xed\xa0\x80", 1},           // surrogate
    {"\xf4\x90\x80\x80", 0},        // above U+10FFFF
    {"caf\xc3\xa9 \x80", 6},        // lone continuation after valid é
};

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_DATA_TEST_CASE(invalid_sequences_are_located, boost::unit_test::data::make(kInvalid), c) {
  auto bad = FindInvalidUtf8(c.text);
  BOOST_REQUIRE(bad.has_value());
  BOOST_TEST(*bad == c.offset);
  auto s = ValidateUtf8(c.text, "cv.txt");
  BOOST_TEST(!s);
  BOOST_TEST(s.error().where == "cv.txt@" + std::to_string(c.offset));
}

BOOST_AUTO_TEST_CASE(valid_text_passes) {
  BOOST_TEST(!FindInvalidUtf8("Élodie N’Diaye — 東京 😀").has_value());
}

BOOST_AUTO_TEST_CASE(fold_strips_accents_case_and_typography) {
  BOOST_TEST(Fold("Éloïse MÜLLER") == "eloise muller");
  BOOST_TEST(Fold("N’Diaye Œuvre straße") == "n'diaye oeuvre strasse");
  BOOST_TEST(Fold("Jean‑Pierre") == "jean-pierre");
}

BOOST_AUTO_TEST_CASE(fold_offsets_map_back_to_source) {
  const std::string src = "Zoé Œil x";
  FoldedText f = FoldWithOffsets(src);
  BOOST_TEST(f.text == "zoe oeil x");
  BOOST_REQUIRE(f.source_offset.size() == f.text.size() + 1);
  BOOST_TEST(f.source_offset[2] == 2u);   // 'e' comes from é at byte 2
  BOOST_TEST(f.source_offset[3] == 4u);   // the space after é (2 bytes)
  BOOST_TEST(f.source_offset[4] == 5u);   // 'o' of Œ
  BOOST_TEST(f.source_offset[5] == 5u);   // 'e' of Œ
  BOOST_TEST(f.source_offset.back() == src.size());
}

BOOST_AUTO_TEST_CASE(word_boundaries_see_unicode_letters) {
  const std::string s = "née Ab-c";
  BOOST_TEST(IsWordBoundaryBefore(s, 0));
  BOOST_TEST(!IsWordBoundaryBefore(s, 1));
  BOOST_TEST(!IsWordBoundaryAfter(s, 1));  // é starts at 1
  BOOST_TEST(IsWordBoundaryAfter(s, 4));   // space
  BOOST_TEST(IsWordBoundaryBefore(s, 8));  // after '-'
}

BOOST_AUTO_TEST_CASE(decode_and_encode_round_trip) {
  for (char32_t cp : {U'a', U'é', U'€', U'😀'}) {
    std::string s;
    AppendUtf8(cp, &s);
    std::size_t len = 0;
    BOOST_TEST(static_cast<std::uint32_t>(DecodeAt(s, 0, &len)) == static_cast<std::uint32_t>(cp));
    BOOST_TEST(len == s.size());
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core
