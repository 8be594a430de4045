// Built-in stop lists of the NAME detector: words a capitalised token may be without being a name.
// Kept as literal tables compiled once into hash sets; every entry is folded (lower case,
// no accents). Adding a word here can only reduce name findings, never create one.
#include <string_view>
#include <unordered_set>

#include "fairhire/anonymise/internal/name_lexicon.h"
#include "fairhire/anonymise/phrase_matcher.h"

namespace fairhire::anonymise::detectors {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Section headings and CV vocabulary (French and English).
constexpr std::string_view kHeadings[] = {
    "curriculum", "vitae", "cv", "resume", "profil", "profile", "profession", "professionnel", "professionnelle",
    "professionnelles", "professionnels", "professional", "summary", "objectif", "objective", "objectives",
    "experience", "experiences", "work", "employment", "history", "career", "carriere", "parcours", "formation",
    "formations", "education", "educational", "academic", "academique", "qualification", "qualifications",
    "diplomes", "diplome", "etudes", "cursus", "scolarite", "competence", "competences", "skills", "skill",
    "technical", "techniques", "technique", "langues", "langue", "languages", "language", "loisirs", "hobbies",
    "interets", "interests", "centres", "centre", "interet", "activites", "activities", "projets", "projet",
    "projects", "project", "references", "reference", "referees", "referee", "certifications", "certification",
    "certificats", "certificat", "certificate", "certificates", "publications", "awards", "award",
    "achievements", "realisations", "distinctions", "benevolat", "volunteering", "associations", "contact",
    "coordonnees", "informations", "information", "personnelles", "personal", "details", "detail", "additional",
    "divers", "about", "propos", "atouts", "qualites", "strengths", "outils", "tools", "logiciels", "software",
    "stages", "stage", "internship", "internships", "alternance", "apprentissage", "links", "link", "groups",
    "patents", "military", "service", "declaration", "place", "date", "signature", "permis", "licence",
    "mobilite", "disponibilite", "disponible", "available", "upon", "request", "sur", "demande", "key",
    "core", "highlights", "accomplishments", "responsibilities", "responsabilites", "missions", "mission",
    "taches", "roles", "role", "environment", "environnement", "technologies", "technologie", "technology",
    "stack", "methodologies", "methodes", "langages", "programming", "frameworks", "framework", "databases",
    "bases", "donnees", "operating", "systems", "systemes", "domain", "domaines", "expertise", "savoir",
    "faire", "etre", "soft", "hard", "company", "entreprise", "societe", "client", "clients", "duration",
    "duree", "team", "equipe", "size", "taille", "tel", "phone", "telephone", "mobile", "portable", "email",
    "mail", "courriel", "adresse", "address", "linkedin", "github", "gitlab", "portfolio", "site", "web",
    "website", "blog", "indeed", "nom", "prenom", "prenoms", "name", "names", "first", "last", "full",
    "surname", "birth", "naissance", "nationalite", "nationality", "age", "ans", "years", "year", "months",
    "mois", "annees", "present", "current", "currently", "actuel", "actuellement", "aujourd", "hui", "now",
    "page", "total", "level", "niveau", "notions", "courant", "bilingue", "fluent", "native", "maternelle",
    "intermediate", "advanced", "beginner", "debutant", "confirme", "expert", "bon", "tres", "good", "very",
};

// Job titles and words of job titles.
constexpr std::string_view kJobWords[] = {
    "developpeur", "developpeuse", "developer", "developers", "development", "developpement", "ingenieur",
    "ingenieure", "engineer", "engineering", "engineers", "manager", "management", "managers", "chef",
    "cheffe", "responsable", "head", "lead", "leader", "tech", "senior", "junior", "confirmed", "principal",
    "staff", "associate", "assistant", "assistante", "analyst", "analyste", "consultant", "consultante",
    "consulting", "conseil", "conseiller", "conseillere", "architect", "architecte", "administrator",
    "administrateur", "administratrice", "admin", "officer", "executive", "director", "directeur",
    "directrice", "president", "presidente", "founder", "fondateur", "fondatrice", "cofounder", "ceo", "cto",
    "cfo", "coo", "vp", "specialist", "specialiste", "expert", "technicien", "technicienne", "technician",
    "operator", "operateur", "operatrice", "coordinator", "coordinateur", "coordinatrice", "supervisor",
    "superviseur", "intern", "interne", "trainee", "stagiaire", "alternant", "alternante", "apprenti",
    "apprentie", "freelance", "independant", "independante", "contractor", "employee", "employe", "employee",
    "agent", "charge", "chargee", "commercial", "commerciale", "vendeur", "vendeuse", "sales", "seller",
    "comptable", "accountant", "accounting", "comptabilite", "auditeur", "auditrice", "auditor", "audit",
    "controleur", "controleuse", "controller", "gestionnaire", "secretaire", "secretary", "receptionist",
    "infirmier", "infirmiere", "nurse", "aide", "soignant", "soignante", "medecin", "doctor", "pharmacien",
    "pharmacienne", "enseignant", "enseignante", "teacher", "professeur", "professeure", "formateur",
    "formatrice", "trainer", "tuteur", "tutrice", "tutor", "chauffeur", "driver", "livreur", "magasinier",
    "cariste", "preparateur", "preparatrice", "cuisinier", "cuisiniere", "serveur", "serveuse", "caissier",
    "caissiere", "ouvrier", "ouvriere", "electricien", "plombier", "macon", "mecanicien", "designer",
    "graphiste", "redacteur", "redactrice", "writer", "editor", "journaliste", "community", "product",
    "owner", "scrum", "master", "data", "scientist", "science", "sciences", "devops", "sre", "fullstack",
    "full", "stack", "frontend", "front", "end", "backend", "back", "mobile", "web", "software", "logiciel",
    "logiciels", "system", "systeme", "network", "reseau", "reseaux", "security", "securite", "cloud",
    "support", "helpdesk", "desk", "service", "services", "client", "customer", "success", "relation",
    "relations", "marketing", "digital", "numerique", "growth", "business", "finance", "financial",
    "financier", "financiere", "ressources", "humaines", "human", "resources", "hr", "rh", "recruiter",
    "recruteur", "recruteuse", "talent", "acquisition", "operations", "operation", "logistique", "logistics",
    "supply", "chain", "achat", "achats", "purchasing", "buyer", "acheteur", "acheteuse", "quality",
    "qualite", "test", "tester", "testeur", "testeuse", "qa", "automation", "automatisation", "production",
    "maintenance", "research", "recherche", "chercheur", "chercheuse", "researcher", "doctorant",
    "doctorante", "postdoc", "programmer", "programmeur", "programmeuse", "integrateur", "integratrice",
    "webmaster", "ux", "ui", "graphic", "artist", "animateur", "animatrice", "educateur", "educatrice",
    "stagiaire", "benevole", "volunteer", "member", "membre", "trader", "banker", "banquier", "juriste",
    "lawyer", "avocat", "avocate", "notaire", "paralegal", "clerk", "cashier", "waiter", "cook", "chef",
    "application", "applications", "solution", "solutions", "delivery", "project", "program", "programme",
    "portfolio", "account", "compte", "key", "territory", "area", "regional", "national", "international",
    "global", "general", "generale", "adjoint", "adjointe", "deputy", "vice", "team", "group", "unit",
    "representative", "worker", "workers", "operative", "porter", "partie", "inside", "outside", "field",
    "care", "carer", "kitchen", "warehouse", "picker", "packer", "cleaner", "housekeeper", "steward",
    "barista", "bartender", "concierge", "guard", "plumber", "electrician", "welder", "fitter", "joiner",
    "carpenter", "labourer", "machinist", "mechanic", "installer", "surveyor", "estimator", "dispatcher",
    "courier", "merchandiser", "stylist", "hairdresser", "therapist", "physiotherapist", "pharmacist",
    "midwife", "paramedic", "dentist", "optician", "nanny", "childminder", "lecturer", "instructor", "coach",
    "store", "shop", "retail", "floor", "shift", "crew", "night", "site", "plant", "line", "greater",
};

// Employers and products written like a person's name: a seed made of one of these phrases is not a
// name ("John Lewis", "Mac OS", "France Travail"). Folded, words separated by spaces.
constexpr std::string_view kNamelikeBrands[] = {
    "john lewis", "allen bradley", "mac os", "macos", "france travail", "jaguar land rover", "rolls royce",
    "home depot", "kaiser permanente", "guaranty trust", "zenith bank", "marks spencer", "ernst young",
    "procter gamble", "johnson johnson", "morgan stanley", "goldman sachs", "wells fargo", "charles schwab",
    "larsen toubro", "louis vuitton", "yves rocher", "pierre fabre", "christian dior", "leroy merlin",
    "hugo boss", "tommy hilfiger", "ralph lauren", "calvin klein", "thomas cook", "walt disney", "mary kay",
    "harvey nichols", "ted baker", "john deere", "henry schein", "robert half", "michael page", "morgan lewis",
    "nice matin", "ouest france", "sud ouest", "jean coutu", "dr martens", "tim hortons", "wendy s",
    "paul smith", "john wiley", "william hill", "jd sports", "sainsbury s", "jp morgan",
};


// Skills, languages, tools, products and employers that look like names (issue 3 lists several).
constexpr std::string_view kSkills[] = {
    "ruby", "julia", "rust", "jenkins", "grace", "django", "maven", "ansible", "spring", "angular", "vue",
    "flask", "swift", "kotlin", "java", "javascript", "typescript", "python", "perl", "php", "scala", "go",
    "golang", "haskell", "erlang", "elixir", "clojure", "lisp", "fortran", "cobol", "pascal", "delphi",
    "ada", "matlab", "octave", "sas", "spss", "stata", "r", "c", "dart", "lua", "groovy", "bash", "shell",
    "powershell", "sql", "mysql", "postgresql", "postgres", "oracle", "sqlite", "mongodb", "mongo", "redis",
    "cassandra", "neo4j", "elasticsearch", "elastic", "kibana", "logstash", "grafana", "prometheus", "kafka",
    "rabbitmq", "spark", "hadoop", "hive", "pig", "flink", "airflow", "dbt", "snowflake", "databricks",
    "tableau", "qlik", "looker", "excel", "word", "powerpoint", "outlook", "office", "access", "sharepoint",
    "teams", "power", "bi", "react", "redux", "node", "nodejs", "express", "nest", "nestjs", "next", "nuxt",
    "svelte", "ember", "backbone", "jquery", "bootstrap", "tailwind", "sass", "less", "html", "html5", "css",
    "css3", "xml", "json", "yaml", "rest", "restful", "graphql", "soap", "grpc", "api", "apis", "docker",
    "kubernetes", "k8s", "helm", "terraform", "puppet", "chef", "salt", "vagrant", "openshift", "rancher",
    "nginx", "apache", "tomcat", "jboss", "wildfly", "weblogic", "websphere", "iis", "linux", "unix",
    "windows", "macos", "ubuntu", "debian", "centos", "redhat", "red", "hat", "fedora", "android", "ios",
    "git", "svn", "mercurial", "jira", "confluence", "trello", "asana", "notion", "slack", "zoom", "figma",
    "sketch", "photoshop", "illustrator", "indesign", "premiere", "after", "effects", "blender", "maya",
    "unity", "unreal", "autocad", "solidworks", "catia", "revit", "sap", "salesforce", "hubspot", "zendesk",
    "servicenow", "workday", "sage", "cegid", "quickbooks", "aws", "azure", "gcp", "google", "amazon",
    "microsoft", "apple", "meta", "facebook", "ibm", "intel", "cisco", "vmware", "citrix", "adobe", "atlassian",
    "github", "gitlab", "bitbucket", "heroku", "vercel", "netlify", "firebase", "supabase", "selenium",
    "cypress", "jest", "mocha", "junit", "pytest", "cucumber", "postman", "swagger", "sonarqube", "sonar",
    "pandas", "numpy", "scipy", "matplotlib", "seaborn", "scikit", "learn", "sklearn", "tensorflow",
    "keras", "pytorch", "torch", "opencv", "nltk", "spacy", "hugging", "face", "openai", "langchain", "llm",
    "nlp", "ml", "ai", "ia", "deep", "machine", "learning", "intelligence", "artificial", "artificielle",
    "vision", "big", "hibernate", "struts", "symfony", "laravel", "drupal", "wordpress", "joomla",
    "magento", "prestashop", "shopify", "woocommerce", "rails", "sinatra", "phoenix", "fastapi", "pyramid",
    "celery", "gunicorn", "uvicorn", "electron", "flutter", "ionic", "xamarin", "cordova", "qt", "gtk",
    "boost", "cmake", "make", "gradle", "ant", "npm", "yarn", "webpack", "vite", "babel", "eslint",
    "prettier", "storybook", "agile", "scrum", "kanban", "lean", "safe", "itil", "prince2", "pmp", "devops",
    "devsecops", "mlops", "ci", "cd", "tdd", "bdd", "ddd", "uml", "merise", "oop", "poo", "mvc", "mvvm",
    "microservices", "serverless", "lambda", "s3", "ec2", "rds", "dynamodb", "bigquery", "looker",
    "cloudformation", "pulumi", "argo", "argocd", "istio", "envoy", "consul", "vault", "nomad", "packer",
    "datadog", "splunk", "nagios", "zabbix", "dynatrace", "newrelic", "sentry", "wireshark", "nmap",
    "metasploit", "burp", "kali", "snort", "fortinet", "palo", "alto", "checkpoint", "juniper", "huawei",
    "arduino", "raspberry", "pi", "stm32", "fpga", "vhdl", "verilog", "labview", "simulink", "ansys",
    "abaqus", "comsol", "minitab", "jupyter", "anaconda", "colab", "vscode", "eclipse", "intellij",
    "netbeans", "xcode", "visual", "studio", "code", "vim", "emacs", "latex", "markdown", "canva", "mailchimp",
    "semrush", "ahrefs", "analytics", "ads", "adwords", "seo", "sea", "sem", "crm", "erp", "cms", "saas",
    "paas", "iaas", "b2b", "b2c", "kpi", "okr", "roi", "gdpr", "rgpd", "iso", "lean", "six", "sigma",
    "excel", "vba", "macro", "macros", "dax", "ssis", "ssrs", "ssas", "talend", "informatica", "alteryx",
    "knime", "dataiku", "mulesoft", "boomi", "pega", "appian", "uipath", "blue", "prism", "automation",
    "anywhere", "sap", "abap", "hana", "fiori", "s4", "dynamics", "navision", "odoo", "magento", "shopify",
    // Employers and products that look like names.
    "orange", "thales", "capgemini", "atos", "sopra", "steria", "accenture", "deloitte", "kpmg", "ey",
    "pwc", "mazars", "altran", "alten", "akka", "assystem", "safran", "airbus", "dassault", "renault",
    "peugeot", "stellantis", "michelin", "total", "totalenergies", "engie", "edf", "sncf", "ratp", "la",
    "poste", "bnp", "paribas", "societe", "generale", "credit", "agricole", "lyonnais", "axa", "allianz",
    "carrefour", "auchan", "leclerc", "casino", "monoprix", "fnac", "darty", "decathlon", "leroy", "merlin",
    "ikea", "lvmh", "loreal", "danone", "nestle", "sanofi", "servier", "veolia", "suez", "vinci", "bouygues",
    "eiffage", "free", "iliad", "sfr", "bouygues", "ubisoft", "criteo", "doctolib", "blablacar", "deezer",
    "qonto", "alan", "ovh", "ovhcloud", "scaleway", "infosys", "wipro", "tcs", "tata", "consultancy",
    "hcl", "cognizant", "mindtree", "mphasis", "lti", "larsen", "toubro", "reliance", "mahindra", "tech",
    "hexaware", "zensar", "persistent", "syntel", "igate", "birlasoft", "oracle", "samsung", "nokia",
    "ericsson", "siemens", "bosch", "philips", "schneider", "electric", "legrand", "alstom", "vallourec",
    "jenkins", "kubernetes", "mercedes", "benz", "bmw", "audi", "volkswagen", "toyota", "honda", "tesla",
    "uber", "lyft", "airbnb", "netflix", "spotify", "twitter", "linkedin", "paypal", "stripe", "visa",
    "mastercard", "amex", "barclays", "hsbc", "lloyds", "natwest", "santander", "citi", "citibank",
    "jpmorgan", "morgan", "stanley", "goldman", "sachs", "wells", "fargo", "walmart", "tesco", "sainsbury",
    "unilever", "procter", "gamble", "pepsico", "coca", "cola", "mcdonald", "starbucks", "zara", "inditex",
    "hermes", "chanel", "dior", "cartier", "lacoste", "kering", "pernod", "ricard", "heineken", "vodafone",
    "flipkart", "paytm", "zomato", "swiggy", "ola", "byjus", "jio", "airtel", "bharti", "hdfc", "icici",
    "axis", "kotak", "sbi", "dangote", "mtn", "glo", "jumia", "interswitch", "paystack", "flutterwave",
    "andela", "alibaba", "tencent", "baidu", "huawei", "xiaomi", "lenovo", "bytedance", "tiktok",
    // Agile roles, methods and common product words that may start a line.
    "asp", "net", "dotnet", "csharp", "cpp", "vb", "wpf", "winforms", "linq", "entity", "razor", "blazor",
    "xamarin", "maui", "unity3d", "godot", "pyqt", "tkinter", "streamlit", "plotly", "dash", "d3",
    "windows", "linux", "cloud", "edge", "chrome", "firefox", "safari", "opera", "chromium", "electron",
};

// Degree, field and education words (a degree line is never a name line).
constexpr std::string_view kEducationWords[] = {
    "master", "masters", "mastere", "licence", "bachelor", "bachelors", "bsc", "msc", "mba", "phd", "doctorat",
    "doctorate", "doctor", "dut", "bts", "but", "deug", "deust", "dea", "dess", "bac", "baccalaureat",
    "cap", "bep", "diplome", "diploma", "degree", "hnd", "hsc", "ssc", "cbse", "icse", "gcse", "levels",
    "btech", "mtech", "mca", "bca", "bba", "bcom", "mcom", "ingenieur", "universite", "university", "ecole",
    "school", "college", "lycee", "institut", "institute", "academy", "academie", "faculte", "faculty",
    "ufr", "iut", "cpge", "prepa", "classe", "classes", "preparatoire", "preparatoires", "informatique",
    "mathematiques", "maths", "math", "mathematics", "physique", "physics", "chimie", "chemistry",
    "biologie", "biology", "economie", "economics", "gestion", "droit", "law", "lettres", "histoire",
    "geographie", "philosophie", "sociologie", "psychologie", "psychology", "commerce", "finance", "miage",
    "computer", "electronics", "electronique", "electrical", "mechanical", "mecanique", "civil", "genie",
    "reseaux", "telecommunications", "telecom", "telecoms", "statistique", "statistics", "medecine",
    "medicine", "pharmacie", "pharmacy", "nursing", "arts", "art", "design", "architecture", "honours",
    "honors", "hons", "mention", "distinction", "merit", "first", "second", "class", "division", "cgpa",
    "gpa", "sgpa", "percentage", "score", "grade", "semester", "semestre", "trimester", "annee", "year",
    "option", "specialite", "specialisation", "specialization", "major", "minor", "thesis", "these",
    "memoire", "dissertation", "sio", "sin", "slam", "sisr", "ndrc", "mco", "mpsi", "pcsi", "ptsi", "mp",
    "pc", "psi", "pt", "ecs", "ece", "bcpst", "stmg", "sti2d", "stl", "st2s", "es", "pro", "professionnel",
    "general", "technologique", "scientifique", "litteraire", "economique", "social", "sociale",
    "intermediate", "matriculation", "secondary", "higher", "senior", "high", "standard", "board",
    "engineering", "technology", "information", "systems", "applications", "administration", "studies",
};

// Frequent words (lower-case occurrences are never propagated as a name).
constexpr std::string_view kCommonWords[] = {
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "a", "dans", "par",
    "pour", "sur", "avec", "sans", "sous", "chez", "entre", "vers", "mais", "donc", "car", "ni", "que", "qui",
    "quoi", "dont", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos",
    "votre", "vos", "leur", "leurs", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "se",
    "est", "sont", "etre", "avoir", "fait", "faire", "plus", "moins", "tres", "bien", "tout", "tous", "toute",
    "toutes", "autre", "autres", "meme", "aussi", "ainsi", "alors", "apres", "avant", "depuis", "pendant",
    "jusqu", "lors", "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "not", "no", "yes",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i", "my", "our",
    "your", "their", "his", "her", "him", "them", "us", "me", "who", "whom", "which", "what", "when",
    "where", "why", "how", "all", "any", "each", "every", "some", "such", "other", "more", "most", "less",
    "very", "also", "into", "over", "under", "up", "down", "out", "off", "then", "than", "so", "if", "but",
    "new", "old", "good", "best", "great", "high", "low", "long", "short", "big", "small", "well", "far",
    "near", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "rose", "blanc", "blanche",
    "noir", "noire", "rouge", "vert", "verte", "bleu", "bleue", "brun", "petit", "petite", "grand",
    "grande", "gros", "fort", "bon", "bonne", "beau", "belle", "jeune", "vieux", "roy", "roi", "reine",
    "prince", "duc", "comte", "baron", "marchand", "meunier", "boulanger", "boucher", "berger", "mercier",
    "lebrun", "fontaine", "riviere", "bois", "pont", "rocher", "lac", "mer", "mont", "val", "champ",
    "pre", "jardin", "ferme", "moulin", "chateau", "eglise", "port", "will", "may", "june", "april",
    "august", "mark", "grant", "bill", "bob", "sunny", "hope", "joy", "faith", "summer", "winter", "rich",
    "hunter", "baker", "cook", "smith", "king", "young", "white", "black", "green", "brown", "gray",
    "grey", "page", "ward", "wood", "hill", "lane", "street", "field", "ford", "bridge", "stone", "lake",
    "park", "price", "cost", "dean", "major", "chase", "pierce", "miles", "guy", "max", "lee", "ray",
    "art", "van", "case", "cash", "gold", "silver", "star", "sky", "sun", "rain", "snow", "storm",
    "deep",
};

constexpr std::string_view kParticles[] = {
    "de", "du", "des", "d", "le", "la", "les", "l", "van", "von", "der", "den", "ter", "ten", "da", "das",
    "do", "dos", "di", "del", "della", "dello", "degli", "el", "al", "ben", "bin", "ibn", "bint", "ould",
    "ait", "n", "mc", "mac", "o", "st", "saint", "sainte", "y", "e", "abu", "abou", "bou", "ag", "dal",
};

constexpr std::string_view kHonorifics[] = {
    "m", "mme", "mmes", "mlle", "mr", "mrs", "ms", "miss", "mx", "dr", "pr", "prof", "professeur", "monsieur",
    "madame", "mademoiselle", "messieurs", "mister", "sir", "dame", "shri", "sri", "smt", "kumari", "thiru",
    "selvi", "chief", "alhaji", "alhaja", "mallam", "engr", "barr", "maitre",
};

constexpr std::string_view kMonths[] = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "janv", "fev", "fevr", "avr", "juil", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
};

