#include "fairhire/assess/checker.h"

#include <boost/test/unit_test.hpp>

namespace fairhire::assess {
namespace {

struct Case {
  CheckerKind kind;
  const char* expected;
  const char* actual;
  bool accepted;
};

BOOST_AUTO_TEST_CASE(BuiltInCheckers) {
  const Case cases[] = {
      {CheckerKind::kExact, "1 2\n", "1 2\n", true},
      {CheckerKind::kExact, "1 2\n", "1 2", false},
      {CheckerKind::kLines, "a b\nc\n", "a b  \nc\n\n\n", true},
      {CheckerKind::kLines, "a b\nc\n", "a  b\nc\n", false},
      {CheckerKind::kLines, "a\nb\n", "a\n", false},
      {CheckerKind::kTokens, "1 2 3\n", "1\n2\n\n3", true},
      {CheckerKind::kTokens, "1 2 3\n", "1 2 3 4", false},
      {CheckerKind::kTokens, "1 2 3\n", "1 2", false},
      {CheckerKind::kFloat, "3.14159 x\n", "3.1415901 x", true},
      {CheckerKind::kFloat, "3.14159\n", "3.15", false},
      {CheckerKind::kFloat, "1e9\n", "1000000000.0005", true},   // relative tolerance
      {CheckerKind::kFloat, "word\n", "Word", false},
      {CheckerKind::kFloat, "2.5\n", "nan", false},
  };
  for (const Case& c : cases) {
    CheckerSpec spec;
    spec.kind = c.kind;
    CheckOutcome out = CompareOutput(spec, c.expected, c.actual);
    BOOST_TEST_CONTEXT("expected=" << c.expected << " actual=" << c.actual) {
      BOOST_TEST(out.accepted == c.accepted);
      BOOST_TEST(out.message.empty() == c.accepted);
    }
  }
}

BOOST_AUTO_TEST_CASE(MessagesNamePositionsNotText) {
  CheckerSpec spec;
  spec.kind = CheckerKind::kTokens;
  CheckOutcome out = CompareOutput(spec, "1 2 secret", "1 2 guess");
  BOOST_TEST(out.message == "token 3 differs");
}

}  // namespace
}  // namespace fairhire::assess
