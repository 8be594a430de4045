// Format detection and dispatch to the readers.
#include <algorithm>
#include <ostream>

#include "fairhire/anonymise/formats/readers.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

struct FormatNames {
  Format format;
  std::string_view name;
  std::string_view extension;
};

constexpr FormatNames kFormats[] = {
    {Format::kText, "text", ".txt"},   {Format::kMarkdown, "markdown", ".md"},
    {Format::kDocx, "docx", ".docx"},  {Format::kPdf, "pdf", ".pdf"},
    {Format::kHtml, "html", ".html"},  {Format::kJsonResume, "json-resume", ".json"},
};

std::string Extension(std::string_view name) {
  const auto slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const auto dot = name.find_last_of('.');
  return dot == std::string_view::npos ? std::string() : core::AsciiLower(name.substr(dot));
}

bool LooksLikeHtml(std::string_view head) {
  const std::string lower = core::AsciiLower(head.substr(0, 512));
  return lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos;
}

}  // namespace

std::ostream& operator<<(std::ostream& os, Format format) { return os << FormatName(format); }

std::string_view FormatName(Format format) { return kFormats[static_cast<int>(format)].name; }
std::string_view FormatExtension(Format format) { return kFormats[static_cast<int>(format)].extension; }

std::optional<Format> ParseFormat(std::string_view name) {
  const std::string lower = core::AsciiLower(name);
  if (lower == "txt" || lower == "plain") return Format::kText;
  if (lower == "md") return Format::kMarkdown;
  if (lower == "json" || lower == "jsonresume") return Format::kJsonResume;
  if (lower == "htm") return Format::kHtml;
  for (const auto& f : kFormats) {
    if (f.name == lower) return f.format;
  }
  return std::nullopt;
}

Result<Format> DetectFormat(std::string_view bytes, std::string_view name) {
  const std::string ext = Extension(name);
  if (bytes.substr(0, 4) == "PK\x03\x04") {
    if (ext == ".docx" || ext.empty() || bytes.find("word/") != std::string_view::npos) return Format::kDocx;
    return MakeError(ErrorCode::kUnsupportedFormat, "ZIP archive that is not a DOCX document", std::string(name));
  }
  if (bytes.substr(0, 5) == "%PDF-") return Format::kPdf;
  static constexpr std::string_view kBinaryMagics[] = {"\x89PNG", "\xFF\xD8\xFF", "GIF8", "\xD0\xCF\x11\xE0"};
  for (std::string_view magic : kBinaryMagics) {
    if (bytes.substr(0, magic.size()) == magic) {
      return MakeError(ErrorCode::kUnsupportedFormat,
                       magic == kBinaryMagics[3] ? "legacy .doc files are not supported (save as DOCX)"
                                                 : "image or binary file, not a CV document",
                       std::string(name));
    }
  }
  std::string_view head = core::TrimWhitespace(bytes.substr(0, 4096));
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  if (LooksLikeHtml(head) || ext == ".html" || ext == ".htm") return Format::kHtml;
  if (!head.empty() && head.front() == '{' && (ext == ".json" || ext.empty() || head.find("\"basics\"") != std::string_view::npos)) {
    return Format::kJsonResume;
  }
  if (ext == ".md" || ext == ".markdown") return Format::kMarkdown;
  if (ext == ".docx") return MakeError(ErrorCode::kInvalidInput, "not a valid DOCX file (no ZIP signature)", std::string(name));
  if (ext == ".pdf") return MakeError(ErrorCode::kInvalidInput, "not a valid PDF file (no %PDF header)", std::string(name));
  return Format::kText;
}

Result<std::unique_ptr<ParsedDocument>> ReadDocument(std::string_view bytes, Format format,
                                                     const std::string& name, const ReadLimits& limits) {
  if (bytes.size() > limits.max_input_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     "file larger than the limit of " + std::to_string(limits.max_input_bytes) + " bytes", name);
  }
  switch (format) {
    case Format::kText:
    case Format::kMarkdown: return formats::ReadPlainText(bytes, format, name, limits);
    case Format::kDocx: return formats::ReadDocx(bytes, name, limits);
    case Format::kPdf: return formats::ReadPdf(bytes, name, limits);
    case Format::kHtml: return formats::ReadHtml(bytes, name, limits);
    case Format::kJsonResume: return formats::ReadJsonResume(bytes, name, limits);
  }
  return MakeError(ErrorCode::kUnsupportedFormat, "unknown format", name);
}

std::string ApplyReplacements(std::string_view text, const std::vector<Replacement>& replacements) {
  std::string out;
  out.reserve(text.size() + replacements.size() * 8);
  std::size_t pos = 0;
  for (const Replacement& r : replacements) {
    out.append(text.substr(pos, r.start - pos));
    out.append(r.text);
    pos = r.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace fairhire::anonymise