template <std::size_t N>
void Insert(WordSet* set, const std::string_view (&words)[N]) {
  for (std::string_view w : words) set->insert(w);
}

const WordSet& StopWords() {
  static const WordSet* set = [] {
    auto* s = new WordSet();
    Insert(s, kHeadings);
    Insert(s, kJobWords);
    Insert(s, kSkills);
    Insert(s, kEducationWords);
    return s;
  }();
  return *set;
}

template <std::size_t N>
const WordSet* MakeSet(const std::string_view (&words)[N]) {
  auto* s = new WordSet();
  Insert(s, words);
  return s;
}

}  // namespace

bool IsNameStopWord(std::string_view folded) { return StopWords().count(folded) > 0; }

std::size_t NamelikeBrandAt(const TextView& view, std::size_t w) {
  static const PhraseMatcher* m = [] {
    auto* p = new PhraseMatcher();
    for (std::string_view b : kNamelikeBrands) p->Add(b, 0);
    return p;
  }();
  return m->LongestAt(view, w).word_count;
}
bool IsCommonWord(std::string_view folded) {
  static const WordSet* set = MakeSet(kCommonWords);
  return set->count(folded) > 0;
}
bool IsNameParticle(std::string_view folded) {
  static const WordSet* set = MakeSet(kParticles);
  return set->count(folded) > 0;
}
bool IsHonorific(std::string_view folded) {
  static const WordSet* set = MakeSet(kHonorifics);
  return set->count(folded) > 0;
}
bool IsMonthWord(std::string_view folded) {
  static const WordSet* set = MakeSet(kMonths);
  return set->count(folded) > 0;
}

}  // namespace fairhire::anonymise::detectors
