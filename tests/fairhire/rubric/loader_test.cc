// Schema and consistency errors point at file:line:col with a message a recruiter understands.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "fairhire/rubric/loader.h"
#include "fairhire/rubric/scorecard.h"
#include "fairhire/rubric/validator.h"
#include "test_util.h"

namespace fairhire::rubric {
namespace {

namespace bdata = boost::unit_test::data;

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, from);
  return s.replace(at, from.size(), to);
}

BOOST_AUTO_TEST_SUITE(loader)

BOOST_AUTO_TEST_CASE(mini_rubric_loads) {
  auto r = ParseRubric(testing::MiniRubric(), "mini.yaml");
  BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().ToString()));
  BOOST_CHECK_EQUAL(r->metadata.id, "mini");
  BOOST_REQUIRE_EQUAL(r->questions.size(), 2u);
  BOOST_CHECK_EQUAL(r->questions[0].anchors.size(), 5u);
  BOOST_CHECK_EQUAL(r->questions[0].anchors.at(3).at("en"), "Describes data, method and a result checked end to end.");
  BOOST_CHECK_EQUAL(r->Where(r->questions[1].where, "text"), "mini.yaml:25:5");
  BOOST_CHECK(ValidateRubric(*r).empty());
}

// Loader (schema) errors: first error, positioned.
BOOST_DATA_TEST_CASE(schema_errors,
                     bdata::make({std::string("kind: InterviewRubric\n"), std::string("    scale: s5\n    text: {fr"),
                                  std::string("apiVersion: fairhire/v1"), std::string("weight: 0.5}\n  - {id: b"),
                                  std::string("    type: past_behaviour\n    competencies: [a]"),
                                  std::string("scales:\n")}) ^
                         bdata::make({std::string("kind: InterviewRubric\ncolour: blue\n"),
                                      std::string("    scale: s5\n    hint: x\n    text: {fr"),
                                      std::string("apiVersion: rubric.toolkit/v1"),
                                      std::string("weight: heavy}\n  - {id: b"),
                                      std::string("    type: past_behaviour\n    competencies: {a: 1}"),
                                      std::string("scales: [\n")}) ^
                         bdata::make({std::string("t.yaml:3:1"), std::string("t.yaml:14:5"), std::string("t.yaml:1:13"),
                                      std::string("t.yaml:7:56"), std::string("t.yaml:12:19"), std::string("t.yaml:")}) ^
                         bdata::make({std::string("unknown key 'colour'"), std::string("unknown key 'hint'"),
                                      std::string("apiVersion must be 'fairhire/v1'"), std::string("must be a number"),
                                      std::string("must be a list"), std::string("YAML syntax error")}),
                     from, to, where, message) {
  auto r = ParseRubric(Replace(testing::MiniRubric(), from, to), "t.yaml");
  BOOST_REQUIRE(!r.has_value());
  BOOST_CHECK_MESSAGE(r.error().where.rfind(where, 0) == 0, r.error().where << " vs " << where);
  BOOST_CHECK_MESSAGE(r.error().message.find(message) != std::string::npos, r.error().message);
}

