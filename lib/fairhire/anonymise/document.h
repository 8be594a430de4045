// Document formats. A reader turns input bytes into a ParsedDocument: the UTF-8 text the detectors
// analyse (with offsets that the writer maps back into the format's own structure) and the
// structural findings the format itself knows (JSON Resume "basics.email", ...). Writing applies
// replacements, expressed on that text, and serialises in an output format (the same format when
// possible; a PDF can only become Markdown or text, since it cannot be redacted safely in place).
// Thread-safety: ParsedDocument is immutable; reading and writing are const and thread-safe.
#ifndef FAIRHIRE_ANONYMISE_DOCUMENT_H_
#define FAIRHIRE_ANONYMISE_DOCUMENT_H_

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/finding.h"
#include "fairhire/core/result.h"

namespace fairhire::anonymise {

enum class Format { kText = 0, kMarkdown, kDocx, kPdf, kHtml, kJsonResume };

std::string_view FormatName(Format format);       // "text", "markdown", "docx", "pdf", "html", "json-resume"
std::string_view FormatExtension(Format format);  // ".txt", ".md", ".docx", ".pdf", ".html", ".json"
std::optional<Format> ParseFormat(std::string_view name);  // accepts the names above, "txt", "md", "json"
// Writes FormatName (test diagnostics).
std::ostream& operator<<(std::ostream& os, Format format);

// A replacement on ParsedDocument::text(): [start, end) becomes `text`. Lists are sorted and disjoint.
struct Replacement {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

// Caps that protect against hostile files (zip bombs, huge inputs, entity expansion).
struct ReadLimits {
  std::size_t max_input_bytes = 32u << 20;          // raw file
  std::size_t max_uncompressed_bytes = 128u << 20;  // all archive members together
  double max_compression_ratio = 100.0;             // per archive member
  std::size_t max_text_bytes = 16u << 20;           // extracted text
};

class ParsedDocument {
 public:
  virtual ~ParsedDocument() = default;
  virtual Format format() const = 0;
  // The text the detectors analyse (valid UTF-8).
  virtual const std::string& text() const = 0;
  // Spans the format identifies by structure (may be empty).
  virtual std::vector<Finding> StructuralFindings() const { return {}; }
  // Output formats this document can be written in; the first is the default.
  virtual std::vector<Format> OutputFormats() const = 0;
  // Serialises with the replacements applied. Errors: kInvalidArgument (unsupported output format),
  // kInternal.
  virtual Result<std::string> Write(const std::vector<Replacement>& replacements, Format out) const = 0;
};

// The format of `bytes`, from magic bytes first and the file name's extension second.
// Errors: kUnsupportedFormat (e.g. an encrypted PDF is still kPdf; a JPEG is unsupported).
Result<Format> DetectFormat(std::string_view bytes, std::string_view name);

// Parses `bytes` as `format`. `name` appears in error locations. Errors: kInvalidInput (corrupt,
// bad UTF-8 — where = "name@offset"), kLimitExceeded, kUnsupportedFormat.
Result<std::unique_ptr<ParsedDocument>> ReadDocument(std::string_view bytes, Format format,
                                                     const std::string& name, const ReadLimits& limits);

// Applies sorted, disjoint replacements to a string (helper for writers).
std::string ApplyReplacements(std::string_view text, const std::vector<Replacement>& replacements);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_DOCUMENT_H_
