#include "fairhire/rubric/internal/json_read.h"

#include <cstring>
#include <unordered_set>

#include "fairhire/core/utf8.h"

namespace fairhire::rubric::internal {
namespace {

constexpr int kMaxDepth = 64;

class Reader {
 public:
  Reader(std::string_view text, const std::string& name, int first_line)
      : s_(text), name_(name), line_(first_line) {}

  Result<JsonValue> Document() {
    JsonValue v;
    SkipSpace();
    if (!Value(&v, 0)) return error_;
    SkipSpace();
    if (pos_ < s_.size()) return Fail("unexpected data after the JSON value"), error_;
    return v;
  }

 private:
  bool Value(JsonValue* v, int depth) {
    if (depth > kMaxDepth) return Fail("nesting deeper than 64 levels"), false;
    v->line = line_;
    v->column = Column();
    if (pos_ >= s_.size()) return Fail("unexpected end of input, expected a value"), false;
    switch (s_[pos_]) {
      case '{': return Object(v, depth);
      case '[': return Array(v, depth);
      case '"': v->type = JsonValue::Type::kString; return String(&v->text);
      case 't': v->type = JsonValue::Type::kBool; v->boolean = true; return Literal("true");
      case 'f': v->type = JsonValue::Type::kBool; return Literal("false");
      case 'n': return Literal("null");
      default: v->type = JsonValue::Type::kNumber; return Number(&v->text);
    }
  }

  bool Object(JsonValue* v, int depth) {
    v->type = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (Peek('}')) return ++pos_, true;
    std::unordered_set<std::string> seen;  // used past kLinearKeys members (no quadratic scan)
    constexpr std::size_t kLinearKeys = 16;
    for (;;) {
      SkipSpace();
      if (!Peek('"')) return Fail("expected a quoted key"), false;
      const int key_line = line_, key_col = Column();
      std::string key;
      if (!String(&key)) return false;
      bool twice = false;
      if (v->members.size() < kLinearKeys) {
        twice = v->Find(key) != nullptr;
      } else {
        if (seen.empty()) {
          for (const JsonValue& m : v->members) seen.insert(m.key);
        }
        twice = !seen.insert(key).second;
      }
      if (twice) return FailAt(key_line, key_col, "key '" + key + "' appears twice"), false;
      SkipSpace();
      if (!Peek(':')) return Fail("expected ':' after a key"), false;
      ++pos_;
      SkipSpace();
      v->members.emplace_back();
      JsonValue& member = v->members.back();
      if (!Value(&member, depth + 1)) return false;
      member.key = std::move(key);
      member.key_line = key_line;
      member.key_column = key_col;
      SkipSpace();
      if (Peek('}')) return ++pos_, true;
      if (!Peek(',')) return Fail("expected ',' or '}'"), false;
      ++pos_;
    }
  }

  bool Array(JsonValue* v, int depth) {
    v->type = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (Peek(']')) return ++pos_, true;
    for (;;) {
      SkipSpace();
      v->items.emplace_back();
      if (!Value(&v->items.back(), depth + 1)) return false;
      SkipSpace();
      if (Peek(']')) return ++pos_, true;
      if (!Peek(',')) return Fail("expected ',' or ']'"), false;
      ++pos_;
    }
  }

  bool Literal(const char* word) {
    const std::size_t n = std::strlen(word);
    if (s_.compare(pos_, n, word) != 0) return Fail("unexpected character (text values need double quotes)"), false;
    pos_ += n;
    return true;
  }

  bool Digits() {
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }

  bool Number(std::string* out) {
    const std::size_t start = pos_;
    if (Peek('-')) ++pos_;
    if (Peek('0')) {
      ++pos_;
    } else if (!Digits()) {
      return Fail("unexpected character (text values need double quotes)"), false;
    }
    if (Peek('.')) {
      ++pos_;
      if (!Digits()) return Fail("a number needs digits after '.'"), false;
    }
    if (Peek('e') || Peek('E')) {
      ++pos_;
      if (Peek('+') || Peek('-')) ++pos_;
      if (!Digits()) return Fail("a number needs digits in its exponent"), false;
    }
    out->assign(s_.substr(start, pos_ - start));
    return true;
  }

