// Internal: the analysed text of a structured document, built from pieces of the source (XML text
// elements, HTML text nodes, JSON values) and separators the reader adds (newlines, tabs, labels).
// Each piece is a Segment; writers map Replacements on the text back to new piece contents with
// RewriteSegments. A replacement spanning several pieces goes whole into the first piece it touches
// and removes its part of the following ones (a name split across DOCX runs stays one placeholder).
#ifndef FAIRHIRE_ANONYMISE_FORMATS_SEGMENTS_H_
#define FAIRHIRE_ANONYMISE_FORMATS_SEGMENTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/document.h"

namespace fairhire::anonymise::formats {

struct Segment {
  std::size_t start = 0;  // in the analysed text
  std::size_t end = 0;
};

class TextBuilder {
 public:
  explicit TextBuilder(std::size_t max_bytes) : max_bytes_(max_bytes) {}
  // Appends a piece of source text (becomes segment number segments().size()).
  void AddSegment(std::string_view piece);
  // Appends text that belongs to no source piece.
  void AddSeparator(std::string_view text);
  // Starts a new line unless the text is empty or already ends with one.
  void EndLine();
  // Ends a table cell: the line break that closed its last paragraph becomes a tab, so that a row
  // reads as one line ("Date de naissance<TAB>12/03/1994"), as a reader sees it.
  // `row_start` is the text size when the row began (an empty first cell must not join the row to
  // the line before).
  void EndCell(std::size_t row_start);
  // Ends a table row: its last cell's tab becomes the end of the line.
  void EndRow();
  bool EndsWithSpace() const;
  // True once the text grew past max_bytes (the reader then fails with kLimitExceeded).
  bool overflow() const { return text_.size() > max_bytes_; }
  const std::string& text() const { return text_; }
  std::string TakeText() { return std::move(text_); }
  std::vector<Segment> TakeSegments() { return std::move(segments_); }

 private:
  std::size_t max_bytes_;
  std::string text_;
  std::vector<Segment> segments_;
};

// The new content of each segment once `replacements` (sorted, disjoint, on `text`) are applied.
// Replacements that touch no segment (they lie in separators only) are dropped.
std::vector<std::string> RewriteSegments(std::string_view text,
                                         const std::vector<Segment>& segments,
                                         const std::vector<Replacement>& replacements);

// Error helper: "text larger than the limit of N bytes".
Error TextLimitError(const std::string& name, std::size_t limit);

}  // namespace fairhire::anonymise::formats

#endif  // FAIRHIRE_ANONYMISE_FORMATS_SEGMENTS_H_
