// CSV records (RFC 4180: quoted fields, doubled quotes, CRLF), with any single-byte separator.
// Shared by the gazetteer loader (';' and ',') and the ratings reader of the rubric module.
// Thread-safety: a pure function.
#ifndef FAIRHIRE_CORE_CSV_H_
#define FAIRHIRE_CORE_CSV_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/result.h"

namespace fairhire::core {

// Reads the record that starts at *pos and advances *pos past its line end. A quoted field may span
// lines; *lines (when given) is increased by the number of line breaks consumed.
// Errors: kInvalidInput "unterminated quoted field".
Result<std::vector<std::string>> ReadCsvRecord(std::string_view text, std::size_t* pos, char separator = ',',
                                               std::size_t* lines = nullptr);

}  // namespace fairhire::core

#endif  // FAIRHIRE_CORE_CSV_H_
