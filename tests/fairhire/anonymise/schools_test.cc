// Table tests of the SCHOOL detector (universities, grandes écoles and acronyms, IUT, lycées,
// collèges, foreign universities and colleges, the school's city), of what must stay (degree, field,
// years, employers), of school e-mail domains and of `education: generalise` end to end.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <regex>

#include "test_util.h"

namespace fairhire::anonymise {
namespace {

struct SchoolCase {
  const char* line;                // one line of an education section
  std::vector<std::string> gone;   // substrings that must not survive
  std::vector<std::string> keep;   // substrings that must survive
};
std::ostream& operator<<(std::ostream& os, const SchoolCase& c) { return os << c.line; }

const SchoolCase kSchools[] = {
    {"Master Informatique, Université Sorbonne Paris Nord (2019)", {"Sorbonne", "Paris Nord"}, {"Master Informatique, [SCHOOL-1] (2019)"}},
    {"DUT GEA – IUT de Villetaneuse – 2016", {"IUT", "Villetaneuse"}, {"DUT GEA", "2016"}},
    {"BTS SIO, Lycée Jean Jaurès, Montreuil", {"Lycée", "Jaurès", "Montreuil"}, {"BTS SIO"}},
    {"CPGE MPSI, lycée Louis-le-Grand, Paris", {"Louis-le-Grand"}, {"CPGE MPSI"}},
    {"Brevet, Collège Victor Hugo", {"Collège", "Victor Hugo"}, {"Brevet"}},
    {"MBA, HEC Paris, 2021", {"HEC"}, {"MBA", "2021"}},
    {"Programme Grande École – ESSEC Business School", {"ESSEC"}, {"Programme Grande École"}},
    {"Diplôme d'ingénieur, EPITA (2018)", {"EPITA"}, {"Diplôme d'ingénieur", "(2018)"}},
    {"Expert en technologies de l'information, Epitech Lyon", {"Epitech", "Lyon"}, {"Expert en technologies"}},
    {"Cursus développeur, École 42", {"42"}, {"Cursus développeur"}},
    {"Ingénieur généraliste, INSA Lyon", {"INSA"}, {"Ingénieur généraliste"}},
    {"Ingénieur, Centrale Nantes, 2015", {"Centrale Nantes"}, {"Ingénieur", "2015"}},
    {"Ingénieur civil des mines, Mines Saint-Étienne", {"Mines Saint-Étienne"}, {"Ingénieur civil des mines"}},
    {"Ingénieur réseaux, Télécom Paris", {"Télécom Paris"}, {"Ingénieur réseaux"}},
    {"Master Affaires publiques, Sciences Po", {"Sciences Po"}, {"Master Affaires publiques"}},
    {"Ingénieur UTC, génie informatique", {"UTC"}, {"génie informatique"}},
    {"Licence Biologie, Faculté des sciences de Montpellier", {"Faculté", "Montpellier"}, {"Licence Biologie"}},
    {"MSc Data Science, Imperial College London", {"Imperial College"}, {"MSc Data Science"}},
    {"BA History, University of Oxford", {"Oxford"}, {"BA History"}},
    {"B.Tech Computer Science, Anna University, Chennai", {"Anna University", "Chennai"}, {"B.Tech Computer Science"}},
    {"B.v.b college of engineering and technology - Hubli, Karnataka", {"B.v.b college", "Hubli"}, {}},
    {"Class XII, Delhi Public School, R.K. Puram", {"Delhi Public School"}, {"Class XII"}},
    {"Kendriya Vidyalaya No. 2, Belgaum", {"Kendriya Vidyalaya"}, {}},
    {"B.Sc Microbiology, University of Lagos", {"Lagos"}, {"B.Sc Microbiology"}},
    {"Bachelor of Engineering, Tsinghua University", {"Tsinghua"}, {"Bachelor of Engineering"}},
    {"Master of Science from Stanford University", {"Stanford"}, {"Master of Science from"}},
    {"Greenwood High School, Springfield", {"Greenwood High School"}, {}},
    // Words before the keyword: connectors between proper nouns, "The", "St", "De".
    {"Foundation Degree, Barking and Dagenham College, 2012", {"Barking", "Dagenham"}, {"Foundation Degree", "2012"}},
    {"HND Computing, City of Glasgow College", {"City of", "Glasgow"}, {"HND Computing"}},
    {"A-Levels – The Sixth Form College, Solihull (2019)", {"The", "Sixth", "Solihull"}, {"A-Levels", "(2019)"}},
    {"BSc Nursing, De Montfort University", {"De Montfort"}, {"BSc Nursing"}},
    {"B.Com, St Xavier's College, Mumbai", {"St ", "Xavier", "Mumbai"}, {"B.Com"}},
    {"BA, Lewis & Clark College", {"Lewis", "Clark"}, {"BA, [SCHOOL-1]"}},
    {"B.Tech, DAV Institute of Engineering & Technology, Jalandhar", {"DAV", "& Technology", "Jalandhar"}, {"B.Tech"}},
    // A place after "at", "in", "à" belongs to the name.
    {"MS Computer Science, University of Texas at Austin", {"Texas", "Austin"}, {"MS Computer Science"}},
    {"Licence, Université nationale du Vietnam à Hanoï", {"Vietnam", "Hanoï"}, {"Licence"}},
    // Hyphenated communes with lower-case parts, and a proper-noun run after a dash.
    {"Diplôme d'État infirmier, IFSI de Vaulx-en-Velin", {"Vaulx", "Velin"}, {"Diplôme d'État infirmier"}},
    {"DUT Informatique, IUT Paris – Rives de Seine", {"Rives de Seine"}, {"DUT Informatique"}},
    // Listed names with a comma, and a constituent college before ", University of ...".
    {"BSc, Federal University of Technology, Akure (2015)", {"Federal", "Akure"}, {"BSc", "(2015)"}},
    {"MSc Finance, Queen Mary, University of London", {"Queen Mary", "London"}, {"MSc Finance"}},
    {"BA Design, Goldsmiths, University of London", {"Goldsmiths", "London"}, {"BA Design"}},
    // Two schools side by side are one span (no comma left between placeholders).
    {"DUT, IUT de Lannion, Université de Rennes", {"Lannion", "Rennes"}, {"DUT, [SCHOOL-1]\n"}},
    // An acronym alone next to a degree or a year in the education section.
    {"OND Computer Science, YABATECH (2009)", {"YABATECH"}, {"OND Computer Science", "(2009)"}},
    {"UIUC, 2006", {"UIUC"}, {"2006"}},
};

BOOST_AUTO_TEST_SUITE(schools)

BOOST_DATA_TEST_CASE(education_lines, boost::unit_test::data::make(kSchools), c) {
  auto a = testing::MakeAnonymiser();
  const std::string out = testing::Anonymise(*a, std::string("FORMATION\n") + c.line + "\n");
  for (const std::string& g : c.gone) BOOST_TEST(out.find(g) == std::string::npos, g << " left in " << out);
  for (const std::string& k : c.keep) BOOST_TEST(out.find(k) != std::string::npos, k << " lost in " << out);
  BOOST_TEST(out.find("[SCHOOL-1]") != std::string::npos, out);
  static const std::regex kGlued(R"([[:alnum:]]\[[A-Z_]+(-[0-9]+)?\]|\[[A-Z_]+(-[0-9]+)?\][[:alnum:]])");
  BOOST_TEST(!std::regex_search(out, kGlued), out);
}

const char* const kNotSchools[] = {
    "EXPÉRIENCE\nDéveloppeur chez Orange Business Services, Paris\n",
    "EXPERIENCE\nBuilt a university project management tool in React.\n",
    "EXPÉRIENCE\nFormation Python avancée pour l'équipe data\n",
    "SKILLS\nSpring Boot, Angular, School management software (ERP)\n",
    "EXPÉRIENCE\nAnalyste chez UBS, puis consultant chez Thales\n",
    "PROJETS\nApplication pour le collège du quartier\n",
    "EXPERIENCE\nPrimary School Teacher, 2015 - 2019\n",
    "EDUCATION\nWest African Senior School Certificate (WASSCE), 2008\n",
    "EDUCATION\nBachelor of Science in Nursing (BSN), 2010\n",
    "EDUCATION\nTools: Manhattan WMS, SAP, CPC, forklift licence, Excel\n",
    "EXPERIENCE\nFormateur, Simplon, 2019 - 2021\n",
};

BOOST_DATA_TEST_CASE(not_schools, boost::unit_test::data::make(kNotSchools), text) {
  auto a = testing::MakeAnonymiser();
  for (Category c : testing::CategoriesOf(*a, text)) BOOST_TEST(c != Category::kSchool, text);
}

BOOST_AUTO_TEST_CASE(school_email_domain_is_an_email_counted_as_school_leak) {
  auto a = testing::MakeAnonymiser();
  Language lang;
  const std::string text = "Contact : f.benali@etu.univ-lyon1.fr\n";
  const auto r = a->Analyse(text, {}, &lang);
  BOOST_REQUIRE(r.size() == 1u);
  BOOST_TEST(r[0].finding.category == Category::kEmail);
  BOOST_TEST(r[0].finding.rule == "school.email_domain");
  BOOST_TEST(testing::Anonymise(*a, text) == "Contact : [EMAIL-1]\n");
}

struct Level {
  const char* degree;
  const char* eqf;
};
std::ostream& operator<<(std::ostream& os, const Level& l) { return os << l.degree; }

const Level kLevels[] = {
    {"BTS SIO", "EQF 5 SIO"}, {"DUT Informatique", "EQF 5 Informatique"}, {"BUT GEA", "EQF 5 GEA"},
    {"Bac+2 Comptabilité", "EQF 5 Comptabilité"}, {"Licence Économie", "EQF 6 Économie"},
    {"Licence pro Réseaux", "EQF 6 Réseaux"}, {"Bachelor Marketing", "EQF 6 Marketing"},
    {"B.Tech Mechanical", "EQF 6 Mechanical"}, {"Master 2 Droit", "EQF 7 Droit"},
    {"Diplôme d'ingénieur Informatique", "EQF 7 Informatique"}, {"MSc Finance", "EQF 7 Finance"},
    {"MBA Management", "EQF 7 Management"}, {"Doctorat Chimie", "EQF 8 Chimie"}, {"PhD Physics", "EQF 8 Physics"},
};

Policy GeneralisePolicy() {
  auto p = Policy::Parse("version: 1\nactions:\n  education: generalise\n", "p.yaml");
  BOOST_REQUIRE(p.has_value());
  return *p;
}

BOOST_DATA_TEST_CASE(generalise_maps_degrees_to_eqf_levels, boost::unit_test::data::make(kLevels), l) {
  auto a = testing::MakeAnonymiser("fr", GeneralisePolicy());
  const std::string out = testing::Anonymise(*a, std::string("FORMATION\n") + l.degree + ", Université de Lille, 2019\n");
  BOOST_TEST(out == std::string("FORMATION\n") + l.eqf + ", [SCHOOL-1],\n");
}

BOOST_AUTO_TEST_CASE(generalise_drops_graduation_years_keeps_job_years) {
  auto a = testing::MakeAnonymiser("fr", GeneralisePolicy());
  const std::string out = testing::Anonymise(
      *a, "FORMATION\nMaster Informatique, Université Sorbonne Paris Nord (2019)\n2015 - 2017 : DUT Informatique\n\n"
          "EXPÉRIENCE\nDéveloppeuse chez Thales, 2019 - 2022\n");
  BOOST_TEST(out.find("EQF 7 Informatique, [SCHOOL-1] \n") != std::string::npos, out);
  BOOST_TEST(out.find("\n EQF 5 Informatique\n") != std::string::npos, out);
  BOOST_TEST(out.find("Thales, 2019 - 2022") != std::string::npos, out);
  BOOST_TEST(out.find("2017") == std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(default_policy_keeps_degrees_and_years) {
  auto a = testing::MakeAnonymiser("fr");
  const std::string out = testing::Anonymise(*a, "FORMATION\nMaster Informatique, Université de Lille (2019)\n");
  BOOST_TEST(out == "FORMATION\nMaster Informatique, [SCHOOL-1] (2019)\n");
}

// The policy file's `education: generalise` reaches the pipeline: degree -> EQF level, year dropped.
// (Runs through the library so it also runs in the sanitizer build, which has no tools; the CLI's
// --policy handling is covered by tests/tools/anonymise_cli_test.sh.)
BOOST_AUTO_TEST_CASE(policy_file_applies_education_generalise) {
  auto policy = Policy::Parse("version: 1\nactions:\n  education: generalise\n", "policy.yaml");
  BOOST_REQUIRE(policy.has_value());
  auto a = testing::MakeAnonymiser("fr", *policy);
  const std::string out = testing::Anonymise(*a, "FORMATION\nMaster Informatique, Universit\xC3\xA9 Sorbonne Paris Nord (2019)\n");
  BOOST_TEST(out == "FORMATION\nEQF 7 Informatique, [SCHOOL-1] \n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
