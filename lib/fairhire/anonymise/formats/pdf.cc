// PDF through poppler-cpp: the text of each page in reading order (columns one after the other),
// pages separated by a blank line; lines the layout wrapped are joined back (see JoinWrappedLines). A PDF cannot be redacted safely in place, so it is written as
// Markdown or text only; its metadata, images and annotations never reach the output.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>

#include "fairhire/anonymise/formats/readers.h"
#include "fairhire/anonymise/formats/segments.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::formats {
namespace {

constexpr int kMaxPages = 500;

class PdfDocument : public ParsedDocument {
 public:
  explicit PdfDocument(std::string text) : text_(std::move(text)) {}
  Format format() const override { return Format::kPdf; }
  const std::string& text() const override { return text_; }
  std::vector<Format> OutputFormats() const override { return {Format::kMarkdown, Format::kText}; }
  Result<std::string> Write(const std::vector<Replacement>& replacements,
                            Format out) const override {
    if (out != Format::kText && out != Format::kMarkdown) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "a PDF can only be written as markdown or text");
    }
    return ApplyReplacements(text_, replacements);
  }

 private:
  std::string text_;
};

void Quiet(const std::string&, void*) {}

// Poppler keeps global state (fonts, caches); documents are read one at a time.
std::mutex& PopplerMutex() {
  static std::mutex mutex;
  return mutex;
}

// Page text without the NULs and form feeds poppler may emit, lines trimmed on the right.
void AppendPage(std::string_view page, std::string* out) {
  std::size_t line_start = out->size();
  for (char c : page) {
    if (c == '\0' || c == '\f' || c == '\r') continue;
    if (c == '\n') {
      while (out->size() > line_start && (out->back() == ' ' || out->back() == '\t'))
        out->pop_back();
      out->push_back('\n');
      line_start = out->size();
      continue;
    }
    out->push_back(c);
  }
  while (!out->empty() && (out->back() == ' ' || out->back() == '\n')) out->pop_back();
}

