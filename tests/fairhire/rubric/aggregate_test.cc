// Aggregation: values against a naive reference, properties (rater order does not matter, NA is
// not zero), flags, knockouts and leave-one-rater-out stability.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "fairhire/rubric/aggregate.h"
#include "test_util.h"

namespace fairhire::rubric {
namespace {

using testing::Card;
namespace bdata = boost::unit_test::data;

Rubric Mini(const std::string& extra_from = "", const std::string& extra_to = "") {
  std::string yaml = testing::MiniRubric();
  if (!extra_from.empty()) yaml.replace(yaml.find(extra_from), extra_from.size(), extra_to);
  auto r = ParseRubric(yaml, "mini.yaml");
  BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().ToString()));
  return *r;
}

CandidateResult Only(const Result<ScoreReport>& r) {
  BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().ToString()));
  BOOST_REQUIRE_EQUAL(r->candidates.size(), 1u);
  return r->candidates[0];
}

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

BOOST_AUTO_TEST_SUITE(aggregate)

// Naive reference: equal weights, one question per competency, mean across raters.
BOOST_DATA_TEST_CASE(score_matches_reference, bdata::make(testing::Seeds(20)), seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> level(1, 5);
  const int raters = 2 + seed % 3;
  std::vector<Scorecard> cards;
  double sum_a = 0, sum_b = 0;
  std::vector<double> ya, yb;
  for (int r = 0; r < raters; ++r) {
    const int a = level(rng), b = level(rng);
    ya.push_back(25.0 * (a - 1));
    yb.push_back(25.0 * (b - 1));
    sum_a += ya.back();
    sum_b += yb.back();
    cards.push_back(Card("C-1", "R" + std::to_string(r), {{"qa", a}, {"qb", b}}));
  }
  const auto c = Only(ScoreCandidates(Mini(), cards));
  const double ma = sum_a / raters, mb = sum_b / raters;
  BOOST_CHECK_SMALL(c.score - (ma + mb) / 2, 1e-9);
  BOOST_CHECK_SMALL(c.coverage - 1.0, 1e-12);
  auto var = [&](const std::vector<double>& y, double m) {
    double s = 0;
    for (double x : y) s += (x - m) * (x - m);
    return s / (raters - 1) / raters;  // SE^2 = sd^2 / n
  };
  const double half = 1.96 * std::sqrt(0.25 * var(ya, ma) + 0.25 * var(yb, mb)) / 1.0;
  BOOST_CHECK_SMALL(c.ci_low - std::max(0.0, c.score - half), 1e-9);
  BOOST_CHECK_SMALL(c.ci_high - std::min(100.0, c.score + half), 1e-9);
  BOOST_CHECK_EQUAL(c.decision, c.score >= 60 ? "advance" : "reject");
}

// Property: the order of scorecards (raters) changes no number and no decision.
BOOST_DATA_TEST_CASE(permuting_raters_changes_nothing, bdata::make(testing::Seeds(10)), seed) {
  std::mt19937 rng(100 + seed);
  std::uniform_int_distribution<int> level(1, 5);
  std::vector<Scorecard> cards;
  for (int cand = 0; cand < 4; ++cand) {
    for (int r = 0; r < 4; ++r) {
      cards.push_back(Card("C-" + std::to_string(cand), "R" + std::to_string(r), {{"qa", level(rng)}, {"qb", level(rng)}},
                           r % 2 ? Recommendation::kYes : Recommendation::kNo));
    }
  }
  auto a = ScoreCandidates(Mini(), cards);
  std::shuffle(cards.begin(), cards.end(), rng);
  auto b = ScoreCandidates(Mini(), cards);
  BOOST_REQUIRE(a && b);
  for (std::size_t i = 0; i < a->candidates.size(); ++i) {
    const auto& x = a->candidates[i];
    const auto& y = b->candidates[i];
    BOOST_CHECK_EQUAL(x.candidate, y.candidate);
    BOOST_CHECK_SMALL(x.score - y.score, 1e-9);
    BOOST_CHECK_SMALL(x.ci_low - y.ci_low, 1e-9);
    BOOST_CHECK_EQUAL(x.decision, y.decision);
    auto fx = x.flags, fy = y.flags, px = x.pivotal_raters, py = y.pivotal_raters;
    std::sort(fx.begin(), fx.end());
    std::sort(fy.begin(), fy.end());
    std::sort(px.begin(), px.end());
    std::sort(py.begin(), py.end());
    BOOST_CHECK(fx == fy);
    BOOST_CHECK(px == py);
  }
}

