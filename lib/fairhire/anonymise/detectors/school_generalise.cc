// `education: generalise`: degrees become their EQF level and graduation years disappear, in the
// education section and on any line that names a school. The findings carry category SCHOOL and rules
// "education.degree" / "education.year"; the resolver applies them whenever the policy generalises
// education (the degree's `generalised` text, e.g. "EQF 7"; a year is removed with the separator that
// would otherwise dangle: "Master Informatique, Université X (2019)" -> "EQF 7 Informatique, [SCHOOL-1]").
#include <string>
#include <unordered_set>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/school_detector.h"

namespace fairhire::anonymise::detectors {
namespace {

bool IsYearWord(std::string_view f) {
  return f.size() == 4 && (f.substr(0, 2) == "19" || f.substr(0, 2) == "20") && IsAsciiDigit(f[2]) &&
         IsAsciiDigit(f[3]);
}

bool IsDateJoiner(std::string_view f) {
  static const std::unordered_set<std::string_view> kWords = {
      "to", "a", "au", "till", "until", "present", "aujourd", "hui", "current", "now", "en", "cours",
      "depuis", "since", "date", "today", "ongoing", "de", "from", "du", "le"};
  return kWords.count(f) > 0;
}

// True when only spaces and date punctuation separate words a and a+1 on one line.
bool DateGap(const TextView& view, std::size_t a) {
  const auto& words = view.words();
  if (a + 1 >= words.size() || words[a].line != words[a + 1].line) return false;
  const std::size_t from = words[a].end, to = words[a + 1].start;
  if (to - from > 5) return false;
  for (std::size_t i = from; i < to; ++i) {
    const char c = view.text()[i];
    if (!(c == ' ' || c == '-' || c == '/' || c == '.' || c == '\'' || static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return true;
}

bool IsSeparator(char c) { return c == ',' || c == '-' || c == '|' || c == ':' || c == '/' || c == ';'; }

// Extends a year run [s, e) over wrapping parentheses and the separator that would dangle.
void WidenYearSpan(const TextView& view, std::size_t line, std::size_t* s, std::size_t* e) {
  const std::string_view t = view.text();
  const Line& l = view.lines()[line];
  if (*s > l.start && *e < l.end && t[*s - 1] == '(' && t[*e] == ')') --*s, ++*e;
  std::size_t after = *e;
  while (after < l.end && (IsSpace(t[after]) || t[after] == '.' || t[after] == '\r')) ++after;
  std::size_t before = *s;
  while (before > l.start && IsSpace(t[before - 1])) --before;
  auto dash_before = [&](std::size_t p) {
    if (p > l.start && IsSeparator(t[p - 1])) return p - 1;
    if (p >= l.start + 3 && (t.substr(p - 3, 3) == "\xE2\x80\x93" || t.substr(p - 3, 3) == "\xE2\x80\x94")) return p - 3;
    return std::string::npos;
  };
  // The resolver widens a span that touches a word, so a span may only start after a non-word byte
  // and end before one: "x – 2015" loses "– 2015", "INSA Lyon, 2014" loses " 2014".
  if (after >= l.end && before > l.start) {  // at the end of the line: take the separator before it
    const std::size_t d = dash_before(before);
    if (d != std::string::npos) *s = d > l.start && !IsSpace(t[d - 1]) ? d + 1 : d;
    return;
  }
  std::size_t lead = l.start;
  while (lead < *s && (IsSpace(t[lead]) || t[lead] == '-' || t[lead] == '*' || t[lead] == '|')) ++lead;
  if (lead == *s) {  // at the start of the line: take the separator after it
    std::size_t p = *e;
    while (p < l.end && IsSpace(t[p])) ++p;
    if (p < l.end && IsSeparator(t[p])) ++p;
    else if (t.substr(p, 3) == "\xE2\x80\x93" || t.substr(p, 3) == "\xE2\x80\x94") p += 3;
    else return;
    *e = p;
  }
}

void AddYears(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
  const TextView& view = ctx.view;
  const Line& l = view.lines()[line];
  const std::size_t last = l.first_word + l.word_count;
  for (std::size_t w = l.first_word; w < last; ++w) {
    const std::string_view f = view.FoldedWord(w);
    if (!IsYearWord(f) && !IsMonthWord(f)) continue;
    std::size_t e = w, years = 0, end_year = w;
    while (e < last) {
      const std::string_view g = view.FoldedWord(e);
      if (IsYearWord(g)) ++years, end_year = e;
      else if (!IsMonthWord(g) && !IsDateJoiner(g)) break;
      if (e + 1 >= last || !DateGap(view, e)) {
        ++e;
        break;
      }
      ++e;
    }
    if (years == 0) continue;
    std::size_t stop = end_year + 1;
    // Keep trailing "present"/"aujourd'hui" with the range.
    while (stop < e && IsDateJoiner(view.FoldedWord(stop))) ++stop;
    std::size_t s = view.words()[w].start, en = view.words()[stop - 1].end;
    WidenYearSpan(view, line, &s, &en);
    Add(out, s, en, Category::kSchool, "education.year", 0.9);
    w = stop - 1;
  }
}

void AddDegrees(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
  const TextView& view = ctx.view;
  const Line& l = view.lines()[line];
  for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
    std::size_t end = w;
    const int level = DegreeAt(view, w, &end);
    if (level == 0) continue;
    Add(out, view.words()[w].start, view.words()[end - 1].end, Category::kSchool, "education.degree", 0.9,
        "EQF " + std::to_string(level));
    w = end - 1;
  }
}

}  // namespace

void GeneraliseEducation(const DetectionContext& ctx, const std::vector<Section>& sections,
                         std::vector<Finding>* out) {
  const TextView& view = ctx.view;
  std::vector<std::uint8_t> school_line(view.lines().size(), 0);
  for (const Finding& f : *out) {
    if (f.category == Category::kSchool && f.rule.rfind("school.", 0) == 0 && f.rule != "school.email_domain") {
      school_line[view.LineOf(f.start)] = 1;
    }
  }
  for (std::size_t line = 0; line < view.lines().size(); ++line) {
    if (view.lines()[line].word_count == 0) continue;
    const bool education = sections[line] == Section::kEducation;
    if (!education && !school_line[line]) continue;
    if (IsHeadingLine(view, line)) continue;
    AddDegrees(ctx, line, out);
    // Years of jobs stay: only the education section and school lines outside the experience section.
    if (education || sections[line] != Section::kExperience) AddYears(ctx, line, out);
  }
}

}  // namespace fairhire::anonymise::detectors