// Validator (consistency) errors: every one reported, positioned.
BOOST_DATA_TEST_CASE(consistency_errors,
                     bdata::make({std::string("en: \"Tell us about a hard explanation you gave.\""),
                                  std::string("competencies: [a]"), std::string("      5: {fr: \"Comme 4, et a"),
                                  std::string("  - id: qb"), std::string("weight: 0.5}\n  - {id: b"),
                                  std::string("questions: [qa, qb]"), std::string("scale: s5\n    text: {fr: \"Racontez une explication")}) ^
                         bdata::make({std::string("de: \"Tell us about a hard explanation you gave.\""),
                                      std::string("competencies: [zz]"), std::string("      6: {fr: \"Comme 4, et a"),
                                      std::string("  - id: qa"), std::string("weight: -1}\n  - {id: b"),
                                      std::string("questions: [qa, qc]"), std::string("scale: s7\n    text: {fr: \"Racontez une explication")}) ^
                         bdata::make({std::string("t.yaml:25:5"), std::string("t.yaml:12:5"), std::string("t.yaml:20:7"),
                                      std::string("t.yaml:21:5"), std::string("t.yaml:7:48"), std::string("t.yaml:33:18"),
                                      std::string("t.yaml:24:5")}) ^
                         bdata::make({std::string("has no en text"), std::string("'zz', which is not defined"),
                                      std::string("anchor 6 is outside scale"), std::string("used twice"),
                                      std::string("weight must be a positive number"), std::string("'qc', which is not defined"),
                                      std::string("scale 's7', which is not defined")}),
                     from, to, where, message) {
  auto r = ParseRubric(Replace(testing::MiniRubric(), from, to), "t.yaml");
  BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().ToString()));
  const auto errors = ValidateRubric(*r);
  bool found = false;
  for (const auto& e : errors) {
    BOOST_TEST_MESSAGE(e.ToString());
    found = found || (e.where == where && e.message.find(message) != std::string::npos);
    BOOST_CHECK_EQUAL(e.code, ErrorCode::kSchema);
  }
  BOOST_CHECK_MESSAGE(found, "expected " << where << ": " << message);
}

BOOST_AUTO_TEST_CASE(scorecard_json_and_yaml) {
  const std::string json =
      R"({"rubric_id": "mini", "rubric_version": "1.0.0", "stage_id": "onsite", "candidate_ref": "C-01",
          "rater_ref": "R-1", "overall_recommendation": "yes",
          "ratings": [{"question_id": "qa", "value": 4, "evidence": "x"}, {"question_id": "qb", "value": "na"}]})";
  auto card = ParseScorecard(json, "c.json");
  BOOST_REQUIRE_MESSAGE(card.has_value(), (card ? std::string() : card.error().ToString()));
  BOOST_CHECK_EQUAL(card->candidate, "C-01");
  BOOST_CHECK_EQUAL(*card->ratings[0].value, 4.0);
  BOOST_CHECK(!card->ratings[1].value.has_value());
  BOOST_CHECK(card->recommendation == Recommendation::kYes);
  auto rubric = ParseRubric(testing::MiniRubric(), "mini.yaml");
  BOOST_REQUIRE(rubric.has_value());
  BOOST_CHECK(CheckScorecard(*rubric, *card).has_value());
}

BOOST_DATA_TEST_CASE(scorecard_errors,
                     bdata::make({std::string("value: 4"), std::string("value: 4"), std::string("evidence: seen"),
                                  std::string("rater_ref: R-1"), std::string("question_id: qa")}) ^
                         bdata::make({std::string("value: 9"), std::string("value: 3.5"), std::string("evidence: \"\""),
                                      std::string("rater: R-1"), std::string("question_id: qz")}) ^
                         bdata::make({std::string("between 1 and 5"), std::string("whole level"), std::string("evidence"),
                                      std::string("unknown key 'rater'"), std::string("not in rubric")}),
                     from, to, message) {
  const std::string yaml = "rubric_id: mini\nstage_id: onsite\ncandidate_ref: C-01\nrater_ref: R-1\nratings:\n"
                           "  - {question_id: qa, value: 4, evidence: seen}\n";
  auto rubric = ParseRubric(testing::MiniRubric(), "mini.yaml");
  BOOST_REQUIRE(rubric.has_value());
  auto card = ParseScorecard(Replace(yaml, from, to), "c.yaml");
  const Status st = card ? CheckScorecard(*rubric, *card) : Status(card.error());
  BOOST_REQUIRE(!st.has_value());
  BOOST_CHECK_MESSAGE(st.error().message.find(message) != std::string::npos, st.error().message);
  BOOST_CHECK(st.error().where.rfind("c.yaml", 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
