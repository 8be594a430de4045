// AnalyseReliability: point estimates, candidate-level bootstrap, Spearman-Brown, and output.
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "fairhire/core/json_writer.h"
#include "fairhire/rubric/internal/stats_core.h"
#include "fairhire/rubric/reliability.h"

namespace fairhire::rubric {
namespace {

using internal::Coincidence;
using internal::IccStats;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kMaxLevels = 1000;

// What one candidate contributes; sums of these over a resample give every statistic.
struct CandidatePart {
  IccStats crossed, one_way;
  std::vector<std::pair<std::uint32_t, double>> coincidence;  // (cell index, weight), merged
};

struct Design {
  std::vector<double> levels;  // distinct values, ascending
  int raters = 0;              // all raters of the table (crossed k)
  int k0 = 0;                  // modal ratings per unit (one-way k)
  std::size_t units = 0;       // units with >= 2 ratings
  std::vector<CandidatePart> parts;
};

struct Unit {
  std::uint32_t candidate;
  std::vector<double> values;  // in rater-index order
};

std::vector<Unit> GroupUnits(const RatingsTable& t) {
  std::vector<Unit> units;
  for (std::size_t i = 0; i < t.ratings.size(); ++i) {
    const auto& e = t.ratings[i];
    if (i == 0 || e.candidate != t.ratings[i - 1].candidate || e.item != t.ratings[i - 1].item) {
      units.push_back({e.candidate, {}});
    }
    units.back().values.push_back(e.value);
  }
  return units;
}

int ModalCount(const std::vector<Unit>& units) {
  std::vector<std::size_t> freq;
  for (const auto& u : units) {
    if (u.values.size() >= freq.size()) freq.resize(u.values.size() + 1, 0);
    ++freq[u.values.size()];
  }
  int best = 0;
  for (std::size_t m = 2; m < freq.size(); ++m) {
    if (freq[m] > 0 && (best == 0 || freq[m] >= freq[best])) best = static_cast<int>(m);
  }
  return best;
}

void AddUnitToPart(const Unit& u, const Design& d, CandidatePart* part) {
  const std::size_t m = u.values.size();
  if (static_cast<int>(m) == d.raters) part->crossed.AddRow(u.values.data(), m, true);
  if (static_cast<int>(m) == d.k0) part->one_way.AddRow(u.values.data(), m, false);
  std::vector<std::uint32_t> lv(m);
  for (std::size_t i = 0; i < m; ++i) {
    lv[i] = static_cast<std::uint32_t>(std::lower_bound(d.levels.begin(), d.levels.end(), u.values[i]) - d.levels.begin());
  }
  const std::uint32_t v = static_cast<std::uint32_t>(d.levels.size());
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      if (i != j) part->coincidence.emplace_back(lv[i] * v + lv[j], 1.0 / static_cast<double>(m - 1));
    }
  }
}

void MergeCoincidence(std::vector<std::pair<std::uint32_t, double>>* cells) {
  std::sort(cells->begin(), cells->end());
  std::size_t out = 0;
  for (std::size_t i = 0; i < cells->size(); ++i) {
    if (out > 0 && (*cells)[out - 1].first == (*cells)[i].first) {
      (*cells)[out - 1].second += (*cells)[i].second;
    } else {
      (*cells)[out++] = (*cells)[i];
    }
  }
  cells->resize(out);
}

Result<Design> BuildDesign(const RatingsTable& t) {
  Design d;
  for (const auto& e : t.ratings) d.levels.push_back(e.value);
  std::sort(d.levels.begin(), d.levels.end());
  d.levels.erase(std::unique(d.levels.begin(), d.levels.end()), d.levels.end());
  if (d.levels.size() > kMaxLevels) {
    return MakeError(ErrorCode::kInvalidInput, "ratings take more than 1000 distinct values; use a rating scale");
  }
  const auto units = GroupUnits(t);
  std::vector<char> active(t.raters.size(), 0);  // raters with at least one value (not only "na")
  for (const auto& e : t.ratings) active[e.rater] = 1;
  d.raters = static_cast<int>(std::count(active.begin(), active.end(), 1));
  d.k0 = ModalCount(units);
  d.parts.resize(t.candidates.size());
  for (const auto& u : units) {
    if (u.values.size() < 2) continue;
    ++d.units;
    AddUnitToPart(u, d, &d.parts[u.candidate]);
  }
  if (d.units < 2) return MakeError(ErrorCode::kInvalidInput, "fewer than 2 items were rated by 2 raters or more");
  for (auto& p : d.parts) MergeCoincidence(&p.coincidence);
  return d;
}

struct Stats {
  double alpha[4];
  Icc crossed, one_way;
  bool crossed_ok = false, one_way_ok = false;
};

Stats Compute(const Design& d, const std::vector<std::uint32_t>& sample) {
  IccStats crossed, one_way;
  Coincidence co(d.levels.size());
  for (std::uint32_t c : sample) {
    const auto& p = d.parts[c];
    crossed.Add(p.crossed);
    one_way.Add(p.one_way);
    for (const auto& [cell, w] : p.coincidence) co.o[cell] += w;
  }
  Stats s;
  const AlphaMetric metrics[4] = {AlphaMetric::kNominal, AlphaMetric::kOrdinal, AlphaMetric::kInterval,
                                  AlphaMetric::kRatio};
  for (int m = 0; m < 4; ++m) s.alpha[m] = internal::AlphaFromCoincidence(co, d.levels, metrics[m]);
  s.crossed_ok = crossed.n >= 2 && d.raters >= 2;
  s.one_way_ok = one_way.n >= 2 && d.k0 >= 2;
  if (s.crossed_ok) s.crossed = internal::IccFromStats(crossed, d.raters, false);
  if (s.one_way_ok) s.one_way = internal::IccFromStats(one_way, d.k0, true);
  return s;
}

