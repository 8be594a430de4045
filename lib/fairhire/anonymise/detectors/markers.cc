// Personal markers that a recruiter must not see (L1132-1): civility and gender ("Mme", "Mr",
// "Sexe : F"), nationality ("Nationalité : marocaine", "de nationalité turque", "British citizen"),
// family status ("mariée, 2 enfants", "Marital status: Single") and health, pregnancy, disability
// ("enceinte", "RQTH", "travailleur handicapé", "pregnant", "disability").
#include <array>
#include <string>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"
#include "fairhire/anonymise/phrase_matcher.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

// Masculine French adjective / English demonym of countries; feminine and plural forms are derived.
constexpr const char* kNationalities[] = {
    "francais", "algerien", "marocain", "tunisien", "senegalais", "malien", "ivoirien", "camerounais",
    "congolais", "guineen", "beninois", "togolais", "burkinabe", "nigerien", "mauritanien", "comorien",
    "malgache", "gabonais", "tchadien", "centrafricain", "portugais", "espagnol", "italien", "allemand",
    "belge", "suisse", "britannique", "anglais", "irlandais", "neerlandais", "polonais", "roumain",
    "bulgare", "ukrainien", "russe", "serbe", "croate", "albanais", "kosovar", "grec", "turc", "kurde",
    "armenien", "georgien", "libanais", "syrien", "egyptien", "irakien", "iranien", "afghan", "pakistanais",
    "indien", "sri-lankais", "bangladais", "chinois", "vietnamien", "cambodgien", "laotien", "thailandais",
    "japonais", "coreen", "philippin", "haitien", "bresilien", "colombien", "peruvien", "chilien",
    "argentin", "mexicain", "americain", "canadien", "nigerian", "ghaneen", "kenyan", "ethiopien",
    "somalien", "soudanais", "erythreen", "rwandais", "burundais", "angolais", "capverdien", "mauricien",
    "french", "algerian", "moroccan", "tunisian", "senegalese", "malian", "ivorian", "cameroonian",
    "congolese", "guinean", "portuguese", "spanish", "italian", "german", "belgian", "swiss", "british",
    "english", "irish", "scottish", "welsh", "dutch", "polish", "romanian", "bulgarian", "ukrainian",
    "russian", "serbian", "croatian", "albanian", "greek", "turkish", "kurdish", "armenian", "lebanese",
    "syrian", "egyptian", "iraqi", "iranian", "afghan", "pakistani", "indian", "sri lankan", "bangladeshi",
    "chinese", "vietnamese", "cambodian", "japanese", "korean", "filipino", "haitian", "brazilian",
    "colombian", "mexican", "american", "canadian", "nigerian", "ghanaian", "kenyan", "ethiopian",
    "somali", "sudanese", "eritrean", "south african", "jamaican", "australian", "new zealander",
    "moldave", "bosnien", "macedonien", "slovaque", "tcheque", "hongrois", "lituanien", "letton",
    "estonien", "bielorusse", "azerbaidjanais", "ouzbek", "kazakh", "tchetchene", "libyen", "jordanien",
    "palestinien", "saoudien", "yemenite", "nepalais", "birman", "indonesien", "malaisien", "taiwanais",
    "mongol", "cubain", "dominicain", "venezuelien", "equatorien", "bolivien", "zimbabween", "zambien",
    "mozambicain", "ougandais", "tanzanien", "djiboutien", "sud-africain", "sierra-leonais", "liberien",
    "gambien", "autrichien", "danois", "suedois", "norvegien", "finlandais", "israelien", "emirati",
    "qatari", "koweitien", "omanais", "thai", "moldovan", "bosnian", "czech", "slovak", "hungarian",
    "lithuanian", "latvian", "estonian", "belarusian", "uzbek", "libyan", "jordanian", "palestinian",
    "saudi", "yemeni", "nepali", "nepalese", "burmese", "indonesian", "malaysian", "singaporean",
    "taiwanese", "mongolian", "cuban", "venezuelan", "ecuadorian", "bolivian", "chilean", "argentinian",
    "zimbabwean", "zambian", "ugandan", "tanzanian", "rwandan", "gabonese", "togolese", "beninese",
    "chadian", "mauritanian", "sierra leonean", "liberian", "gambian", "malagasy", "mauritian",
    "comorian", "austrian", "danish", "swedish", "norwegian", "finnish", "israeli", "thai", "peruvian",
    "macedonian", "georgian", "azerbaijani", "kazakhstani", "sri lankais", "trinidadian", "barbadian",
    "guyanese", "congolais", "burkinabe"};

