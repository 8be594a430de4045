#include "fairhire/assess/verdict.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace fairhire::assess {
namespace {

namespace bdata = boost::unit_test::data;

// The issue's order, most severe first.
const Verdict kOrder[] = {Verdict::kInternalError, Verdict::kTimeLimit, Verdict::kMemoryLimit,
                          Verdict::kOutputLimit,   Verdict::kSecurityViolation,
                          Verdict::kRuntimeError,  Verdict::kWrongAnswer, Verdict::kOk};

BOOST_AUTO_TEST_CASE(PrecedenceFollowsTheIssue) {
  for (std::size_t i = 0; i + 1 < std::size(kOrder); ++i) {
    for (std::size_t j = i + 1; j < std::size(kOrder); ++j) {
      BOOST_TEST(VerdictName(WorseVerdict(kOrder[i], kOrder[j])) == VerdictName(kOrder[i]));
      BOOST_TEST(VerdictName(WorseVerdict(kOrder[j], kOrder[i])) == VerdictName(kOrder[i]));
    }
  }
}

BOOST_DATA_TEST_CASE(NamesRoundTrip, bdata::make({"OK", "WA", "RE", "SV", "OLE", "MLE", "TLE", "IE", "CE"}),
                     name) {
  auto v = ParseVerdict(name);
  BOOST_TEST_REQUIRE(v.has_value());
  BOOST_TEST(VerdictName(*v) == name);
}

BOOST_AUTO_TEST_CASE(UnknownNameIsRejected) {
  BOOST_TEST(!ParseVerdict("AC").has_value());
  BOOST_TEST(!ParseVerdict("ok").has_value());
}

}  // namespace
}  // namespace fairhire::assess
