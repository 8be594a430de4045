#include "fairhire/rubric/internal/lint_rules.h"

#include <set>

namespace fairhire::rubric::internal {
namespace {

constexpr Severity kE = Severity::kError;
constexpr Severity kW = Severity::kWarning;

std::vector<TextRule> ProtectedRules1() {
  return {
      {"P01", kE, "family situation (L1132-1 situation de famille; marital status)",
       "ask about the job's schedule or travel constraints, the same way for everyone",
       {"marie", "mariee", "maries", "mariees", "pacse*", "celibataire*", "divorce*", "conjoint*", "epoux",
        "epouse", "compagnon", "compagne", "concubin*", "vie de famille", "situation familiale",
        "situation de famille", "enfant", "enfants", "garde d enfant*", "nounou", "creche", "votre mari",
        "femme au foyer", "union libre", "nom de jeune fille", "charge* de famille", "personnes a charge",
        "personne a charge", "mere de famille", "pere de famille", "vos parents", "parent isole", "famille monoparentale",
        "vivez seul", "vivez seule", "vivez en couple", "vie de couple", "votre famille", "vos proches",
        "vos petits", "petits enfants", "aidant*", "votre femme", "votre epouse"},
       {"married", "marital", "spouse*", "husband*", "wife", "wives", "divorce*", "are you single", "children",
        "child", "kids", "childcare", "child care", "maiden name", "family situation", "family commitment*",
        "fiance*", "babysitter*", "your parents", "dependants", "dependents", "depends on you", "carer", "caregiver*",
        "look after", "looks after", "looking after", "little ones", "single parent", "single mother",
        "single father", "stay at home", "your family", "live alone", "grandchild*"},
       {"processus enfant*", "noeud* enfant*", "element* enfant*", "composant* enfant*", "child* process*",
        "child* node*", "child* element*", "child* component*", "child* of the dom", "child* prop*",
        "child* theme*", "child* table*", "parent child", "look after the", "look after our", "looks after the", "looking after the",
        "aidant* numerique*"}},
      {"P02", kE, "pregnancy or family plans (L1132-1 grossesse; pregnancy discrimination)",
       "do not ask; describe the job's constraints and ask whether they are workable",
       {"enceinte", "grossesse*", "maternite", "paternite", "conge parental", "desir d enfant",
        "projet familial", "projets familiaux", "projet* d enfant*", "fonder une famille", "bebe*",
        "avoir des enfants", "avoir un enfant", "agrandir la famille", "agrandir votre famille",
        "tomber enceinte", "tombiez enceinte", "conge maternite", "conge de maternite", "heureux evenement"},
       {"pregnan*", "maternity", "paternity", "parental leave", "plan* to have", "start a family",
        "starting a family", "baby", "babies", "expecting a child", "grow your family", "expand your family",
        "family planning", "get pregnant"},
       {}},
      {"P03", kE, "age (L1132-1 âge; ADEA)",
       "do not ask; a legal minimum age for the post needs a written basis in lint.allow",
       {"quel age", "votre age", "age avez vous", "tranche d age", "date de naissance", "annee de naissance",
        "ne en", "nee en", "trop jeune", "trop vieux", "trop age*", "retraite", "jeune et dynamique",
        "jeune equipe", "equipe jeune", "votre generation", "quelle generation", "generation z",
        "annee du bac", "annee d obtention", "digital native*", "etes vous ne", "etes vous nee", "vous etes ne",
        "trentenaire*", "quadragenaire*", "quinquagenaire*", "sexagenaire*", "plus age", "plus agee",
        "plus jeune", "fin de carriere", "arreter de travailler", "depuis combien d annees travaillez"},
       {"how old", "your age", "what age", "age group", "date of birth", "year of birth", "birth date",
        "birthday", "when did you graduate", "graduation year", "year you graduated", "plan to retire",
        "retirement", "too old", "too young", "digital native*", "young and dynamic", "young and energetic",
        "young team", "your generation", "generation z", "gen z", "millennial*", "boomer*", "when were you born",
        "year were you born", "twenties", "thirties", "forties", "fifties", "stop working", "end of your career",
        "finish school", "finish secondary school", "finish high school", "leave school", "left school",
        "finished school"},
       {}},
      {"P04", kE, "origin, nationality or name (L1132-1 origine, nation, nom de famille; Title VII)",
       "a work-authorisation question asked of everyone, or a job-required language level, is the lawful form",
       {"origines", "votre origine", "quelle origine", "originaire*", "pays d origine", "pays natal",
        "nationalite*", "d ou venez vous", "ou etes vous ne", "ou etes vous nee", "ethni*", "race",
        "couleur de peau", "accent", "langue maternelle", "nom de famille", "votre nom", "consonance",
        "de souche", "langue d origine", "vos parents", "premiere langue", "langue natale", "ou avez vous grandi",
        "avez vous grandi", "sonorite", "d ou vient votre nom", "nes en france", "ne en france", "nee en france",
        "nes a l etranger", "ne a l etranger"},
       {"where are you from", "where are you originally from", "where were you born", "place of birth",
        "birthplace", "nationality", "nationalities", "citizenship", "citizen", "ethnic*", "race",
        "skin colour", "skin color", "accent", "native language", "native speaker", "mother tongue",
        "first language", "your surname", "your last name", "family name", "your name come from",
        "your origin*", "national origin", "heritage", "your parents", "native tongue", "grow up", "grew up",
        "born in this country", "born abroad", "born here", "your roots", "origin of your", "green card"},
       {"race condition*", "conditions de course", "l accent sur", "accent mis sur", "accent est mis sur",
        "citizen developer*", "citizen data*"}},
      {"P05", kE, "religion (L1132-1 convictions religieuses; Title VII)",
       "state the working hours and ask whether they are workable",
       {"religi*", "confession*", "croyant*", "pratiquant*", "priere*", "ramadan", "jeuner", "messe", "eglise*",
        "mosquee*", "synagogue*", "voile", "foulard", "kippa", "shabbat", "fetes religieuses", "halal",
        "casher", "careme", "dieu", "votre foi", "lieu de culte", "celebrez vous", "fetez vous", "quelles fetes",
        "signe* religieux"},
       {"religio*", "church*", "mosque*", "synagogue*", "temple", "pray*", "sabbath", "faith", "religious holiday*",
        "hijab", "turban", "god", "worship*", "ramadan", "kosher", "halal", "christmas", "believer*",
        "your beliefs", "observance*", "do you celebrate", "holidays do you", "spiritual*"},
       {"good faith", "bad faith"}},
      {"P06", kE, "political opinions (L1132-1 opinions politiques)", "do not ask",
       {"opinion* politique*", "engagement politique", "parti politique", "partis politiques", "votez", "votre vote",
        "pour qui", "militant*", "militez", "manifestation*", "manifestez", "idees politiques", "de gauche",
        "de droite", "politiquement", "vote", "voter", "votiez", "mouvement* politique*", "presidentielle*",
        "legislatives", "sympathie* politique*", "engagement* militant*", "quel parti"},
       {"political*", "politics", "vote", "voted", "voting", "activis*", "democrat*", "republican*", "left wing",
        "right wing", "campaign for", "which party", "party do you", "election", "elections", "presidential"},
       {"leader election*", "election d un leader", "election de leader"}},
  };
}

std::vector<TextRule> ProtectedRules2() {
  return {
      {"P07", kE, "trade-union activity or elected office (L1132-1 activités syndicales, mandat électif)",
       "do not ask",
       {"syndicat*", "syndical*", "syndique*", "syndiquer", "cgt", "cfdt", "cftc", "cfe cgc", "greve*",
        "delegue du personnel", "representant* du personnel", "mutualiste*", "mandat electif", "elu municipal",
        "elu local", "elue municipale", "membre du cse", "elections du cse", "elections professionnelles",
        "elu du cse", "elue du cse", "delegue* syndica*", "droit de retrait"},
       {"trade union*", "labour union*", "labor union*", "union member*", "union activit*",
        "union representative*", "join a union", "joined a union", "in a union", "unioni*", "strike*",
        "collective bargaining", "works council", "shop steward*", "unions", "walkout*", "industrial action",
        "organise a union", "organize a union", "labour movement", "labor movement"},
       {"strike a balance", "strikes a balance", "discriminated unions", "tagged unions", "type unions"}},
      {"P08", kE, "health, disability or genetics (L1132-1 état de santé, handicap; ADA, Equality Act s.60)",
       "only ask whether the candidate needs an adjustment for the interview or the job's essential tasks",
       {"votre sante", "etat de sante", "probleme* de sante", "maladie*", "handicap*", "rqth", "arret* maladie",
        "medicament*", "traitement* medica*", "antecedents medicaux", "depression", "burn out", "burnout",
        "genetique*", "fumeur", "fumez vous", "suivi psychologique", "therapie", "allergi*", "medical*",
        "medicale*", "raisons de sante", "arret* de travail", "jours d arret", "absent* pour raison*",
        "mal de dos", "problemes de dos", "suivez vous un traitement", "sous traitement", "invalidite",
        "pathologie*", "psychiatr*", "travailleur handicape", "reconnu handicape"},
       {"your health", "health problem*", "health condition*", "health issue*", "medical*", "illness*", "sick",
        "sick day*", "sick leave", "disabilit*", "are you disabled", "medication*", "workers comp*",
        "mental health", "genetic*", "family history", "smoker", "do you smoke", "therapy", "diagnosed",
        "chronic", "allerg*", "depression", "burnout", "burn out", "handicap*", "wheelchair", "off sick",
        "any conditions", "medical condition*", "physical limitation*", "injur*",
        "psychiatr*", "pregnan*", "impairment*", "disabled"},
       {"etat de sante du", "etat de sante des", "genetic algorithm*", "algorithme* genetique*"}},
      {"P09", kE, "sexual orientation, gender identity or private life (L1132-1 orientation sexuelle, moeurs)",
       "do not ask",
       {"orientation sexuelle", "homosexu*", "heterosexu*", "gay", "lesbienne*", "transgenre*",
        "identite de genre", "vie privee", "vie sentimentale", "vie amoureuse", "petit ami", "petite amie",
        "copain", "copine", "moeurs", "en couple", "une femme ou un homme", "un homme ou une femme",
        "avec une femme ou avec un homme", "quelqu un dans votre vie"},
       {"sexual orientation", "homosexual*", "heterosexual*", "gay", "lesbian*", "transgender", "gender identity",
        "dating", "boyfriend*", "girlfriend*", "sexuality", "your partner", "are you straight", "special someone",
        "in a relationship", "relationship status", "seeing anyone", "seeing someone"},
       {"protection de la vie privee", "respect de la vie privee", "vie privee des", "vie privee dans",
        "vie privee et", "vie privee des utilisateurs"}},
      {"P10", kE, "place of residence or bank (L1132-1 lieu de résidence, domiciliation bancaire)",
       "state where and when the job is done and ask whether that is workable",
       {"ou habitez vous", "ou vivez vous", "votre adresse", "adresse personnelle", "votre domicile",
        "lieu de domicile", "domicilie*", "quartier", "banlieue", "quelle cite", "dans une cite", "votre cite",
        "lieu de residence", "proprietaire ou locataire", "locataire", "votre banque", "quelle banque",
        "domiciliation bancaire", "code postal", "votre ville", "qpv", "habitez", "residez", "vivez vous",
        "quel coin", "quelle commune", "votre commune", "votre logement", "proprietaire de votre",
        "temps de trajet", "votre trajet", "domicile travail"},
       {"where do you live", "where you live", "your address", "home address", "neighbourhood*", "neighborhood*",
        "zip code", "postcode", "postal code", "post code", "own or rent", "do you rent", "your bank",
        "which bank", "how far do you live", "which part of town", "what area do you live", "do you live",
        "you live in", "part of the city", "part of town", "suburb*", "commute", "own your home",
        "own your house", "your home", "your flat", "your apartment", "your street", "which area"},
       {}},
      {"P11", kE, "physical appearance (L1132-1 apparence physique)",
       "only job-mandated safety equipment, with a basis in lint.allow",
       {"votre apparence", "apparence physique", "physique", "tatouage*", "piercing*", "coiffure*", "barbe",
        "votre poids", "combien pesez", "votre taille", "combien mesurez", "tenue vestimentaire",
        "votre photo", "une photo de vous", "photo d identite", "style vestimentaire", "maquillage",
        "cheveux", "corpulence", "beaute", "presentation soignee", "votre look", "votre physique", "votre tenue", "votre style",
        "photo recente", "une photo de vous", "envoyer une photo", "envoyer votre photo"},
       {"your appearance", "physical appearance", "appearance", "tattoo*", "piercing*", "hairstyle*", "hair",
        "beard*", "your weight", "how much do you weigh", "your height", "how tall", "a photo of you",
        "photo of yourself", "your photo", "attractive", "good looking", "well groomed", "presentable",
        "recent photo", "recent picture", "picture of you", "picture of yourself", "your look", "your looks",
        "cover your", "send us a photo", "send us a picture"},
       {"physique de", "serveur physique", "serveurs physiques", "machine physique", "couche physique",
        "infrastructure physique", "securite physique", "acces physique", "support physique",
        "appearance of the", "visual appearance of", "ui appearance"}},
  };
}

std::vector<TextRule> ProtectedRules3() {
  return {
      {"P12", kW, "economic situation (L1132-1 vulnérabilité économique)", "do not ask",
       {"situation financiere", "dette*", "credit immobilier", "credit* en cours", "rsa", "aides sociales",
        "surendett*", "chomage", "interdit bancaire", "fins de mois", "allocation*", "prestations sociales",
        "minima sociaux", "caf", "pret* en cours", "pret immobilier"},
       {"debt*", "credit score", "credit history", "welfare", "social benefits", "food stamps", "bankrupt*",
        "unemployment benefit*", "financial situation", "financial difficult*", "receiving any benefits",
        "on benefits", "state benefits", "benefits claim*", "mortgage", "loans", "bankruptcy"},
       {"dette technique", "technical debt", "tech debt", "allocation* memoire", "allocation* de memoire",
        "allocation* de ressources", "allocation* des ressources", "allocation* dynamique*"}},
      {"P13", kW, "language other than French not required by the job (L1132-1)",
       "allowed only when the job requires the language, with the level, in lint.allow",
       {"langue* parlee* a la maison", "parlez vous a la maison", "parlez vous chez vous", "langue de vos parents",
        "parlez vous arabe", "parlez vous une autre langue", "autres langues parlez vous", "parlez vous en famille",
        "langue parlez vous", "langue* en famille", "langue* de votre famille", "langue* familiale*"},
       {"language* at home", "speak at home", "language your parents", "other languages do you speak",
        "what languages do you speak", "language do you speak", "speak with your family", "language of your family",
        "family language", "home language"},
       {}},
      {"P14", kE, "whistleblower status (L1132-1 lanceur d'alerte)", "do not ask",
       {"lanceur* d alerte", "lanceuse* d alerte", "denonce* votre employeur", "signale* des irregularites",
        "irregularites de votre employeur", "aux autorites"},
       {"whistleblow*", "whistle blow*", "reported your employer", "reported your former employer",
        "reported a previous employer", "reported an employer", "to a regulator", "to the authorities"},
       {}},
      {"P15", kW, "criminal record (regulated posts only; ban-the-box)",
       "only for regulated posts, with a basis in lint.allow",
       {"casier judiciaire", "condamne*", "condamnation*", "garde a vue", "antecedents judiciaires",
        "affaire a la justice", "ennuis avec la justice", "demeles avec la justice", "la police", "poursuites"},
       {"arrest*", "convicted", "conviction", "criminal record*", "criminal history", "criminal background",
        "police record", "the police", "with the law", "jail", "prison"},
       {"police de caractere*", "police d ecriture", "polices de caractere*"}},
      {"P16", kW, "pay history (EU 2023/970 art. 5(2); US salary-history bans)", "ask for expectations only",
       {"salaire actuel", "votre salaire", "salaire precedent", "dernier salaire", "remuneration actuelle",
        "remuneration precedente", "combien gagnez", "combien gagniez", "fiche* de paie", "bulletin* de salaire",
        "votre remuneration", "combien touchez", "touchiez", "votre paie"},
       {"current salary", "salary history", "previous salary", "last salary", "current pay", "how much do you make",
        "how much do you earn", "how much did you earn", "how much did you make", "pay slip*", "payslip*",
        "current compensation", "past compensation", "were you paid", "are you paid", "your pay", "your wage*",
        "what do you earn"},
       {"salaire souhaite", "salaire attendu"}},
  };
}

std::vector<TextRule> QualityRules() {
  return {
      {"Q01", kW, "diploma or school prestige used as a criterion (skills-first, CNNum 2020)",
       "assess the skill directly with a past-behaviour or work-sample question",
       {"diplome*", "bac", "grande ecole", "grandes ecoles", "ecole* d ingenieur*", "master requis",
        "master exige", "prestig*", "classement", "quelle ecole", "quelle universite", "mention tres bien",
        "vos etudes", "quelles etudes", "niveau d etudes", "niveau de diplome", "cursus", "formation initiale",
        "quelle fac", "votre ecole"},
       {"degree", "degrees", "diploma*", "top school*", "top university", "top universities", "top tier",
        "ivy league", "gpa", "which university", "which school", "what school", "what university", "prestig*",
        "grade point", "alma mater", "your studies", "graduate degree", "bachelor*", "masters degree", "college", "university", "your school",
        "education level", "level of education",
        "master s degree", "phd"},
       {"bac a sable", "degree of", "degrees of", "to what degree", "360 degree*"}},
      {"Q02", kW, "vague 'culture fit' or personality criterion (Défenseur des droits: no 'au feeling')",
       "describe the observable behaviour you need in an anchored question",
       {"culture fit", "fit culturel", "fit avec l equipe", "feeling", "personnalite", "charisme",
        "charismatique", "atomes crochus", "bonne vibe", "vibe", "personne dynamique", "profil dynamique",
        "etes vous dynamique", "bon esprit", "caractere", "esprit de notre equipe", "esprit de l equipe",
        "esprit maison", "coller a l esprit", "coller a la culture", "s integrer"},
       {"culture fit", "cultural fit", "fit in", "fits in", "gut feeling", "gut feel", "vibe*", "personality",
        "energetic", "likeable", "likable", "charisma*", "beer test", "grab a beer", "team fit", "good fit",
        "right fit", "fit for our", "fit with our", "your character", "your temperament"},
       {}},
  };
}

}  // namespace

bool IsSecondPerson(const std::string& word) {
  static const std::set<std::string> k = {"vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi", "te",
                                          "you", "your", "yours", "yourself"};
  return k.count(word) > 0;
}

bool IsSecondPersonPossessive(const std::string& word) {
  static const std::set<std::string> k = {"votre", "vos", "ton", "ta", "tes", "your", "yours"};
  return k.count(word) > 0;
}

bool IsThirdPartyMarker(const std::string& word) {
  static const std::set<std::string> k = {
      // people the job serves or works with
      "utilisateur", "utilisateurs", "utilisatrices", "usager", "usagers", "client", "clients", "cliente",
      "clientes", "clientele", "employe", "employes", "salarie", "salaries", "collaborateur", "collaborateurs",
      "collaboratrice", "collegue", "collegues", "personnes", "patient", "patients", "visiteur", "visiteurs",
      "abonne", "abonnes", "public", "journaliste", "fournisseur", "transporteur", "prestataire", "entreprise",
      "user", "users", "customer", "customers", "employee", "employees", "staff", "colleague", "colleagues",
      "people", "visitor", "visitors", "audience", "followers", "journalist", "supplier", "suppliers", "vendor",
      "carrier", "company", "clinic", "retailer",
      // data and artefacts of the job
      "donnees", "champ", "champs", "formulaire", "fichier", "base", "table", "colonne", "colonnes",
      "enregistrement", "enregistrements", "dossiers", "systeme", "application", "site", "sirh", "logiciel",
      "outil", "outils", "campagne", "marque", "publication", "publications", "commentaire", "commentaires",
      "demande", "journaux", "acces", "tableau", "accessibilite", "debat", "data", "dataset", "field", "form",
      "record", "records", "file", "database", "column", "columns", "system", "software", "tool", "tools",
      "campaign", "brand", "posts", "comments", "request", "logs", "access", "dashboard", "trends", "validation",
      "verification", "accessibility", "debate", "payroll", "app", "page",
      // someone else's, or the employer's
      "leur", "leurs", "son", "sa", "ses", "notre", "nos", "their", "his", "her", "its", "our"};
  return k.count(word) > 0;
}

const std::vector<TextRule>& TextRules() {
  static const std::vector<TextRule>* rules = [] {
    auto* all = new std::vector<TextRule>();
    for (auto part : {ProtectedRules1(), ProtectedRules2(), ProtectedRules3(), QualityRules()}) {
      for (auto& r : part) all->push_back(std::move(r));
    }
    return all;
  }();
  return *rules;
}

}  // namespace fairhire::rubric::internal
