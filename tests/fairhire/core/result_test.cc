#include "fairhire/core/result.h"

#include <boost/test/unit_test.hpp>
#include <string>

namespace fairhire::core {
namespace {

Result<int> Half(int v) {
  if (v % 2 != 0) return MakeError(ErrorCode::kInvalidInput, "odd", "input@3");
  return v / 2;
}

Status Chain(int v) {
  FAIRHIRE_RETURN_IF_ERROR(Half(v));
  return OkStatus();
}

BOOST_AUTO_TEST_SUITE(result)

BOOST_AUTO_TEST_CASE(value_and_error) {
  auto ok = Half(4);
  BOOST_TEST(ok.has_value());
  BOOST_TEST(*ok == 2);
  auto bad = Half(3);
  BOOST_TEST(!bad);
  BOOST_TEST(bad.error().ToString() == "input@3: odd");
  BOOST_TEST(bad.value_or(7) == 7);
}

BOOST_AUTO_TEST_CASE(return_if_error_propagates) {
  BOOST_TEST(Chain(2).has_value());
  auto s = Chain(5);
  BOOST_TEST(!s);
  BOOST_TEST(s.error().where == "input@3");
}

BOOST_AUTO_TEST_CASE(exit_codes_follow_the_contract) {
  BOOST_TEST(ExitCodeFor(ErrorCode::kInvalidArgument) == 2);
  BOOST_TEST(ExitCodeFor(ErrorCode::kInvalidInput) == 65);
  BOOST_TEST(ExitCodeFor(ErrorCode::kSchema) == 65);
  BOOST_TEST(ExitCodeFor(ErrorCode::kLimitExceeded) == 65);
  BOOST_TEST(ExitCodeFor(ErrorCode::kInternal) == 70);
  BOOST_TEST(std::string(ErrorCodeName(ErrorCode::kSchema)) == "schema");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core
