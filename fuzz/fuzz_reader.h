// Shared body of the reader fuzz targets: read the bytes as one format with small limits; when the
// read succeeds, write the document back with a few replacements in every output format it offers.
#ifndef FAIRHIRE_FUZZ_FUZZ_READER_H_
#define FAIRHIRE_FUZZ_FUZZ_READER_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fairhire/anonymise/document.h"

namespace fairhire::fuzz {

inline int FuzzReader(anonymise::Format format, const std::uint8_t* data, std::size_t size) {
  using namespace fairhire::anonymise;
  ReadLimits limits;
  limits.max_input_bytes = 1u << 20;
  limits.max_uncompressed_bytes = 8u << 20;
  limits.max_text_bytes = 1u << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)DetectFormat(bytes, "fuzz");
  auto doc = ReadDocument(bytes, format, "fuzz", limits);
  if (!doc) return 0;
  const std::string& text = (*doc)->text();
  std::vector<Replacement> replacements;
  for (std::size_t start = 0; start + 3 <= text.size(); start += 11) {
    replacements.push_back(Replacement{start, start + 3, "[X-1]"});
  }
  for (Format out : (*doc)->OutputFormats()) {
    auto written = (*doc)->Write(replacements, out);
    if (!written && written.error().code == ErrorCode::kInternal)
      std::abort();  // read ok => write ok
  }
  return 0;
}

}  // namespace fairhire::fuzz

#endif  // FAIRHIRE_FUZZ_FUZZ_READER_H_
