// PDF, HTML and JSON Resume readers on the project's fixtures, and format detection.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <utility>
#include <vector>

#include "formats_test_util.h"
#include "test_util.h"

namespace fairhire::anonymise {
namespace {

namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(formats_pdf_html_json)
using testing::Fixture;
using testing::LeakedIn;

Result<AnonymisedDocument> AnonymiseFixture(const std::string& name,
                                            std::optional<Format> out = std::nullopt) {
  static auto anonymiser = testing::MakeAnonymiser();
  return anonymiser->Anonymise(Fixture(name), name, std::nullopt, out);
}

BOOST_AUTO_TEST_CASE(PdfColumnsAreReadOneAfterTheOther) {
  auto doc = ReadDocument(Fixture("cv-two-columns.pdf"), Format::kPdf, "cv.pdf", ReadLimits{});
  BOOST_REQUIRE_MESSAGE(doc, (doc ? "" : doc.error().ToString()));
  const std::string& text = (*doc)->text();
  // Left column lines stay together (a physical layout would interleave them with the right
  // column).
  BOOST_TEST(text.find("Élodie MARCHETTI\nelodie.marchetti@example.org\n06 47 82 19 53\n14 rue des "
                       "Tanneurs\n69007 Lyon") != std::string::npos,
             text);
  BOOST_TEST(text.find("Compétences\nPython, SQL, Docker") != std::string::npos, text);
  BOOST_TEST(text.find("CV Marchetti") == std::string::npos);  // the /Title metadata
}

BOOST_AUTO_TEST_CASE(PdfBecomesMarkdownWithoutPersonalData) {
  auto result = AnonymiseFixture("cv-two-columns.pdf");
  BOOST_REQUIRE_MESSAGE(result, (result ? "" : result.error().ToString()));
  BOOST_TEST(FormatName(result->output_format) == "markdown");
  BOOST_TEST(LeakedIn(result->output).empty(), LeakedIn(result->output) << "\n" << result->output);
  BOOST_TEST(result->output.find("[EMAIL-1]") != std::string::npos);
  BOOST_TEST(result->output.find("Datanova") != std::string::npos);
  auto as_docx = AnonymiseFixture("cv-two-columns.pdf", Format::kDocx);
  BOOST_REQUIRE(!as_docx);
  BOOST_TEST(as_docx.error().code == ErrorCode::kInvalidArgument);
}

// A one-page US Letter PDF (612 pt wide) of Courier 11 pt lines (6.6 pt a character), each at
// (x, y).
std::string CourierPdf(const std::vector<std::pair<int, std::string>>& lines_at_y) {
  std::string stream = "BT /F1 11 Tf\n";
  for (const auto& [y, line] : lines_at_y) {
    stream += "1 0 0 1 72 " + std::to_string(y) + " Tm (" + line + ") Tj\n";
  }
  stream += "ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    std::string n = std::to_string(off);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// Regression: a school name the layout wrapped at the right margin ("... Uttarakhand Technical" /
// "University") survived in PDFs; the wrapped line is joined back, lines the author broke are kept.
BOOST_AUTO_TEST_CASE(PdfLinesWrappedAtTheMarginAreJoined) {
  const std::string pdf = CourierPdf({
      {700, "Education"},
      // 72 characters: ends at 547 pt, "University" would not have fit before the margin.
      {687, "2019 - B.Tech in Computer Science and Engineering, Uttarakhand Technical"},
      {674, "University"},
      // Same long line, but the next line is a list item: the author's break.
      {661, "2017 - Diploma in Computer Science and Engineering, Uttarakhand Board of"},
      {648, "* Secondary"},
      {622, "Hobbies"},  // a blank line's gap above: a new paragraph
      {609, "Chess"},    // "Chess" would have fit after "Hobbies": the author's break
  });
  auto doc = ReadDocument(pdf, Format::kPdf, "cv.pdf", ReadLimits{});
  BOOST_REQUIRE_MESSAGE(doc, (doc ? "" : doc.error().ToString()));
  const std::string& text = (*doc)->text();
  BOOST_TEST(text.find("Uttarakhand Technical University") != std::string::npos, text);
  BOOST_TEST(text.find("Board of\n* Secondary\nHobbies\nChess") != std::string::npos, text);
  BOOST_TEST(text.find("Education\n2019") != std::string::npos, text);

  static auto anonymiser = testing::MakeAnonymiser();
  auto result = anonymiser->Anonymise(pdf, "cv.pdf", std::nullopt, std::nullopt);
  BOOST_REQUIRE_MESSAGE(result, (result ? "" : result.error().ToString()));
  BOOST_TEST(result->output.find("Uttarakhand Technical") == std::string::npos, result->output);
  BOOST_TEST(result->output.find("Chess") != std::string::npos, result->output);
}

BOOST_AUTO_TEST_CASE(HtmlLosesActiveContentAndPersonalData) {
  auto result = AnonymiseFixture("cv.html");
  BOOST_REQUIRE_MESSAGE(result, (result ? "" : result.error().ToString()));
  const std::string& html = result->output;
  BOOST_TEST(FormatName(result->output_format) == "html");
  BOOST_TEST(LeakedIn(html).empty(), LeakedIn(html) << "\n" << html);
  for (std::string_view gone :
       {"<script", "<img", "<iframe", "<style", "<link", "<!--", "href=", "title=", "alt="}) {
    BOOST_TEST(html.find(gone) == std::string::npos, gone);
  }
  BOOST_TEST(html.find("<title>CV – [NAME-1]</title>") != std::string::npos, html);
  BOOST_TEST(html.find("Datanova &amp; associés") != std::string::npos, html);
  BOOST_TEST(html.find("charset=UTF-8") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(HtmlTextHasOneLinePerBlock) {
  auto doc = ReadDocument(Fixture("cv.html"), Format::kHtml, "cv.html", ReadLimits{});
  BOOST_REQUIRE(doc);
  const std::string& text = (*doc)->text();
  BOOST_TEST(text.find("CV – Élodie Marchetti\n") == 0, text);
  BOOST_TEST(text.find("\nÉlodie Marchetti\nDéveloppeuse back-end\n") != std::string::npos, text);
  BOOST_TEST(text.find("\nTéléphone : 06 47 82 19 53\n") != std::string::npos, text);
  BOOST_TEST(text.find("tracking") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(JsonResumeFieldsAreStructuralFindings) {
  auto doc = ReadDocument(Fixture("cv.resume.json"), Format::kJsonResume, "cv.json", ReadLimits{});
  BOOST_REQUIRE_MESSAGE(doc, (doc ? "" : doc.error().ToString()));
  std::map<std::string, Category> by_rule;
  for (const Finding& f : (*doc)->StructuralFindings()) by_rule[f.rule] = f.category;
  const std::map<std::string, Category> expected = {
      {"json_resume.basics.name", Category::kName},
      {"json_resume.basics.email", Category::kEmail},
      {"json_resume.basics.phone", Category::kPhone},
      {"json_resume.basics.url", Category::kUrl},
      {"json_resume.basics.image", Category::kPhoto},
      {"json_resume.basics.location.address", Category::kAddress},
      {"json_resume.basics.location.postalCode", Category::kPostcode},
      {"json_resume.basics.location.city", Category::kCity},
      {"json_resume.basics.profiles[].url", Category::kUrl},
      {"json_resume.basics.profiles[].username", Category::kName},
      {"json_resume.education[].institution", Category::kSchool},
      {"json_resume.references[].name", Category::kName}};
  BOOST_TEST(by_rule.size() == expected.size());
  for (const auto& [rule, category] : expected) {
    BOOST_TEST((by_rule.count(rule) == 1 && by_rule[rule] == category), rule);
  }
  const std::string& text = (*doc)->text();
  for (const Finding& f : (*doc)->StructuralFindings()) {
    if (f.rule == "json_resume.basics.name")
      BOOST_TEST(text.substr(f.start, f.end - f.start) == "Élodie Marchetti");
  }
}

BOOST_AUTO_TEST_CASE(JsonResumeStaysAJsonResume) {
  auto result = AnonymiseFixture("cv.resume.json");
  BOOST_REQUIRE(result);
  const std::string& json = result->output;
  BOOST_TEST(LeakedIn(json).empty(), LeakedIn(json) << "\n" << json);
  BOOST_TEST(json.find("\"image\"") == std::string::npos);
  BOOST_TEST(json.find("\"name\": \"Datanova\"") != std::string::npos, json);
  BOOST_TEST(json.find("\"countryCode\": \"FR\"") != std::string::npos, json);
  // Valid JSON with the same fields: it reads back, and the key order is kept.
  auto again = ReadDocument(json, Format::kJsonResume, "out.json", ReadLimits{});
  BOOST_REQUIRE(again);
  BOOST_TEST((*again)->StructuralFindings().size() == 11u);
  BOOST_TEST(json.find("\"basics\"") < json.find("\"work\""));
  BOOST_TEST(json.find("\"work\"") < json.find("\"education\""));
}

using testing::BadCase;
const BadCase kBad[] = {
    {"bad/truncated.pdf", ErrorCode::kInvalidInput, "corrupt"},
    {"bad/encrypted.pdf", ErrorCode::kInvalidInput, "encrypted PDF"},
    {"bad/latin1.html", ErrorCode::kInvalidInput, "invalid UTF-8"},
    {"bad/broken.json", ErrorCode::kInvalidInput, "invalid JSON"},
};
BOOST_DATA_TEST_CASE(BadFilesGetOneClearError, bdata::make(kBad), c) {
  const std::string bytes = Fixture(c.file);
  auto format = DetectFormat(bytes, c.file);
  BOOST_REQUIRE(format);
  auto doc = ReadDocument(bytes, *format, c.file, ReadLimits{});
  testing::ExpectClearError(doc, c);
}

struct DetectCase {
  std::string bytes;
  std::string name;
  Format expected;
};
std::ostream& operator<<(std::ostream& os, const DetectCase& c) { return os << c.name; }
const DetectCase kDetect[] = {
    {"PK\x03\x04word/document.xml", "cv.bin", Format::kDocx},  // content wins over the extension
    {"%PDF-1.7\n", "cv.txt", Format::kPdf},
    {"<!DOCTYPE html><html>", "cv.txt", Format::kHtml},
    {"  <html><body>x", "cv", Format::kHtml},
    {"{\"basics\": {}}", "resume.txt", Format::kJsonResume},
    {"{}", "resume.json", Format::kJsonResume},
    {"# Jean", "cv.md", Format::kMarkdown},
    {"Jean Dupont", "cv", Format::kText},
};
BOOST_DATA_TEST_CASE(FormatIsDetectedFromContentFirst, bdata::make(kDetect), c) {
  auto format = DetectFormat(c.bytes, c.name);
  BOOST_REQUIRE(format);
  BOOST_TEST(FormatName(*format) == FormatName(c.expected));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
