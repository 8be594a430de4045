#include "fairhire/rubric/aggregate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "fairhire/rubric/internal/aggregate_math.h"

namespace fairhire::rubric {
namespace {

using internal::RaterProfile;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

class CandidateScorer {
 public:
  CandidateScorer(const Rubric& r, std::vector<RaterProfile> raters) : r_(r), raters_(std::move(raters)) {}
  CandidateResult Run(const std::string& candidate);

 private:
  CompetencyResult ScoreCompetency(std::size_t k, const std::vector<std::size_t>& who) const;
  void FlagDisagreement(std::size_t k, const std::vector<std::size_t>& who, CompetencyResult* c) const;
  std::string Knockout(std::size_t k, const std::vector<std::size_t>& who) const;
  void Combine(const std::vector<std::size_t>& who, CandidateResult* out) const;
  void Decide(const std::vector<std::size_t>& who, CandidateResult* out) const;
  void CheckStability(CandidateResult* out) const;
  void CheckRecommendations(CandidateResult* out) const;
  double ScaleSpan(std::size_t k) const;

  const Rubric& r_;
  std::vector<RaterProfile> raters_;
};

CandidateResult CandidateScorer::Run(const std::string& candidate) {
  CandidateResult out;
  out.candidate = candidate;
  out.raters = static_cast<int>(raters_.size());
  std::vector<std::size_t> all(raters_.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  Combine(all, &out);
  Decide(all, &out);
  for (std::size_t k = 0; k < out.competencies.size(); ++k) FlagDisagreement(k, all, &out.competencies[k]);
  CheckRecommendations(&out);
  CheckStability(&out);
  return out;
}

CompetencyResult CandidateScorer::ScoreCompetency(std::size_t k, const std::vector<std::size_t>& who) const {
  CompetencyResult c;
  c.id = r_.competencies[k].id;
  std::vector<double> norm, level;
  for (std::size_t i : who) {
    if (!raters_[i].has[k]) continue;
    norm.push_back(raters_[i].norm[k]);
    level.push_back(raters_[i].level[k]);
  }
  c.raters = static_cast<int>(norm.size());
  const bool median = r_.aggregation.across_raters == "median";
  c.score = norm.empty() ? kNaN : 100 * (median ? internal::Median(norm) : internal::Mean(norm));
  c.mean_level = level.empty() ? kNaN : internal::Mean(level);
  c.range_points = level.empty() ? 0 : *std::max_element(level.begin(), level.end()) - *std::min_element(level.begin(), level.end());
  c.sd_points = internal::SampleSd(level);
  c.knockout = Knockout(k, who);
  return c;
}

std::string CandidateScorer::Knockout(std::size_t k, const std::vector<std::size_t>& who) const {
  const auto& ko = r_.competencies[k].knockout;
  if (!ko) return "";
  std::vector<double> level;
  for (std::size_t i : who) {
    if (raters_[i].has[k]) level.push_back(raters_[i].level[k]);
  }
  if (level.empty()) return "unknown";
  bool pass = false;
  if (ko->rule == "median_rater") pass = internal::Median(level) >= ko->min_level;
  if (ko->rule == "mean") pass = internal::Mean(level) >= ko->min_level;
  if (ko->rule == "every_rater") pass = *std::min_element(level.begin(), level.end()) >= ko->min_level;
  return pass ? "pass" : "fail";
}

void CandidateScorer::Combine(const std::vector<std::size_t>& who, CandidateResult* out) const {
  double wsum = 0, wcovered = 0, acc = 0, var = 0;
  bool se_defined = true;
  out->competencies.clear();
  for (std::size_t k = 0; k < r_.competencies.size(); ++k) {
    CompetencyResult c = ScoreCompetency(k, who);
    const double w = r_.competencies[k].weight;
    wsum += w;
    if (c.raters > 0) {
      wcovered += w;
      acc += w * c.score;
      std::vector<double> norm;
      for (std::size_t i : who) if (raters_[i].has[k]) norm.push_back(100 * raters_[i].norm[k]);
      if (c.raters < 2) se_defined = false;
      const double se = internal::SampleSd(norm) / std::sqrt(static_cast<double>(c.raters));
      var += w * w * se * se;
    }
    out->competencies.push_back(std::move(c));
  }
  out->coverage = wsum > 0 ? wcovered / wsum : 0;
  out->score = wcovered > 0 ? acc / wcovered : kNaN;
  const double half = wcovered > 0 && se_defined ? 1.96 * std::sqrt(var) / wcovered : kNaN;
  out->ci_low = std::isfinite(half) ? std::max(0.0, out->score - half) : kNaN;
  out->ci_high = std::isfinite(half) ? std::min(100.0, out->score + half) : kNaN;
}

void CandidateScorer::Decide(const std::vector<std::size_t>& who, CandidateResult* out) const {
  out->incomplete_reasons.clear();
  std::set<std::string> distinct;
  for (std::size_t i : who) distinct.insert(raters_[i].rater);
  if (static_cast<int>(distinct.size()) < r_.aggregation.min_raters) {
    out->incomplete_reasons.push_back("fewer than " + std::to_string(r_.aggregation.min_raters) + " raters");
  }
  if (out->coverage + 1e-12 < r_.aggregation.min_coverage) out->incomplete_reasons.push_back("coverage below minimum");
  bool ko_fail = false;
  for (const auto& c : out->competencies) {
    if (c.knockout == "unknown") out->incomplete_reasons.push_back("knockout '" + c.id + "' not assessed");
    ko_fail = ko_fail || c.knockout == "fail";
  }
  const bool advance = out->score >= r_.decision.pass_score && !(r_.decision.knockouts_pass && ko_fail);
  if (!out->incomplete_reasons.empty()) {
    out->decision = "incomplete";
  } else {
    out->decision = advance ? "advance" : "reject";
  }
}

void CandidateScorer::FlagDisagreement(std::size_t k, const std::vector<std::size_t>& who, CompetencyResult* c) const {
  const Aggregation& a = r_.aggregation;
  if (c->raters < 2) return;
  if (c->range_points >= a.range_points) c->flags.push_back("range");
  if (c->sd_points > a.sd_points) c->flags.push_back("sd");
  // Split: raters clearly on both sides of the pass line, i.e. at least half a scale point away.
  const double span = ScaleSpan(k);
  const double half_step = span > 0 ? 50.0 / span : 0;
  std::vector<double> level;
  bool above = false, below = false;
  for (std::size_t i : who) {
    if (!raters_[i].has[k]) continue;
    level.push_back(raters_[i].level[k]);
    const double score = 100 * raters_[i].norm[k];
    above = above || score >= r_.decision.pass_score + half_step;
    below = below || score <= r_.decision.pass_score - half_step;
  }
  if (a.split_threshold && above && below) c->flags.push_back("split");
  const double med = internal::Median(level);
  for (std::size_t i : who) {
    if (raters_[i].has[k] && std::fabs(raters_[i].level[k] - med) >= a.outlier_points) {
      c->flags.push_back("outlier:" + raters_[i].rater);
    }
  }
}

// max - min of the scale of the first question measuring competency k.
double CandidateScorer::ScaleSpan(std::size_t k) const {
  for (const auto& q : r_.questions) {
    if (std::find(q.competencies.begin(), q.competencies.end(), r_.competencies[k].id) == q.competencies.end()) continue;
    if (const Scale* s = r_.FindScale(q.scale)) return s->max - s->min;
  }
  return 0;
}

void CandidateScorer::CheckRecommendations(CandidateResult* out) const {
  for (std::size_t i = 0; i < raters_.size(); ++i) {
    const Recommendation rec = raters_[i].recommendation;
    const bool yes = rec == Recommendation::kYes || rec == Recommendation::kStrongYes;
    const bool no = rec == Recommendation::kNo || rec == Recommendation::kStrongNo;
    CandidateResult own;
    Combine({i}, &own);
    if (!std::isfinite(own.score)) continue;
    if ((yes && own.score < r_.decision.pass_score) || (no && own.score >= r_.decision.pass_score)) {
      out->flags.push_back("recommendation_mismatch:" + raters_[i].rater);
    }
  }
}

bool Advances(const CandidateResult& r, const Decision& d) {
  bool ko_fail = false;
  for (const auto& c : r.competencies) ko_fail = ko_fail || c.knockout == "fail";
  return r.score >= d.pass_score && !(d.knockouts_pass && ko_fail);
}

// Leave-one-rater-out: does removing any single scorecard flip advance <-> reject? Thresholds on
// the number of raters and coverage are ignored here: the question is whether one opinion decides.
void CandidateScorer::CheckStability(CandidateResult* out) const {
  if (raters_.size() < 2 || !std::isfinite(out->score)) return;
  const bool full = Advances(*out, r_.decision);
  for (std::size_t drop = 0; drop < raters_.size(); ++drop) {
    std::vector<std::size_t> who;
    for (std::size_t i = 0; i < raters_.size(); ++i) {
      if (i != drop) who.push_back(i);
    }
    CandidateResult loo;
    Combine(who, &loo);
    if (std::isfinite(loo.score) && Advances(loo, r_.decision) != full) out->pivotal_raters.push_back(raters_[drop].rater);
  }
  if (!out->pivotal_raters.empty()) out->flags.push_back("fragile_decision");
}

// The raw scores of one candidate's scorecards with the levels they map to (checked cards).
std::vector<ExerciseScore> ExerciseScores(const Rubric& rubric, const std::vector<const Scorecard*>& cards) {
  std::vector<ExerciseScore> out;
  for (const Scorecard* c : cards) {
    for (const auto& r : c->ratings) {
      if (!r.raw_score) continue;
      const Question* q = rubric.FindQuestion(r.question);
      const std::optional<double> level = q ? RatedLevel(*q, r) : std::nullopt;
      if (level) out.push_back({r.question, c->rater, c->stage, *r.raw_score, *level});
    }
  }
  return out;
}

}  // namespace

Result<ScoreReport> ScoreCandidates(const Rubric& rubric, const std::vector<Scorecard>& cards) {
  std::map<std::string, std::vector<const Scorecard*>> by_candidate;
  std::set<std::string> seen;
  for (const auto& c : cards) {
    FAIRHIRE_RETURN_IF_ERROR(CheckScorecard(rubric, c));
    if (!seen.insert(c.candidate + '\0' + c.stage + '\0' + c.rater).second) {
      return MakeError(ErrorCode::kInvalidInput, "a second scorecard from the same rater for the same candidate and stage",
                       c.source);
    }
    by_candidate[c.candidate].push_back(&c);
  }
  const internal::RubricIndex index(rubric);
  ScoreReport report;
  report.rubric_id = rubric.metadata.id;
  report.rubric_version = rubric.metadata.version;
  report.pass_score = rubric.decision.pass_score;
  for (const auto& [candidate, list] : by_candidate) {
    std::vector<RaterProfile> raters;
    for (const Scorecard* c : list) raters.push_back(index.Profile(*c));
    report.candidates.push_back(CandidateScorer(rubric, std::move(raters)).Run(candidate));
    report.candidates.back().exercises = ExerciseScores(rubric, list);
  }
  return report;
}

}  // namespace fairhire::rubric
