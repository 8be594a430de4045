// SchoolScan: gazetteer, keyword and e-mail-domain school detection (see schools.cc).
#include <algorithm>
#include <string>
#include <unordered_set>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/school_detector.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

using WordSet = std::unordered_set<std::string_view>;

// Words that make a school name with the proper nouns around them.
const WordSet& Keywords() {
  static const WordSet* s = new WordSet{
      "universite", "university", "universities", "ecole", "school", "institut", "institute", "iut", "lycee",
      "college", "academy", "academie", "faculte", "faculty", "ufr", "polytech", "polytechnic", "vidyalaya",
      "mahavidyalaya", "vishwavidyalaya", "vidyapeeth", "vidyapith", "conservatoire", "iae", "iep", "insa",
      "ens", "esc", "universidad", "universita", "universitat", "universidade", "hochschule", "schule",
      "polytechnique", "polytechnica", "kolej", "gymnase", "cfa", "greta", "ifsi", "afpa", "lp", "isen", "eni",
      "politecnico", "universitesi", "universitatea", "uniwersytet", "univerzita", "universiteit"};
  return *s;
}

// Keywords after which an English-style name may stand before ("Anna University", "Delhi Public School").
const WordSet& LeftKeywords() {
  static const WordSet* s = new WordSet{
      "university", "school", "college", "institute", "academy", "polytechnic", "vidyalaya", "mahavidyalaya",
      "vishwavidyalaya", "vidyapeeth", "vidyapith", "universite", "universitat", "hochschule", "polytechnique",
      "universitesi"};
  return *s;
}

// Lower-case words that belong to school names ("école nationale supérieure d'informatique",
// "college of engineering and technology").
const WordSet& SchoolWords() {
  static const WordSet* s = new WordSet{
      "nationale", "national", "superieure", "superieur", "normale", "polytechnique", "centrale", "catholique",
      "libre", "internationale", "international", "europeenne", "privee", "prive", "publique", "public",
      "speciale", "technique", "technologique", "technology", "technologies", "professionnel",
      "professionnelle", "general", "generale", "agricole", "hoteliere", "hotelier", "polyvalent", "regional",
      "regionale", "hautes", "etudes", "sciences", "science", "appliquees", "ingenieurs", "ingenieur",
      "commerce", "management", "gestion", "informatique", "arts", "metiers", "physique", "chimie",
      "electronique", "telecommunications", "mines", "ponts", "chaussees", "travaux", "publics",
      "statistique", "administration", "economie", "economiques", "economique", "business", "engineering",
      "computer", "applications", "law", "medicine", "pharmacy", "education", "studies", "research",
      "information", "electronics", "mechanical", "electrical", "civil", "arts", "commerce", "humanities",
      "technical", "higher", "secondary", "senior", "high", "public", "central", "model", "government",
      "govt", "girls", "boys", "convent", "english", "medium", "graduate", "post", "advanced", "polytechnic",
      "architecture", "design", "art", "music", "musique", "danse", "agronomie", "agronomique", "veterinaire",
      "sante", "paramedical", "infirmiers", "lettres", "langues", "droit", "politiques", "politique",
      "numerique", "digital", "aeronautique", "espace", "aerospace", "maritime", "textile", "biotechnology",
      "biotechnologie", "women", "womens", "men", "degree", "junior", "intermediate", "pre", "university"};
  return *s;
}

bool IsConnector(std::string_view f) {
  return f == "de" || f == "du" || f == "des" || f == "d" || f == "l" || f == "la" || f == "le" ||
         f == "les" || f == "of" || f == "the" || f == "and" || f == "et" || f == "for" || f == "sur" ||
         f == "sous" || f == "y" || f == "e" || f == "st" || f == "s" || f == "aux" || f == "di" || f == "del" ||
         f == "della" || f == "da" || f == "do" || f == "dos" || f == "upon";
}

bool IsYear(std::string_view f) {
  return f.size() == 4 && (f[0] == '1' || f[0] == '2') && IsAsciiDigit(f[1]) && IsAsciiDigit(f[2]) &&
         IsAsciiDigit(f[3]);
}

