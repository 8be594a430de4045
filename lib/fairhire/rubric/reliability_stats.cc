// Krippendorff's alpha, ICC and Spearman-Brown.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "fairhire/rubric/internal/stats_core.h"
#include "fairhire/rubric/reliability.h"

namespace fairhire::rubric {
namespace internal {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Squared distance between levels a <= b for the metric; `marg` = level marginals n_g.
double Delta2(std::size_t a, std::size_t b, const std::vector<double>& values, const std::vector<double>& marg,
              const std::vector<double>& prefix, AlphaMetric metric) {
  if (a == b) return 0;
  if (a > b) std::swap(a, b);
  switch (metric) {
    case AlphaMetric::kNominal: return 1;
    case AlphaMetric::kInterval: return (values[a] - values[b]) * (values[a] - values[b]);
    case AlphaMetric::kRatio: {
      const double s = values[a] + values[b];
      if (s == 0) return 0;
      const double d = (values[a] - values[b]) / s;
      return d * d;
    }
    case AlphaMetric::kOrdinal: {
      const double d = prefix[b + 1] - prefix[a] - (marg[a] + marg[b]) / 2;
      return d * d;
    }
  }
  return kNaN;
}

}  // namespace

void IccStats::Add(const IccStats& other) {
  n += other.n;
  sum += other.sum;
  sumsq += other.sumsq;
  rowsq += other.rowsq;
  if (colsum.size() < other.colsum.size()) colsum.resize(other.colsum.size(), 0.0);
  for (std::size_t j = 0; j < other.colsum.size(); ++j) colsum[j] += other.colsum[j];
}

void IccStats::AddRow(const double* row, std::size_t k, bool with_columns) {
  double rs = 0;
  if (with_columns && colsum.size() < k) colsum.resize(k, 0.0);
  for (std::size_t j = 0; j < k; ++j) {
    rs += row[j];
    sumsq += row[j] * row[j];
    if (with_columns) colsum[j] += row[j];
  }
  n += 1;
  sum += rs;
  rowsq += rs * rs;
}

Icc IccFromStats(const IccStats& s, int k, bool one_way) {
  Icc r;
  r.n = static_cast<int>(s.n);
  r.k = k;
  const double n = s.n, kk = k, big_n = n * kk;
  const double c = s.sum * s.sum / big_n;
  const double sst = s.sumsq - c, ssr = s.rowsq / kk - c;
  r.msr = ssr / (n - 1);
  r.msw = (sst - ssr) / (n * (kk - 1));
  r.icc1_1 = (r.msr - r.msw) / (r.msr + (kk - 1) * r.msw);
  r.icc1_k = (r.msr - r.msw) / r.msr;
  if (one_way) {
    r.msc = r.mse = r.icc2_1 = r.icc3_1 = r.icc2_k = r.icc3_k = kNaN;
    return r;
  }
  double colsq = 0;
  for (double cs : s.colsum) colsq += cs * cs;
  const double ssc = colsq / n - c;
  r.msc = ssc / (kk - 1);
  r.mse = (sst - ssr - ssc) / ((n - 1) * (kk - 1));
  r.icc2_1 = (r.msr - r.mse) / (r.msr + (kk - 1) * r.mse + kk * (r.msc - r.mse) / n);
  r.icc3_1 = (r.msr - r.mse) / (r.msr + (kk - 1) * r.mse);
  r.icc2_k = (r.msr - r.mse) / (r.msr + (r.msc - r.mse) / n);
  r.icc3_k = (r.msr - r.mse) / r.msr;
  return r;
}

void Coincidence::AddUnit(const std::vector<int>& level_of_value) {
  const double m = static_cast<double>(level_of_value.size());
  if (m < 2) return;
  for (std::size_t i = 0; i < level_of_value.size(); ++i) {
    for (std::size_t j = 0; j < level_of_value.size(); ++j) {
      if (i != j) o[level_of_value[i] * levels + level_of_value[j]] += 1.0 / (m - 1);
    }
  }
}

void Coincidence::Add(const Coincidence& other) {
  for (std::size_t i = 0; i < o.size(); ++i) o[i] += other.o[i];
}

double AlphaFromCoincidence(const Coincidence& c, const std::vector<double>& values, AlphaMetric metric) {
  const std::size_t v = c.levels;
  std::vector<double> marg(v, 0.0);
  double n = 0;
  for (std::size_t a = 0; a < v; ++a) {
    for (std::size_t b = 0; b < v; ++b) marg[a] += c.o[a * v + b];
    n += marg[a];
  }
  if (n < 2) return kNaN;
  std::vector<double> prefix(v + 1, 0.0);
  for (std::size_t a = 0; a < v; ++a) prefix[a + 1] = prefix[a] + marg[a];
  double observed = 0, expected = 0;
  for (std::size_t a = 0; a < v; ++a) {
    for (std::size_t b = 0; b < v; ++b) {
      if (a == b) continue;
      const double d2 = Delta2(a, b, values, marg, prefix, metric);
      observed += c.o[a * v + b] * d2;
      expected += marg[a] * marg[b] * d2;
    }
  }
  if (expected <= 0) return kNaN;
  return 1.0 - (n - 1) * observed / expected;
}

}  // namespace internal

double KrippendorffAlpha(const std::vector<std::vector<double>>& units, AlphaMetric metric) {
  std::vector<double> values;
  for (const auto& u : units) {
    if (u.size() >= 2) values.insert(values.end(), u.begin(), u.end());
  }
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  internal::Coincidence c(values.size());
  std::vector<int> levels;
  for (const auto& u : units) {
    if (u.size() < 2) continue;
    levels.clear();
    for (double x : u) {
      levels.push_back(static_cast<int>(std::lower_bound(values.begin(), values.end(), x) - values.begin()));
    }
    c.AddUnit(levels);
  }
  return internal::AlphaFromCoincidence(c, values, metric);
}

Result<Icc> ComputeIcc(const std::vector<std::vector<double>>& matrix) {
  if (matrix.size() < 2) return MakeError(ErrorCode::kInvalidInput, "ICC needs at least 2 rated targets");
  const std::size_t k = matrix[0].size();
  if (k < 2) return MakeError(ErrorCode::kInvalidInput, "ICC needs at least 2 raters");
  internal::IccStats s;
  for (const auto& row : matrix) {
    if (row.size() != k) return MakeError(ErrorCode::kInvalidInput, "ICC needs every target rated by every rater");
    s.AddRow(row.data(), k, true);
  }
  return internal::IccFromStats(s, static_cast<int>(k), false);
}

double SpearmanBrown(double rho1, double k) { return k * rho1 / (1 + (k - 1) * rho1); }

double RatersNeeded(double rho1, double target) {
  if (!(rho1 > 0) || !(target > 0 && target < 1)) return internal::kNaN;
  return target * (1 - rho1) / (rho1 * (1 - target));
}

}  // namespace fairhire::rubric
