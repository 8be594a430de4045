// Internal helpers shared by the built-in detectors: adding findings, reading lines and labels
// ("Nationalité :", "Date of birth:"), and character classes on raw UTF-8 text.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_DETECTOR_UTIL_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_DETECTOR_UTIL_H_

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/detector.h"

namespace fairhire::anonymise::detectors {

inline void Add(std::vector<Finding>* out, std::size_t start, std::size_t end, Category c, std::string rule,
                double confidence, std::string generalised = {}) {
  if (end <= start) return;
  Finding f;
  f.start = start;
  f.end = end;
  f.category = c;
  f.rule = std::move(rule);
  f.confidence = confidence;
  f.generalised = std::move(generalised);
  out->push_back(std::move(f));
}

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }
inline bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Trims spaces, tabs and the given trailing punctuation from [*start, *end) of text.
void TrimSpan(std::string_view text, std::size_t* start, std::size_t* end, std::string_view trailing = ".,;:");

// A label at the start of a line (after optional bullets/markup such as "- ", "* ", "**", "|"):
// one of `labels` (folded, e.g. "date de naissance") followed by optional spaces and ':' (or '-',
// or nothing when `colon_optional`). Returns the byte offset just after the separator, or npos.
std::size_t MatchLineLabel(const TextView& view, std::size_t line, std::initializer_list<std::string_view> labels,
                           bool colon_optional = false);

// An ordered list of folded labels ("date de naissance", "dob") prepared once — each label's first
// word hashed — and searched anywhere in a line. Detectors keep one per label list (built on first
// use) instead of re-deriving the labels on every line.
// Thread-safety: immutable after construction; Find may be called from several threads.
class LabelSet {
 public:
  LabelSet(std::initializer_list<std::string_view> labels);
  explicit LabelSet(std::span<const std::string_view> labels);

  // Like MatchLineLabel but a label may appear anywhere in the line (word-bounded: not inside a word,
  // and its first word must be one of the line's words). Labels are tried in list order; for the first
  // one with an occurrence followed by a separator (':', '=', "- ", an en dash; or, unless
  // `colon_required`, nothing), returns the source offset after the separator and spaces, else npos.
  // When `colon_required`, a line of 4+ words without any separator character is skipped outright.
  std::size_t Find(const TextView& view, std::size_t line, bool colon_required = true) const;

 private:
  struct Label {
    std::string text;
    std::uint64_t head_hash = 0;  // StableHash of the leading ASCII letters/digits
    bool has_head = false;        // false when the label starts with another character
  };
  static Label Prepare(std::string_view label);
  std::vector<Label> labels_;
};

// End of the value that starts at `pos`: the end of the line, or before a field separator
// ("  " two spaces, " | ", tab, ';', or ", " when `stop_at_comma`), trailing spaces trimmed.
std::size_t ValueEnd(const TextView& view, std::size_t pos, bool stop_at_comma = false);

// True when the folded text at folded offset `f` starts with `word` and ends on a word boundary.
bool FoldedWordAt(const TextView& view, std::size_t f, std::string_view word);

// When a label ends its line ("Date de naissance" then "08-09-2001" on the next line, as PDF reading
// order often gives), the start of the value on the next non-empty line if that line is short (≤ 5
// words); otherwise `after` unchanged.
std::size_t ValueStartAfterLabel(const TextView& view, std::size_t after);

// True when the line is in the personal/contact part of a CV (TextView::IsPersonalLine).
bool InHeader(const TextView& view, std::size_t line);
inline bool InHeader(const TextView& view, std::size_t line, std::size_t /*legacy line budget*/) {
  return InHeader(view, line);
}

}  // namespace fairhire::anonymise::detectors

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_DETECTOR_UTIL_H_
