// SchoolScan passes that complete the gazetteer and keyword spans (see schools.cc):
//  - listed names that contain a comma ("Queen Mary, University of London", "Federal University of
//    Technology, Akure", "École spéciale des travaux publics, du bâtiment et de l'industrie"): the
//    phrase matcher joins words across spaces only, so lines that name a school are matched again
//    with their commas read as spaces;
//  - a constituent college before ", University of ..." ("Goldsmiths, University of London");
//  - in the education section, an acronym standing alone next to a degree or a year ("YABATECH",
//    "UIUC, 2006"): no list has every school's acronym;
//  - school spans that touch (", ", " – ") become one span ("IUT de Lannion, Université de Rennes").
#include <algorithm>
#include <string>
#include <unordered_set>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/school_detector.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

// Capitalised words that stand alone in the education section but are grades, exams, exam boards,
// baccalauréat series or honours, not schools.
bool IsEducationNonSchool(std::string_view f) {
  static const std::unordered_set<std::string_view>* s = new std::unordered_set<std::string_view>{
      "gpa",   "cgpa",  "sgpa", "waec", "neco", "ssce", "wassce", "gce",  "gcse", "gcses", "igcse", "cbse",
      "icse",  "isc",   "ssc",  "hsc",  "sat",  "act",  "gre",    "gmat", "toefl", "ielts", "toeic", "delf",
      "dalf",  "ects",  "mooc", "ond",  "hnd",  "nd",   "stmg",   "sti",  "stl",  "stav",  "ses",   "eqf",
      "cecrl", "first", "class", "honours", "hons", "distinction", "merit", "pass", "upper", "lower", "credit",
      "second", "third", "cum", "laude", "magna", "summa", "mention", "bien", "tres", "assez", "thesis", "these",
      "memoire", "project", "projet", "coursework", "courses", "modules", "major", "minor", "erasmus",
      "exchange", "echange", "alternance", "apprentissage", "online", "remote", "present", "current",
      "ongoing", "en", "cours", "today", "now", "xii", "xi", "viii", "vii", "iii", "cpge", "mpsi", "pcsi",
      "mp", "pc", "psi", "bcpst", "ecs", "khagne", "hypokhagne", "sslc", "hslc", "puc", "bsn", "rn"};
  return s->count(f) > 0;
}

bool IsYearWord(std::string_view f) {
  return f.size() == 4 && (f[0] == '1' || f[0] == '2') && f.find_first_not_of("0123456789") == std::string_view::npos;
}

bool IsRomanNumeral(std::string_view f) {
  return !f.empty() && f.find_first_not_of("ivxlc") == std::string_view::npos;
}

// The gap between two school spans that makes them one ("IUT de Lannion, Université de Rennes").
bool IsSchoolGlue(std::string_view gap) {
  std::string g;
  for (char c : gap) {
    if (c != ' ' && c != '\t') g.push_back(c);
  }
  return g == "," || g == "-" || g == "\xE2\x80\x93" || g == "\xE2\x80\x94" || g == "/";
}

}  // namespace

void SchoolScan::FindCommaNames() {
  const auto& words = ctx_.view.words();
  const std::string_view t = ctx_.view.text();
  std::vector<std::size_t> lines;
  for (const Finding& f : found_) {
    const std::size_t line = ctx_.view.LineOf(f.start);
    if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
  }
  for (std::size_t line : lines) {
    const Line& l = ctx_.view.lines()[line];
    std::string blanked(t.substr(l.start, l.end - l.start));
    if (blanked.find(',') == std::string::npos) continue;
    std::replace(blanked.begin(), blanked.end(), ',', ' ');
    const TextView local(blanked);
    for (const PhraseMatcher::Match& m : ctx_.gazetteers.schools().FindAll(local)) {
      const std::size_t s = local.words()[m.first_word].start, e = local.words()[m.first_word + m.word_count - 1].end;
      if (std::string_view(t.substr(l.start + s, e - s)).find(',') == std::string_view::npos) continue;
      const std::size_t a = ctx_.view.WordAtOrAfter(l.start + s);
      std::size_t b = a;
      while (b < words.size() && words[b].end <= l.start + e) ++b;
      bool blocked = false;
      for (std::size_t w = a; w < b; ++w) blocked = blocked || blocked_[w];
      if (blocked || b <= a || !FirstUpper(a)) continue;
      AddSpan(a, b, "school.gazetteer", 0.9);
    }
  }
}

