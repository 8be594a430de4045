#include "fairhire/core/utf8.h"

#include <utf8proc.h>

#include <array>

namespace fairhire::core {
namespace {

// Length of the sequence that starts with `lead`, or 0 if `lead` cannot start one.
int SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Validates the sequence at pos; returns its length or 0.
int ValidSequenceAt(std::string_view s, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const int len = SequenceLength(lead);
  if (len <= 1) return len;
  if (pos + len > s.size()) return 0;
  const auto b1 = static_cast<unsigned char>(s[pos + 1]);
  if (!IsContinuation(b1)) return 0;
  if (lead == 0xE0 && b1 < 0xA0) return 0;  // overlong
  if (lead == 0xED && b1 > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && b1 < 0x90) return 0;  // overlong
  if (lead == 0xF4 && b1 > 0x8F) return 0;  // > U+10FFFF
  for (int i = 2; i < len; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(s[pos + i]))) return 0;
  }
  return len;
}

// Folds one non-ASCII code point into `out` (UTF-8).
void FoldCodePoint(char32_t cp, std::string* out) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032: case 0x00B4:
      out->push_back('\''); return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
      out->push_back('-'); return;
    case 0x00A0: case 0x202F: case 0x2009: case 0x2007:
      out->push_back(' '); return;
    case 0x0153: case 0x0152: out->append("oe"); return;
    case 0x00E6: case 0x00C6: out->append("ae"); return;
    case 0x00F8: case 0x00D8: out->push_back('o'); return;
    case 0x0131: out->push_back('i'); return;
    case 0x0142: case 0x0141: out->push_back('l'); return;
    case 0x0111: case 0x0110: out->push_back('d'); return;
    default: break;
  }
  std::array<utf8proc_int32_t, 16> buf{};
  int last_boundclass = 0;
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                      UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
  const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf.data(),
                                                     buf.size(), options, &last_boundclass);
  if (n < 0 || n > static_cast<utf8proc_ssize_t>(buf.size())) {
    AppendUtf8(cp, out);
    return;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    const char32_t c = static_cast<char32_t>(buf[i]);
    if (c < 0x80) {
      out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else {
      AppendUtf8(c, out);
    }
  }
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const int len = ValidSequenceAt(text, pos);
    if (len == 0) return pos;
    pos += static_cast<std::size_t>(len);
  }
  return std::nullopt;
}

Status ValidateUtf8(std::string_view text, std::string_view name) {
  if (auto bad = FindInvalidUtf8(text)) {
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence",
                     std::string(name) + "@" + std::to_string(*bad));
  }
  return OkStatus();
}

char32_t DecodeAt(std::string_view text, std::size_t pos, std::size_t* len) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *len = 1;
    return lead;
  }
  const int n = ValidSequenceAt(text, pos);
  if (n == 0) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = lead & (0xFF >> (n + 1));
  for (int i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  *len = static_cast<std::size_t>(n);
  return cp;
}

std::size_t PreviousCodePointStart(std::string_view text, std::size_t pos) {
  std::size_t p = pos - 1;
  int steps = 0;
  while (p > 0 && steps < 3 && IsContinuation(static_cast<unsigned char>(text[p]))) {
    --p;
    ++steps;
  }
  return p;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}

bool IsLetterCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool IsUpperCodePoint(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool IsLowerCodePoint(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsWordBoundaryBefore(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos > text.size()) return true;
  std::size_t len = 0;
  return !IsWordCodePoint(DecodeAt(text, PreviousCodePointStart(text, pos), &len));
}

bool IsWordBoundaryAfter(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  std::size_t len = 0;
  return !IsWordCodePoint(DecodeAt(text, pos, &len));
}

FoldedText FoldWithOffsets(std::string_view text) {
  FoldedText out;
  out.text.reserve(text.size());
  out.source_offset.reserve(text.size() + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out.text.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      out.source_offset.push_back(static_cast<std::uint32_t>(pos));
      ++pos;
      continue;
    }
    std::size_t len = 0;
    const char32_t cp = DecodeAt(text, pos, &len);
    FoldCodePoint(cp, &out.text);
    out.source_offset.resize(out.text.size(), static_cast<std::uint32_t>(pos));
    pos += len;
  }
  out.source_offset.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++pos;
      continue;
    }
    std::size_t len = 0;
    FoldCodePoint(DecodeAt(text, pos, &len), &out);
    pos += len;
  }
  return out;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string_view TrimWhitespace(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace fairhire::core
