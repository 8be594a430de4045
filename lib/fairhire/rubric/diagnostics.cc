#include "fairhire/rubric/diagnostics.h"

#include <cmath>
#include <limits>
#include <map>

namespace fairhire::rubric {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Acc {
  double n = 0, sum = 0, sumsq = 0;
  void Add(double x) { n += 1; sum += x; sumsq += x * x; }
  double Mean() const { return n > 0 ? sum / n : kNaN; }
  double Sd() const { return n > 1 ? std::sqrt(std::max(0.0, (sumsq - sum * sum / n) / (n - 1))) : kNaN; }
};

struct RaterAcc {
  Acc values, residuals;
  double midpoint = 0;
  Acc profile_sd;  // within-candidate sd across items
};

// Residuals against the other raters of each unit (ratings are sorted by candidate, item, rater).
void AddResiduals(const RatingsTable& t, std::vector<RaterAcc>* acc) {
  std::size_t start = 0;
  while (start < t.ratings.size()) {
    std::size_t end = start;
    double sum = 0;
    while (end < t.ratings.size() && t.ratings[end].candidate == t.ratings[start].candidate &&
           t.ratings[end].item == t.ratings[start].item) {
      sum += t.ratings[end++].value;
    }
    const double m = static_cast<double>(end - start);
    for (std::size_t i = start; m >= 2 && i < end; ++i) {
      const double others = (sum - t.ratings[i].value) / (m - 1);
      (*acc)[t.ratings[i].rater].residuals.Add(t.ratings[i].value - others);
    }
    start = end;
  }
}

// Halo: sd across items of each (rater, candidate) profile with at least 3 items.
void AddProfiles(const RatingsTable& t, std::vector<RaterAcc>* acc, Acc* pool) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, Acc> profiles;
  for (const auto& e : t.ratings) profiles[{e.rater, e.candidate}].Add(e.value);
  for (const auto& [key, a] : profiles) {
    if (a.n < 3) continue;
    (*acc)[key.first].profile_sd.Add(a.Sd());
    pool->Add(a.Sd());
  }
}

void Flag(const RaterAcc& a, RaterDiagnostics* d) {
  if (d->ratings < kMinRatingsForFlags) return;
  if (std::isfinite(d->leniency_z) && std::fabs(d->leniency_z) > 2 && std::fabs(d->leniency) >= 0.5) {
    d->flags.push_back(d->leniency > 0 ? "lenient" : "severe");
  }
  if (d->midpoint_share >= 0.7 || (std::isfinite(d->sd_ratio) && d->sd_ratio < 0.5)) {
    d->flags.push_back("central_tendency");
  }
  if (std::isfinite(d->halo_ratio) && d->halo_ratio < 0.5 && a.profile_sd.n >= 3) d->flags.push_back("halo");
}

}  // namespace

std::vector<RaterDiagnostics> DiagnoseRaters(const RatingsTable& t, double scale_min, double scale_max) {
  std::vector<RaterAcc> acc(t.raters.size());
  Acc all;
  const double mid = (scale_min + scale_max) / 2;
  for (const auto& e : t.ratings) {
    acc[e.rater].values.Add(e.value);
    all.Add(e.value);
    if (std::fabs(e.value - mid) <= 0.5) acc[e.rater].midpoint += 1;
  }
  AddResiduals(t, &acc);
  Acc pool_profile;
  AddProfiles(t, &acc, &pool_profile);
  std::vector<RaterDiagnostics> out;
  for (std::size_t r = 0; r < acc.size(); ++r) {
    const RaterAcc& a = acc[r];
    RaterDiagnostics d;
    d.rater = t.raters[r];
    d.ratings = static_cast<int>(a.values.n);
    d.mean = a.values.Mean();
    d.sd = a.values.Sd();
    d.leniency = a.residuals.Mean();
    const double se = a.residuals.Sd() / std::sqrt(a.residuals.n);
    d.leniency_z = se > 0 ? d.leniency / se : kNaN;
    d.midpoint_share = a.values.n > 0 ? a.midpoint / a.values.n : kNaN;
    d.sd_ratio = all.Sd() > 0 ? d.sd / all.Sd() : kNaN;
    d.halo_ratio = pool_profile.Mean() > 0 ? a.profile_sd.Mean() / pool_profile.Mean() : kNaN;
    Flag(a, &d);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace fairhire::rubric