void SchoolScan::FindCollegesBeforeComma() {
  const auto& words = ctx_.view.words();
  const std::string_view t = ctx_.view.text();
  const std::size_t n = found_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t k = ctx_.view.WordAtOrAfter(found_[i].start);
    if (k + 1 >= words.size() || k == 0 || words[k].start != found_[i].start) continue;
    const std::string_view kf = ctx_.view.FoldedWord(k), of = ctx_.view.FoldedWord(k + 1);
    if ((kf != "university" && kf != "universite") || (of != "of" && of != "de" && of != "d")) continue;
    const std::size_t c = k - 1;  // last word before ", University of ..."
    if (words[c].line != words[k].line || t.substr(words[c].end, words[k].start - words[c].end) != ", ") continue;
    std::size_t first = c + 1;
    int proper = 0;
    for (std::size_t p = c + 1; p-- > 0;) {
      if (p < c && !Joined(p)) break;
      if (blocked_[p] || covered_[p]) break;
      const std::string_view f = ctx_.view.FoldedWord(p);
      std::size_t degree_end = 0;
      if (IsDegreeWord(f) || DegreeAt(ctx_.view, p, &degree_end) > 0) break;
      const bool possessive = f == "s" && words[p].start > 0 && t[words[p].start - 1] == '\'';
      if (IsProperWord(p)) ++proper;
      else if (!possessive && !(FirstUpper(p) && (IsSchoolWord(f) || f == "st" || f == "saint"))) break;
      first = p;
    }
    // The college must open its segment: "BSc, Goldsmiths, ..." but not "BSc Nursing, ...".
    if (proper == 0 || first > c || (first > 0 && Joined(first - 1))) continue;
    AddSpan(first, c + 1, "school.pattern", 0.85);
  }
}

void SchoolScan::FindEducationAcronyms() {
  const auto& words = ctx_.view.words();
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (covered_[w] || blocked_[w] || !InEducation(w) || !words[w].all_caps || words[w].has_digit) continue;
    const std::string_view f = ctx_.view.FoldedWord(w);
    if (f.size() < 3 || f.size() > 10 || IsDegreeWord(f) || IsNameStopWord(f) || IsCommonWord(f) ||
        IsMonthWord(f) || IsEducationNonSchool(f) || IsRomanNumeral(f)) {
      continue;
    }
    std::size_t degree_end = 0;
    if (DegreeAt(ctx_.view, w, &degree_end) > 0) continue;
    const std::size_t line = words[w].line;
    if (IsHeadingLine(ctx_.view, line)) continue;
    // Alone in its segment, or after "from"/"at" ("B.Sc. from YABATECH").
    if (w > 0 && Joined(w - 1)) {
      const std::string_view prev = ctx_.view.FoldedWord(w - 1);
      if (prev != "from" && prev != "at" && prev != "a" && prev != "de") continue;
    }
    if (w + 1 < words.size() && Joined(w) && !IsYearWord(ctx_.view.FoldedWord(w + 1))) continue;  // "HKUST  1998"
    // "Bachelor of Science in Nursing (BSN)": an acronym in parentheses spells out what precedes it,
    // unless that is a school.
    const std::string_view t = ctx_.view.text();
    const std::size_t start = words[w].start;
    if (start > 0 && t[start - 1] == '(' && !(w > 0 && covered_[w - 1])) continue;
    // A list of skills or courses is not a school line.
    const std::string_view line_text = ctx_.view.LineText(line);
    if (std::count(line_text.begin(), line_text.end(), ',') > 2) continue;
    if (!LineHasDegree(line) && !LineHasYear(line) && !NeighbourHasDegree(line)) continue;
    AddSpan(w, w + 1, "school.acronym", 0.7);
  }
}

bool SchoolScan::LineHasYear(std::size_t line) const {
  const Line& l = ctx_.view.lines()[line];
  for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
    if (IsYearWord(ctx_.view.FoldedWord(w))) return true;
  }
  return false;
}

bool SchoolScan::NeighbourHasDegree(std::size_t line) const {
  // The nearest non-empty line after (within 2) or before (within 2) names a degree or a year:
  // "UIUC" between "Bachelor of Arts" and "2014 to 2016".
  const auto& lines = ctx_.view.lines();
  for (std::size_t next = line + 1; next < lines.size() && next <= line + 2; ++next) {
    if (lines[next].word_count == 0) continue;
    if (LineHasDegree(next) || LineHasYear(next)) return true;
    break;
  }
  for (std::size_t prev = line; prev-- > 0 && prev + 2 >= line;) {
    if (lines[prev].word_count == 0) continue;
    return LineHasDegree(prev) && !IsHeadingLine(ctx_.view, prev);
  }
  return false;
}

void SchoolScan::MergeTouching() {
  std::vector<Finding> schools, others;
  for (Finding& f : found_) {
    (f.category == Category::kSchool ? schools : others).push_back(std::move(f));
  }
  std::sort(schools.begin(), schools.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
  const std::string_view t = ctx_.view.text();
  std::vector<Finding> merged;
  for (Finding& f : schools) {
    if (!merged.empty()) {
      Finding& last = merged.back();
      const bool overlap = f.start <= last.end;
      const bool glued = !overlap && ctx_.view.LineOf(f.start) == ctx_.view.LineOf(last.end) &&
                         f.start - last.end <= 8 && IsSchoolGlue(t.substr(last.end, f.start - last.end));
      if (overlap || glued) {
        last.end = std::max(last.end, f.end);
        last.confidence = std::max(last.confidence, f.confidence);
        continue;
      }
    }
    merged.push_back(std::move(f));
  }
  found_ = std::move(merged);
  for (Finding& f : others) found_.push_back(std::move(f));
}

}  // namespace fairhire::anonymise::detectors
