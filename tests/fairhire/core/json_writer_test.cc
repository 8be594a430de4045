#include "fairhire/core/json_writer.h"

#include <boost/test/unit_test.hpp>

namespace fairhire::core {
namespace {

BOOST_AUTO_TEST_SUITE(json_writer)

BOOST_AUTO_TEST_CASE(writes_nested_values) {
  JsonWriter w;
  w.BeginObject().Key("a").Int(-1).Key("b").BeginArray().Double(0.1).Bool(true).Null().EndArray();
  w.Key("c").String("q\"\n\x01").Key("d").BeginObject().EndObject().EndObject();
  BOOST_TEST(w.str() == R"({"a":-1,"b":[0.1,true,null],"c":"q\"\n\u0001","d":{}})");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_replaced_not_copied) {
  BOOST_TEST(JsonWriter::Escape("a\xffz") == "\"a\\ufffdz\"");
  BOOST_TEST(JsonWriter::Escape("é") == "\"é\"");
}

BOOST_AUTO_TEST_CASE(non_finite_doubles_become_null) {
  JsonWriter w;
  w.BeginArray().Double(1.0 / 0.0).Double(2.5).EndArray();
  BOOST_TEST(w.str() == "[null,2.5]");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core
