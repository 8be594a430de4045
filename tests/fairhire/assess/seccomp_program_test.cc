// The seccomp program generated at build time is exactly what libseccomp compiles from
// internal/seccomp_filter.cc now (a stale header would load an outdated filter).
#include <boost/test/unit_test.hpp>
#include <cstring>
#include <iterator>
#include <vector>

#include "fairhire/assess/internal/seccomp_filter.h"
#include "fairhire/assess/internal/seccomp_program.h"

namespace fairhire::assess::internal {
namespace {

BOOST_AUTO_TEST_CASE(SeccompProgramIsTheCompiledFilter) {
  std::vector<sock_filter> fresh;
  BOOST_TEST_REQUIRE(CompileSeccompFilter(&fresh) == 0);
  std::vector<sock_filter> baked(std::begin(kSeccompProgram), std::end(kSeccompProgram));
  BOOST_TEST_REQUIRE(fresh.size() == baked.size());
  BOOST_TEST(std::memcmp(fresh.data(), baked.data(), fresh.size() * sizeof(sock_filter)) == 0);
  BOOST_TEST(baked.size() > 50u);  // the denylist, not an empty program
}

}  // namespace
}  // namespace fairhire::assess::internal
