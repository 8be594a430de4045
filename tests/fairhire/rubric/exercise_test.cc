// Exercise raw scores in scorecards (§5.2 step 1: "map raw score through mapping to the scale
// first"): conversion at and between mapping points, score_range boundaries, the errors (out of
// range, below the first point, not an exercise, level/raw mismatch, not a number) with their
// positions in YAML and JSON, and the raw score's level used by the aggregation and reported.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "fairhire/rubric/aggregate.h"
#include "fairhire/rubric/validator.h"
#include "test_util.h"

namespace fairhire::rubric {
namespace {

namespace bdata = boost::unit_test::data;

// MiniRubric with a technical exercise qx on competency a (questions at stage onsite: qa, qb, qx).
Rubric ExerciseRubric(const std::string& points = "[[0, 1], [40, 2], [60, 3], [75, 4], [90, 5]]") {
  std::string yaml = testing::MiniRubric();
  const std::string qx =
      "  - id: qx\n"
      "    type: technical_exercise\n"
      "    competencies: [a]\n"
      "    scale: s5\n"
      "    text: {fr: \"Exercice de code en ligne.\", en: \"Online coding exercise.\"}\n"
      "    exercise: {provider: internal, external_test_id: csv-sales, score_range: {min: 0, max: 100},\n"
      "               mapping: {type: piecewise, points: " + points + "}}\n";
  yaml.insert(yaml.find("stages:\n"), qx);
  yaml.replace(yaml.find("[qa, qb]"), 8, "[qa, qb, qx]");
  auto r = ParseRubric(yaml, "mini.yaml");
  BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().ToString()));
  const auto errors = ValidateRubric(*r);
  BOOST_REQUIRE_MESSAGE(errors.empty(), (errors.empty() ? std::string() : errors.front().ToString()));
  return *r;
}

// A YAML scorecard whose third line is the rating `rating` (a flow mapping).
std::string YamlCard(const std::string& rating) {
  return "rubric_id: mini\nstage_id: onsite\nratings:\n  - " + rating + "\ncandidate_ref: C-01\nrater_ref: R-1\n";
}

std::string JsonCard(const std::string& rating) {
  return "{\"rubric_id\": \"mini\", \"stage_id\": \"onsite\", \"candidate_ref\": \"C-01\", \"rater_ref\": \"R-1\",\n"
         " \"ratings\": [" + rating + "]}";
}

// Parses and checks; returns the error (or an ok status).
Status Check(const Rubric& rubric, const std::string& text, const std::string& name, Scorecard* out = nullptr) {
  auto card = ParseScorecard(text, name);
  if (!card) return card.error();
  if (out) *out = *card;
  return CheckScorecard(rubric, *card);
}

BOOST_AUTO_TEST_SUITE(exercise_scores)

// Mapping points 0/40/60/75/90 -> 1..5: a raw score gets the level of the last point at or below
// it; 0 and 100 are the score_range boundaries, accepted.
BOOST_DATA_TEST_CASE(raw_score_converts_through_mapping,
                     bdata::make({0.0, 20.0, 39.99, 40.0, 59.5, 60.0, 73.5, 74.999, 75.0, 89.0, 90.0, 99.5, 100.0}) ^
                         bdata::make({1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5}),
                     raw, level) {
  const Rubric rubric = ExerciseRubric();
  char num[32];
  std::snprintf(num, sizeof num, "%.15g", raw);
  for (const auto& [text, name] :
       {std::pair{YamlCard(std::string("{question_id: qx, raw_score: ") + num + ", evidence: report}"), "c.yaml"},
        {JsonCard(std::string("{\"question_id\": \"qx\", \"raw_score\": ") + num + ", \"evidence\": \"report\"}"), "c.json"}}) {
    Scorecard card;
    const Status st = Check(rubric, text, name, &card);
    BOOST_REQUIRE_MESSAGE(st.has_value(), name << ": " << (st ? std::string() : st.error().ToString()));
    BOOST_REQUIRE_EQUAL(card.ratings.size(), 1u);
    BOOST_CHECK(!card.ratings[0].value);
    BOOST_CHECK_EQUAL(*card.ratings[0].raw_score, raw);
    const auto got = RatedLevel(*rubric.FindQuestion("qx"), card.ratings[0]);
    BOOST_REQUIRE(got.has_value());
    BOOST_CHECK_EQUAL(*got, level);
  }
}

