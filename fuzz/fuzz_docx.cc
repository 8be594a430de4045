// libFuzzer target: the docx reader and writer (see fuzz_reader.h).
#include "fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fairhire::fuzz::FuzzReader(fairhire::anonymise::Format::kDocx, data, size);
}
