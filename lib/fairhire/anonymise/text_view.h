// TextView: the analysed form of a document's text, built once and shared by every detector —
// the text, its folded form (lower case, no accents) with offsets back to the text, the words
// (maximal runs of letters and digits) with their shapes, and the lines.
// Thread-safety: immutable after construction; safe to read from several threads.
#ifndef FAIRHIRE_ANONYMISE_TEXT_VIEW_H_
#define FAIRHIRE_ANONYMISE_TEXT_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {

struct Word {
  std::uint32_t start = 0;  // byte offsets in the text
  std::uint32_t end = 0;
  std::uint32_t fstart = 0;  // byte offsets in the folded text
  std::uint32_t fend = 0;
  std::uint32_t line = 0;    // index into lines()
  bool capitalised = false;  // first letter upper case, rest lower ("Benali")
  bool all_caps = false;     // two or more letters, all upper case ("BENALI")
  bool has_digit = false;
  bool has_letter = false;
};

struct Line {
  std::uint32_t start = 0;  // byte offset of the first character
  std::uint32_t end = 0;    // byte offset of the '\n' (or text size)
  std::uint32_t first_word = 0;
  std::uint32_t word_count = 0;
  std::uint32_t fstart = 0;  // folded offsets of start and end: the first folded byte whose source
  std::uint32_t fend = 0;    // offset is at or after them (folded().size() if none)
};

class TextView {
 public:
  // REQUIRES: text is valid UTF-8 and outlives the view.
  explicit TextView(std::string_view text);

  std::string_view text() const { return text_; }
  const std::string& folded() const { return folded_.text; }
  const std::vector<Word>& words() const { return words_; }
  const std::vector<Line>& lines() const { return lines_; }

  // The folded form of word i ("benali").
  std::string_view FoldedWord(std::size_t i) const;
  // StableHash of FoldedWord(i), computed once (PhraseMatcher uses it to skip words quickly).
  std::uint64_t WordHash(std::size_t i) const { return word_hash_[i]; }
  // A 64-bit Bloom mask of the line's word hashes (bit WordHash & 63): a cheap "might contain".
  std::uint64_t LineWordMask(std::size_t line) const { return line_mask_[line]; }
  // The original bytes of word i.
  std::string_view WordText(std::size_t i) const;
  std::string_view LineText(std::size_t line) const;
  // Source byte offset of folded byte f.
  std::size_t SourceOffset(std::size_t f) const { return folded_.source_offset[f]; }
  // Index of the line containing byte offset `pos`.
  std::size_t LineOf(std::size_t pos) const;
  // Index of the first word starting at or after `pos` (words().size() if none).
  std::size_t WordAtOrAfter(std::size_t pos) const;
  // True for lines of the personal part of a CV: the top block (before the first section heading,
  // at most 12 non-empty lines) and sections titled like "Informations personnelles",
  // "Personal details", "Contact".
  bool IsPersonalLine(std::size_t line) const { return personal_[line] != 0; }
  // True when the line is a section heading ("EXPÉRIENCE", "## Skills", "Education:").
  bool IsHeadingLine(std::size_t line) const { return heading_[line] != 0; }

 private:
  void Tokenise();
  void MarkSections();
  std::string_view text_;
  core::FoldedText folded_;
  std::vector<Word> words_;
  std::vector<Line> lines_;
  std::vector<std::uint64_t> word_hash_;
  std::vector<std::uint64_t> line_mask_;
  std::vector<unsigned char> personal_;
  std::vector<unsigned char> heading_;
};

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_TEXT_VIEW_H_
