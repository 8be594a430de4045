// libFuzzer target: the whole plain-text pipeline (reader, every detector, resolver, policy,
// writer) with the built-in gazetteers.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fairhire/anonymise/anonymiser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fairhire::anonymise;
  static const Anonymiser* anonymiser = [] {
    AnonymiserOptions options;
    options.limits.max_input_bytes = 1u << 20;
    return Anonymiser::Create(std::move(options))->release();
  }();
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)anonymiser->Anonymise(bytes, "fuzz.txt", Format::kText);
  return 0;
}
