#include "fairhire/core/crypto.h"

#include <boost/test/unit_test.hpp>

namespace fairhire::core {
namespace {

BOOST_AUTO_TEST_SUITE(crypto)

BOOST_AUTO_TEST_CASE(hmac_matches_rfc4231_case_2) {
  BOOST_TEST(HmacSha256Hex("Jefe", "what do ya want for nothing?") ==
             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

BOOST_AUTO_TEST_CASE(sha256_of_abc) {
  BOOST_TEST(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

BOOST_AUTO_TEST_CASE(seal_round_trips_and_detects_tampering) {
  const std::string key(32, 'k');
  auto sealed = Seal(key, "[NAME-1] = someone", "doc-1");
  BOOST_REQUIRE(sealed.has_value());
  BOOST_TEST(sealed->size() == 12u + 18u + 16u);
  auto opened = Open(key, *sealed, "doc-1");
  BOOST_REQUIRE(opened.has_value());
  BOOST_TEST(*opened == "[NAME-1] = someone");

  std::string altered = *sealed;
  altered[14] ^= 1;
  BOOST_TEST(Open(key, altered, "doc-1").error().code == ErrorCode::kInvalidInput);
  BOOST_TEST(!Open(key, *sealed, "doc-2"));                  // wrong associated data
  BOOST_TEST(!Open(std::string(32, 'x'), *sealed, "doc-1"));  // wrong key
  BOOST_TEST(Seal("short", "x").error().code == ErrorCode::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(two_seals_differ) {
  const std::string key(32, 'k');
  BOOST_TEST(*Seal(key, "same") != *Seal(key, "same"));  // random nonce
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core
