// Internal: a small strict JSON reader (RFC 8259) for scorecards, built because yaml-cpp costs about
// 150 µs per small scorecard (docs/rubrics.md, benchmark). It builds a tiny tree in which every value
// remembers its 1-based line and column, so schema errors keep "file:line:col". Rejects: invalid
// UTF-8, trailing data, duplicate keys, nesting deeper than 64, control characters in strings,
// lone surrogates, numbers that are not JSON numbers. Not installed; no JSON type leaves rubric.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_JSON_READ_H_
#define FAIRHIRE_RUBRIC_INTERNAL_JSON_READ_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fairhire/core/result.h"

namespace fairhire::rubric::internal {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  std::string text;  // string value, or a number's literal as written
  std::vector<JsonValue> items;
  std::vector<JsonValue> members;  // in document order, each with its `key`
  std::string key;                 // for an object member: its key
  int line = 0;
  int column = 0;
  int key_line = 0;    // for an object member: where its key starts
  int key_column = 0;

  // The member named `key`, or nullptr.
  const JsonValue* Find(std::string_view key) const;
};

const char* JsonTypeName(JsonValue::Type type);

// Parses one JSON document. `first_line` numbers the first line (JSON Lines: the document's line
// in the file). Errors: kInvalidInput "JSON syntax error: ..." at "name:line:col" (or
// "name@offset" for invalid UTF-8).
Result<JsonValue> ParseJson(std::string_view text, const std::string& name, int first_line = 1);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_JSON_READ_H_
