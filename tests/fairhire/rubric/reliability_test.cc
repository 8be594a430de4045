// Reliability statistics against the verified vectors of interviews.md §1.5 (tolerance 1e-4),
// plus invariance properties and the CSV reader.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <map>
#include <ostream>
#include <string>

#include "fairhire/rubric/reliability.h"

namespace fairhire::rubric {
namespace {

namespace bdata = boost::unit_test::data;
}  // namespace

std::ostream& operator<<(std::ostream& os, AlphaMetric m) { return os << static_cast<int>(m); }

namespace {
constexpr double kTol = 1e-4;

const std::vector<std::vector<double>> kShroutFleiss = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8},
                                                        {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};

// Krippendorff "C" data: coders A-D x 12 units; NaN = missing.
const double N = std::nan("");
const std::vector<std::vector<double>> kCoders = {{1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N},
                                                  {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, N},
                                                  {N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 3},
                                                  {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N}};

std::vector<std::vector<double>> CoderUnits() {
  std::vector<std::vector<double>> units(12);
  for (const auto& coder : kCoders) {
    for (std::size_t u = 0; u < 12; ++u) {
      if (!std::isnan(coder[u])) units[u].push_back(coder[u]);
    }
  }
  return units;
}

std::string MatrixCsv(const std::vector<std::vector<double>>& m, double shift_rater0 = 0) {
  std::string csv = "candidate,rater,item,value\n";
  for (std::size_t t = 0; t < m.size(); ++t) {
    for (std::size_t r = 0; r < m[t].size(); ++r) {
      const double v = m[t][r] + (r == 0 ? shift_rater0 : 0);
      csv += "c" + std::to_string(t) + ",r" + std::to_string(r) + ",q1," + std::to_string(v) + "\n";
    }
  }
  return csv;
}

BOOST_AUTO_TEST_SUITE(reliability)

BOOST_AUTO_TEST_CASE(shrout_fleiss_vector) {
  auto icc = ComputeIcc(kShroutFleiss);
  BOOST_REQUIRE(icc.has_value());
  BOOST_CHECK_SMALL(icc->msr - 11.2417, kTol);
  BOOST_CHECK_SMALL(icc->msc - 32.4861, kTol);
  BOOST_CHECK_SMALL(icc->mse - 1.0194, kTol);
  BOOST_CHECK_SMALL(icc->msw - 6.2639, kTol);
  BOOST_CHECK_SMALL(icc->icc1_1 - 0.1657, kTol);
  BOOST_CHECK_SMALL(icc->icc2_1 - 0.2898, kTol);
  BOOST_CHECK_SMALL(icc->icc3_1 - 0.7148, kTol);
  BOOST_CHECK_SMALL(icc->icc1_k - 0.4428, kTol);
  BOOST_CHECK_SMALL(icc->icc2_k - 0.6201, kTol);
  BOOST_CHECK_SMALL(icc->icc3_k - 0.9093, kTol);
}

BOOST_DATA_TEST_CASE(krippendorff_vector,
                     bdata::make({AlphaMetric::kNominal, AlphaMetric::kOrdinal, AlphaMetric::kInterval,
                                  AlphaMetric::kRatio}) ^
                         bdata::make({0.7434, 0.8154, 0.8491, 0.7974}),
                     metric, expected) {
  BOOST_CHECK_SMALL(KrippendorffAlpha(CoderUnits(), metric) - expected, kTol);
}

BOOST_AUTO_TEST_CASE(spearman_brown_vector) {
  const double expected[] = {0.61, 0.70, 0.76, 0.80};  // ρ1 = .44, k = 2..5 (interviews.md §1.5)
  for (int k = 2; k <= 5; ++k) BOOST_CHECK_SMALL(SpearmanBrown(0.44, k) - expected[k - 2], 0.006);
  BOOST_CHECK_SMALL(RatersNeeded(0.44, 0.80) - 0.80 * 0.56 / (0.44 * 0.20), 1e-12);
  BOOST_CHECK_SMALL(SpearmanBrown(0.44, RatersNeeded(0.44, 0.80)) - 0.80, 1e-12);
  BOOST_CHECK(std::isnan(RatersNeeded(0.0, 0.8)));
}

BOOST_AUTO_TEST_CASE(report_from_csv_matches_vectors) {
  auto table = ParseRatingsCsv(MatrixCsv(kShroutFleiss), "sf.csv");
  BOOST_REQUIRE(table.has_value());
  ReliabilityOptions opt;
  opt.bootstrap = 200;
  auto r = AnalyseReliability(*table, opt);
  BOOST_REQUIRE(r.has_value());
  BOOST_CHECK_SMALL(r->icc1_1.value - 0.1657, kTol);
  BOOST_CHECK_SMALL(r->icc2_1.value - 0.2898, kTol);
  BOOST_CHECK_SMALL(r->icc3_k.value - 0.9093, kTol);
  BOOST_CHECK_EQUAL(r->crossed_units, 6);
  BOOST_CHECK_EQUAL(r->crossed_raters, 4);
  BOOST_CHECK_EQUAL(r->sb_basis, "icc1_1");
  BOOST_CHECK_SMALL(r->raters_needed - RatersNeeded(r->icc1_1.value, 0.8), 1e-12);
  BOOST_CHECK(r->icc3_1.low <= r->icc3_1.high);
  BOOST_CHECK(!r->notes.empty());  // fewer than 20 candidates
}

BOOST_AUTO_TEST_CASE(alpha_with_missing_values_from_csv) {
  std::string csv;
  for (std::size_t c = 0; c < kCoders.size(); ++c) {
    for (std::size_t u = 0; u < 12; ++u) {
      csv += "u" + std::to_string(u) + ",coder" + std::to_string(c) + ",item," +
             (std::isnan(kCoders[c][u]) ? std::string("na") : std::to_string(kCoders[c][u])) + "\n";
    }
  }
  auto table = ParseRatingsCsv(csv, "c.csv");
  BOOST_REQUIRE(table.has_value());
  BOOST_CHECK_EQUAL(table->missing, 7u);  // 3 + 2 + 1 + 1 missing values
  ReliabilityOptions opt;
  opt.bootstrap = 0;
  auto r = AnalyseReliability(*table, opt);
  BOOST_REQUIRE(r.has_value());
  BOOST_CHECK_SMALL(r->alpha_nominal.value - 0.7434, kTol);
  BOOST_CHECK_SMALL(r->alpha_ordinal.value - 0.8154, kTol);
  BOOST_CHECK_SMALL(r->alpha_interval.value - 0.8491, kTol);
  BOOST_CHECK(std::isnan(r->alpha_interval.low));  // no bootstrap asked
}

// Property: relabelling raters and shuffling rows changes no statistic.
BOOST_AUTO_TEST_CASE(permuting_raters_changes_nothing) {
  std::mt19937 rng(7);
  std::vector<std::string> c, r, i;
  std::vector<double> v;
  std::uniform_int_distribution<int> level(1, 5);
  for (int cand = 0; cand < 30; ++cand) {
    for (int rater = 0; rater < 3; ++rater) {
      for (int item = 0; item < 4; ++item) {
        c.push_back("c" + std::to_string(cand));
        r.push_back("r" + std::to_string(rater));
        i.push_back("q" + std::to_string(item));
        v.push_back((cand % 5) + 1 + (level(rng) > 3 ? 1 : 0));
      }
    }
  }
  auto base = MakeRatingsTable(c, r, i, v);
  BOOST_REQUIRE(base.has_value());
  std::vector<std::size_t> order(v.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<std::string> c2, r2, i2;
  std::vector<double> v2;
  const std::map<std::string, std::string> relabel = {{"r0", "r2"}, {"r1", "r0"}, {"r2", "r1"}};
  for (std::size_t k : order) {
    c2.push_back(c[k]);
    r2.push_back(relabel.at(r[k]));
    i2.push_back(i[k]);
    v2.push_back(v[k]);
  }
  auto perm = MakeRatingsTable(c2, r2, i2, v2);
  BOOST_REQUIRE(perm.has_value());
  ReliabilityOptions opt;
  opt.bootstrap = 0;
  auto a = AnalyseReliability(*base, opt);
  auto b = AnalyseReliability(*perm, opt);
  BOOST_REQUIRE(a && b);
  for (auto field : {&ReliabilityReport::alpha_interval, &ReliabilityReport::alpha_ordinal,
                     &ReliabilityReport::alpha_nominal, &ReliabilityReport::icc1_1, &ReliabilityReport::icc2_1,
                     &ReliabilityReport::icc3_1, &ReliabilityReport::icc1_k, &ReliabilityReport::icc2_k,
                     &ReliabilityReport::icc3_k}) {
    BOOST_CHECK_SMALL(((*a).*field).value - ((*b).*field).value, 1e-12);
  }
}

// Property: a constant added to one rater's scores leaves ICC(3,·) (consistency) unchanged but
// lowers ICC(2,·) (absolute agreement).
BOOST_DATA_TEST_CASE(constant_shift_keeps_icc3, bdata::make({0.5, 1.0, 3.0, -2.0}), shift) {
  auto base = ParseRatingsCsv(MatrixCsv(kShroutFleiss), "a.csv");
  auto shifted = ParseRatingsCsv(MatrixCsv(kShroutFleiss, shift), "b.csv");
  BOOST_REQUIRE(base && shifted);
  ReliabilityOptions opt;
  opt.bootstrap = 0;
  auto a = AnalyseReliability(*base, opt);
  auto b = AnalyseReliability(*shifted, opt);
  BOOST_REQUIRE(a && b);
  BOOST_CHECK_SMALL(a->icc3_1.value - b->icc3_1.value, 1e-9);
  BOOST_CHECK_SMALL(a->icc3_k.value - b->icc3_k.value, 1e-9);
  BOOST_CHECK_GT(std::fabs(a->icc2_1.value - b->icc2_1.value), 1e-3);
}

BOOST_AUTO_TEST_CASE(bootstrap_is_seeded) {
  auto table = ParseRatingsCsv(MatrixCsv(kShroutFleiss), "a.csv");
  BOOST_REQUIRE(table.has_value());
  ReliabilityOptions opt;
  opt.bootstrap = 300;
  auto a = AnalyseReliability(*table, opt);
  auto b = AnalyseReliability(*table, opt);
  opt.seed = 12345;
  auto c = AnalyseReliability(*table, opt);
  BOOST_REQUIRE(a && b && c);
  BOOST_CHECK_EQUAL(a->icc2_1.low, b->icc2_1.low);
  BOOST_CHECK_EQUAL(a->alpha_interval.high, b->alpha_interval.high);
  BOOST_CHECK(a->icc2_1.low != c->icc2_1.low || a->icc2_1.high != c->icc2_1.high);
  BOOST_CHECK(a->icc2_1.low <= a->icc2_1.value && a->icc2_1.value <= a->icc2_1.high);
}

BOOST_DATA_TEST_CASE(csv_errors,
                     bdata::make({std::string("c1,r1,q1\n"), std::string("c1,r1,q1,4\nc1,r1,q1,5\n"),
                                  std::string("c1,r1,q1,four\n"), std::string("c1,,q1,3\n"),
                                  std::string("c1,r1,q1,3\n\"c2,r1,q1,3\n")}) ^
                         bdata::make({std::string("x.csv:1"), std::string("x.csv:2"), std::string("x.csv:1"),
                                      std::string("x.csv:1"), std::string("x.csv:2")}),
                     csv, where) {
  auto t = ParseRatingsCsv(csv, "x.csv");
  BOOST_REQUIRE(!t.has_value());
  BOOST_CHECK_EQUAL(t.error().code, ErrorCode::kInvalidInput);
  BOOST_CHECK_EQUAL(t.error().where, where);
}

BOOST_AUTO_TEST_CASE(rater_diagnostics_flag_leniency_and_central_tendency) {
  std::vector<std::string> c, r, i;
  std::vector<double> v;
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> level(1, 5);
  for (int cand = 0; cand < 40; ++cand) {
    const int truth = level(rng);
    for (int item = 0; item < 3; ++item) {
      for (const char* rater : {"fair1", "fair2", "lenient", "middle"}) {
        c.push_back("c" + std::to_string(cand));
        r.push_back(rater);
        i.push_back("q" + std::to_string(item));
        const std::string name = rater;
        v.push_back(name == "lenient" ? std::min(5, truth + 2) : name == "middle" ? 3 : truth);
      }
    }
  }
  auto t = MakeRatingsTable(c, r, i, v);
  BOOST_REQUIRE(t.has_value());
  const auto d = DiagnoseRaters(*t, 1, 5);
  auto flags = [&](const std::string& name) {
    for (const auto& x : d) if (x.rater == name) return x.flags;
    return std::vector<std::string>{};
  };
  auto has = [](const std::vector<std::string>& f, const char* s) { return std::find(f.begin(), f.end(), s) != f.end(); };
  BOOST_CHECK(has(flags("lenient"), "lenient"));
  BOOST_CHECK(has(flags("middle"), "central_tendency"));
  BOOST_CHECK(!has(flags("fair1"), "lenient") && !has(flags("fair1"), "central_tendency"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
