// PDF through poppler-cpp: the text of each page in reading order (columns one after the other),
// pages separated by a blank line. A PDF cannot be redacted safely in place, so it is written as
// Markdown or text only; its metadata, images and annotations never reach the output.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

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
    AppendPage(std::string_view(utf8.data(), utf8.size()), &text);
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