BOOST_AUTO_TEST_CASE(not_assessed_is_not_zero) {
  const auto with_na = Only(ScoreCandidates(Mini(), {Card("C", "R1", {{"qa", 5}, {"qb", std::nullopt}}),
                                                      Card("C", "R2", {{"qa", 5}, {"qb", std::nullopt}})}));
  BOOST_CHECK_SMALL(with_na.score - 100.0, 1e-9);  // only competency a has data
  BOOST_CHECK_SMALL(with_na.coverage - 0.5, 1e-12);
  BOOST_CHECK_EQUAL(with_na.decision, "advance");  // min_coverage 0.5 in the mini rubric
  const auto too_sparse = Only(ScoreCandidates(Mini("min_coverage: 0.5", "min_coverage: 0.8"),
                                                {Card("C", "R1", {{"qa", 5}}), Card("C", "R2", {{"qa", 5}})}));
  BOOST_CHECK_EQUAL(too_sparse.decision, "incomplete");
}

BOOST_AUTO_TEST_CASE(disagreement_flags_and_fragile_decision) {
  const auto c = Only(ScoreCandidates(Mini(), {Card("C", "R1", {{"qa", 5}, {"qb", 5}}, Recommendation::kStrongYes),
                                                Card("C", "R2", {{"qa", 1}, {"qb", 2}}, Recommendation::kYes),
                                                Card("C", "R3", {{"qa", 4}, {"qb", 4}}, Recommendation::kYes)}));
  const auto& a = c.competencies[0];
  BOOST_CHECK(Has(a.flags, "range"));
  BOOST_CHECK(Has(a.flags, "split"));
  BOOST_CHECK(Has(a.flags, "sd"));
  BOOST_CHECK(Has(c.flags, "recommendation_mismatch:R2"));  // says yes, own ratings 6.25/100
  BOOST_CHECK(!Has(c.flags, "recommendation_mismatch:R1"));
  // score = mean(100, 0, 75) for a, mean(100, 25, 75) for b = 58.3 + 66.7 / 2 = 62.5 -> advance;
  // without R1 it drops below 60, without R2 it stays above.
  BOOST_CHECK_EQUAL(c.decision, "advance");
  BOOST_CHECK(Has(c.pivotal_raters, "R1"));
  BOOST_CHECK(!Has(c.pivotal_raters, "R2"));
  BOOST_CHECK(Has(c.flags, "fragile_decision"));
}

BOOST_AUTO_TEST_CASE(knockout_rejects_despite_total) {
  const Rubric r = Mini("weight: 0.5}\n  - {id: b", "weight: 0.5, knockout: {min_level: 3}}\n  - {id: b");
  const auto c = Only(ScoreCandidates(r, {Card("C", "R1", {{"qa", 2}, {"qb", 5}}), Card("C", "R2", {{"qa", 2}, {"qb", 5}})}));
  BOOST_CHECK_EQUAL(c.competencies[0].knockout, "fail");
  BOOST_CHECK_SMALL(c.score - 62.5, 1e-9);
  BOOST_CHECK_EQUAL(c.decision, "reject");
}

BOOST_AUTO_TEST_CASE(single_rater_is_incomplete_and_has_no_interval) {
  const auto c = Only(ScoreCandidates(Mini(), {Card("C", "R1", {{"qa", 4}, {"qb", 4}})}));
  BOOST_CHECK_EQUAL(c.decision, "incomplete");
  BOOST_CHECK(std::isnan(c.ci_low));
}

BOOST_AUTO_TEST_CASE(duplicate_submission_is_an_error) {
  auto r = ScoreCandidates(Mini(), {Card("C", "R1", {{"qa", 4}}), Card("C", "R1", {{"qa", 3}})});
  BOOST_REQUIRE(!r.has_value());
  BOOST_CHECK_EQUAL(r.error().code, ErrorCode::kInvalidInput);
}

BOOST_AUTO_TEST_CASE(json_has_no_evidence_text) {
  auto r = ScoreCandidates(Mini(), {Card("C", "R1", {{"qa", 4}, {"qb", 3}}), Card("C", "R2", {{"qa", 3}, {"qb", 3}})});
  BOOST_REQUIRE(r.has_value());
  const std::string json = ScoreReportToJson(*r);
  BOOST_CHECK(json.find("observed facts") == std::string::npos);
  BOOST_CHECK(json.find("\"decision_stable\"") != std::string::npos);
  BOOST_CHECK(ScoreReportToText(*r).find("C: score") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
