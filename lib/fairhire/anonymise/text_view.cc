#include "fairhire/anonymise/text_view.h"

#include <algorithm>

#include "fairhire/anonymise/string_table.h"

namespace fairhire::anonymise {

TextView::TextView(std::string_view text) : text_(text), folded_(core::FoldWithOffsets(text)) {
  Tokenise();
  word_hash_.reserve(words_.size());
  line_mask_.assign(lines_.size(), 0);
  for (std::size_t i = 0; i < words_.size(); ++i) {
    word_hash_.push_back(StableHash(FoldedWord(i)));
    line_mask_[words_[i].line] |= std::uint64_t{1} << (word_hash_.back() & 63);
  }
  MarkSections();
}

namespace {

constexpr std::string_view kSectionWords[] = {
    "experience", "experiences", "parcours", "formation", "formations", "education", "competences",
    "skills", "profil", "profile", "summary", "objectif", "objective", "employment", "projets", "projects",
    "langues", "languages", "interets", "loisirs", "hobbies", "interests", "certifications", "career",
    "qualifications", "diplomes", "cursus", "references", "referees", "stages", "internships", "work",
    "emplois", "realisations", "achievements", "publications", "benevolat", "volunteering", "activites",
    "technical", "professional", "academic", "etudes", "informations", "personal", "contact", "coordonnees",
    "etat", "details"};
constexpr std::string_view kPersonalWords[] = {"informations", "personal", "contact", "coordonnees", "etat", "details"};

}  // namespace

void TextView::MarkSections() {
  personal_.assign(lines_.size(), 0);
  heading_.assign(lines_.size(), 0);
  bool in_top = true, in_personal = false;
  std::size_t non_empty = 0;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    const Line& l = lines_[i];
    if (l.word_count == 0) continue;
    ++non_empty;
    const std::string_view first = FoldedWord(l.first_word);
    bool first_is_section = false;
    for (std::string_view w : kSectionWords) first_is_section = first_is_section || first == w;
    const std::string_view text = LineText(i);
    const bool markup = text.find('#') != std::string_view::npos || text.rfind("**", 0) == 0;
    bool upper = true;
    for (std::size_t k = l.first_word; k < l.first_word + l.word_count; ++k) upper = upper && (words_[k].all_caps || words_[k].has_digit || words_[k].end - words_[k].start == 1);
    std::string_view trimmed = core::TrimWhitespace(text);
    while (!trimmed.empty() && (trimmed.back() == ':' || trimmed.back() == '*')) trimmed.remove_suffix(1);
    const bool heading = first_is_section && l.word_count <= 5 && (markup || upper || words_[l.first_word].capitalised) &&
                         trimmed.find_first_of(",:@|") == std::string_view::npos;
    if (heading) {
      heading_[i] = 1;
      in_top = false;
      in_personal = false;
      for (std::string_view w : kPersonalWords) in_personal = in_personal || first == w;
      continue;
    }
    if (in_top && non_empty > 12) in_top = false;
    personal_[i] = (in_top || in_personal) ? 1 : 0;
  }
}

void TextView::Tokenise() {
  // Lines, with their folded offsets through a forward scan of the (monotonic) offset map.
  const auto& fmap = folded_.source_offset;
  const std::size_t folded_size = folded_.text.size();
  std::size_t fline = 0;
  auto line_folded_at = [&](std::size_t src) {
    while (fline < folded_size && fmap[fline] < src) ++fline;
    return static_cast<std::uint32_t>(fline);
  };
  std::uint32_t line_start = 0;
  for (std::size_t i = 0; i <= text_.size(); ++i) {
    if (i == text_.size() || text_[i] == '\n') {
      Line l{line_start, static_cast<std::uint32_t>(i), 0, 0};
      l.fstart = line_folded_at(l.start);
      l.fend = line_folded_at(l.end);
      lines_.push_back(l);
      line_start = static_cast<std::uint32_t>(i + 1);
    }
  }
  // Words on the source text; folded offsets through a forward scan of the offset map.
  std::size_t fpos = 0;
  std::size_t line = 0;
  std::size_t pos = 0;
  auto folded_at = [&](std::size_t src) {
    while (fpos < fmap.size() - 1 && fmap[fpos] < src) ++fpos;
    return fpos;
  };
  while (pos < text_.size()) {
    std::size_t len = 1;
    char32_t cp = core::DecodeAt(text_, pos, &len);
    if (!core::IsWordCodePoint(cp)) {
      pos += len;
      continue;
    }
    Word w;
    w.start = static_cast<std::uint32_t>(pos);
    bool first = true;
    bool all_upper = true;
    bool rest_lower = true;
    bool first_upper = false;
    int letters = 0;
    while (pos < text_.size()) {
      cp = core::DecodeAt(text_, pos, &len);
      if (!core::IsWordCodePoint(cp)) break;
      if (core::IsLetterCodePoint(cp)) {
        ++letters;
        w.has_letter = true;
        const bool upper = core::IsUpperCodePoint(cp);
        if (first) first_upper = upper;
        else if (upper) rest_lower = false;
        if (!upper) all_upper = false;
      } else if (cp < 0x80 && cp >= '0' && cp <= '9') {
        w.has_digit = true;
      }
      first = false;
      pos += len;
    }
    w.end = static_cast<std::uint32_t>(pos);
    w.capitalised = first_upper && rest_lower && !w.has_digit;
    w.all_caps = letters >= 2 && all_upper && !w.has_digit;
    while (line + 1 < lines_.size() && lines_[line].end < w.start) ++line;
    w.line = static_cast<std::uint32_t>(line);
    w.fstart = static_cast<std::uint32_t>(folded_at(w.start));
    w.fend = static_cast<std::uint32_t>(folded_at(w.end));
    if (lines_[line].word_count == 0) lines_[line].first_word = static_cast<std::uint32_t>(words_.size());
    ++lines_[line].word_count;
    words_.push_back(w);
  }
}

std::string_view TextView::FoldedWord(std::size_t i) const {
  const Word& w = words_[i];
  return std::string_view(folded_.text).substr(w.fstart, w.fend - w.fstart);
}

std::string_view TextView::WordText(std::size_t i) const {
  const Word& w = words_[i];
  return text_.substr(w.start, w.end - w.start);
}

std::string_view TextView::LineText(std::size_t line) const {
  const Line& l = lines_[line];
  return text_.substr(l.start, l.end - l.start);
}

std::size_t TextView::LineOf(std::size_t pos) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), pos,
                             [](std::size_t p, const Line& l) { return p < l.start; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin() - 1);
}

std::size_t TextView::WordAtOrAfter(std::size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.start < p; });
  return static_cast<std::size_t>(it - words_.begin());
}

}  // namespace fairhire::anonymise