// Each fault is a kSchema error at the raw_score (YAML: line 4; JSON: line 2), same message in
// both forms.
BOOST_DATA_TEST_CASE(raw_score_errors_have_positions,
                     bdata::make({std::string("qx"), std::string("qx"), std::string("qa"), std::string("qx"),
                                  std::string("qx"), std::string("qx")}) ^
                         bdata::make({std::string("100.5"), std::string("-0.5"), std::string("50"), std::string("73.5"),
                                      std::string("73.5"), std::string("\"lots\"")}) ^
                         bdata::make({std::string(""), std::string(""), std::string(""), std::string("4"),
                                      std::string("\"na\""), std::string("")}) ^
                         bdata::make({std::string("raw_score 100.5 for 'qx' is outside the exercise score_range 0..100"),
                                      std::string("raw_score -0.5 for 'qx' is outside the exercise score_range 0..100"),
                                      std::string("question 'qa' has no exercise mapping to convert a raw_score"),
                                      std::string("value 4 for 'qx' does not match raw_score 73.5, which maps to level 3"),
                                      std::string("rating of 'qx' gives a raw_score and value 'na'"),
                                      std::string("raw_score for 'qx' must be a number")}),
                     question, raw, value, message) {
  const Rubric rubric = ExerciseRubric();
  const std::string v = value.empty() ? "" : ", value: " + value;
  const std::string yaml = YamlCard("{question_id: " + question + ", raw_score: " + raw + v + ", evidence: e}");
  const std::string jv = value.empty() ? "" : ", \"value\": " + value;
  const std::string json = JsonCard("{\"question_id\": \"" + question + "\", \"raw_score\": " + raw + jv + ", \"evidence\": \"e\"}");
  const std::size_t yaml_col = yaml.find("raw_score: ") - yaml.find("  - ") + 11 + 1;
  const std::size_t json_col = json.find("\"raw_score\": ") - json.find("\n") + 13;
  for (const auto& [text, name, where] : {std::tuple{yaml, "c.yaml", "c.yaml:4:" + std::to_string(yaml_col)},
                                          {json, "c.json", "c.json:2:" + std::to_string(json_col)}}) {
    const Status st = Check(rubric, text, name);
    BOOST_REQUIRE_MESSAGE(!st.has_value(), name << " accepted " << raw);
    BOOST_CHECK(st.error().code == ErrorCode::kSchema);
    BOOST_CHECK_MESSAGE(st.error().message.find(message) != std::string::npos, name << ": " << st.error().message);
    BOOST_CHECK_EQUAL(st.error().where, where);
  }
}

