// DOCX reader and writer on the project's fixture (tests/fixtures/formats/cv.docx): text order and
// content, what the anonymised archive keeps and drops, and hostile archives.
#include <algorithm>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "fairhire/anonymise/formats/docx_internal.h"
#include "formats_test_util.h"
#include "test_util.h"

namespace fairhire::anonymise {
namespace {

namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(formats_docx)
using testing::Fixture;
using testing::LeakedIn;

std::unique_ptr<ParsedDocument> ReadFixture() {
  auto doc = ReadDocument(Fixture("cv.docx"), Format::kDocx, "cv.docx", ReadLimits{});
  BOOST_REQUIRE_MESSAGE(doc, (doc ? "" : doc.error().ToString()));
  return std::move(*doc);
}

const formats::docx::Member* FindMember(const std::vector<formats::docx::Member>& members,
                                        std::string_view name) {
  auto it =
      std::find_if(members.begin(), members.end(), [&](const auto& m) { return m.name == name; });
  return it == members.end() ? nullptr : &*it;
}

BOOST_AUTO_TEST_CASE(TextJoinsRunsAndFollowsDocumentOrder) {
  const std::string text = ReadFixture()->text();
  // Header first, then the body (name split over four runs joined), text box, table cells,
  // footnote, footer last.
  const std::vector<std::string> in_order = {
      "CV — Élodie MARCHETTI\n",
      "Élodie Marchetti\nDéveloppeuse back-end\n",
      "E-mail : elodie.marchetti@example.org\n",
      "Disponible : Élodie Marchetti, dès septembre\n",
      "Développeuse Python chez Datanova (CDI)\n",
      "\n2019\tMaster Informatique, Université Claude Bernard Lyon 1\n2017\tLicence Informatique\n",
      "Certifications vérifiables",
      "elodie.marchetti@example.org · 06 47 82 19 53"};
  std::size_t pos = 0;
  for (const std::string& s : in_order) {
    const std::size_t found = text.find(s, pos);
    BOOST_TEST_REQUIRE(found != std::string::npos, "not found in order: " << s << "\n---\n"
                                                                          << text);
    pos = found + s.size();
  }
}

BOOST_AUTO_TEST_CASE(TrackedDeletionsAndCommentsAreNotText) {
  const std::string text = ReadFixture()->text();
  BOOST_TEST(text.find("SUPPRIME") == std::string::npos);
  BOOST_TEST(text.find("COMMENTAIRE") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(AnonymisedArchiveKeepsNoPersonalDataAnywhere) {
  auto anonymiser = testing::MakeAnonymiser();
  auto result = anonymiser->Anonymise(Fixture("cv.docx"), "cv.docx");
  BOOST_REQUIRE_MESSAGE(result, (result ? "" : result.error().ToString()));
  BOOST_TEST(FormatName(result->output_format) == "docx");
  auto members = formats::docx::ReadZip(result->output, "out.docx", ReadLimits{});
  BOOST_REQUIRE(members);
  for (const auto& m : *members) {
    BOOST_TEST(LeakedIn(m.data).empty(), m.name << " leaks " << LeakedIn(m.data));
    BOOST_TEST(m.data.find("TargetMode=\"External\"") == std::string::npos, m.name);
    BOOST_TEST(!formats::docx::IsDroppedPart(m.name), m.name << " should have been dropped");
  }
  for (std::string_view gone :
       {"word/media/image1.png", "word/comments.xml", "word/people.xml", "customXml/item1.xml"}) {
    BOOST_TEST(!FindMember(*members, gone), gone);
  }
  const auto* document = FindMember(*members, "word/document.xml");
  BOOST_REQUIRE(document);
  for (std::string_view element : {"<w:drawing><wp:inline", "<pic:pic", "<w:del ", "<w:ins ",
                                   "commentReference", "<w:hyperlink", "w:author"}) {
    BOOST_TEST(document->data.find(element) == std::string::npos, element);
  }
  BOOST_TEST(document->data.find("<w:txbxContent>") != std::string::npos);  // the text box stays
  BOOST_TEST(FindMember(*members, "docProps/core.xml")->data.find("creator") == std::string::npos);
  BOOST_TEST(FindMember(*members, "docProps/app.xml")->data.find("Company") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(AnonymisedArchiveReadsBackWithPlaceholders) {
  auto anonymiser = testing::MakeAnonymiser();
  auto result = anonymiser->Anonymise(Fixture("cv.docx"), "cv.docx");
  BOOST_REQUIRE(result);
  auto again = ReadDocument(result->output, Format::kDocx, "out.docx", ReadLimits{});
  BOOST_REQUIRE_MESSAGE(again, (again ? "" : again.error().ToString()));
  const std::string& text = (*again)->text();
  BOOST_TEST(text.find("\n[NAME-1]\n") != std::string::npos, text);
  BOOST_TEST(text.find("E-mail : [EMAIL-1]") != std::string::npos, text);
  BOOST_TEST(text.find("Développeuse Python chez Datanova (CDI)") != std::string::npos, text);
  BOOST_TEST(text.find("Compétences : Python, SQL, Docker") != std::string::npos, text);
  BOOST_TEST(LeakedIn(text).empty(), LeakedIn(text));
}

BOOST_AUTO_TEST_CASE(TextOutputIsTheAnalysedText) {
  auto anonymiser = testing::MakeAnonymiser();
  auto result =
      anonymiser->Anonymise(Fixture("cv.docx"), "cv.docx", std::nullopt, Format::kMarkdown);
  BOOST_REQUIRE(result);
  BOOST_TEST(result->output.rfind("CV — [NAME-1]\n", 0) == 0, result->output);
  BOOST_TEST(LeakedIn(result->output).empty(), LeakedIn(result->output));
}

using testing::BadCase;

const BadCase kBad[] = {
    {"bad/truncated.docx", ErrorCode::kInvalidInput, "corrupt or truncated ZIP archive"},
    {"bad/corrupt.docx", ErrorCode::kInvalidInput, "corrupt or truncated ZIP archive"},
    {"bad/bomb.docx", ErrorCode::kLimitExceeded, "zip bomb"},
    {"bad/entities.docx", ErrorCode::kInvalidInput, "DTD"},
};

BOOST_DATA_TEST_CASE(HostileArchivesGetOneClearError, bdata::make(kBad), c) {
  auto doc = ReadDocument(Fixture(c.file), Format::kDocx, c.file, ReadLimits{});
  testing::ExpectClearError(doc, c);
}

BOOST_AUTO_TEST_CASE(TotalUncompressedSizeIsCappedBeforeInflating) {
  ReadLimits limits;
  limits.max_uncompressed_bytes = 4096;  // the fixture expands to more
  auto doc = ReadDocument(Fixture("cv.docx"), Format::kDocx, "cv.docx", limits);
  BOOST_REQUIRE(!doc);
  BOOST_TEST(doc.error().code == ErrorCode::kLimitExceeded);
}

BOOST_AUTO_TEST_CASE(ZipWithoutDocumentIsNotADocx) {
  auto zip = formats::docx::WriteZip({{"hello.txt", "hi"}});
  BOOST_REQUIRE(zip);
  auto doc = ReadDocument(*zip, Format::kDocx, "x.docx", ReadLimits{});
  BOOST_REQUIRE(!doc);
  BOOST_TEST(doc.error().message.find("word/document.xml") != std::string::npos);
}

struct DroppedCase {
  std::string_view part;
  bool dropped;
};
std::ostream& operator<<(std::ostream& os, const DroppedCase& c) { return os << c.part; }
const DroppedCase kDropped[] = {
    {"word/media/image1.png", true},
    {"word/comments.xml", true},
    {"word/people.xml", true},
    {"customXml/item1.xml", true},
    {"customXml/_rels/item1.xml.rels", true},
    {"docProps/thumbnail.jpeg", true},
    {"word/document.xml", false},
    {"word/_rels/document.xml.rels", false},
    {"word/header1.xml", false},
    {"word/styles.xml", false},
    {"word/_rels/comments.xml.rels", true},
};
BOOST_DATA_TEST_CASE(DroppedParts, bdata::make(kDropped), entry) {
  BOOST_TEST(formats::docx::IsDroppedPart(entry.part) == entry.dropped, entry.part);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
