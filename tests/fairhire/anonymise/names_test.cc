// Table tests of the NAME detector: name shapes of many origins in a CV header, layouts (labels,
// header, line above the contacts, e-mail and slug cross-matching), third parties, consistency of
// placeholders, and skills/tools/employers that look like names but must stay.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <regex>

#include "fairhire/core/utf8.h"
#include "test_util.h"

namespace fairhire::anonymise {
namespace {

// Name tokens worth checking: folded words of 2+ letters that are not particles.
std::vector<std::string> NameTokens(const std::string& name) {
  static const std::vector<std::string> kParticles = {"de", "du", "la", "le", "da", "dos", "van", "der", "el",
                                                      "al", "ben", "ait", "ould", "mc", "di", "von"};
  std::vector<std::string> out;
  std::string cur;
  const std::string folded = core::Fold(name);
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    const char c = i < folded.size() ? folded[i] : ' ';
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) {
      cur.push_back(c);
      continue;
    }
    if (cur.size() >= 2 && std::find(kParticles.begin(), kParticles.end(), cur) == kParticles.end()) {
      out.push_back(cur);
    }
    cur.clear();
  }
  return out;
}

// True when the folded token appears as a whole word in the folded text.
bool HasWord(const std::string& text, const std::string& token) {
  const std::string folded = core::Fold(text);
  const std::regex re("(^|[^a-z0-9])" + token + "($|[^a-z0-9])");
  return std::regex_search(folded, re);
}

bool Glued(const std::string& out) {
  static const std::regex kGlued(R"([[:alnum:]]\[[A-Z_]+(-[0-9]+)?\]|\[[A-Z_]+(-[0-9]+)?\][[:alnum:]])");
  return std::regex_search(out, kGlued);
}

const char* const kShapes[] = {
    "Fatima BENALI", "BENALI Fatima", "Jean-Pierre N'Diaye", "J.-P. Martin", "Charles de La Tour",
    "Karim Ben Salah", "Youssef El Amrani", "Aïcha Aït Ouali", "Mohamed Ould Abdallah", "Sean McAllister",
    "Pieter van der Berg", "João da Silva", "Maria dos Santos", "Nguyen Thi Linh", "ZHANG Wei",
    "Chinedu Okafor", "Priyanka Raghunathan", "Oluwaseun Adeyemi-Bello", "Helene Lefevre", "ABHISHEK JHA",
    "Mamadou Lamine Diallo", "Siobhan O'Connor", "Kévin Nguyễn", "Marie-Claire Lemaître", "Emre Yılmaz",
};

// A small French CV whose first line is the name.
std::string Cv(const std::string& name) {
  return name + "\nDéveloppeur web\n06 12 34 56 78 | contact.cv@gmail.com\n\nCOMPÉTENCES\nPython, SQL, Docker\n\n"
                "EXPÉRIENCE\nDéveloppeur chez Capgemini (2019-2022)\n";
}

BOOST_AUTO_TEST_SUITE(names)

BOOST_DATA_TEST_CASE(header_name_shapes, boost::unit_test::data::make(kShapes), name) {
  auto a = testing::MakeAnonymiser();
  const std::string out = testing::Anonymise(*a, Cv(name));
  for (const std::string& tok : NameTokens(name)) BOOST_TEST(!HasWord(out, tok), tok << " left in\n" << out);
  BOOST_TEST(out.find("Développeur web") != std::string::npos, out);
  BOOST_TEST(out.find("Capgemini") != std::string::npos, out);
  BOOST_TEST(!Glued(out), out);
}

struct Layout {
  const char* text;
  std::vector<std::string> names;  // every token of these must be gone
  std::vector<std::string> keep;   // substrings that must survive
};
std::ostream& operator<<(std::ostream& os, const Layout& l) { return os << std::string(l.text).substr(0, 30); }

