// Degrees and their level in the European Qualifications Framework (EQF), used to stop school names
// at a degree word and, with `education: generalise`, to replace a degree by its level:
// CAP/BEP -> 3; Bac, A levels, high school diploma -> 4; Bac+2, BTS, DUT, BUT, DEUG, HND -> 5;
// Licence, Bachelor, B.Sc, B.Tech, B.E -> 6; Master, M1/M2, MSc, MBA, Ingénieur, Mastère, DEA/DESS,
// M.Tech, MCA -> 7; Doctorat, PhD -> 8.
#include <array>
#include <string>
#include <unordered_set>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/name_lexicon.h"

namespace fairhire::anonymise::detectors {
namespace {

struct Degree {
  std::array<std::string_view, 4> words;  // folded words, "" ends the sequence
  int level;
  bool upper_only;  // the first word must be written in capitals ("BUT", not "but")
};

constexpr Degree kDegrees[] = {
    {{"doctorat"}, 8, false}, {{"doctorate"}, 8, false}, {{"phd"}, 8, false}, {{"ph", "d"}, 8, false},
    {{"dphil"}, 8, false}, {{"doctor", "of", "philosophy"}, 8, false}, {{"these", "de", "doctorat"}, 8, false},
    {{"master"}, 7, false}, {{"masters"}, 7, false}, {{"master", "s"}, 7, false}, {{"mastere"}, 7, false},
    {{"mastere", "specialise"}, 7, false}, {{"msc"}, 7, false}, {{"m", "sc"}, 7, false}, {{"mba"}, 7, false},
    {{"emba"}, 7, false}, {{"executive", "mba"}, 7, false}, {{"m", "tech"}, 7, false}, {{"mtech"}, 7, false},
    {{"mca"}, 7, true}, {{"meng"}, 7, false}, {{"m", "eng"}, 7, false}, {{"mphil"}, 7, false},
    {{"m", "phil"}, 7, false}, {{"dea"}, 7, true}, {{"dess"}, 7, true}, {{"m1"}, 7, true}, {{"m2"}, 7, true},
    {{"m", "com"}, 7, false}, {{"mcom"}, 7, false}, {{"llm"}, 7, true}, {{"m", "e"}, 7, true},
    {{"m", "s"}, 7, true}, {{"ms"}, 7, true}, {{"diplome", "d", "ingenieur"}, 7, false}, {{"diplome", "ingenieur"}, 7, false},
    {{"ingenieur"}, 7, false}, {{"cycle", "ingenieur"}, 7, false}, {{"cycle", "d", "ingenieur"}, 7, false},
    {{"bac", "5"}, 7, false}, {{"grande", "ecole"}, 7, false},
    {{"licence"}, 6, false}, {{"licence", "pro"}, 6, false}, {{"licence", "professionnelle"}, 6, false},
    {{"bachelor"}, 6, false}, {{"bachelors"}, 6, false}, {{"bachelor", "s"}, 6, false}, {{"bsc"}, 6, false},
    {{"b", "sc"}, 6, false}, {{"ba"}, 6, true}, {{"b", "a"}, 6, true}, {{"b", "e"}, 6, true},
    {{"be"}, 6, true}, {{"btech"}, 6, false}, {{"b", "tech"}, 6, false}, {{"bcom"}, 6, false},
    {{"b", "com"}, 6, false}, {{"bca"}, 6, true}, {{"bba"}, 6, true}, {{"beng"}, 6, false},
    {{"b", "eng"}, 6, false}, {{"llb"}, 6, true}, {{"l3"}, 6, true}, {{"bac", "3"}, 6, false},
    {{"b", "s"}, 6, true}, {{"bs"}, 6, true},
    {{"bts"}, 5, false}, {{"dut"}, 5, false}, {{"but"}, 5, true}, {{"deug"}, 5, false},
    {{"deust"}, 5, false}, {{"bac", "2"}, 5, false}, {{"hnd"}, 5, true}, {{"associate", "degree"}, 5, false},
    {{"foundation", "degree"}, 5, false}, {{"diploma"}, 5, false}, {{"l2"}, 5, true},
    {{"bac"}, 4, false}, {{"baccalaureat"}, 4, false}, {{"bac", "pro"}, 4, false},
    {{"high", "school", "diploma"}, 4, false}, {{"hsc"}, 4, true}, {{"a", "levels"}, 4, false},
    {{"a", "level"}, 4, false}, {{"12th"}, 4, false}, {{"class", "xii"}, 4, false}, {{"ged"}, 4, true},
    {{"higher", "secondary"}, 4, false}, {{"ond"}, 4, true},
    {{"school", "certificate"}, 4, false}, {{"senior", "school", "certificate"}, 4, false}, {{"cap"}, 3, true}, {{"bep"}, 3, true},
};

// Words that may complete a degree ("Master 2", "Licence pro", "Bac+2 ... ").
bool IsDegreeSuffix(std::string_view w) {
  return w == "1" || w == "2" || w == "i" || w == "ii" || w == "pro" || w == "recherche" ||
         w == "professionnel" || w == "professionnelle" || w == "specialise";
}

// True when words a and a+1 are joined by at most 3 bytes of space, dot, hyphen, apostrophe or '+'.
bool Joined(const TextView& view, std::size_t a) {
  const auto& words = view.words();
  if (a + 1 >= words.size()) return false;
  const std::size_t from = words[a].end, to = words[a + 1].start;
  if (to - from > 3) return false;
  for (std::size_t i = from; i < to; ++i) {
    const char c = view.text()[i];
    if (!(c == ' ' || c == '.' || c == '-' || c == '\'' || c == '+' || static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return true;
}

}  // namespace

int DegreeAt(const TextView& view, std::size_t w, std::size_t* end_word) {
  const auto& words = view.words();
  int best_level = 0;
  std::size_t best_end = w;
  for (const Degree& d : kDegrees) {
    std::size_t i = 0;
    for (; i < d.words.size() && !d.words[i].empty(); ++i) {
      if (w + i >= words.size() || view.FoldedWord(w + i) != d.words[i]) break;
      if (i > 0 && !Joined(view, w + i - 1)) break;
    }
    if (i == 0 || (i < d.words.size() && !d.words[i].empty())) continue;
    if (d.upper_only && !words[w].all_caps && view.WordText(w).size() > 1) continue;
    if (d.upper_only && view.WordText(w).size() == 1 && !core::IsUpperCodePoint(static_cast<unsigned char>(view.WordText(w)[0]))) continue;
    if (w + i > best_end) {
      best_end = w + i;
      best_level = d.level;
    }
  }
  if (best_level == 0) return 0;
  while (best_end < words.size() && Joined(view, best_end - 1) && IsDegreeSuffix(view.FoldedWord(best_end)) &&
         words[best_end].line == words[w].line) {
    ++best_end;
  }
  *end_word = best_end;
  return best_level;
}

bool IsDegreeWord(std::string_view folded) {
  static const std::unordered_set<std::string_view>* set = [] {
    auto* s = new std::unordered_set<std::string_view>{
        "master", "masters", "mastere", "licence", "bachelor", "bachelors", "bsc", "msc", "mba", "phd",
        "doctorat", "doctorate", "dut", "bts", "but", "deug", "deust", "dea", "dess", "bac", "baccalaureat",
        "cap", "bep", "diplome", "diploma", "degree", "hnd", "hsc", "ssc", "cbse", "icse", "btech", "mtech",
        "mca", "bca", "bba", "bcom", "mcom", "ingenieur", "cpge", "prepa", "certificate", "certificat", "ged", "ond", "ms",
        "llb", "llm", "meng", "beng", "m1", "m2", "l1", "l2", "l3", "12th", "10th", "diplomee", "diplome", "graduated", "graduate", "postgraduate", "undergraduate",
        "pursuing", "completed", "obtenu", "obtenue", "en", "in", "from", "at", "a", "au", "aux", "with",
        "major", "specialisation", "specialization", "option", "mention", "cgpa", "gpa", "percentage"};
    return s;
  }();
  return set->count(folded) > 0;
}

}  // namespace fairhire::anonymise::detectors
