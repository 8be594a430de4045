#include "fairhire/rubric/internal/aggregate_math.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace fairhire::rubric::internal {

double Mean(const std::vector<double>& v) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  double s = 0;
  for (double x : v) s += x;
  return s / static_cast<double>(v.size());
}

double Median(std::vector<double> v) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double SampleSd(const std::vector<double>& v) {
  if (v.size() < 2) return 0;
  const double m = Mean(v);
  double ss = 0;
  for (double x : v) ss += (x - m) * (x - m);
  return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

RubricIndex::RubricIndex(const Rubric& rubric) : competencies_(rubric.competencies.size()) {
  for (const auto& q : rubric.questions) {
    QuestionInfo info;
    info.question = &q;
    if (const Scale* s = rubric.FindScale(q.scale)) {
      info.min = s->min;
      info.max = s->max;
    }
    info.weight = q.weight;
    for (const auto& id : q.competencies) {
      for (std::size_t k = 0; k < rubric.competencies.size(); ++k) {
        if (rubric.competencies[k].id == id) info.competencies.push_back(k);
      }
    }
    questions_[q.id] = std::move(info);
  }
}

RaterProfile RubricIndex::Profile(const Scorecard& card) const {
  RaterProfile p;
  p.rater = card.rater;
  p.recommendation = card.recommendation;
  std::vector<double> wsum(competencies_, 0.0), nsum(competencies_, 0.0), lsum(competencies_, 0.0);
  for (const auto& r : card.ratings) {
    auto it = questions_.find(r.question);
    if (it == questions_.end()) continue;
    const QuestionInfo& q = it->second;
    const std::optional<double> level = RatedLevel(*q.question, r);  // an exercise's raw score counts as its level
    if (!level) continue;
    const double y = (*level - q.min) / (q.max - q.min);
    for (std::size_t k : q.competencies) {
      wsum[k] += q.weight;
      nsum[k] += q.weight * y;
      lsum[k] += q.weight * *level;
    }
  }
  p.has.assign(competencies_, 0);
  p.norm.assign(competencies_, 0.0);
  p.level.assign(competencies_, 0.0);
  for (std::size_t k = 0; k < competencies_; ++k) {
    if (wsum[k] <= 0) continue;
    p.has[k] = 1;
    p.norm[k] = nsum[k] / wsum[k];
    p.level[k] = lsum[k] / wsum[k];
  }
  return p;
}

}  // namespace fairhire::rubric::internal
