#include "fairhire/core/csv.h"

namespace fairhire::core {

Result<std::vector<std::string>> ReadCsvRecord(std::string_view text, std::size_t* pos, char separator,
                                               std::size_t* lines) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  std::size_t i = *pos;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n' && lines) ++*lines;
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == separator) {
      fields.emplace_back();
    } else if (c == '\n') {
      if (lines) ++*lines;
      break;
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  *pos = i + 1;
  if (quoted) return MakeError(ErrorCode::kInvalidInput, "unterminated quoted field");
  return fields;
}

}  // namespace fairhire::core
