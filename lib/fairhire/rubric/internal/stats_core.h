// Internal: additive building blocks of the reliability statistics, so the bootstrap can sum
// per-candidate pieces instead of recomputing from raw ratings.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_STATS_CORE_H_
#define FAIRHIRE_RUBRIC_INTERNAL_STATS_CORE_H_

#include <cstddef>
#include <vector>

#include "fairhire/rubric/reliability.h"

namespace fairhire::rubric::internal {

// Sufficient statistics of an n x k ratings matrix (rows = units).
struct IccStats {
  double n = 0;                // rows
  double sum = 0, sumsq = 0;   // of all values
  double rowsq = 0;            // sum over rows of (row sum)^2
  std::vector<double> colsum;  // per column; empty for the one-way design
  void Add(const IccStats& other);
  void AddRow(const double* row, std::size_t k, bool with_columns);
};

// ICC from statistics with k values per row. one_way = only ICC(1,·) is meaningful (the others NaN).
Icc IccFromStats(const IccStats& s, int k, bool one_way);

// Dense V x V coincidence matrix (row-major) over value levels `values` (sorted ascending).
struct Coincidence {
  std::size_t levels = 0;
  std::vector<double> o;
  explicit Coincidence(std::size_t v = 0) : levels(v), o(v * v, 0.0) {}
  // Adds one unit given the level index of each of its m >= 2 values.
  void AddUnit(const std::vector<int>& level_of_value);
  void Add(const Coincidence& other);
};

double AlphaFromCoincidence(const Coincidence& c, const std::vector<double>& values, AlphaMetric metric);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_STATS_CORE_H_