constexpr const char* kFamilyPhrases[] = {
    "marie", "mariee", "marie(e)", "marie.e", "mariee(e)", "pacse", "pacsee", "pacse(e)", "celibataire",
    "divorce", "divorcee", "divorce(e)", "separe", "separee", "veuf", "veuve", "en couple", "concubinage",
    "union libre", "vie maritale", "sans enfant", "sans enfants", "mere de", "pere de", "maman de",
    "papa de", "parent isole", "mere celibataire", "pere celibataire", "mere au foyer", "married",
    "divorced", "widowed", "widow", "widower", "no children", "father of", "mother of", "single mother",
    "single father", "single parent", "engaged", "fiance", "fiancee", "marital status", "situation familiale",
    "situation de famille", "etat civil", "single", "unmarried", "separated", "divorcee", "bachelor (single)",
    "in a relationship", "civil partnership", "domestic partnership"};

constexpr const char* kHealthPhrases[] = {
    "enceinte", "grossesse", "conge maternite", "conge de maternite", "conge parental", "rqth",
    "travailleur handicape", "travailleuse handicapee", "travailleur handicape(e)", "en situation de handicap",
    "situation de handicap", "handicap", "handicape", "handicapee", "reconnaissance de la qualite de travailleur handicape",
    "invalidite", "mdph", "aah", "maladie chronique", "affection longue duree", "ald", "diabetique",
    "epileptique", "asthmatique", "sclerose en plaques", "cancer", "depression", "burn-out", "burn out",
    "pregnant", "pregnancy", "maternity leave", "parental leave", "disability", "disabled",
    "disabled person", "wheelchair user", "chronic illness", "medical condition", "diabetic", "epileptic",
    "hiv", "mental health condition", "visually impaired", "hearing impaired", "partially sighted", "deaf",
    "blind", "malvoyant", "malvoyante", "malentendant", "malentendante", "non-voyant", "non voyant",
    "sourd", "sourde", "mobilite reduite", "reduced mobility", "obligation d'emploi", "boeth",
    "neurodivergent", "autism", "autiste", "dyslexie", "dyslexia", "dyslexique", "dyslexic", "tdah", "adhd"};

constexpr std::array<std::string_view, 20> kLanguageLevels = {
    "courant", "natif", "native", "maternelle", "bilingue", "notions", "intermediaire", "intermediate",
    "fluent", "basic", "scolaire", "professionnel", "lu", "ecrit", "parle", "c1", "c2", "b1", "b2", "a2"};

// French feminine and plural forms of a masculine adjective.
std::vector<std::string> Inflections(const std::string& m) {
  std::vector<std::string> forms{m};
  auto add = [&](const std::string& f) { forms.push_back(f), forms.push_back(f + "s"); };
  if (m.ends_with("ien") || m.ends_with("een")) add(m + "ne");
  else if (m.ends_with("e")) forms.push_back(m + "s");
  else add(m + "e");
  if (!m.ends_with("s")) forms.push_back(m + "s");
  return forms;
}

class MarkerDetector : public Detector {
 public:
  MarkerDetector() {
    for (const char* n : kNationalities) {
      for (const std::string& form : Inflections(n)) nationalities_.Add(form, 0);
    }
    for (const char* irregular : {"turque", "turques", "grecque", "grecques", "franco-algerienne", "franco-marocaine",
                                  "uk", "us", "usa", "eu"}) {
      nationalities_.Add(irregular, 0);
    }
    for (const char* p : kFamilyPhrases) family_.Add(p, 0);
    for (const char* p : kHealthPhrases) health_.Add(p, 0);
  }
  std::string_view id() const override { return "marker"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    for (std::size_t line = 0; line < ctx.view.lines().size(); ++line) {
      if (ctx.view.lines()[line].word_count == 0) continue;
      DetectLabelled(ctx, line, out);
    }
    DetectCivility(ctx, out);
    DetectPronouns(ctx, out);
    DetectPhrases(ctx, out);
  }