const Layout kLayouts[] = {
    {"CURRICULUM VITAE\nNom : BENALI\nPrénom : Fatima\nTél : 06 12 34 56 78\n\nFORMATION\nMaster Informatique\n",
     {"BENALI", "Fatima"}, {"CURRICULUM VITAE", "Master Informatique"}},
    {"Nom : BENALI    Prénom : Fatima\nDéveloppeuse\n", {"BENALI", "Fatima"}, {"Développeuse"}},
    {"Name: Priyamvada Krishnaswamy\nEmail: pk@example.com\n\nSKILLS\nJava\n", {"Priyamvada Krishnaswamy"}, {"Java"}},
    {"Développeuse Full-Stack\nKadiatou Sangaré\nkadiatou.sangare@gmail.com\n\nEXPÉRIENCE\nStage chez Thales\n",
     {"Kadiatou Sangaré"}, {"Développeuse Full-Stack", "Thales"}},
    {"Abhishek Jha\nApplication Development Associate - Accenture\n\nBengaluru - Email me on Indeed: "
     "indeed.com/r/Abhishek-Jha/10e7a8cb732bc43a\n\nSKILLS\nJava, Spring\n",
     {"Abhishek Jha"}, {"Application Development Associate", "Accenture", "Java, Spring"}},
    {"Profil\nIngénieure data, 6 ans d'expérience.\nContact : tchouameni.k@proton.me | linkedin.com/in/kelly-tchouameni\n"
     "\nEXPÉRIENCE\nData engineer chez Orange\n\nKelly TCHOUAMENI — cv_kelly_tchouameni.pdf\n",
     {"Kelly TCHOUAMENI"}, {"Ingénieure data", "Orange"}},
    {"RÉFÉRENCES\nJean Dupont, directeur technique, Capgemini\nAïcha Traoré – Responsable RH, Orange\n",
     {"Jean Dupont", "Aïcha Traoré"}, {"directeur technique", "Capgemini", "Responsable RH"}},
    {"Stage de fin d'études\nTuteur : M. Olivier Girard\nMaître de stage : Mme Samia Haddad\n",
     {"Olivier Girard", "Samia Haddad"}, {"Stage de fin d'études"}},
    {"Thesis supervised by Dr. Ngozi Eze at the lab.\nReferees: Mr. Tunde Bakare\n", {"Ngozi Eze", "Tunde Bakare"},
     {"Thesis supervised by", "at the lab."}},
    {"EXPERIENCE\nWorked with Mr. Rajesh Iyer on the chatbot.\n", {"Rajesh Iyer"}, {"Worked with", "chatbot"}},
    // Parents and spouses in Indian and Nigerian personal-data blocks.
    {"PERSONAL DATA\nFather's name - Ornat Ap Rhys\nMother's Name: Onyinyechi Nnamdi\nD/o\tMel Haberstroh\n",
     {"Ornat Ap Rhys", "Onyinyechi Nnamdi", "Mel Haberstroh"}, {"PERSONAL DATA"}},
    // Two-letter names after a label, and after an honorific.
    {"Civilité : Madame\nNom : VU\nPrénom : Quy\n", {"VU", "Quy"}, {"Civilité"}},
    {"REFERENCES\n- Mrs Ho, Head of Engineering at Zenith Bank\n", {"Ho"}, {"Head of Engineering", "Zenith Bank"}},
    // Maiden and married names.
    {"Fidan PERRIN née KARACA\nComptable\nfidan.perrin@gmail.com\n", {"Fidan PERRIN", "KARACA"}, {"Comptable"}},
    {"Lucie DRIVOT épouse GIRARD\nInfirmière\n06 12 34 56 78\n", {"Lucie DRIVOT", "GIRARD"}, {"Infirmière"}},
    // Initials and a surname on a signature line with the e-mail.
    {"PROFIL\nComptable.\n\n— A. Tchoumi · arsene95@laposte.net\n", {"Tchoumi"}, {"Comptable"}},
    // Nicknames in parentheses, middle names, a surname then a first name after an honorific.
    {"Cindy (Jenny) Li\ncindy.li@yahoo.co.uk / +44 7960 697 585\n\nSKILLS\nExcel\n", {"Cindy Jenny Li"}, {"Excel"}},
    {"Mr. Detoma, Siddharth, Physiotherapist\nsdetoma@gmail.com\n", {"Detoma", "Siddharth"}, {"Physiotherapist"}},
    {"Curriculum Vitae of C. Quindos\ncoraliequindos@hotmail.com\n", {"Quindos"}, {"Curriculum Vitae of"}},
    // An elided particle and a lower-case part after an apostrophe.
    {"Nom : d'Aubigné\nPrénom : Livia\n", {"Aubigné", "Livia"}, {"Nom : "}},
};

// Whole gold spans: the dot of a final initial and the family-status word "marié" are not left behind.
BOOST_AUTO_TEST_CASE(spans_cover_final_initials_and_marie) {
  auto a = testing::MakeAnonymiser();
  const std::string out = testing::Anonymise(
      *a, "Devdan S.\nData Analyst\ndevdan.s@gmail.com\n\nMarie-Claire LEFÈVRE, référente\n"
          "Situation : mariée\n");
  BOOST_TEST(out.find("S.") == std::string::npos, out);
  BOOST_TEST(out.find("[NAME-1]\nData Analyst") == 0u, out);
  BOOST_TEST(out.find("Marie") == std::string::npos, out);
  BOOST_TEST(out.find("-[") == std::string::npos, out);
}

// Employers and products written like a name stay.
const char* const kNamelikeBrands[] = {"John Lewis", "Mac OS", "Allen-Bradley PLC",
                                       "Jaguar Land Rover"};