  bool Hex4(unsigned* out) {
    if (pos_ + 4 > s_.size()) return Fail("\\u needs four hex digits"), false;
    *out = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return Fail("\\u needs four hex digits"), false;
      *out = *out * 16 + static_cast<unsigned>(d);
    }
    return true;
  }

  bool Unicode(std::string* out) {
    unsigned cp = 0;
    if (!Hex4(&cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return Fail("lone low surrogate in \\u escape"), false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      unsigned low = 0;
      if (s_.compare(pos_, 2, "\\u") != 0) return Fail("high surrogate without its low half"), false;
      pos_ += 2;
      if (!Hex4(&low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return Fail("high surrogate without its low half"), false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    core::AppendUtf8(static_cast<char32_t>(cp), out);
    return true;
  }

  bool Escape(std::string* out) {
    if (pos_ >= s_.size()) return Fail("unterminated string"), false;
    const char c = s_[pos_++];
    switch (c) {
      case '"': case '\\': case '/': out->push_back(c); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': return Unicode(out);
      default: return Fail(std::string("unknown escape \\") + c), false;
    }
  }

  bool String(std::string* out) {
    ++pos_;  // opening quote
    for (;;) {
      const std::size_t run = pos_;
      while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\\' && static_cast<unsigned char>(s_[pos_]) >= 0x20) ++pos_;
      out->append(s_.substr(run, pos_ - run));
      if (pos_ >= s_.size()) return Fail("unterminated string"), false;
      const char c = s_[pos_++];
      if (c == '"') return true;
      if (c != '\\') return --pos_, Fail("control character in a string (use \\n, \\t)"), false;
      if (!Escape(out)) return false;
    }
  }

  void SkipSpace() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      ++pos_;
    }
  }

  bool Peek(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  // 1-based column in characters (UTF-8 continuation bytes do not count). Counted on from the
  // previous call on the same line, so long single-line documents (JSON Lines) stay linear.
  int Column() {
    if (col_line_start_ != line_start_ || col_pos_ > pos_) {
      col_line_start_ = line_start_;
      col_pos_ = line_start_;
      col_ = 1;
    }
    for (; col_pos_ < pos_ && col_pos_ < s_.size(); ++col_pos_) col_ += (static_cast<unsigned char>(s_[col_pos_]) & 0xC0) != 0x80;
    return col_;
  }
  bool Fail(const std::string& message) { return FailAt(line_, Column(), message); }
  bool FailAt(int line, int col, const std::string& message) {
    error_ = MakeError(ErrorCode::kInvalidInput, "JSON syntax error: " + message,
                       name_ + ":" + std::to_string(line) + ":" + std::to_string(col));
    return false;
  }

  std::string_view s_;
  const std::string& name_;
  std::size_t pos_ = 0;
  int line_;
  std::size_t line_start_ = 0;
  std::size_t col_line_start_ = static_cast<std::size_t>(-1), col_pos_ = 0;
  int col_ = 1;
  Error error_;
};

}  // namespace

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (const JsonValue& v : members) {
    if (v.key == key) return &v;
  }
  return nullptr;
}

const char* JsonTypeName(JsonValue::Type type) {
  switch (type) {
    case JsonValue::Type::kNull: return "null";
    case JsonValue::Type::kBool: return "true/false";
    case JsonValue::Type::kNumber: return "a number";
    case JsonValue::Type::kString: return "text";
    case JsonValue::Type::kArray: return "a list";
    case JsonValue::Type::kObject: return "an object";
  }
  return "?";
}

Result<JsonValue> ParseJson(std::string_view text, const std::string& name, int first_line) {
  if (auto bad = core::FindInvalidUtf8(text)) {
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence", name + "@" + std::to_string(*bad));
  }
  return Reader(text, name, first_line).Document();
}

}  // namespace fairhire::rubric::internal
