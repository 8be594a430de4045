// A small streaming JSON writer for reports and tool output, so that modules without a web stack
// (anonymise, rubric, assess) emit JSON without Poco in their public headers. It escapes strings
// (control characters, quotes, invalid UTF-8 bytes become U+FFFD) and formats doubles with up to 17
// significant digits (NaN/Inf become null). Usage errors (unbalanced scopes) abort.
// Thread-safety: one writer per thread.
#ifndef FAIRHIRE_CORE_JSON_WRITER_H_
#define FAIRHIRE_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fairhire::core {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty = false) : pretty_(pretty) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& Uint(std::uint64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Inserts already-serialised JSON as a value.
  JsonWriter& Raw(std::string_view json);

  // The document; REQUIRES: every scope closed.
  const std::string& str() const;

  static std::string Escape(std::string_view value);

 private:
  void BeforeValue();
  void Newline();
  std::string out_;
  std::vector<bool> first_;   // per open scope: no element written yet
  std::vector<char> scopes_;  // '{' or '['
  bool after_key_ = false;
  bool pretty_;
};

}  // namespace fairhire::core

#endif  // FAIRHIRE_CORE_JSON_WRITER_H_