// The values of the statistic, in the order of the report: alpha x4, then ICC x6.
std::vector<double> Flatten(const Stats& s) {
  const double nan = kNaN;
  const Icc& c = s.crossed;
  const Icc& o = s.one_way;
  return {s.alpha[0], s.alpha[1], s.alpha[2], s.alpha[3],
          s.one_way_ok ? o.icc1_1 : nan, s.crossed_ok ? c.icc2_1 : nan, s.crossed_ok ? c.icc3_1 : nan,
          s.one_way_ok ? o.icc1_k : nan, s.crossed_ok ? c.icc2_k : nan, s.crossed_ok ? c.icc3_k : nan};
}

// Unbiased draw in [0, n) from a 64-bit engine (same sequence on every platform).
std::uint32_t Draw(std::mt19937_64& rng, std::uint64_t n) {
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
  std::uint64_t x;
  do x = rng(); while (x >= limit);
  return static_cast<std::uint32_t>(x % n);
}

double Percentile(std::vector<double> v, double q) {
  if (v.empty()) return kNaN;
  std::sort(v.begin(), v.end());
  const double pos = q * static_cast<double>(v.size() - 1);
  const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (pos - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

std::vector<std::pair<double, double>> Bootstrap(const Design& d, const ReliabilityOptions& opt) {
  std::vector<std::vector<double>> draws(10);
  std::mt19937_64 rng(opt.seed);
  std::vector<std::uint32_t> sample(d.parts.size());
  for (int b = 0; b < opt.bootstrap; ++b) {
    for (auto& c : sample) c = Draw(rng, d.parts.size());
    const auto flat = Flatten(Compute(d, sample));
    for (std::size_t i = 0; i < flat.size(); ++i) {
      if (std::isfinite(flat[i])) draws[i].push_back(flat[i]);
    }
  }
  std::vector<std::pair<double, double>> ci;
  for (auto& v : draws) ci.emplace_back(Percentile(v, 0.025), Percentile(v, 0.975));
  return ci;
}

void AddNotes(const Design& d, const RatingsTable& t, ReliabilityReport* r) {
  if (t.candidates.size() < 20) r->notes.push_back("fewer than 20 candidates: too few to publish reliability figures");
  if (r->crossed_units < 2) {
    r->notes.push_back("no crossed design (no items rated by every rater): ICC(2,.) and ICC(3,.) are not defined");
  }
  if (static_cast<std::size_t>(r->icc1_units) < d.units) {
    r->notes.push_back("ICC(1,.) uses the " + std::to_string(r->icc1_units) + " of " + std::to_string(d.units) +
                       " items that have exactly " + std::to_string(d.k0) + " ratings");
  }
}

}  // namespace

Result<ReliabilityReport> AnalyseReliability(const RatingsTable& table, const ReliabilityOptions& options) {
  auto design = BuildDesign(table);
  if (!design) return design.error();
  const Design& d = *design;
  std::vector<std::uint32_t> all(d.parts.size());
  for (std::size_t c = 0; c < all.size(); ++c) all[c] = static_cast<std::uint32_t>(c);
  const Stats point = Compute(d, all);
  const auto flat = Flatten(point);
  const auto ci = options.bootstrap > 0 ? Bootstrap(d, options)
                                        : std::vector<std::pair<double, double>>(flat.size(), {kNaN, kNaN});
  ReliabilityReport r;
  Estimate* slots[10] = {&r.alpha_nominal, &r.alpha_ordinal, &r.alpha_interval, &r.alpha_ratio, &r.icc1_1,
                         &r.icc2_1,        &r.icc3_1,        &r.icc1_k,         &r.icc2_k,      &r.icc3_k};
  for (int i = 0; i < 10; ++i) *slots[i] = {flat[i], ci[i].first, ci[i].second};
  r.ratings = table.ratings.size();
  r.missing = table.missing;
  r.candidates = table.candidates.size();
  r.raters = table.raters.size();
  r.items = table.items.size();
  r.units = d.units;
  r.icc1_units = point.one_way_ok ? point.one_way.n : 0;
  r.icc1_raters = d.k0;
  r.crossed_units = point.crossed_ok ? point.crossed.n : 0;
  r.crossed_raters = d.raters;
  r.sb_basis = std::isfinite(r.icc1_1.value) ? "icc1_1" : "krippendorff_alpha_interval";
  r.sb_single = std::isfinite(r.icc1_1.value) ? r.icc1_1.value : r.alpha_interval.value;
  r.target = options.target;
  r.raters_needed = RatersNeeded(r.sb_single, options.target);
  r.bootstrap = options.bootstrap;
  r.seed = options.seed;
  const double lo = options.scale_min.value_or(d.levels.front());
  const double hi = options.scale_max.value_or(d.levels.back());
  r.rater_diagnostics = DiagnoseRaters(table, lo, hi);
  AddNotes(d, table, &r);
  return r;
}

}  // namespace fairhire::rubric
