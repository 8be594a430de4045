// Built-in names and acronyms of well-known schools, so the tool works without reference data and
// knows the acronyms the MESR list spells differently (grandes écoles, Indian and British institutions).
// Short or ambiguous acronyms are only accepted by the SCHOOL detector next to a degree or in the
// education section (see detectors/school_scan.cc).
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/internal/builtin_lists.h"

namespace fairhire::anonymise {
namespace {

struct School {
  const char* name;
  bool french;
  const char* aliases[6];
};

constexpr School kSchools[] = {
    {"Sorbonne Université", true, {"Sorbonne", "Université Pierre et Marie Curie", "UPMC", "Paris-Sorbonne"}},
    {"Université Paris Cité", true, {"Paris Diderot", "Paris Descartes", "Université Paris Diderot"}},
    {"Université Paris-Saclay", true, {"Paris-Saclay", "Paris Sud", "Université Paris-Sud"}},
    {"Université Sorbonne Paris Nord", true, {"Sorbonne Paris Nord", "Paris 13", "Paris XIII", "Université Paris 13"}},
    {"Université Paris 8 Vincennes-Saint-Denis", true, {"Paris 8", "Paris VIII", "Université Paris 8"}},
    {"Université Paris Nanterre", true, {"Paris Nanterre", "Paris X", "Paris 10"}},
    {"Université Paris-Est Créteil", true, {"UPEC", "Paris 12", "Paris XII"}},
    {"Université Paris Dauphine-PSL", true, {"Dauphine", "Paris Dauphine", "Paris-Dauphine"}},
    {"Université Panthéon-Sorbonne", true, {"Paris 1", "Panthéon-Sorbonne", "Paris I"}},
    {"École polytechnique", true, {"Polytechnique", "l'X", "Ecole Polytechnique"}},
    {"Sciences Po", true, {"Sciences-Po", "Sciences Po Paris", "IEP de Paris"}},
    {"HEC Paris", true, {"HEC", "École des hautes études commerciales"}},
    {"ESSEC Business School", true, {"ESSEC"}},
    {"ESCP Business School", true, {"ESCP", "ESCP Europe"}},
    {"EDHEC Business School", true, {"EDHEC"}},
    {"emlyon business school", true, {"EM Lyon", "emlyon", "EM Lyon Business School"}},
    {"NEOMA Business School", true, {"NEOMA"}},
    {"SKEMA Business School", true, {"SKEMA"}},
    {"KEDGE Business School", true, {"KEDGE"}},
    {"Grenoble École de Management", true, {"Grenoble EM", "GEM"}},
    {"Toulouse Business School", true, {"TBS Education"}},
    {"Audencia", true, {"Audencia Nantes"}},
    {"EPITA", true, {"Epita"}},
    {"Epitech", true, {"EPITECH"}},
    {"École 42", true, {"42 Paris", "Ecole 42", "42 School", "42 Lyon"}},
    {"EFREI Paris", true, {"EFREI", "Efrei"}},
    {"ESIEA", true, {}},
    {"ESIEE Paris", true, {"ESIEE"}},
    {"ISEP", true, {}},
    {"ECE Paris", true, {"ECE Engineering School"}},
    {"EPF École d'ingénieurs", true, {"EPF"}},
    {"INSA Lyon", true, {"INSA de Lyon"}},
    {"INSA Toulouse", true, {"INSA de Toulouse"}},
    {"INSA Rennes", true, {"INSA de Rennes"}},
    {"INSA Rouen Normandie", true, {"INSA Rouen"}},
    {"INSA Strasbourg", true, {}},
    {"INSA Centre Val de Loire", true, {}},
    {"INSA Hauts-de-France", true, {}},
    {"CentraleSupélec", true, {"Centrale Paris", "Supélec", "Centrale-Supélec"}},
    {"École centrale de Lyon", true, {"Centrale Lyon", "ECL"}},
    {"École centrale de Nantes", true, {"Centrale Nantes"}},
    {"Centrale Lille", true, {"École centrale de Lille"}},
    {"Centrale Marseille", true, {"Centrale Méditerranée"}},
    {"Mines Paris", true, {"Mines ParisTech", "École des mines de Paris"}},
    {"Mines Saint-Étienne", true, {"École des mines de Saint-Étienne"}},
    {"IMT Mines Albi", true, {"Mines Albi"}},
    {"IMT Mines Alès", true, {"Mines Alès"}},
    {"IMT Atlantique", true, {"Mines Nantes", "Télécom Bretagne"}},
    {"Télécom Paris", true, {"Telecom ParisTech", "Télécom ParisTech"}},
    {"Télécom SudParis", true, {"Telecom SudParis"}},
    {"École normale supérieure", true, {"ENS Ulm", "ENS Paris", "ENS de Lyon", "ENS Lyon", "ENS Paris-Saclay"}},
    {"Université de technologie de Compiègne", true, {"UTC Compiègne"}},
    {"Université de technologie de Troyes", true, {"UTT"}},
    {"Université de technologie de Belfort-Montbéliard", true, {"UTBM"}},
    {"Ensimag", true, {"ENSIMAG", "Grenoble INP - Ensimag"}},
    {"ENSEEIHT", true, {"N7", "INP-ENSEEIHT"}},
    {"ENSTA Paris", true, {"ENSTA"}},
    {"ENSAE Paris", true, {"ENSAE"}},
    {"ENSAI", true, {}},
    {"Arts et Métiers", true, {"ENSAM", "Arts et Métiers ParisTech"}},
    {"ISAE-SUPAERO", true, {"SUPAERO", "ISAE"}},
    {"Institut d'optique", true, {"SupOptique"}},
    {"CNAM", true, {"Conservatoire national des arts et métiers", "Le Cnam"}},
    {"Université de Lille", true, {"Lille 1", "Lille 2", "Lille 3"}},
    {"Université Claude Bernard Lyon 1", true, {"Lyon 1", "Université Lyon 1", "UCBL"}},
    {"Université Lumière Lyon 2", true, {"Lyon 2"}},
    {"Université Jean Moulin Lyon 3", true, {"Lyon 3"}},
    {"Aix-Marseille Université", true, {"AMU", "Aix-Marseille"}},
    {"Université de Strasbourg", true, {"Unistra"}},
    {"Université de Bordeaux", true, {}},
    {"Université Grenoble Alpes", true, {"UGA"}},
    {"Université Toulouse III - Paul Sabatier", true, {"Paul Sabatier", "Toulouse III", "Toulouse 3"}},
    {"Université de Montpellier", true, {}},
    {"Université de Rennes", true, {"Rennes 1", "Rennes 2"}},
    {"Nantes Université", true, {"Université de Nantes"}},
    {"Université Côte d'Azur", true, {}},
    {"Université de Versailles Saint-Quentin-en-Yvelines", true, {"UVSQ"}},
    {"CY Cergy Paris Université", true, {"CY Tech", "Université de Cergy-Pontoise", "Cergy-Pontoise"}},
    {"Université Gustave Eiffel", true, {"Marne-la-Vallée", "UPEM"}},
    {"Université d'Évry", true, {"Université Évry Paris-Saclay"}},
    {"OpenClassrooms", true, {}},
    {"Le Wagon", true, {}},
    {"Wild Code School", true, {}},
    {"Simplon", true, {"Simplon.co"}},
    {"University of Oxford", false, {"Oxford University"}},
    {"University of Cambridge", false, {"Cambridge University"}},
    {"Imperial College London", false, {"Imperial College"}},
    {"London School of Economics", false, {"LSE"}},
    {"University College London", false, {"UCL"}},
    {"King's College London", false, {"KCL"}},
    {"Harvard University", false, {"Harvard"}},
    {"Stanford University", false, {"Stanford"}},
    {"Massachusetts Institute of Technology", false, {"MIT"}},
    {"Indian Institute of Technology", false, {"IIT", "IIT Bombay", "IIT Delhi", "IIT Madras", "IIT Kanpur", "IIT Kharagpur"}},
    {"National Institute of Technology", false, {"NIT", "NIT Trichy", "NIT Warangal", "NIT Surathkal"}},
    {"Birla Institute of Technology and Science", false, {"BITS Pilani", "BITS"}},
    {"International Institute of Information Technology", false, {"IIIT", "IIIT Hyderabad", "IIIT Bangalore"}},
    {"Indian Institute of Management", false, {"IIM", "IIM Ahmedabad", "IIM Bangalore"}},
    {"Vellore Institute of Technology", false, {"VIT", "VIT University"}},
    {"SRM Institute of Science and Technology", false, {"SRM University", "SRM"}},
    {"Visvesvaraya Technological University", false, {"VTU"}},
    {"Jawaharlal Nehru Technological University", false, {"JNTU", "JNTUH", "JNTUK"}},
    {"Anna University", false, {}},
    {"University of Mumbai", false, {"Mumbai University"}},
    {"Savitribai Phule Pune University", false, {"Pune University", "University of Pune"}},
    {"Dr. A.P.J. Abdul Kalam Technical University", false, {"AKTU", "UPTU"}},
    {"Rajiv Gandhi Proudyogiki Vishwavidyalaya", false, {"RGPV"}},
    {"Kalinga Institute of Industrial Technology", false, {"KIIT"}},
    {"Manipal Institute of Technology", false, {"Manipal University"}},
    {"Amity University", false, {}},
    {"Delhi University", false, {"University of Delhi"}},
    {"Kendriya Vidyalaya", false, {}},
    {"Delhi Public School", false, {"DPS"}},
    {"University of Lagos", false, {"UNILAG"}},
    {"University of Ibadan", false, {"UI Ibadan"}},
    {"Obafemi Awolowo University", false, {"OAU"}},
    {"University of Nigeria, Nsukka", false, {"UNN"}},
    {"Covenant University", false, {}},
    {"Ahmadu Bello University", false, {"ABU Zaria"}},
    {"Lagos State University", false, {"LASU"}},
    {"Tsinghua University", false, {}},
    {"Peking University", false, {}},
    {"Fudan University", false, {}},
    {"Zhejiang University", false, {}},
    {"Shanghai Jiao Tong University", false, {"SJTU"}},
};

}  // namespace

void AddBuiltInSchools(Gazetteers* g) {
  for (const School& s : kSchools) {
    const auto id = static_cast<std::uint32_t>(g->school_count());
    g->AddSchool(s.name, s.french);
    for (const char* alias : s.aliases) {
      if (alias != nullptr) g->AddSchoolAlias(alias, id);
    }
  }
}

}  // namespace fairhire::anonymise
