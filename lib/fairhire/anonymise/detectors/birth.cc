// Birth and age: dates of birth after a birth label ("né le", "née le 3 mars 1990", "Date de naissance :",
// "DOB:", "Date of birth:", "born on"), the place of birth ("né(e) à Bobigny", "Lieu de naissance :",
// "born in Lagos"), and ages ("32 ans", "Âge : 29", "29 years old"; not "5 ans d'expérience").
#include <array>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

constexpr std::array<std::string_view, 40> kMonths = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"};

bool IsMonth(std::string_view w) {
  for (std::string_view m : kMonths) if (w == m) return true;
  return w == "sep";
}

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) if (!IsAsciiDigit(c)) return false;
  return true;
}

bool IsYear(std::string_view w) { return w.size() == 4 && AllDigits(w) && (w[0] == '1' || w[0] == '2'); }
bool IsDay(std::string_view w) {
  if (w == "1er") return true;
  std::string_view d = w;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (d.size() > 2 && d.ends_with(suffix)) d.remove_suffix(2);
  }
  return AllDigits(d) && d.size() <= 2;
}

// End offset of a date expression starting at word w, or npos. Accepts numeric dates, "3 mars 1990",
// "March 3, 1990", "mars 1990" and a bare year.
std::size_t DateAt(const TextView& v, std::size_t w) {
  const auto& words = v.words();
  if (w >= words.size()) return std::string::npos;
  const std::string_view t = v.text();
  auto fw = [&](std::size_t k) { return k < words.size() && words[k].line == words[w].line ? v.FoldedWord(k) : std::string_view(); };
  const std::string_view a = fw(w), b = fw(w + 1), c = fw(w + 2);
  // 14/07/1995, 14.07.95, 1995-07-14
  if (AllDigits(a) && AllDigits(b) && AllDigits(c) && words[w + 1].start == words[w].end + 1 && words[w + 2].start == words[w + 1].end + 1) {
    const char s1 = t[words[w].end], s2 = t[words[w + 1].end];
    if (s1 == s2 && (s1 == '/' || s1 == '.' || s1 == '-')) return words[w + 2].end;
  }
  if (IsDay(a) && IsMonth(b)) return IsYear(c) ? words[w + 2].end : words[w + 1].end;  // 3 mars 1990
  if (IsMonth(a) && IsDay(b) && IsYear(c)) return words[w + 2].end;                      // March 3, 1990
  if (IsMonth(a) && IsYear(b)) return words[w + 1].end;                                  // mars 1990
  if (IsYear(a)) return words[w].end;
  return std::string::npos;
}

// A place after a birth date: "à Bobigny (93)", "in Lagos, Nigeria". Returns [start, end) or start==end.
std::pair<std::size_t, std::size_t> PlaceAfter(const TextView& v, std::size_t pos) {
  const std::string_view t = v.text();
  std::size_t p = pos;
  while (p < t.size() && (t[p] == ' ' || t[p] == ',')) ++p;
  const std::string folded = core::Fold(t.substr(p, 4));
  std::size_t skip = 0;
  if (folded.rfind("a ", 0) == 0) skip = t.compare(p, 2, "à") == 0 ? 3 : 2;
  else if (folded.rfind("in ", 0) == 0) skip = 3;
  else if (folded.rfind("at ", 0) == 0) skip = 3;
  if (skip == 0) return {pos, pos};
  p += skip;
  while (p < t.size() && t[p] == ' ') ++p;
  std::size_t len = 0;
  if (p >= t.size() || !core::IsUpperCodePoint(core::DecodeAt(t, p, &len))) return {pos, pos};
  // The place: words joined by spaces, hyphens or apostrophes, plus "(93)" or ", Country".
  const std::size_t limit = ValueEnd(v, p);
  std::size_t e = p;
  std::size_t w = v.WordAtOrAfter(p);
  const auto& words = v.words();
  while (w < words.size() && words[w].end <= limit) {
    const std::string_view gap = t.substr(e, words[w].start - e);
    const bool joins = e == p || gap == " " || gap == "-" || gap == "'" || gap == " (" || gap == ", " || gap == "\xE2\x80\x99";
    if (!joins || (gap == ", " && !words[w].capitalised)) break;
    if (!(words[w].capitalised || words[w].all_caps || (gap == " (" && words[w].has_digit) ||
          v.FoldedWord(w) == "sur" || v.FoldedWord(w) == "sous" || v.FoldedWord(w) == "en" || v.FoldedWord(w) == "le" || v.FoldedWord(w) == "la")) {
      break;
    }
    e = words[w].end;
    if (gap == " (" && e < t.size() && t[e] == ')') ++e;
    ++w;
  }
  return {p, e};
}

class BirthDetector : public Detector {
 public:
  std::string_view id() const override { return "birth"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    for (std::size_t line = 0; line < ctx.view.lines().size(); ++line) {
      if (ctx.view.lines()[line].word_count == 0) continue;
      DetectBirthDate(ctx, line, out);
      DetectBirthplaceLabel(ctx, line, out);
      DetectAgeLabel(ctx, line, out);
    }
    DetectAgePhrases(ctx, out);
  }

