#include "fairhire/anonymise/formats/segments.h"

namespace fairhire::anonymise::formats {

void TextBuilder::AddSegment(std::string_view piece) {
  segments_.push_back(Segment{text_.size(), text_.size() + piece.size()});
  text_.append(piece);
}

void TextBuilder::AddSeparator(std::string_view text) { text_.append(text); }

void TextBuilder::EndLine() {
  if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
}

void TextBuilder::EndCell(std::size_t row_start) {
  // The trailing '\n' is a separator (no segment ends after it), so it can change.
  if (text_.size() > row_start && text_.back() == '\n' &&
      (segments_.empty() || segments_.back().end < text_.size())) {
    text_.back() = '\t';
  } else {
    text_.push_back('\t');
  }
}

void TextBuilder::EndRow() {
  if (!text_.empty() && text_.back() == '\t' &&
      (segments_.empty() || segments_.back().end < text_.size())) {
    text_.back() = '\n';
  } else {
    EndLine();
  }
}

bool TextBuilder::EndsWithSpace() const {
  return text_.empty() || text_.back() == ' ' || text_.back() == '\n' || text_.back() == '\t';
}

std::vector<std::string> RewriteSegments(std::string_view text,
                                         const std::vector<Segment>& segments,
                                         const std::vector<Replacement>& replacements) {
  std::vector<std::string> out;
  out.reserve(segments.size());
  std::vector<bool> placed(replacements.size(), false);
  std::size_t first = 0;  // first replacement that may still overlap a segment
  for (const Segment& seg : segments) {
    while (first < replacements.size() && replacements[first].end <= seg.start) ++first;
    std::string piece;
    std::size_t pos = seg.start;
    for (std::size_t i = first; i < replacements.size() && replacements[i].start < seg.end; ++i) {
      const Replacement& r = replacements[i];
      const std::size_t from = std::max(r.start, seg.start);
      piece.append(text.substr(pos, from - pos));
      if (!placed[i]) piece.append(r.text);
      placed[i] = true;
      pos = std::max(from, std::min(r.end, seg.end));
    }
    piece.append(text.substr(pos, seg.end - pos));
    out.push_back(std::move(piece));
  }
  return out;
}

Error TextLimitError(const std::string& name, std::size_t limit) {
  return MakeError(ErrorCode::kLimitExceeded,
                   "extracted text larger than the limit of " + std::to_string(limit) + " bytes",
                   name);
}

}  // namespace fairhire::anonymise::formats
