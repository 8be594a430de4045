#include <boost/test/unit_test.hpp>

#include "fairhire/anonymise/internal/resolver.h"
#include "fairhire/core/utf8.h"
#include "test_util.h"

namespace fairhire::anonymise {
namespace {

Finding F(std::size_t s, std::size_t e, Category c, double conf = 0.9) {
  Finding f;
  f.start = s;
  f.end = e;
  f.category = c;
  f.rule = "test";
  f.confidence = conf;
  return f;
}

BOOST_AUTO_TEST_SUITE(pipeline)

BOOST_AUTO_TEST_CASE(resolver_widens_to_words_and_never_cuts_a_word) {
  const std::string text = "Françoise";
  auto r = Resolve(text, {F(0, 4, Category::kName)}, Policy::Default());
  BOOST_REQUIRE(r.size() == 1u);
  BOOST_TEST(r[0].finding.start == 0u);
  BOOST_TEST(r[0].finding.end == text.size());
}

BOOST_AUTO_TEST_CASE(resolver_merges_overlaps_longest_wins) {
  const std::string text = "see linkedin.com/in/jane-doe now";
  auto r = Resolve(text, {F(4, 29, Category::kUrl), F(20, 24, Category::kName)}, Policy::Default());
  BOOST_REQUIRE(r.size() == 1u);
  BOOST_TEST(r[0].finding.category == Category::kUrl);
  BOOST_TEST(r[0].placeholder == "[URL-1]");
}

BOOST_AUTO_TEST_CASE(same_entity_same_number) {
  const std::string text = "a@b.fr x A@B.FR y c@d.fr";
  auto r = Resolve(text, {F(0, 6, Category::kEmail), F(9, 15, Category::kEmail), F(18, 24, Category::kEmail)},
                   Policy::Default());
  BOOST_REQUIRE(r.size() == 3u);
  BOOST_TEST(r[0].placeholder == "[EMAIL-1]");
  BOOST_TEST(r[1].placeholder == "[EMAIL-1]");
  BOOST_TEST(r[2].placeholder == "[EMAIL-2]");
}

BOOST_AUTO_TEST_CASE(policy_actions_apply) {
  auto p = Policy::Parse("actions:\n  email: remove\n  phone: keep\n  city: generalise\n", "p.yaml");
  BOOST_REQUIRE(p.has_value());
  Finding city = F(0, 5, Category::kCity);
  city.generalised = "Bretagne";
  auto r = Resolve("Brest 06 x@y.fr", {city, F(6, 8, Category::kPhone), F(9, 15, Category::kEmail)}, *p);
  BOOST_REQUIRE(r.size() == 3u);
  BOOST_TEST(r[0].placeholder == "Bretagne");
  BOOST_TEST((r[1].action == Action::kKeep));
  BOOST_TEST(r[2].placeholder.empty());
  BOOST_TEST((r[2].action == Action::kRemove));
}

BOOST_AUTO_TEST_CASE(policy_errors_are_positioned) {
  auto bad_key = Policy::Parse("actions:\n  email: replace\n  shoe_size: remove\n", "p.yaml");
  BOOST_REQUIRE(!bad_key);
  BOOST_TEST(bad_key.error().where == "p.yaml:3:3");
  auto bad_action = Policy::Parse("actions:\n  email: shred\n", "p.yaml");
  BOOST_REQUIRE(!bad_action);
  BOOST_TEST(bad_action.error().where == "p.yaml:2:10");
  auto unknown_top = Policy::Parse("colour: red\n", "p.yaml");
  BOOST_REQUIRE(!unknown_top);
  BOOST_TEST(unknown_top.error().code == ErrorCode::kSchema);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error_with_offset) {
  auto a = testing::MakeAnonymiser();
  auto r = a->Anonymise("Nom : Jos\xe9\n", "cv.txt");
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().code == ErrorCode::kInvalidInput);
  BOOST_TEST(r.error().where == "cv.txt@9");
}

// Regression: an address after the 📍 emoji started inside the emoji's bytes (invalid UTF-8 output).
BOOST_AUTO_TEST_CASE(output_stays_valid_utf8_next_to_emoji) {
  auto a = testing::MakeAnonymiser("fr");
  const std::string in = "\xF0\x9F\x93\x8D Cit\xC3\xA9 du Ch\xC3\xAAne, 12 rue des Lilas, 93000 Bobigny\n";
  const std::string out = testing::Anonymise(*a, in);
  BOOST_TEST(!core::FindInvalidUtf8(out).has_value(), out);
  BOOST_TEST(out.find("Lilas") == std::string::npos, out);
  Finding mid;
  mid.start = 1;  // inside the emoji
  mid.end = 6;
  mid.category = Category::kAddress;
  mid.rule = "test";
  auto r = Resolve(in, {mid}, Policy::Default());
  BOOST_REQUIRE(r.size() == 1u);
  BOOST_TEST(r[0].finding.start == 0u);
}

// Anonymising an anonymised document changes nothing.
BOOST_AUTO_TEST_CASE(anonymisation_is_idempotent) {
  auto a = testing::MakeAnonymiser("fr");
  const std::string once = testing::Anonymise(*a,
      "Mme Fatima BENALI\n12 rue de la R\xC3\xA9publique, 93000 Bobigny\nfatima.benali@example.org\n"
      "Master Informatique, Universit\xC3\xA9 Sorbonne Paris Nord (2019)\n");
  BOOST_TEST(testing::Anonymise(*a, once) == once);
}

BOOST_AUTO_TEST_CASE(language_detection) {
  BOOST_TEST((DetectLanguage("Expérience professionnelle chez Orange, compétences et formation") == Language::kFrench));
  BOOST_TEST((DetectLanguage("Work experience at Tesco, skills and education in the team") == Language::kEnglish));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
