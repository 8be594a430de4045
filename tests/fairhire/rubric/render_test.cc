// The interviewer's kit: every question and anchor in the chosen language, self-contained HTML
// with A4 print rules, Markdown, escaping.
#include <boost/test/unit_test.hpp>

#include "fairhire/rubric/render.h"
#include "test_util.h"

namespace fairhire::rubric {
namespace {

BOOST_AUTO_TEST_SUITE(render)

Rubric Mini() {
  auto r = ParseRubric(testing::MiniRubric(), "mini.yaml");
  BOOST_REQUIRE(r.has_value());
  return *r;
}

BOOST_AUTO_TEST_CASE(html_is_self_contained_and_complete) {
  const Rubric r = Mini();
  auto html = RenderKit(r, "fr", KitFormat::kHtml);
  BOOST_REQUIRE(html.has_value());
  BOOST_CHECK(html->find("@page{size:A4") != std::string::npos);
  BOOST_CHECK(html->find("<script") == std::string::npos);
  BOOST_CHECK(html->find("<link") == std::string::npos);
  BOOST_CHECK(html->find("src=") == std::string::npos);
  for (const auto& q : r.questions) {
    BOOST_CHECK(html->find(q.text.at("fr")) != std::string::npos);
    for (const auto& [level, a] : q.anchors) BOOST_CHECK(html->find(a.at("fr")) != std::string::npos);
    BOOST_CHECK(html->find(q.text.at("en")) == std::string::npos);
  }
}

BOOST_AUTO_TEST_CASE(markdown_and_escaping) {
  std::string yaml = testing::MiniRubric();
  const std::string from = "Tell us about an analysis you led.";
  yaml.replace(yaml.find(from), from.size(), "Tell us about an analysis you led <b>with</b> data | tables.");
  auto r = ParseRubric(yaml, "mini.yaml");
  BOOST_REQUIRE(r.has_value());
  auto html = RenderKit(*r, "en", KitFormat::kHtml);
  BOOST_REQUIRE(html.has_value());
  BOOST_CHECK(html->find("&lt;b&gt;with&lt;/b&gt;") != std::string::npos);
  auto md = RenderKit(*r, "en", KitFormat::kMarkdown);
  BOOST_REQUIRE(md.has_value());
  BOOST_CHECK(md->find("data \\| tables") != std::string::npos);
  BOOST_CHECK(md->find("| 5 ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(exercise_mapping_is_in_the_kit) {
  std::string yaml = testing::MiniRubric();
  const std::string from = "    type: past_behaviour\n";
  yaml.replace(yaml.find(from), from.size(),
               "    type: technical_exercise\n    exercise: {score_range: {min: 0, max: 100}, blind_grading: true,\n"
               "      mapping: {type: piecewise, points: [[0, 1], [40, 2], [62.5, 3], [75, 4], [90, 5]]}}\n");
  auto r = ParseRubric(yaml, "mini.yaml");
  BOOST_REQUIRE(r.has_value());
  auto md = RenderKit(*r, "fr", KitFormat::kMarkdown);
  BOOST_REQUIRE(md.has_value());
  BOOST_CHECK_MESSAGE(md->find("score brut 0–100; niveau 1 dès 0, niveau 2 dès 40, niveau 3 dès 62.5") != std::string::npos, *md);
  auto html = RenderKit(*r, "en", KitFormat::kHtml);
  BOOST_REQUIRE(html.has_value());
  BOOST_CHECK(html->find("Exercise: raw score 0–100; level 1 from 0") != std::string::npos);
  BOOST_CHECK(html->find("blind grading") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(undeclared_language_is_rejected) {
  auto kit = RenderKit(Mini(), "de", KitFormat::kHtml);
  BOOST_REQUIRE(!kit.has_value());
  BOOST_CHECK_EQUAL(kit.error().code, ErrorCode::kInvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