// Where one text line of the page lies: its left and right edges, its top and bottom, and the width
// of its first word.
struct LineBox {
  double left = 0, right = 0, top = 0, bottom = 0, first_word = 0;
  bool known = false;
  bool starts_with_word = false;  // the first word has a letter or digit
};

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool HasAlnum(std::string_view word) {
  // ASCII only: a word of non-ASCII letters alone ("à") counts as a marker, which only costs a join.
  for (char c : word) {
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Not matched against the word boxes: spaces and the control characters poppler adds (form feed).
bool IsSkipped(char c) { return static_cast<unsigned char>(c) <= ' '; }

// The boxes of poppler's words in reading order, matched to the lines of the page text by their
// non-space characters (both come from the same text flow). Empty when they do not match.
std::vector<LineBox> LocateLines(const std::vector<std::string_view>& lines,
                                 const std::vector<poppler::text_box>& boxes) {
  std::vector<LineBox> out(lines.size());
  std::size_t b = 0;
  std::string word;
  std::size_t pos = 0;  // next character of `word`
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (char c : lines[i]) {
      if (IsSkipped(c)) continue;
      // Poppler's text drops the hyphen of a word it joined across lines ("jennifer-" "deluca@").
      if (pos + 1 == word.size() && word[pos] == '-' && c != '-') ++pos;
      if (pos == word.size()) {  // the line goes on with the next word box
        do {
          if (b == boxes.size()) return {};
          const poppler::byte_array u = boxes[b].text().to_utf8();
          word.assign(u.data(), u.size());
          word.erase(std::remove_if(word.begin(), word.end(), IsSkipped), word.end());
          ++b;
        } while (word.empty());
        pos = 0;
        const poppler::rectf r = boxes[b - 1].bbox();
        LineBox& l = out[i];
        if (!l.known) {
          l = {r.left(), r.right(), r.top(), r.bottom(), r.width(), true, HasAlnum(word)};
        } else {
          l.left = std::min(l.left, r.left());
          l.right = std::max(l.right, r.right());
          l.top = std::min(l.top, r.top());
          l.bottom = std::max(l.bottom, r.bottom());
        }
      }
      if (word[pos++] != c) return {};
    }
    if (pos != word.size()) return {};  // a word box across two lines: not the expected layout
  }
  return out;
}

// Whether the layout wrapped line `a` onto line `b`: `b` follows at the line spacing (no blank line
// or paragraph gap), starts within the text column, and its first word would not have fit at the
// end of `a` before the right edge of the column. A break the author made leaves room there.
bool Wrapped(const LineBox& a, const LineBox& b, double column_right) {
  if (!a.known || !b.known) return false;
  const double height = std::max(a.bottom - a.top, b.bottom - b.top);
  if (height <= 0 || b.top < a.top + height * 0.5) return false;  // not below: another column
  if (b.top - a.top > height * 1.6) return false;  // more than a line's pitch: a new paragraph
  if (b.left > a.right || b.left < a.left - height * 4) return false;  // not the same column
  if (!b.starts_with_word) return false;  // a list marker ("•", "*", "-") opens an item
  return a.right + height * 0.3 + b.first_word > column_right;
}

// Joins the lines of one page that the layout wrapped ("... Maysville Community and Technical" /
// "College (2010)"), so a name cut by the right margin is one phrase again.
std::string JoinWrappedLines(std::string_view page, const std::vector<poppler::text_box>& boxes,
                             double page_width) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0;;) {
    const std::size_t nl = page.find('\n', start);
    lines.push_back(page.substr(start, nl == std::string_view::npos ? nl : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  const std::vector<LineBox> located = LocateLines(lines, boxes);
  if (located.empty()) return std::string(page);
  // The right edge of the text: the rightmost line, but at least the mirror of the left margin (a
  // page that nothing wrapped on has no line at its right margin).
  double column_right = 0, min_left = page_width;
  for (const LineBox& l : located) {
    if (!l.known) continue;
    column_right = std::max(column_right, l.right);
    min_left = std::min(min_left, l.left);
  }
  column_right = std::max(column_right, page_width - min_left);
  std::string out;
  out.reserve(page.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out.append(lines[i]);
    if (i + 1 == lines.size()) break;
    const bool wrapped = Wrapped(located[i], located[i + 1], column_right);
    if (wrapped) {
      while (!out.empty() && IsSpace(out.back())) out.pop_back();
    }
    out.push_back(wrapped ? ' ' : '\n');
  }
  return out;
}

// Reading order splits space-aligned "Label   : value" forms into "Label\n: value"; a line that
// starts with the separator belongs to the line before.
void JoinSeparatedValues(std::string* text) {
  std::string out;
  out.reserve(text->size());
  for (std::size_t i = 0; i < text->size(); ++i) {
    if ((*text)[i] == '\n' && i + 1 < text->size() && (*text)[i + 1] == ':' && !out.empty() &&
        out.back() != '\n') {
      out.push_back(' ');
      continue;
    }
    out.push_back((*text)[i]);
  }
  text->swap(out);
}

}  // namespace

ReadResult ReadPdf(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    return MakeError(ErrorCode::kLimitExceeded, "PDF too large", name);
  std::lock_guard<std::mutex> lock(PopplerMutex());
  static const bool quiet = (poppler::set_debug_error_function(&Quiet, nullptr), true);
  (void)quiet;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return MakeError(ErrorCode::kInvalidInput, "corrupt or unreadable PDF", name);
  if (doc->is_locked())
    return MakeError(ErrorCode::kInvalidInput, "encrypted PDF (password required)", name);
  const int pages = doc->pages();
  if (pages <= 0) return MakeError(ErrorCode::kInvalidInput, "PDF without any readable page", name);
  if (pages > kMaxPages) {
    return MakeError(ErrorCode::kLimitExceeded,
                     "PDF with more than " + std::to_string(kMaxPages) + " pages", name);
  }
  std::string text;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    if (!text.empty()) text.append("\n\n");
    AppendPage(JoinWrappedLines(std::string_view(utf8.data(), utf8.size()), page->text_list(),
                                page->page_rect().width()),
               &text);
    if (text.size() > limits.max_text_bytes) return TextLimitError(name, limits.max_text_bytes);
  }
  if (core::FindInvalidUtf8(text))
    return MakeError(ErrorCode::kInvalidInput, "PDF text is not valid Unicode", name);
  if (core::TrimWhitespace(text).empty()) {
    return MakeError(ErrorCode::kInvalidInput, "PDF without text (a scanned image? run OCR first)",
                     name);
  }
  JoinSeparatedValues(&text);
  text.push_back('\n');
  return std::unique_ptr<ParsedDocument>(new PdfDocument(std::move(text)));
}

}  // namespace fairhire::anonymise::formats
