// UTF-8 text utilities shared by every module: validation with the offset of the first bad byte,
// decoding, word-character classes, and "folding" (case-fold + strip accents + normalise quotes and
// dashes) with a byte map back to the source so matches on folded text land on source offsets.
// Thread-safety: free functions over immutable inputs; safe from any thread.
#ifndef FAIRHIRE_CORE_UTF8_H_
#define FAIRHIRE_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/result.h"

namespace fairhire::core {

// Offset of the first byte that does not start or continue a valid UTF-8 sequence (overlongs,
// surrogates and code points above U+10FFFF are invalid), or nullopt when the text is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// OK, or kInvalidInput with where = "<name>@<offset>" of the first invalid byte.
Status ValidateUtf8(std::string_view text, std::string_view name);

// Decodes the code point at `pos` of valid UTF-8; stores its byte length in *len (>= 1).
// On an invalid byte returns U+FFFD with *len = 1.
char32_t DecodeAt(std::string_view text, std::size_t pos, std::size_t* len);

// Start of the code point that ends just before `pos` (pos > 0).
std::size_t PreviousCodePointStart(std::string_view text, std::size_t pos);

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

// Letters, marks and digits (Unicode categories L*, M*, N*): what a word is made of.
bool IsWordCodePoint(char32_t cp);
bool IsLetterCodePoint(char32_t cp);
bool IsUpperCodePoint(char32_t cp);
bool IsLowerCodePoint(char32_t cp);

// True when no word code point touches `pos` from the left (pos is a left word boundary).
bool IsWordBoundaryBefore(std::string_view text, std::size_t pos);
// True when no word code point starts at `pos` (pos is a right word boundary).
bool IsWordBoundaryAfter(std::string_view text, std::size_t pos);

// Folded text: lower case, no diacritics (é→e, ß→ss, œ→oe), typographic apostrophes and dashes
// mapped to ASCII ' and -. source_offset[i] is the source byte of folded byte i; it has one extra
// element, the source size, so an end offset maps too.
struct FoldedText {
  std::string text;
  std::vector<std::uint32_t> source_offset;
};

FoldedText FoldWithOffsets(std::string_view text);
// Same folding without the offset map.
std::string Fold(std::string_view text);

// ASCII-only helpers.
std::string AsciiLower(std::string_view text);
std::string_view TrimWhitespace(std::string_view text);

}  // namespace fairhire::core

#endif  // FAIRHIRE_CORE_UTF8_H_