 private:
  void DetectLabelled(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) const {
    struct Rule {
      LabelSet labels;
      Category category;
      const char* rule;
    };
    static const std::vector<Rule>* rules = new std::vector<Rule>{
        {{"nationalite", "nationalites", "nationality", "nationalities", "citizenship", "citoyennete",
          "double nationalite", "dual nationality", "dual citizenship"}, Category::kNationality, "marker.nationality_label"},
        {{"situation familiale", "situation de famille", "etat civil", "marital status", "civil status",
          "family status", "statut marital"}, Category::kFamilyStatus, "marker.family_label"},
        {{"sexe", "genre", "gender", "sex", "civilite", "civility", "title"}, Category::kCivility, "marker.gender_label"},
        {{"enfants", "children", "nombre d'enfants", "number of children", "dependants"}, Category::kFamilyStatus, "marker.children_label"},
        {{"sante", "health", "handicap", "disability", "etat de sante", "blood group", "groupe sanguin", "blood type",
          "height", "weight", "taille", "poids"}, Category::kHealth, "marker.health_label"},
    };
    for (const Rule& r : *rules) {
      std::size_t after = r.labels.Find(ctx.view, line);
      if (after == std::string::npos) continue;
      after = ValueStartAfterLabel(ctx.view, after);
      const std::size_t end = ValueEnd(ctx.view, after, r.category == Category::kCivility);
      if (end > after && end - after <= 60) Add(out, after, end, r.category, r.rule, 0.95);
    }
  }

  static bool IsCivilityWord(std::string_view folded, std::string_view original) {
    static constexpr std::string_view kWords[] = {"mme", "mlle", "mr", "mrs", "ms", "miss", "mx", "monsieur", "madame", "mademoiselle", "mister"};
    for (std::string_view w : kWords) if (folded == w) return true;
    return original == "M";  // "M." (with its dot) — checked by the caller
  }