BOOST_DATA_TEST_CASE(namelike_brands_stay, boost::unit_test::data::make(kNamelikeBrands), brand) {
  auto a = testing::MakeAnonymiser();
  const std::string cv = "Ryan MILLER\nStore Supervisor\nryan.miller@gmail.com\n\nEXPERIENCE\nSupervisor, " +
                         std::string(brand) + ", 2019 - 2022\n\nSKILLS\n" + brand + "\n";
  const std::string out = testing::Anonymise(*a, cv);
  BOOST_TEST(!HasWord(out, "miller"), out);
  std::size_t count = 0;
  for (std::size_t p = out.find(brand); p != std::string::npos; p = out.find(brand, p + 1)) ++count;
  BOOST_TEST(count == 2u, brand << " lost in\n" << out);
}

BOOST_DATA_TEST_CASE(layouts, boost::unit_test::data::make(kLayouts), c) {
  auto a = testing::MakeAnonymiser();
  const std::string out = testing::Anonymise(*a, c.text);
  for (const std::string& name : c.names) {
    for (const std::string& tok : NameTokens(name)) BOOST_TEST(!HasWord(out, tok), tok << " left in\n" << out);
  }
  for (const std::string& k : c.keep) BOOST_TEST(out.find(k) != std::string::npos, "lost " << k << " in\n" << out);
  BOOST_TEST(!Glued(out), out);
}

const char* const kSkillWords[] = {"Ruby", "Julia", "Rust", "Jenkins", "Grace", "Django", "Maven", "Ansible",
                                   "Spring", "Angular", "Vue", "Flask", "Swift", "Kotlin", "Orange", "Thales",
                                   "Capgemini", "Python", "Kafka", "Elixir"};

BOOST_DATA_TEST_CASE(skills_that_look_like_names_stay, boost::unit_test::data::make(kSkillWords), skill) {
  auto a = testing::MakeAnonymiser();
  const std::string cv = "Julia MARTIN\nDéveloppeuse\njulia.martin@gmail.com\n\nCOMPÉTENCES\n" + std::string(skill) +
                         ", Docker, SQL\n\nEXPÉRIENCE\n" + skill + " chez Grace Technologies\n";
  const std::string out = testing::Anonymise(*a, cv);
  BOOST_TEST(!HasWord(out, "martin"), out);
  std::size_t count = 0;
  for (std::size_t p = out.find(skill); p != std::string::npos; p = out.find(skill, p + 1)) ++count;
  BOOST_TEST(count >= 2u, skill << " lost in\n" << out);
}

BOOST_AUTO_TEST_CASE(section_titles_and_job_titles_are_not_names) {
  auto a = testing::MakeAnonymiser();
  const std::string cv =
      "Sophie Durand\nChef de Projet Digital\n\nExpérience Professionnelle\nSenior Software Engineer\n"
      "Compétences Techniques\nFormation\nSkills\nEducation\nData Scientist\n";
  const std::string out = testing::Anonymise(*a, cv);
  for (const char* keep : {"Chef de Projet Digital", "Expérience Professionnelle", "Senior Software Engineer",
                           "Compétences Techniques", "Formation", "Skills", "Education", "Data Scientist"}) {
    BOOST_TEST(out.find(keep) != std::string::npos, keep << " lost in\n" << out);
  }
  BOOST_TEST(!HasWord(out, "durand"), out);
}

BOOST_AUTO_TEST_CASE(one_person_one_placeholder_everywhere) {
  auto a = testing::MakeAnonymiser();
  const std::string cv =
      "Fatima BENALI\nDéveloppeuse\nfatima.benali@gmail.com\n\nPROFIL\nMme Benali a 5 ans d'expérience.\n\n"
      "RÉFÉRENCES\nJean Dupont, CTO\n\nF. Benali\n";
  const std::string out = testing::Anonymise(*a, cv);
  BOOST_TEST(out.find("[NAME-1]\nDéveloppeuse") == 0u, out);
  BOOST_TEST(out.find("[NAME-1] a 5 ans") != std::string::npos, out);
  BOOST_TEST(out.find("[NAME-2], CTO") != std::string::npos, out);
  BOOST_TEST(out.find("\n[NAME-1]\n") != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(name_tokens_are_replaced_in_file_names_and_lower_case) {
  auto a = testing::MakeAnonymiser();
  const std::string out = testing::Anonymise(
      *a, "Ousmane Sow\nComptable\n06 12 34 56 78\n\nPièce jointe : cv_ousmane_sow_2024.pdf\nsignature : ousmane sow\n");
  BOOST_TEST(!HasWord(out, "ousmane"), out);
  BOOST_TEST(!HasWord(out, "sow"), out);
  BOOST_TEST(!Glued(out), out);
}

BOOST_AUTO_TEST_CASE(a_capitalised_word_alone_is_not_a_name) {
  auto a = testing::MakeAnonymiser();
  const std::string text = "Projet Phoenix : migration vers Kubernetes.\nClient : Société Générale.\nOutil : Jira.\n";
  BOOST_TEST(testing::CategoriesOf(*a, text).empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::anonymise
