// Inter-rater reliability: Krippendorff's alpha (nominal, ordinal, interval, ratio; handles missing
// data), the six Shrout & Fleiss (1979) intraclass correlations, Spearman-Brown projection, and a
// report over a RatingsTable with candidate-level (cluster) bootstrap confidence intervals.
// A "unit" is one item of one candidate; its values are the raters' ratings. ICC(2,·)/(3,·) use
// the units rated by every rater of the table (a crossed design); ICC(1,·) uses the units with the
// most common number of ratings k, the realistic interview-loop design where raters differ per
// candidate. The bootstrap is seeded: the same input and seed give the same intervals.
// Formulas and verified vectors: research note interviews.md §1.5. Thread-safety: pure functions.
#ifndef FAIRHIRE_RUBRIC_RELIABILITY_H_
#define FAIRHIRE_RUBRIC_RELIABILITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fairhire/core/result.h"
#include "fairhire/rubric/diagnostics.h"
#include "fairhire/rubric/ratings.h"

namespace fairhire::rubric {

enum class AlphaMetric { kNominal, kOrdinal, kInterval, kRatio };

// Alpha over units given as the list of values each received (missing values left out; units
// with fewer than 2 values do not count). NaN when there is no disagreement to expect (one value
// only) or fewer than 2 pairable values.
double KrippendorffAlpha(const std::vector<std::vector<double>>& units, AlphaMetric metric);

struct Icc {
  double icc1_1 = 0, icc2_1 = 0, icc3_1 = 0, icc1_k = 0, icc2_k = 0, icc3_k = 0;
  double msr = 0, msc = 0, mse = 0, msw = 0;  // between targets, between raters, residual, within
  int n = 0;                                 // targets
  int k = 0;                                 // raters
};

// ICC from a complete n x k matrix (rows = targets, columns = raters). Errors: kInvalidInput when
// n < 2, k < 2 or rows have different lengths.
Result<Icc> ComputeIcc(const std::vector<std::vector<double>>& matrix);

// Reliability of the mean of k raters given single-rater reliability rho1.
double SpearmanBrown(double rho1, double k);
// Raters needed to reach `target` from single-rater reliability rho1; NaN when rho1 <= 0.
double RatersNeeded(double rho1, double target);

struct Estimate {
  double value = 0;       // NaN when undefined
  double low = 0, high = 0;  // bootstrap percentile interval; NaN when not computed
};

struct ReliabilityOptions {
  int bootstrap = 1000;               // resamples over candidates; 0 = no intervals
  std::uint64_t seed = 20250601;      // fixed default so runs are reproducible
  double target = 0.80;               // Spearman-Brown target
  std::optional<double> scale_min;    // for rater diagnostics; default: observed minimum
  std::optional<double> scale_max;
};

struct ReliabilityReport {
  std::size_t ratings = 0, missing = 0, candidates = 0, raters = 0, items = 0, units = 0;
  Estimate alpha_nominal, alpha_ordinal, alpha_interval, alpha_ratio;
  Estimate icc1_1, icc2_1, icc3_1, icc1_k, icc2_k, icc3_k;
  int icc1_units = 0, icc1_raters = 0;       // units and k used by ICC(1,·)
  int crossed_units = 0, crossed_raters = 0;  // units and k used by ICC(2,·) and ICC(3,·)
  std::string sb_basis;                      // statistic used as single-rater reliability
  double sb_single = 0;                      // its value
  double raters_needed = 0;                  // Spearman-Brown raters for options.target (NaN: unreachable)
  double target = 0.8;
  int bootstrap = 0;
  std::uint64_t seed = 0;
  std::vector<RaterDiagnostics> rater_diagnostics;
  std::vector<std::string> notes;            // e.g. "fewer than 20 candidates"
};

// Every statistic over the table. Errors: kInvalidInput when fewer than 2 units have 2 ratings or
// the values have more than 1000 distinct levels.
Result<ReliabilityReport> AnalyseReliability(const RatingsTable& table, const ReliabilityOptions& options);

std::string ReliabilityReportToJson(const ReliabilityReport& report);
std::string ReliabilityReportToText(const ReliabilityReport& report);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_RELIABILITY_H_