 private:
  static void DetectBirthDate(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    static const LabelSet* labels = new LabelSet{
        "date de naissance", "date et lieu de naissance", "ne le", "nee le", "ne(e) le", "ne(e) le", "ne.e le",
        "nee en", "ne en", "ne(e) en", "naissance", "date of birth", "date & place of birth", "dob", "d.o.b", "birth date", "birthdate",
        "date of birth and place", "born on", "born", "birthday", "year of birth", "annee de naissance", "d.n"};
    const std::size_t after = labels->Find(ctx.view, line, false);
    if (after == std::string::npos) return;
    const std::size_t value = ValueStartAfterLabel(ctx.view, after);
    const std::size_t w = ctx.view.WordAtOrAfter(value);
    if (w >= ctx.view.words().size() || ctx.view.words()[w].line != ctx.view.LineOf(value)) return;
    const std::size_t end = DateAt(ctx.view, w);
    if (end == std::string::npos) {
      // "born in Lagos": a place without a date.
      const auto [ps, pe] = PlaceAfter(ctx.view, after > 0 ? after - 1 : after);
      if (pe > ps) Add(out, ps, pe, Category::kBirthplace, "birth.place_after_label", 0.9);
      return;
    }
    const std::size_t start = ctx.view.words()[w].start;
    Add(out, start, end, Category::kDateOfBirth, "birth.date_after_label", 0.97);
    std::size_t tail = end;
    // "(32 ans)" / "(age 32)" right after the date.
    const std::size_t nw = ctx.view.WordAtOrAfter(end);
    if (nw + 1 < ctx.view.words().size() && ctx.view.words()[nw].line == line && ctx.view.words()[nw].start <= end + 3) {
      const std::string_view f1 = ctx.view.FoldedWord(nw), f2 = ctx.view.FoldedWord(nw + 1);
      if (AllDigits(f1) && (f2 == "ans" || f2 == "years" || f2 == "yrs")) {
        tail = ctx.view.words()[nw + 1].end;
        if (tail < ctx.view.text().size() && ctx.view.text()[tail] == ')') ++tail;
        Add(out, ctx.view.words()[nw].start, tail, Category::kAge, "birth.age_after_date", 0.95);
      }
    }
    const auto [ps, pe] = PlaceAfter(ctx.view, tail);
    if (pe > ps) Add(out, ps, pe, Category::kBirthplace, "birth.place_after_date", 0.93);
  }

  static void DetectBirthplaceLabel(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    static const LabelSet* labels = new LabelSet{
        "lieu de naissance", "place of birth", "birthplace", "birth place", "ne a", "nee a", "ne(e) a", "originaire de",
        "native of", "hometown", "home town", "state of origin", "lga", "local government area", "native place",
        "place of origin", "village", "country of birth", "pays de naissance", "district"};
    std::size_t after = labels->Find(ctx.view, line, false);
    if (after == std::string::npos) return;
    after = ValueStartAfterLabel(ctx.view, after);
    const std::size_t end = ValueEnd(ctx.view, after);
    if (end > after) Add(out, after, end, Category::kBirthplace, "birth.place_label", 0.93);
  }

  static void DetectAgeLabel(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    static const LabelSet* labels = new LabelSet{"age", "âge"};
    const std::size_t after = MatchLineLabel(ctx.view, line, {"age", "aged"}, false);
    const std::size_t anywhere = after != std::string::npos ? after : labels->Find(ctx.view, line);
    if (anywhere == std::string::npos) return;
    const std::size_t w = ctx.view.WordAtOrAfter(anywhere);
    if (w >= ctx.view.words().size() || ctx.view.words()[w].line != line || !AllDigits(ctx.view.FoldedWord(w))) return;
    std::size_t end = ctx.view.words()[w].end;
    if (w + 1 < ctx.view.words().size() && ctx.view.words()[w + 1].line == line) {
      const std::string_view unit = ctx.view.FoldedWord(w + 1);
      if (unit == "ans" || unit == "years" || unit == "yrs" || unit == "an") end = ctx.view.words()[w + 1].end;
    }
    Add(out, ctx.view.words()[w].start, end, Category::kAge, "birth.age_label", 0.95);
  }

  // "32 ans", "29 years old", "aged 29", "29-year-old".
  static void DetectAgePhrases(const DetectionContext& ctx, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (std::size_t w = 0; w + 1 < words.size(); ++w) {
      const std::string_view a = ctx.view.FoldedWord(w);
      if (a == "aged" && AllDigits(ctx.view.FoldedWord(w + 1))) {
        Add(out, words[w].start, words[w + 1].end, Category::kAge, "birth.aged", 0.9);
        continue;
      }
      if (!AllDigits(a) || a.size() > 2 || words[w + 1].line != words[w].line) continue;
      const int n = std::stoi(std::string(a));
      if (n < 16 || n > 75) continue;
      const std::string_view b = ctx.view.FoldedWord(w + 1);
      if (b == "years" || b == "year") {
        if (w + 2 < words.size() && ctx.view.FoldedWord(w + 2) == "old") {
          Add(out, words[w].start, words[w + 2].end, Category::kAge, "birth.years_old", 0.95);
        }
        continue;
      }
      if (b != "ans") continue;
      // Not a duration: "ans d'expérience", "ans de", "ans chez", "ans dans"...
      const std::size_t e = words[w + 1].end;
      const std::string rest = core::Fold(t.substr(e, 12));
      static constexpr std::string_view kDuration[] = {" d'", " de ", " d’", " dans", " chez", " en ", " au ", " a ", " comme", " sur", " pour", " aupres", " d "};
      bool duration = false;
      for (std::string_view d : kDuration) duration = duration || rest.rfind(d, 0) == 0;
      if (duration) continue;
      Add(out, words[w].start, e, Category::kAge, "birth.ans", InHeader(ctx.view, words[w].line) ? 0.93 : 0.75);
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeBirthDetector() { return std::make_unique<BirthDetector>(); }

}  // namespace fairhire::anonymise::detectors