  // "Mme Benali", "M. Jean Dupont", "Mr. Smith": a civility word followed by a capitalised word.
  static void DetectCivility(const DetectionContext& ctx, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
      const std::string_view f = ctx.view.FoldedWord(w);
      if (!IsCivilityWord(f, ctx.view.WordText(w))) continue;
      if (!words[w].capitalised && !words[w].all_caps) continue;
      if (words[w].all_caps && words[w].end - words[w].start == 2) continue;  // "MS Project", "MR" codes
      std::size_t end = words[w].end;
      const bool dot = end < t.size() && t[end] == '.';
      if (ctx.view.WordText(w) == "M" && !dot) continue;
      if (dot) ++end;
      const Word& next = words[w + 1];
      std::size_t len = 0;
      const bool next_upper = core::IsUpperCodePoint(core::DecodeAt(t, next.start, &len));  // "DeShawn" too
      if (next.line != words[w].line || next.start > end + 2 || !next_upper) continue;
      const std::string_view nf = ctx.view.FoldedWord(w + 1);
      const bool degree = nf == "sc" || nf == "a" || nf == "ba" || nf == "eng" || nf == "phil" || nf == "tech" ||
                          nf == "com" || nf == "s" || nf == "ed" || nf == "res";
      if (ctx.view.WordText(w) == "M" && degree && next.start == end) continue;  // "M.Sc.", "M.A.", "M.S." are degrees
      Add(out, words[w].start, end, Category::kCivility, "marker.civility", 0.95);
    }
  }

  // Pronouns reveal gender: "he/him", "she/they", "(elle/iel)".
  static void DetectPronouns(const DetectionContext& ctx, std::vector<Finding>* out) {
    static constexpr std::string_view kPronouns[] = {"he", "him", "his", "she", "her", "hers", "they", "them", "theirs",
                                                     "il", "lui", "elle", "iel", "ille", "xe", "ze"};
    auto is_pronoun = [&](std::string_view w) {
      for (std::string_view p : kPronouns) if (w == p) return true;
      return false;
    };
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
      if (!is_pronoun(ctx.view.FoldedWord(w)) || !is_pronoun(ctx.view.FoldedWord(w + 1))) continue;
      if (t.substr(words[w].end, words[w + 1].start - words[w].end) != "/") continue;
      std::size_t end = words[w + 1].end;
      if (w + 2 < words.size() && is_pronoun(ctx.view.FoldedWord(w + 2)) && t.substr(end, words[w + 2].start - end) == "/") {
        end = words[w + 2].end;
      }
      Add(out, words[w].start, end, Category::kCivility, "marker.pronouns", 0.9);
    }
  }

  void DetectPhrases(const DetectionContext& ctx, std::vector<Finding>* out) const {
    for (const auto& m : family_.FindAll(ctx.view)) AddFamily(ctx, m, out);
    for (const auto& m : health_.FindAll(ctx.view)) AddHealth(ctx, m, out);
    for (const auto& m : nationalities_.FindAll(ctx.view)) AddNationality(ctx, m, out);
    DetectChildrenCount(ctx, out);
  }

  static void AddPhrase(const DetectionContext& ctx, const PhraseMatcher::Match& m, Category c, const char* rule,
                        double conf, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    std::size_t end = words[m.first_word + m.word_count - 1].end;
    const std::string_view t = ctx.view.text();
    if (end + 2 < t.size() && t.substr(end, 3) == "(e)") end += 3;  // "marié(e)"
    Add(out, words[m.first_word].start, end, c, rule, conf);
  }

  static void AddFamily(const DetectionContext& ctx, const PhraseMatcher::Match& m, std::vector<Finding>* out) {
    const std::string_view first = ctx.view.FoldedWord(m.first_word);
    const bool labelish = first == "marital" || first == "situation" || first == "etat";
    if (labelish) return;  // labels are handled with their value
    // "mère de"/"father of" need a number or count word after them.
    if ((first == "mere" || first == "pere" || first == "maman" || first == "papa" || first == "father" || first == "mother") &&
        m.word_count == 2) {
      const std::size_t next = m.first_word + 2;
      if (next >= ctx.view.words().size()) return;
      const std::size_t end = ctx.view.words()[std::min(next + 1, ctx.view.words().size() - 1)].end;
      Add(out, ctx.view.words()[m.first_word].start, end, Category::kFamilyStatus, "marker.parent_of", 0.85);
      return;
    }
    // Unambiguous marital words stand anywhere; "single", "engaged", "separated" only in the personal
    // part, on short lines, or with a marital cue nearby ("currently single", "single with 2 children").
    const Word& w = ctx.view.words()[m.first_word];
    const bool short_line = ctx.view.lines()[w.line].word_count <= 8;
    const bool ambiguous = first == "single" || first == "engaged" || first == "separated" || first == "separe" ||
                           first == "separee" || first == "en" || first == "widow";
    const std::string_view prev = m.first_word > 0 ? ctx.view.FoldedWord(m.first_word - 1) : std::string_view();
    const std::size_t after = m.first_word + m.word_count;
    const std::string_view next = after < ctx.view.words().size() ? ctx.view.FoldedWord(after) : std::string_view();
    const bool cue = prev == "currently" || prev == "am" || prev == "actuellement" || prev == "suis" || next == "with" ||
                     next == "avec" || next == "and" || next == "et" || next == "no";
    if (!ambiguous || InHeader(ctx.view, w.line) || short_line || cue) {
      AddPhrase(ctx, m, Category::kFamilyStatus, "marker.family", 0.9, out);
    }
  }

  // A health mention on a short line or in the personal part takes its whole field ("Reconnaissance
  // RQTH", "Bénéficiaire de l'obligation d'emploi (RQTH)"); in running text only the phrase.
  static void AddHealth(const DetectionContext& ctx, const PhraseMatcher::Match& m, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const Word& first = words[m.first_word];
    const Line& line = ctx.view.lines()[first.line];
    if (line.word_count > 10) {
      AddPhrase(ctx, m, Category::kHealth, "marker.health", 0.85, out);
      return;
    }
    const std::string_view t = ctx.view.text();
    std::size_t start = first.start;
    while (start > line.start) {
      const char c = t[start - 1];
      if (c == ':' || c == '|' || c == ';' || c == ',' || c == '\t' || (c == ' ' && start >= 2 && t[start - 2] == ' ')) break;
      --start;
    }
    std::size_t s2 = start;
    TrimSpan(t, &s2, &start, "");
    start = s2;
    while (start < t.size() && (t[start] == '-' || t[start] == '*' || t[start] == ' ')) ++start;
    const std::size_t end = std::max<std::size_t>(ValueEnd(ctx.view, start), words[m.first_word + m.word_count - 1].end);
    Add(out, start, end, Category::kHealth, "marker.health_field", 0.85);
  }

  static void AddNationality(const DetectionContext& ctx, const PhraseMatcher::Match& m, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::size_t w = m.first_word;
    const std::size_t last = w + m.word_count - 1;
    std::size_t start_word = w;
    // "franco-algérien(ne)": the prefix belongs to the nationality.
    if (w > 0 && ctx.view.FoldedWord(w - 1) == "franco" && words[w - 1].end + 1 == words[w].start) start_word = w - 1;
    const std::string_view before = start_word > 0 ? ctx.view.FoldedWord(start_word - 1) : std::string_view();
    const std::string_view after = last + 1 < words.size() && words[last + 1].line == words[last].line ? ctx.view.FoldedWord(last + 1) : std::string_view();
    for (std::string_view lvl : kLanguageLevels) if (after == lvl) return;
    const bool de_nationalite = before == "nationalite" || before == "nationality" || before == "citizenship" ||
                                before == "nationalites";
    const bool citizen = after == "citizen" || after == "national" || after == "passport" || after == "citizenship";
    const bool header_alone = InHeader(ctx.view, words[w].line) && ctx.view.lines()[words[w].line].word_count <= 3 &&
                              (words[w].capitalised || words[w].all_caps);
    // "I am a 27-year-old British payroll officer", "je suis marocaine": a self-description.
    bool self = false;
    for (std::size_t back = 1; back <= 6 && back <= w; ++back) {
      const std::string_view b = ctx.view.FoldedWord(w - back);
      if (words[w - back].line != words[w].line) break;
      if (b == "am" || b == "i'm" || b == "suis" || b == "born" || (b == "a" && back == 1) || (b == "an" && back == 1)) self = true;
    }
    const std::string_view self_word = ctx.view.FoldedWord(w);
    if ((self_word == "uk" || self_word == "us" || self_word == "usa" || self_word == "eu") && !citizen && !self && !de_nationalite) return;
    if (!de_nationalite && !citizen && !header_alone && !self) return;
    std::size_t end = words[last].end;
    if (citizen) end = words[last + 1].end;
    Add(out, words[start_word].start, end, Category::kNationality, "marker.nationality", 0.9);
  }

  // "2 enfants", "3 children", "deux enfants" in the personal part of the CV.
  static void DetectChildrenCount(const DetectionContext& ctx, std::vector<Finding>* out) {
    static constexpr std::string_view kCounts[] = {"un", "une", "deux", "trois", "quatre", "cinq", "one", "two", "three", "four", "five"};
    const auto& words = ctx.view.words();
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
      const std::string_view n = ctx.view.FoldedWord(w), unit = ctx.view.FoldedWord(w + 1);
      if (unit != "enfants" && unit != "enfant" && unit != "children" && unit != "child" && unit != "kids") continue;
      bool count = n.size() == 1 && IsAsciiDigit(n[0]);
      for (std::string_view c : kCounts) count = count || n == c;
      if (!count || words[w + 1].line != words[w].line) continue;
      const std::string_view prev = w > 0 ? ctx.view.FoldedWord(w - 1) : std::string_view();
      const bool cue = prev == "with" || prev == "and" || prev == "avec" || prev == "et" || prev == "de" || prev == "of" ||
                       (w > 0 && ctx.view.text().substr(words[w - 1].end, words[w].start - words[w - 1].end).find(',') != std::string_view::npos);
      if (!InHeader(ctx.view, words[w].line) && ctx.view.lines()[words[w].line].word_count > 8 && !cue) continue;
      Add(out, words[w].start, words[w + 1].end, Category::kFamilyStatus, "marker.children", 0.9);
    }
  }

  PhraseMatcher nationalities_;
  PhraseMatcher family_;
  PhraseMatcher health_;
};

}  // namespace

std::unique_ptr<Detector> MakeMarkerDetector() { return std::make_unique<MarkerDetector>(); }

}  // namespace fairhire::anonymise::detectors
