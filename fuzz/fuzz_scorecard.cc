// libFuzzer target: scorecards (one YAML or JSON document, or JSON Lines) and the ratings CSV.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fairhire/rubric/ratings.h"
#include "fairhire/rubric/scorecard.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fairhire::rubric;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)ParseScorecard(text, "fuzz.json");
  (void)ParseScorecards(text, "fuzz.jsonl");
  (void)ParseRatingsCsv(text, "fuzz.csv");
  return 0;
}
