// Mechanical combination of scorecards into per-candidate results (research note interviews.md
// §5.2): ratings normalised to 0..1 on their scale, averaged per competency per rater (question
// weights), combined across raters (mean or median), weighted across competencies into a 0..100
// score over the competencies that have data (coverage = their share of the weight). Knockouts are
// judged separately. Each result carries a 95 % interval, disagreement flags and a leave-one-rater-out
// stability check. The overall recommendation never enters the score; it is only compared with it.
// A "rater" is one scorecard (one rater at one stage). Thread-safety: pure functions.
#ifndef FAIRHIRE_RUBRIC_AGGREGATE_H_
#define FAIRHIRE_RUBRIC_AGGREGATE_H_

#include <string>
#include <vector>

#include "fairhire/core/result.h"
#include "fairhire/rubric/model.h"
#include "fairhire/rubric/scorecard.h"

namespace fairhire::rubric {

struct CompetencyResult {
  std::string id;
  int raters = 0;             // raters with at least one rating on it
  double score = 0;           // 0..100 across raters; NaN without data
  double mean_level = 0;      // raw scale level across raters (for reading); NaN without data
  double range_points = 0;    // max - min of per-rater levels
  double sd_points = 0;       // sd of per-rater levels (0 with one rater)
  std::string knockout;       // "", "pass", "fail" or "unknown"
  std::vector<std::string> flags;  // "range", "sd", "split" (raters half a scale point or more on
                                   // both sides of the pass line), "outlier:<rater>"
};

// An exercise scored outside the interview (rubrics/README.md, questions[].exercise): the raw score
// one scorecard gave and the level it maps to, which is what the aggregation uses.
struct ExerciseScore {
  std::string question;
  std::string rater;
  std::string stage;
  double raw_score = 0;
  double level = 0;
};

struct CandidateResult {
  std::string candidate;
  int raters = 0;              // scorecards
  double score = 0;            // 0..100; NaN when no competency has data
  double coverage = 0;         // 0..1 share of weight with data
  double ci_low = 0, ci_high = 0;  // 95 % interval; NaN when a competency has a single rater
  std::string decision;        // "advance", "reject" or "incomplete"
  std::vector<std::string> incomplete_reasons;
  std::vector<CompetencyResult> competencies;
  std::vector<std::string> flags;  // "recommendation_mismatch:<rater>", "fragile_decision"
  std::vector<std::string> pivotal_raters;  // removing one of them flips advance <-> reject
  std::vector<ExerciseScore> exercises;     // ratings given as raw scores, in scorecard order
};

struct ScoreReport {
  std::string rubric_id;
  std::string rubric_version;
  double pass_score = 0;
  std::vector<CandidateResult> candidates;  // sorted by candidate pseudonym
};

// Scores every candidate found in `cards`. Each card is checked with CheckScorecard first.
// Errors: kSchema from CheckScorecard; kInvalidInput when one rater submits twice for the same
// candidate and stage.
Result<ScoreReport> ScoreCandidates(const Rubric& rubric, const std::vector<Scorecard>& cards);

std::string ScoreReportToJson(const ScoreReport& report);
std::string ScoreReportToText(const ScoreReport& report);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_AGGREGATE_H_