bool IsShortNumber(std::string_view f) {
  if (f.empty() || f.size() > 3) return false;
  for (char c : f) if (!IsAsciiDigit(c)) return false;
  return true;
}

std::size_t CountLetters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0xC0;
  return n;
}

}  // namespace

bool IsSchoolWord(std::string_view folded) { return SchoolWords().count(folded) > 0; }

SchoolScan::SchoolScan(const DetectionContext& ctx, const std::vector<Finding>& earlier)
    : ctx_(ctx), earlier_(earlier), sections_(ClassifySections(ctx.view)) {
  const auto& words = ctx.view.words();
  blocked_.assign(words.size(), 0);
  covered_.assign(words.size(), 0);
  line_degree_.assign(ctx.view.lines().size(), -1);
  for (const Finding& f : earlier) {
    if (f.category != Category::kEmail && f.category != Category::kUrl && f.category != Category::kPhoto) continue;
    for (std::size_t w = ctx.view.WordAtOrAfter(f.start); w < words.size() && words[w].start < f.end; ++w) {
      blocked_[w] = 1;
    }
  }
}

bool SchoolScan::InEducation(std::size_t word) const {
  return sections_[ctx_.view.words()[word].line] == Section::kEducation;
}

bool SchoolScan::LineHasDegree(std::size_t line) const {
  std::int8_t& cached = line_degree_[line];
  if (cached >= 0) return cached == 1;
  const Line& l = ctx_.view.lines()[line];
  cached = 0;
  for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
    std::size_t end = 0;
    if (DegreeAt(ctx_.view, w, &end) > 0) {
      cached = 1;
      break;
    }
  }
  return cached == 1;
}

bool SchoolScan::FirstUpper(std::size_t w) const {
  std::size_t len = 1;
  return core::IsUpperCodePoint(core::DecodeAt(ctx_.view.WordText(w), 0, &len));
}

bool SchoolScan::IsProperWord(std::size_t w) const {
  const Word& word = ctx_.view.words()[w];
  const std::string_view f = ctx_.view.FoldedWord(w);
  if (IsShortNumber(f)) return true;
  if (!word.has_letter || word.has_digit || !FirstUpper(w)) return false;
  return !IsDegreeWord(f) && !IsNameStopWord(f) && !IsConnector(f) && !Keywords().count(f) &&
         !SchoolWords().count(f) && !IsMonthWord(f);
}

