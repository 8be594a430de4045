// Internal: per-rater competency profiles and small statistics used by aggregate.cc.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_AGGREGATE_MATH_H_
#define FAIRHIRE_RUBRIC_INTERNAL_AGGREGATE_MATH_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "fairhire/rubric/model.h"
#include "fairhire/rubric/scorecard.h"

namespace fairhire::rubric::internal {

double Mean(const std::vector<double>& v);
double Median(std::vector<double> v);
double SampleSd(const std::vector<double>& v);  // 0 with fewer than 2 values

// One scorecard reduced to per-competency values (index = competency position in the rubric).
struct RaterProfile {
  std::string rater;  // rater_ref of the scorecard (one scorecard = one profile)
  Recommendation recommendation = Recommendation::kNone;
  std::vector<char> has;       // competency rated at least once
  std::vector<double> norm;    // weighted mean of (x - min) / (max - min)
  std::vector<double> level;   // weighted mean of raw levels
};

class RubricIndex {
 public:
  explicit RubricIndex(const Rubric& rubric);
  RaterProfile Profile(const Scorecard& card) const;

 private:
  struct QuestionInfo {
    const Question* question = nullptr;  // for the level of an exercise's raw score
    double min = 1, max = 5, weight = 1;
    std::vector<std::size_t> competencies;
  };
  std::size_t competencies_ = 0;
  std::unordered_map<std::string, QuestionInfo> questions_;
};

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_AGGREGATE_MATH_H_
