// Rater diagnostics over a RatingsTable (research note interviews.md §1.6): leniency/severity
// (mean residual against the other raters of the same unit, with a z value), central tendency
// (share of ratings at the scale midpoint, spread relative to the pool) and halo (flat profiles
// across items of the same candidate). Flags are raised only with at least kMinRatingsForFlags
// ratings. Thread-safety: pure functions.
#ifndef FAIRHIRE_RUBRIC_DIAGNOSTICS_H_
#define FAIRHIRE_RUBRIC_DIAGNOSTICS_H_

#include <string>
#include <vector>

#include "fairhire/rubric/ratings.h"

namespace fairhire::rubric {

inline constexpr int kMinRatingsForFlags = 15;

struct RaterDiagnostics {
  std::string rater;
  int ratings = 0;
  double mean = 0, sd = 0;
  double leniency = 0;        // mean of (rating - mean of the other raters on the same unit); NaN if none
  double leniency_z = 0;      // leniency / standard error; NaN if undefined
  double midpoint_share = 0;  // share of ratings within half a point of the scale midpoint
  double sd_ratio = 0;        // sd / pooled sd of all ratings
  double halo_ratio = 0;      // mean within-candidate sd across items / same for the pool; NaN if undefined
  std::vector<std::string> flags;  // "lenient", "severe", "central_tendency", "halo"
};

std::vector<RaterDiagnostics> DiagnoseRaters(const RatingsTable& table, double scale_min, double scale_max);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_DIAGNOSTICS_H_
