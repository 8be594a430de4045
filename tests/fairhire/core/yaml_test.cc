#include "fairhire/core/internal/yaml.h"

#include <boost/test/unit_test.hpp>

namespace fairhire::core::yaml {
namespace {

BOOST_AUTO_TEST_SUITE(yaml)

BOOST_AUTO_TEST_CASE(syntax_errors_carry_line_and_column) {
  auto r = Parse("a: 1\nb: [1, 2\n", "p.yaml");
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().code == ErrorCode::kInvalidInput);
  BOOST_TEST(r.error().where.rfind("p.yaml:", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(unknown_key_is_reported_at_the_key) {
  auto r = Parse("name: x\n  \ncolour: red\n", "p.yaml");
  BOOST_REQUIRE(r.has_value());
  auto s = CheckKeys("p.yaml", *r, {"name"}, "policy");
  BOOST_REQUIRE(!s);
  BOOST_TEST(s.error().code == ErrorCode::kSchema);
  BOOST_TEST(s.error().where == "p.yaml:3:1");
  BOOST_TEST(s.error().message.find("colour") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(typed_reads) {
  auto r = Parse("n: 2.5\ni: 7\nb: yes\nbad: x1\n", "t.yaml");
  BOOST_REQUIRE(r.has_value());
  BOOST_TEST(*GetNumber("t.yaml", (*r)["n"], "n") == 2.5);
  BOOST_TEST(*GetInteger("t.yaml", (*r)["i"], "i") == 7);
  BOOST_TEST(*GetBool("t.yaml", (*r)["b"], "b") == true);
  auto bad = GetInteger("t.yaml", (*r)["bad"], "bad");
  BOOST_REQUIRE(!bad);
  BOOST_TEST(bad.error().where == "t.yaml:4:6");
  BOOST_TEST(GetString("t.yaml", (*r)["missing"], "missing").error().code == ErrorCode::kSchema);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_rejected_before_parsing) {
  auto r = Parse("a: \xff\n", "u.yaml");
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().where == "u.yaml@3");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core::yaml