bool SchoolScan::Joined(std::size_t a) const {
  const auto& words = ctx_.view.words();
  if (a + 1 >= words.size() || words[a].line != words[a + 1].line) return false;
  const std::size_t from = words[a].end, to = words[a + 1].start;
  if (to - from > 3) return false;
  for (std::size_t i = from; i < to; ++i) {
    const char c = ctx_.view.text()[i];
    // '&' joins school words ("Engineering & Technology", "A&M", "Lewis & Clark").
    if (!(c == ' ' || c == '.' || c == '-' || c == '\'' || c == '&' || static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return true;
}

bool SchoolScan::IsJobAfterKeyword(std::size_t w) const {
  static const WordSet* jobs = new WordSet{
      "teacher", "teachers", "teaching", "assistant", "principal", "headteacher", "counsellor", "counselor",
      "administrator", "librarian", "nurse", "secretary", "coordinator", "lecturer", "instructor", "tutor",
      "driver", "bus", "manager", "director", "receptionist", "caretaker", "governor", "liaison", "officer",
      "psychologist", "administration", "board", "run", "runs", "trip", "visits", "outreach", "leaver",
      "leavers", "year", "years", "holidays", "placement", "programme", "program", "projects", "project"};
  const auto& words = ctx_.view.words();
  return w + 1 < words.size() && Joined(w) && jobs->count(ctx_.view.FoldedWord(w + 1)) > 0;
}

bool SchoolScan::InCompound(std::size_t w) const {
  // A short lower-case word between hyphens inside a place name ("Vaulx-en-Velin", "Aix-les-Bains").
  const Word& word = ctx_.view.words()[w];
  const std::string_view t = ctx_.view.text();
  return word.start > 0 && word.end < t.size() && t[word.start - 1] == '-' && t[word.end] == '-' &&
         !FirstUpper(w) && word.end - word.start <= 4 && !word.has_digit;
}

bool SchoolScan::IsPlaceConnector(std::size_t w) const {
  // "University of Texas at Austin", "Université nationale du Vietnam à Hanoï", "Academy ... in Katowice".
  const std::string_view f = ctx_.view.FoldedWord(w);
  if (f != "at" && f != "in" && f != "a") return false;
  if (f == "a" && ctx_.view.WordText(w) == "a") return false;  // the French preposition is "à"
  return w + 1 < ctx_.view.words().size() && Joined(w) && FirstUpper(w + 1) && IsProperWord(w + 1);
}

std::size_t SchoolScan::ExtendRight(std::size_t i, bool* proper, int* lexical) const {
  const auto& words = ctx_.view.words();
  std::size_t good_end = i;
  for (; i < words.size() && i > 0 && Joined(i - 1); ++i) {
    const std::string_view f = ctx_.view.FoldedWord(i);
    if (IsYear(f) || blocked_[i]) break;
    if (IsConnector(f) || InCompound(i)) continue;  // never ends a name
    if (f.size() == 1 && IsAsciiAlpha(f[0]) && FirstUpper(i) && i + 1 < words.size() && Joined(i)) continue;
    if (good_end == i && IsPlaceConnector(i)) {
      const std::size_t city_end = CityRun(i + 1, 3);
      if (city_end > i + 1) good_end = city_end;
      break;
    }
    if (IsDegreeWord(f)) break;
    if (IsProperWord(i)) {
      *proper = true;
      good_end = i + 1;
    } else if (SchoolWords().count(f) || Keywords().count(f) || (FirstUpper(i) && IsNameStopWord(f))) {
      ++*lexical;
      good_end = i + 1;
    } else {
      break;
    }
  }
  return good_end;
}

std::size_t SchoolScan::ExtendLeft(std::size_t keyword, bool lower_ok, bool* proper) const {
  const auto& words = ctx_.view.words();
  std::size_t first = keyword;
  bool after_connector = false;  // a lower-case connector waits for a proper noun before it
  for (std::size_t p = keyword; p-- > 0;) {
    if (!Joined(p) || blocked_[p] || covered_[p]) break;
    // "Master Data Science - Télécom Paris": a spaced dash separates the degree from the school.
    if (ctx_.view.text().substr(words[p].end, words[p + 1].start - words[p].end) == " - ") break;
    const std::string_view f = ctx_.view.FoldedWord(p);
    const bool cap = FirstUpper(p);
    const bool initial = words[p].end - words[p].start == 1 && cap;  // "A&M", "B.v.b"
    if ((IsDegreeWord(f) && !initial) || IsYear(f)) break;
    const bool possessive = f == "s" && words[p].start > 0 && ctx_.view.text()[words[p].start - 1] == '\'';
    const bool institution = f == "government" || f == "govt" || f == "public" || f == "model" || f == "convent" ||
                             f == "central" || f == "state" || f == "municipal" || f == "holy" || f == "national" ||
                             f == "federal" || f == "st" || f == "saint" || f == "sainte";
    if (IsProperWord(p) || initial || (institution && cap)) {
      *proper = true;
    } else if (after_connector) {
      break;  // "Google and Stanford University": only a proper noun before "and"
    } else if (possessive) {
      continue;  // "St Xavier's College": decided by the word before
    } else if (IsConnector(f) && !cap) {
      if (f == "of" || f == "and" || f == "et" || f == "de" || f == "du" || f == "des") after_connector = true;
      if (after_connector) continue;
      break;
    } else if (IsConnector(f) && cap && first == p + 1) {
      // "The Open University", "De Montfort University", "St Joseph's".
    } else if (!(cap && (SchoolWords().count(f) || IsNameStopWord(f))) &&
               !(lower_ok && words[p].has_letter && !IsConnector(f) && !IsCommonWord(f))) {
      break;
    }
    after_connector = false;
    first = p;
  }
  return first;
}

std::size_t SchoolScan::CityRun(std::size_t w, std::size_t max_words) const {
  const auto& words = ctx_.view.words();
  std::size_t k = w;
  while (k < words.size() && k - w < max_words && words[k].line == words[w].line && (k == w || Joined(k - 1)) &&
         (IsProperWord(k) || (k > w && (IsConnector(ctx_.view.FoldedWord(k)) || InCompound(k)))) &&
         !IsShortNumber(ctx_.view.FoldedWord(k))) {
    ++k;
  }
  while (k > w && (IsConnector(ctx_.view.FoldedWord(k - 1)) || InCompound(k - 1))) --k;
  return k;
}

std::size_t SchoolScan::WithCity(std::size_t last) const {
  const auto& words = ctx_.view.words();
  const std::string_view t = ctx_.view.text();
  const std::size_t line_end = ctx_.view.lines()[words[last].line].end;
  const std::size_t pos = words[last].end;
  std::size_t p = pos;
  while (p < line_end && IsSpace(t[p])) ++p;
  bool paren = false;
  if (p < line_end && (t[p] == ',' || t[p] == '-' || t[p] == '(')) {
    paren = t[p] == '(';
    ++p;
  } else if (t.substr(p, 3) == "\xE2\x80\x93" || t.substr(p, 3) == "\xE2\x80\x94") {
    p += 3;
  } else {
    return pos;
  }
  while (p < line_end && IsSpace(t[p])) ++p;
  const std::size_t nw = ctx_.view.WordAtOrAfter(p);
  if (nw >= words.size() || words[nw].start != p || words[nw].line != words[last].line || !FirstUpper(nw)) return pos;
  std::size_t city_end = nw;
  const PhraseMatcher::Match m = ctx_.gazetteers.communes().LongestAt(ctx_.view, nw);
  if (m.word_count > 0) city_end = nw + m.word_count;
  // In the education section a longer proper-noun run wins ("Rives de Seine" is more than "Rives").
  if (InEducation(nw) || LineHasDegree(words[nw].line)) city_end = std::max(city_end, CityRun(nw, 3));
  if (city_end == nw) return pos;
  std::size_t end = words[city_end - 1].end;
  if (paren && end < line_end && t[end] == ')') ++end;
  // A region or state after a comma, alone up to the end of the line ("Hubli, Karnataka").
  if (end < line_end && t[end] == ',') {
    std::size_t q = end + 1;
    while (q < line_end && IsSpace(t[q])) ++q;
    const std::size_t sw = ctx_.view.WordAtOrAfter(q);
    if (sw < words.size() && words[sw].start == q && words[sw].line == words[last].line) {
      const std::size_t se = CityRun(sw, 3);
      if (se > sw) {
        std::size_t r = words[se - 1].end;
        while (r < line_end && (IsSpace(t[r]) || t[r] == '.' || t[r] == '\r')) ++r;
        if (r >= line_end) end = words[se - 1].end;
      }
    }
  }
  return end;
}

void SchoolScan::AddSpan(std::size_t first, std::size_t end_word, const char* rule, double confidence) {
  if (end_word <= first) return;
  for (std::size_t w = first; w < end_word; ++w) covered_[w] = 1;
  Finding f;
  f.start = ctx_.view.words()[first].start;
  f.end = WithCity(end_word - 1);
  f.category = Category::kSchool;
  f.rule = rule;
  f.confidence = confidence;
  found_.push_back(std::move(f));
}

void SchoolScan::FindGazetteerSchools() {
  const auto& words = ctx_.view.words();
  for (const PhraseMatcher::Match& m : ctx_.gazetteers.schools().FindAll(ctx_.view)) {
    const std::size_t a = m.first_word, b = a + m.word_count;
    bool blocked = false;
    std::size_t letters = 0;
    for (std::size_t w = a; w < b; ++w) {
      blocked = blocked || blocked_[w];
      letters += CountLetters(ctx_.view.FoldedWord(w));
    }
    if (blocked) continue;
    // "Programme Grande École - 42 Paris": the first word ends a degree, the school starts later.
    std::size_t degree_end = 0;
    if (a > 0 && DegreeAt(ctx_.view, a - 1, &degree_end) > 0 && degree_end > a) continue;
    const bool edu = InEducation(a);
    if (!FirstUpper(a) && !edu) continue;
    const std::string_view f = ctx_.view.FoldedWord(a);
    const bool weak = letters < 6 || (m.word_count == 1 && (IsNameStopWord(f) || IsCommonWord(f)));
    const bool after_keyword = a > 0 && Joined(a - 1) && Keywords().count(ctx_.view.FoldedWord(a - 1));
    if (weak && !edu && !after_keyword && !LineHasDegree(words[a].line)) continue;
    // A one-word school name in the experience section is the employer ("Simplon", "OpenClassrooms").
    if (m.word_count == 1 && !after_keyword && sections_[words[a].line] == Section::kExperience &&
        !LineHasDegree(words[a].line)) {
      continue;
    }
    bool proper = false;
    int lexical = 0;
    const std::size_t end = std::min(ExtendRight(b, &proper, &lexical), b + 4);
    // Words before the listed name that belong to it ("Federal" University of Technology, "The").
    const std::size_t first = after_keyword ? a - 1 : FirstUpper(a) ? ExtendLeft(a, false, &proper) : a;
    AddSpan(first, end, "school.gazetteer", 0.9);
  }
}

void SchoolScan::FindKeywordSchools() {
  const auto& words = ctx_.view.words();
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (covered_[w] || blocked_[w]) continue;
    const std::string_view f = ctx_.view.FoldedWord(w);
    if (!Keywords().count(f)) continue;
    const bool edu = InEducation(w);
    const bool cap = FirstUpper(w);
    if ((f == "ens" || f == "iep" || f == "iae" || f == "esc" || f == "insa" || f == "iut" || f == "ufr" ||
         f == "cfa" || f == "greta" || f == "ifsi" || f == "afpa" || f == "lp" || f == "isen" || f == "eni") &&
        !words[w].all_caps) {
      continue;
    }
    if (w + 1 < words.size() && Joined(w)) {
      // "West African Senior School Certificate", "High School Diploma": a degree, not a school.
      const std::string_view next = ctx_.view.FoldedWord(w + 1);
      if (next == "certificate" || next == "certificat" || next == "diploma" || next == "leaving" ||
          next == "examination" || next == "exam" || next == "diplome") {
        continue;
      }
    }
    if (IsJobAfterKeyword(w)) continue;  // "Primary School Teacher", "College Counsellor"
    if (f == "faculty" || f == "faculte") {
      const std::string_view next = w + 1 < words.size() ? ctx_.view.FoldedWord(w + 1) : std::string_view();
      if (next != "of" && next != "de" && next != "des" && next != "d") continue;
    }
    bool proper = false, left_proper = false;
    int lexical = 0;
    const std::size_t end = ExtendRight(w + 1, &proper, &lexical);
    const std::size_t first = LeftKeywords().count(f) ? ExtendLeft(w, !cap && edu, &left_proper) : w;
    const bool degree_line = LineHasDegree(words[w].line);
    bool ok = proper || left_proper || (edu && lexical >= 1) || (degree_line && lexical >= 2);
    if (!cap && !edu && !proper) ok = false;
    if (!cap && edu && first == w && !proper && lexical == 0) ok = false;
    if (ok) AddSpan(first, end, "school.pattern", 0.85);
  }
}

void SchoolScan::FindSchoolEmails() {
  const std::string_view t = ctx_.view.text();
  for (const Finding& e : earlier_) {
    if (e.category != Category::kEmail) continue;
    const std::string_view addr = t.substr(e.start, e.end - e.start);
    const std::size_t at = addr.rfind('@');
    if (at == std::string_view::npos) continue;
    if (!ctx_.gazetteers.IsSchoolDomain(core::AsciiLower(addr.substr(at + 1)))) continue;
    Finding f = e;
    f.rule = "school.email_domain";
    f.confidence = std::max(e.confidence, 0.995);
    found_.push_back(std::move(f));
  }
}

void SchoolScan::Flush(std::vector<Finding>* out) {
  MergeTouching();
  for (Finding& f : found_) out->push_back(std::move(f));
  found_.clear();
}

}  // namespace fairhire::anonymise::detectors
