// A table of ratings "candidate, rater, item, value" as exported by any ATS, read from CSV
// (architecture.md: `fairhire-rubric reliability --ratings FILE.csv`). Ids are interned: entries
// refer to candidates/raters/items by index. Missing values (empty or "na") are counted, not
// stored. Thread-safety: plain value.
#ifndef FAIRHIRE_RUBRIC_RATINGS_H_
#define FAIRHIRE_RUBRIC_RATINGS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/result.h"

namespace fairhire::rubric {

struct RatingEntry {
  std::uint32_t candidate = 0;
  std::uint32_t rater = 0;
  std::uint32_t item = 0;
  double value = 0;
};

struct RatingsTable {
  std::vector<std::string> candidates;
  std::vector<std::string> raters;
  std::vector<std::string> items;
  std::vector<RatingEntry> ratings;  // present values only, sorted by (candidate, item, rater)
  std::size_t missing = 0;           // rows with an empty or "na" value
};

// Builds a table from parallel ids/values (tests, benchmarks, other importers); same checks as
// the CSV reader; `values` uses NaN for missing.
Result<RatingsTable> MakeRatingsTable(const std::vector<std::string>& candidates,
                                      const std::vector<std::string>& raters,
                                      const std::vector<std::string>& items, const std::vector<double>& values);

// Parses CSV "candidate,rater,item,value" (optional header row starting with "candidate";
// RFC 4180 quotes). Errors: kInvalidInput with where = "name:line" for a wrong field count, a
// value that is not a number, an empty id or a duplicate rating.
Result<RatingsTable> ParseRatingsCsv(std::string_view text, const std::string& name);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_RATINGS_H_
