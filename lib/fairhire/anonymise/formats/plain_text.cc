// Plain text and Markdown: the text is the input itself; writing applies the replacements in place.
#include "fairhire/anonymise/formats/readers.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::formats {
namespace {

class PlainTextDocument : public ParsedDocument {
 public:
  PlainTextDocument(std::string text, Format format) : text_(std::move(text)), format_(format) {}
  Format format() const override { return format_; }
  const std::string& text() const override { return text_; }
  std::vector<Format> OutputFormats() const override {
    return format_ == Format::kMarkdown ? std::vector<Format>{Format::kMarkdown, Format::kText}
                                        : std::vector<Format>{Format::kText, Format::kMarkdown};
  }
  Result<std::string> Write(const std::vector<Replacement>& replacements, Format out) const override {
    if (out != Format::kText && out != Format::kMarkdown) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "a text document can only be written as text or markdown");
    }
    return ApplyReplacements(text_, replacements);
  }

 private:
  std::string text_;
  Format format_;
};

}  // namespace

ReadResult ReadPlainText(std::string_view bytes, Format format, const std::string& name,
                         const ReadLimits& limits) {
  if (bytes.size() > limits.max_text_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     "text larger than the limit of " + std::to_string(limits.max_text_bytes) + " bytes",
                     name);
  }
  // A UTF-8 byte-order mark is kept (a non-word character): offsets stay those of the file.
  std::string_view text = bytes;
  if (auto bad = core::FindInvalidUtf8(text)) {
    const std::size_t offset = *bad;
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence (convert the file to UTF-8)",
                     name + "@" + std::to_string(offset));
  }
  if (text.find('\0') != std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidInput, "binary data (NUL byte) in a text file",
                     name + "@" + std::to_string(text.find('\0')));
  }
  return std::unique_ptr<ParsedDocument>(new PlainTextDocument(std::string(text), format));
}

}  // namespace fairhire::anonymise::formats