BOOST_AUTO_TEST_CASE(level_and_raw_score_together_must_agree) {
  const Rubric rubric = ExerciseRubric();
  Scorecard card;
  BOOST_CHECK(Check(rubric, YamlCard("{question_id: qx, raw_score: 73.5, value: 3, evidence: e}"), "c.yaml", &card).has_value());
  BOOST_CHECK_EQUAL(*RatedLevel(*rubric.FindQuestion("qx"), card.ratings[0]), 3.0);
  BOOST_CHECK(Check(rubric, JsonCard(R"({"question_id": "qx", "raw_score": 60, "value": "3", "evidence": "e"})"), "c.json").has_value());
  // A level alone on an exercise question is still accepted (graders who converted by hand).
  BOOST_CHECK(Check(rubric, YamlCard("{question_id: qx, value: 5, evidence: e}"), "c.yaml").has_value());
  // Neither a level nor a raw score: the message of a missing value is unchanged.
  const Status none = Check(rubric, YamlCard("{question_id: qx, evidence: e}"), "c.yaml");
  BOOST_REQUIRE(!none.has_value());
  BOOST_CHECK_EQUAL(none.error().message, "rating value for 'qx' is required");
  // JSON raw_score is a number, not a string.
  const Status text = Check(rubric, JsonCard(R"({"question_id": "qx", "raw_score": "60"})"), "c.json");
  BOOST_REQUIRE(!text.has_value());
  BOOST_CHECK(text.error().message.find("raw_score for 'qx' must be a number (found text)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(raw_score_below_the_first_mapping_point) {
  const Rubric rubric = ExerciseRubric("[[10, 1], [50, 3], [90, 5]]");
  const Status st = Check(rubric, YamlCard("{question_id: qx, raw_score: 5, evidence: e}"), "c.yaml");
  BOOST_REQUIRE(!st.has_value());
  BOOST_CHECK_EQUAL(st.error().message, "raw_score 5 for 'qx' is below the first mapping point (10)");
  BOOST_CHECK_EQUAL(st.error().where, "c.yaml:4:34");
  BOOST_CHECK(Check(rubric, YamlCard("{question_id: qx, raw_score: 10, evidence: e}"), "c.yaml").has_value());
}

// The raw score's level is aggregated like any level (normalised on the scale, §5.2), and the
// report shows both.
BOOST_AUTO_TEST_CASE(aggregation_uses_the_level_and_reports_the_raw_score) {
  const Rubric rubric = ExerciseRubric();
  const std::string head = "rubric_id: mini\nstage_id: onsite\ncandidate_ref: C-01\nrater_ref: R-1\nratings:\n";
  auto raw = ParseScorecards(head + "  - {question_id: qa, value: 5, evidence: e}\n"
                                    "  - {question_id: qx, raw_score: 73.5, evidence: report}\n"
                                    "  - {question_id: qb, value: 2, evidence: e}\n", "c.yaml");
  BOOST_REQUIRE_MESSAGE(raw.has_value(), (raw ? std::string() : raw.error().ToString()));
  auto jsonl = ParseScorecards(R"({"rubric_id": "mini", "stage_id": "onsite", "candidate_ref": "C-01", "rater_ref": "R-2", )"
                               R"("ratings": [{"question_id": "qx", "raw_score": 40, "evidence": "report"}]})" "\n", "b.jsonl");
  BOOST_REQUIRE_MESSAGE(jsonl.has_value(), (jsonl ? std::string() : jsonl.error().ToString()));
  std::vector<Scorecard> cards = *raw;
  cards.push_back((*jsonl)[0]);
  std::vector<Scorecard> levels = {testing::Card("C-01", "R-1", {{"qa", 5}, {"qx", 3}, {"qb", 2}}),
                                   testing::Card("C-01", "R-2", {{"qx", 2}})};
  for (auto& c : levels) c.stage = "onsite";
  auto by_raw = ScoreCandidates(rubric, cards);
  auto by_level = ScoreCandidates(rubric, levels);
  BOOST_REQUIRE(by_raw.has_value() && by_level.has_value());
  const CandidateResult& r = by_raw->candidates.at(0);
  // a: R-1 (5 and 3 -> 0.75), R-2 (2 -> 0.25); mean 0.5. b: R-1 (2 -> 0.25). Total (50 + 25) / 2.
  BOOST_CHECK_SMALL(r.score - 37.5, 1e-9);
  BOOST_CHECK_SMALL(r.score - by_level->candidates.at(0).score, 1e-12);
  BOOST_CHECK_SMALL(r.competencies[0].mean_level - 3.0, 1e-12);
  BOOST_REQUIRE_EQUAL(r.exercises.size(), 2u);
  BOOST_CHECK_EQUAL(r.exercises[0].question, "qx");
  BOOST_CHECK_EQUAL(r.exercises[0].rater, "R-1");
  BOOST_CHECK_EQUAL(r.exercises[0].stage, "onsite");
  BOOST_CHECK_EQUAL(r.exercises[0].raw_score, 73.5);
  BOOST_CHECK_EQUAL(r.exercises[0].level, 3.0);
  BOOST_CHECK_EQUAL(r.exercises[1].level, 2.0);
  BOOST_CHECK(by_level->candidates.at(0).exercises.empty());
  const std::string json = ScoreReportToJson(*by_raw);
  BOOST_CHECK_MESSAGE(json.find("\"exercises\": [\n        {\n          \"question\": \"qx\",\n          \"rater\": \"R-1\",\n"
                                "          \"stage\": \"onsite\",\n          \"raw_score\": 73.5,\n          \"level\": 3\n") !=
                          std::string::npos, json);
  const std::string text = ScoreReportToText(*by_raw);
  BOOST_CHECK_MESSAGE(text.find("  exercise qx (R-1): raw score 73.5 -> level 3\n") != std::string::npos, text);
  BOOST_CHECK(text.find("  exercise qx (R-2): raw score 40 -> level 2\n") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
