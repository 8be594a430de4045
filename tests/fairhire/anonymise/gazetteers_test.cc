#include <boost/test/unit_test.hpp>

#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/string_table.h"
#include "fairhire/anonymise/text_view.h"
#include "test_util.h"

namespace fairhire::anonymise {
namespace {

BOOST_AUTO_TEST_SUITE(gazetteers)

BOOST_AUTO_TEST_CASE(string_table_frozen_and_building_agree) {
  StringTable<std::uint32_t> t;
  for (int i = 0; i < 1000; ++i) t.Upsert("w" + std::to_string(i)) = static_cast<std::uint32_t>(i);
  BOOST_TEST(*t.Find("w17") == 17u);
  t.Freeze();
  BOOST_TEST(t.size() == 1000u);
  for (int i = 0; i < 1000; i += 37) BOOST_TEST(*t.Find("w" + std::to_string(i)) == static_cast<std::uint32_t>(i));
  BOOST_TEST(t.Find("w1000") == nullptr);
  BOOST_TEST(t.Find("") == nullptr);
  std::string bytes;
  t.AppendTo(&bytes);
  StringTable<std::uint32_t> back;
  std::string_view in = bytes;
  BOOST_REQUIRE(back.ReadFrom(&in));
  BOOST_TEST(in.empty());
  BOOST_TEST(*back.Find("w999") == 999u);
  std::string_view truncated = std::string_view(bytes).substr(0, bytes.size() / 2);
  StringTable<std::uint32_t> bad;
  BOOST_TEST(!bad.ReadFrom(&truncated));
}

// Regression: padding bytes made the cache (and its key) differ from run to run.
BOOST_AUTO_TEST_CASE(serialisation_is_deterministic_and_round_trips) {
  Gazetteers g;
  g.AddFirstName("Aïssatou", 12, 'f');
  g.AddSurname("N'DIAYE");
  g.AddCommune(CommuneInfo{"Saint-Denis", "93", "Île-de-France", 1, {"93200"}});
  g.AddSchool("Université Sorbonne Paris Nord", true);
  g.AddSchoolDomain("univ-paris13.fr");
  g.Freeze();
  const std::string a = g.Serialise();
  BOOST_TEST(a == g.Serialise());
  auto back = Gazetteers::Deserialise(a);
  BOOST_REQUIRE(back.has_value());
  BOOST_TEST((*back)->FirstName("aissatou")->frequency == 12u);
  BOOST_TEST((*back)->FirstName("aissatou")->sex == 'f');
  BOOST_TEST((*back)->IsSurname("n'diaye"));
  BOOST_TEST((*back)->IsSchoolDomain("etu.univ-paris13.fr"));
  BOOST_TEST(!(*back)->IsSchoolDomain("fr"));
  BOOST_REQUIRE((*back)->CommunesWithPostcode("93200") != nullptr);
  const TextView view("habite a SAINT DENIS");
  BOOST_TEST((*back)->communes().LongestAt(view, 2).word_count == 2u);
  BOOST_TEST((*back)->Serialise() == a);
  BOOST_TEST(!Gazetteers::Deserialise(a.substr(0, a.size() - 3)).has_value());
  BOOST_TEST(!Gazetteers::Deserialise("garbage").has_value());
}

BOOST_AUTO_TEST_CASE(shared_data_loads_with_expected_sizes) {
  auto g = testing::SharedGazetteers();
  BOOST_REQUIRE(g->has_reference_data());
  BOOST_TEST(g->surname_count() > 200000u);
  BOOST_TEST(g->commune_count() > 30000u);
  BOOST_TEST(g->IsSurname("diallo"));
  BOOST_TEST(g->FirstName("kylian") != nullptr);
}

BOOST_AUTO_TEST_CASE(missing_data_dir_is_not_found) {
  Gazetteers::Options o;
  o.data_dir = "/nonexistent/fairhire-data";
  auto r = Gazetteers::Load(o);
  BOOST_REQUIRE(!r);
  BOOST_TEST(r.error().code == ErrorCode::kNotFound);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
