// Table tests of the built-in detectors (not names and schools, see names_test.cc and schools_test.cc):
// each case says which substrings must be redacted with which category, and which must stay.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <regex>

#include "test_util.h"

namespace fairhire::anonymise {
namespace {

struct Expect {
  std::string text;                                    // the input (one or a few lines)
  std::vector<std::pair<std::string, Category>> pii;  // substring -> category that must cover it
  std::vector<std::string> keep;                       // substrings that must survive unchanged
};
std::ostream& operator<<(std::ostream& os, const Expect& e) { return os << e.text.substr(0, 40); }

const Expect kCases[] = {
    // E-mails, URLs, profiles.
    {"Contact : fatou.diallo93@gmail.com", {{"fatou.diallo93@gmail.com", Category::kEmail}}, {"Contact"}},
    {"mail: j.martin [at] orange.fr", {{"j.martin [at] orange.fr", Category::kEmail}}, {}},
    {"linkedin.com/in/fatima-benali-93 | github.com/fbenali", {{"linkedin.com/in/fatima-benali-93", Category::kUrl}, {"github.com/fbenali", Category::kUrl}}, {}},
    {"Portfolio : https://nguyen-linh.dev/projets", {{"https://nguyen-linh.dev/projets", Category::kUrl}}, {"Portfolio"}},
    {"GitHub: tkone42", {{"tkone42", Category::kUrl}}, {"GitHub"}},
    {"Stack: Node.js, Vue.js, ASP.NET, socket.io", {}, {"Node.js", "Vue.js", "ASP.NET", "socket.io"}},
    // Phones.
    {"Tél. : 06 12 34 56 78", {{"06 12 34 56 78", Category::kPhone}}, {"Tél"}},
    {"Portable 06.12.34.56.78 / fixe 01-45-67-89-10", {{"06.12.34.56.78", Category::kPhone}, {"01-45-67-89-10", Category::kPhone}}, {}},
    {"+33 (0)6 12 34 56 78", {{"+33 (0)6 12 34 56 78", Category::kPhone}}, {}},
    {"0033 6 12 34 56 78", {{"0033 6 12 34 56 78", Category::kPhone}}, {}},
    {"0612345678", {{"0612345678", Category::kPhone}}, {}},
    {"Mobile: +44 7911 123456", {{"+44 7911 123456", Category::kPhone}}, {"Mobile"}},
    {"Phone: (212) 555-0187", {{"(212) 555-0187", Category::kPhone}}, {}},
    {"Phone: +91 98765 43210", {{"+91 98765 43210", Category::kPhone}}, {}},
    {"Projets 2019 - 2022, budget 45000 euros, 2 000 000 utilisateurs", {}, {"2019 - 2022", "45000", "2 000 000"}},
    // Identity numbers.
    {"N° sécu : 2 95 07 93 008 123 49", {{"2 95 07 93 008 123 49", Category::kIdNumber}}, {}},
    {"IBAN : FR76 3000 6000 0112 3456 7890 189", {{"FR76 3000 6000 0112 3456 7890 189", Category::kIdNumber}}, {}},
    {"IBAN GB82 WEST 1234 5698 7654 32", {{"GB82 WEST 1234 5698 7654 32", Category::kIdNumber}}, {}},
    {"NI number AB 12 34 56 C", {{"AB 12 34 56 C", Category::kIdNumber}}, {}},
    // Addresses, postcodes, cities.
    {"12 bis rue de la République, 93000 Bobigny", {{"12 bis rue de la République", Category::kAddress}, {"93000", Category::kPostcode}, {"Bobigny", Category::kCity}}, {}},
    {"Résidence Les Tilleuls, bât. C\n59100 Roubaix", {{"Résidence Les Tilleuls", Category::kAddress}, {"59100", Category::kPostcode}, {"Roubaix", Category::kCity}}, {}},
    {"Lieu-dit La Croix Blanche, 23000 Guéret", {{"Lieu-dit La Croix Blanche", Category::kAddress}, {"Guéret", Category::kCity}}, {}},
    {"Domicile : Vaulx-en-Velin", {{"Vaulx-en-Velin", Category::kCity}}, {}},
    {"Lives in Leeds, UK", {{"Leeds", Category::kCity}}, {"Lives in"}},
    {"42 Wallaby Way, Sydney", {{"42 Wallaby Way", Category::kAddress}}, {}},
    {"12 Awolowo Road, Ikoyi, Lagos, Nigeria", {{"12 Awolowo Road, Ikoyi, Lagos", Category::kAddress}, {"Nigeria", Category::kAddress}}, {}},
    // PDF reading order puts a label and its value on two lines.
    {"Date de naissance\n08-09-2001\nCivilit\xC3\xA9\nMadame\nNationalit\xC3\xA9\nmarocaine", {{"08-09-2001", Category::kDateOfBirth}, {"Madame", Category::kCivility}, {"marocaine", Category::kNationality}}, {"Date de naissance"}},
    {"Chennai, Tamil Nadu, India", {{"Chennai, Tamil Nadu, India", Category::kCity}}, {}},
    {"Bank (IBAN) - GB94NWBK73132281163363   linkedin.com/in/someone", {{"GB94NWBK73132281163363", Category::kIdNumber}}, {}},
    {"3 impasse des Lilas, Saint-Ouen-sur-Seine", {{"3 impasse des Lilas", Category::kAddress}, {"Saint-Ouen-sur-Seine", Category::kCity}}, {}},
    {"Flat 2, 10 Downing Street, London SW1A 2AA", {{"10 Downing Street", Category::kAddress}, {"SW1A 2AA", Category::kPostcode}}, {}},
    {"1234 Elm Street, Springfield, IL 62704", {{"1234 Elm Street", Category::kAddress}, {"62704", Category::kPostcode}}, {}},
    {"Développeur | Montreuil | 06 12 34 56 78", {{"Montreuil", Category::kCity}}, {"Développeur"}},
    {"Salaire souhaité : 45000 € ; mise en place d'une route CI", {}, {"45000", "mise en place", "route CI"}},
    // Birth, age.
    {"Née le 14/07/1995 à Bobigny", {{"14/07/1995", Category::kDateOfBirth}, {"Bobigny", Category::kBirthplace}}, {"Née le"}},
    {"Date de naissance : 3 mars 1990", {{"3 mars 1990", Category::kDateOfBirth}}, {}},
    {"DOB: 12/03/1994", {{"12/03/1994", Category::kDateOfBirth}}, {}},
    {"Date of birth: May 4, 1991", {{"May 4, 1991", Category::kDateOfBirth}}, {}},
    {"Born in Lagos, Nigeria", {{"Lagos", Category::kBirthplace}}, {}},
    {"Lieu de naissance : Oran (Algérie)", {{"Oran", Category::kBirthplace}}, {}},
    {"32 ans, permis B", {{"32 ans", Category::kAge}}, {"permis B"}},
    {"Âge : 41 ans", {{"41", Category::kAge}}, {}},
    {"27 years old", {{"27 years old", Category::kAge}}, {}},
    {"Plus de 20 ans d'expérience en support", {}, {"20 ans d'expérience"}},
    // Civility, nationality, family, health.
    {"Mme Aïcha Traoré", {{"Mme", Category::kCivility}}, {}},
    {"Mr. John Smith", {{"Mr.", Category::kCivility}}, {}},
    {"M.Sc. Computer Science", {}, {"M.Sc. Computer Science"}},
    {"Nationalité : marocaine", {{"marocaine", Category::kNationality}}, {}},
    {"de nationalité turque", {{"turque", Category::kNationality}}, {}},
    {"Nationality: Nigerian", {{"Nigerian", Category::kNationality}}, {}},
    {"Langues : français (langue maternelle), anglais courant, portugais B2", {}, {"français", "anglais courant", "portugais B2"}},
    {"Mariée, 3 enfants", {{"Mariée", Category::kFamilyStatus}, {"3 enfants", Category::kFamilyStatus}}, {}},
    {"Situation familiale : pacsé", {{"pacsé", Category::kFamilyStatus}}, {}},
    {"Marital status: Married", {{"Married", Category::kFamilyStatus}}, {}},
    {"Reconnaissance RQTH", {{"Reconnaissance RQTH", Category::kHealth}}, {}},
    {"Situation : Bénéficiaire de l'obligation d'emploi (RQTH)", {{"Bénéficiaire de l'obligation d'emploi (RQTH)", Category::kHealth}}, {"Situation"}},
    {"In my previous role I supported colleagues who were visually impaired with screen readers and audits", {{"visually impaired", Category::kHealth}}, {"screen readers"}},
    {"Marital status   Married\nGender           Female\nNationality      British", {{"Married", Category::kFamilyStatus}, {"Female", Category::kCivility}, {"British", Category::kNationality}}, {}},
    {"I am a 27-year-old British payroll officer, widowed with 1 child, born in Houston.", {{"27-year-old", Category::kAge}, {"British", Category::kNationality}, {"widowed", Category::kFamilyStatus}, {"1 child", Category::kFamilyStatus}, {"Houston", Category::kBirthplace}}, {"payroll officer"}},
    {"Skills: MS Project, Burp Suite, Nmap", {}, {"MS Project", "Burp Suite", "Nmap"}},
    {"Door No. 22/6, 4th Main Road, Saket, Noida - 201569, Uttar Pradesh", {{"Door No. 22/6", Category::kAddress}, {"4th Main Road", Category::kAddress}, {"Saket", Category::kAddress}, {"201569", Category::kPostcode}}, {}},
    {"Data Scientist          Luton", {{"Luton", Category::kCity}}, {"Data Scientist"}},
    {"Jane Roe | Atlanta, GA | jane@example.com", {{"Atlanta, GA", Category::kCity}}, {}},
    {"State of Origin – Ogun State", {{"Ogun State", Category::kBirthplace}}, {}},
    {"J'ai 24 ans, j'habite à Beauchalot. Animatrice périscolaire avec 1 an d'expérience", {{"Beauchalot", Category::kCity}}, {"Animatrice périscolaire"}},
    // Photos.
    {"![photo](moi.jpg)", {{"![photo](moi.jpg)", Category::kPhoto}}, {}},
    {"Photo : photo_identite.png", {{"photo_identite.png", Category::kPhoto}}, {}},
};

// Category of the redaction covering [start, end), or nullopt.
std::optional<Category> CoveredBy(const std::vector<Redaction>& redactions, std::size_t start, std::size_t end) {
  for (const Redaction& r : redactions) {
    if (r.action != Action::kKeep && r.finding.start <= start && r.finding.end >= end) return r.finding.category;
  }
  return std::nullopt;
}

BOOST_AUTO_TEST_SUITE(detectors)

BOOST_DATA_TEST_CASE(table, boost::unit_test::data::make(kCases), c) {
  auto anonymiser = testing::MakeAnonymiser();
  Language lang;
  const auto redactions = anonymiser->Analyse(c.text, {}, &lang);
  for (const auto& [needle, category] : c.pii) {
    const auto pos = c.text.find(needle);
    BOOST_REQUIRE_MESSAGE(pos != std::string::npos, "bad test: " << needle);
    const auto got = CoveredBy(redactions, pos, pos + needle.size());
    BOOST_TEST(got.has_value(), "not redacted: " << needle);
    if (got) BOOST_TEST(*got == category, "category of " << needle);
  }
  const std::string out = testing::Anonymise(*anonymiser, c.text);
  for (const std::string& keep : c.keep) BOOST_TEST(out.find(keep) != std::string::npos, "lost: " << keep << " in " << out);
  // Never a placeholder glued to a word.
  static const std::regex kGlued(R"([[:alnum:]]\[[A-Z_]+(-[0-9]+)?\]|\[[A-Z_]+(-[0-9]+)?\][[:alnum:]])");
  BOOST_TEST(!std::regex_search(out, kGlued), out);
}

BOOST_AUTO_TEST_CASE(invalid_nir_key_is_not_an_id_but_valid_is) {
  auto a = testing::MakeAnonymiser();
  BOOST_TEST(testing::CategoriesOf(*a, "ref 2 95 07 93 008 123 48").empty());
  BOOST_TEST(testing::CategoriesOf(*a, "ref 2 95 07 93 008 123 49").size() == 1u);
  BOOST_TEST(testing::CategoriesOf(*a, "ref FR76 3000 6000 0112 3456 7890 188").empty());
}

BOOST_AUTO_TEST_CASE(corsican_nir) {
  auto a = testing::MakeAnonymiser();
  // 1 85 05 2A 004 012 + key: 97 - ((1850519004012) mod 97)
  const long long n = 1850519004012LL;
  const int key = 97 - static_cast<int>(n % 97);
  char buf[64];
  std::snprintf(buf, sizeof buf, "NIR 1 85 05 2A 004 012 %02d", key);
  auto cats = testing::CategoriesOf(*a, buf);
  BOOST_REQUIRE(cats.size() == 1u);
  BOOST_TEST(cats[0] == Category::kIdNumber);
}

BOOST_AUTO_TEST_CASE(same_phone_same_placeholder) {
  auto a = testing::MakeAnonymiser();
  const std::string out = testing::Anonymise(*a, "Tel 06 12 34 56 78\nrappel : 06.12.34.56.78\nautre 07 98 76 54 32\n");
  BOOST_TEST(out == "Tel [PHONE-1]\nrappel : [PHONE-1]\nautre [PHONE-2]\n");
}

BOOST_AUTO_TEST_CASE(city_generalises_to_region) {
  auto p = Policy::Parse("actions:\n  city: generalise\n  postcode: remove\n", "p.yaml");
  BOOST_REQUIRE(p.has_value());
  auto a = testing::MakeAnonymiser("fr", *p);
  const std::string out = testing::Anonymise(*a, "Adresse : 4 allée Jean Moulin\n93000 Bobigny\n");
  BOOST_TEST(out.find("Île-de-France") != std::string::npos, out);
  BOOST_TEST(out.find("93000") == std::string::npos, out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
