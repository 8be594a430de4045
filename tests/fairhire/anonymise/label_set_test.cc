// Table tests of LabelSet, the prepared label lists the detectors search on every line ("Nationalité :",
// "born in", "Nom de famille : …"): word boundaries, case and accent folding, list order over position,
// separators and the colon-optional mode; and of the per-line folded offsets of TextView it relies on.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/text_view.h"

namespace fairhire::anonymise {
namespace {

using detectors::LabelSet;

constexpr const char* kNone = "<none>";

struct Case {
  std::vector<std::string_view> labels;
  std::string text;  // the first line is searched
  bool colon_required;
  std::string value;  // the rest of the line after the label and its separator, or kNone
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.text.substr(0, 40); }

// The rest of line 0 from the offset Find returns, or kNone.
std::string RestAfter(const LabelSet& set, const std::string& text, bool colon_required) {
  const TextView view(text);
  const std::size_t after = set.Find(view, 0, colon_required);
  if (after == std::string::npos) return kNone;
  const std::size_t end = view.lines()[0].end;
  BOOST_REQUIRE(after <= end);
  return text.substr(after, end - after);
}

const Case kCases[] = {
    // Case and accents fold; the value starts after the separator and its spaces.
    {{"nationalite"}, "Nationalité : marocaine", true, "marocaine"},
    {{"nationalite"}, "NATIONALITÉ: française", true, "française"},
    {{"nationalite"}, "**Nationalité** : française", true, "française"},
    // Anywhere in the line, after other fields.
    {{"nationalite"}, "Permis B | Nationalité : française", true, "française"},
    // Never inside a word, on either side.
    {{"age"}, "Langages: C++, Python", true, kNone},
    {{"age"}, "Stage: 6 mois", true, kNone},
    {{"nom"}, "Nombre : 3", true, kNone},
    {{"tel"}, "Telephone: 06 12 34 56 78", true, kNone},
    {{"tel", "telephone"}, "Telephone: 06 12 34 56 78", true, "06 12 34 56 78"},
    // The first word of a label must be a word of the line: "pin" inside "Spin" is not the label.
    {{"pin code"}, "Spin code: 1234", false, kNone},
    // Overlapping labels: list order decides, not the position or the length.
    {{"nom", "nom de famille"}, "Nom de famille : Benali", true, "Benali"},
    {{"nom", "nom de famille"}, "Nom de famille : Benali", false, "de famille : Benali"},
    {{"nom de famille", "nom"}, "Nom de famille : Benali", false, "Benali"},
    {{"tel", "mobile"}, "Mobile : 0611 | Tel : 0122", true, "0122"},
    // A later occurrence of the same label when the first has no separator.
    {{"contact"}, "Contact details | Contact : 06 12", true, "06 12"},
    // Separators: ':', '=', "- ", an en dash, a column gap (two spaces or a tab), a label alone.
    {{"nationality"}, "Nationality = British", true, "British"},
    {{"nationalite"}, "Nationalité - française", true, "française"},
    {{"nationalite"}, "Nationalité \xE2\x80\x93 française", true, "française"},
    {{"nationality"}, "Nationality        British", true, "British"},
    {{"nationality"}, "Nationality\tBritish", true, "British"},
    {{"date de naissance"}, "Date de naissance\n08-09-2001", true, ""},
    {{"nationality"}, "Nationality British", true, kNone},
    // Plural and feminine marks after the label.
    {{"adresse"}, "Adresse(s) : 12 rue des Lilas", true, "12 rue des Lilas"},
    {{"ne le"}, "Né(e) le 3 mars 1990", false, kNone},  // "(e)" sits inside the label, not after it
    {{"ne(e) le"}, "Né(e) le 3 mars 1990", false, "3 mars 1990"},
    // Without a required colon, a phrase introduces its value directly.
    {{"born"}, "born in Lagos", true, kNone},
    {{"born"}, "born in Lagos", false, "in Lagos"},
    {{"lives in"}, "Data analyst. Lives in Leeds, UK", false, "Leeds, UK"},
    // A long line without any separator character cannot hold a colon label.
    {{"nationalite"}, "je suis de nationalite francaise depuis toujours", true, kNone},
    {{"nationalite"}, "je suis de nationalite francaise depuis toujours", false, "francaise depuis toujours"},
    // (A label ending its line counts, but not on a long line without any separator character.)
    {{"nationalite"}, "suis de nationalite", true, ""},
    {{"nationalite"}, "je suis de la nationalite", true, kNone},
    {{"nationalite"}, "je suis. de la nationalite", true, kNone},
    {{"nationalite"}, "je-suis de la nationalite", true, ""},
    {{"nationalite"}, "je suis  de la nationalite", true, ""},
    {{"nationalite"}, "je suis\tde la nationalite", true, ""},
    {{"nationalite"}, "je suis = de la nationalite", true, ""},
    {{"nationalite"}, "je suis : de la nationalite", true, ""},
    {{"nationalite"}, "je suis \xE2\x80\x94 de la nationalite", true, ""},
    // A label that does not start with a letter or digit (an emoji) is searched as such.
    {{"\xF0\x9F\x93\x8D"}, "\xF0\x9F\x93\x8D Lyon, France", false, "Lyon, France"},
    // Only the given line is searched.
    {{"nationality"}, "Skills\nNationality: British", true, kNone},
};

BOOST_AUTO_TEST_SUITE(label_set)

BOOST_DATA_TEST_CASE(table, boost::unit_test::data::make(kCases), c) {
  const LabelSet set(std::span<const std::string_view>(c.labels));
  BOOST_TEST(RestAfter(set, c.text, c.colon_required) == c.value);
}

// A set answers like its labels tried one by one, in order (how the location detector used them).
BOOST_DATA_TEST_CASE(set_is_first_of_its_labels_in_order, boost::unit_test::data::make(kCases), c) {
  const std::vector<std::string_view> labels = {"nom", "nom de famille", "nationalite", "nationality", "tel",
                                                "telephone", "mobile", "contact", "born", "lives in", "age",
                                                "adresse", "ne(e) le", "date de naissance"};
  for (bool colon_required : {true, false}) {
    std::string expected = kNone;
    for (std::string_view label : labels) {
      expected = RestAfter(LabelSet{label}, c.text, colon_required);
      if (expected != kNone) break;
    }
    BOOST_TEST(RestAfter(LabelSet(labels), c.text, colon_required) == expected);
  }
}

BOOST_AUTO_TEST_SUITE_END()

// Line::fstart/fend are the first folded bytes mapped at or after the line's start/end.
BOOST_AUTO_TEST_CASE(line_folded_offsets_match_the_offset_map) {
  const std::string texts[] = {"", "\n", "abc", "Œuvre ﬁne\nStraße 5\r\n\nÉlodie — ÂGE : 29\n",
                               "\xF0\x9F\x93\x8D Lyon\n\n\nfin", "ligne\n"};
  for (const std::string& text : texts) {
    const TextView view(text);
    const std::string& folded = view.folded();
    auto folded_of = [&](std::size_t source) {
      std::size_t f = 0;
      while (f < folded.size() && view.SourceOffset(f) < source) ++f;
      return f;
    };
    for (const Line& l : view.lines()) {
      BOOST_TEST(l.fstart == folded_of(l.start), text);
      BOOST_TEST(l.fend == folded_of(l.end), text);
    }
  }
}

}  // namespace
}  // namespace fairhire::anonymise
