#include "fairhire/rubric/ratings.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "fairhire/core/csv.h"
#include "fairhire/core/utf8.h"

namespace fairhire::rubric {
namespace {

class Builder {
 public:
  void Add(std::string_view c, std::string_view r, std::string_view i, double value, std::size_t line) {
    if (std::isnan(value)) {
      ++table_.missing;
      Intern(&table_.candidates, &cand_, c);
      Intern(&table_.raters, &rater_, r);
      Intern(&table_.items, &item_, i);
      return;
    }
    table_.ratings.push_back({Intern(&table_.candidates, &cand_, c), Intern(&table_.raters, &rater_, r),
                              Intern(&table_.items, &item_, i), value});
    lines_.push_back(line);
  }
  Result<RatingsTable> Finish(const std::string& name);

 private:
  static std::uint32_t Intern(std::vector<std::string>* names, std::unordered_map<std::string, std::uint32_t>* map,
                              std::string_view id) {
    auto [it, inserted] = map->try_emplace(std::string(id), static_cast<std::uint32_t>(names->size()));
    if (inserted) names->push_back(it->first);
    return it->second;
  }
  RatingsTable table_;
  std::vector<std::size_t> lines_;
  std::unordered_map<std::string, std::uint32_t> cand_, rater_, item_;
};

Result<RatingsTable> Builder::Finish(const std::string& name) {
  auto& r = table_.ratings;
  std::vector<std::size_t> order(r.size());
  std::iota(order.begin(), order.end(), 0);
  auto key = [&](std::size_t k) { return std::tuple(r[k].candidate, r[k].item, r[k].rater); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  std::vector<RatingEntry> sorted;
  sorted.reserve(r.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k > 0 && key(order[k]) == key(order[k - 1])) {
      return MakeError(ErrorCode::kInvalidInput,
                       "the same rater rated the same item of the same candidate twice (first at line " +
                           std::to_string(lines_[order[k - 1]]) + ")",
                       name + ":" + std::to_string(lines_[order[k]]));
    }
    sorted.push_back(r[order[k]]);
  }
  r = std::move(sorted);
  return std::move(table_);
}

Result<double> ParseValue(std::string_view raw) {
  const std::string v(core::TrimWhitespace(raw));
  if (v.empty() || v == "na" || v == "NA" || v == "NaN" || v == "N/A") return std::nan("");
  char* end = nullptr;
  const double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str() + v.size() || !std::isfinite(d)) {
    return MakeError(ErrorCode::kInvalidInput, "value is not a number (use an empty field or na when missing)");
  }
  return d;
}

}  // namespace

Result<RatingsTable> MakeRatingsTable(const std::vector<std::string>& candidates, const std::vector<std::string>& raters,
                                      const std::vector<std::string>& items, const std::vector<double>& values) {
  if (candidates.size() != raters.size() || raters.size() != items.size() || items.size() != values.size()) {
    return MakeError(ErrorCode::kInvalidArgument, "ratings columns have different lengths");
  }
  Builder b;
  for (std::size_t k = 0; k < values.size(); ++k) b.Add(candidates[k], raters[k], items[k], values[k], k + 1);
  return b.Finish("ratings");
}

Result<RatingsTable> ParseRatingsCsv(std::string_view text, const std::string& name) {
  FAIRHIRE_RETURN_IF_ERROR(core::ValidateUtf8(text, name));
  Builder b;
  std::size_t pos = 0, line = 0;
  while (pos < text.size()) {
    const std::size_t record_line = line + 1;  // a quoted field may span lines
    auto rec = core::ReadCsvRecord(text, &pos, ',', &line);
    if (pos > text.size() || text[pos - 1] != '\n') ++line;  // last record without a final newline
    const std::string where = name + ":" + std::to_string(record_line);
    if (!rec) return MakeError(ErrorCode::kInvalidInput, rec.error().message, where);
    auto& f = *rec;
    if (f.size() == 1 && core::TrimWhitespace(f[0]).empty()) continue;  // blank line
    if (record_line == 1 && core::AsciiLower(core::TrimWhitespace(f[0])) == "candidate") continue;  // header
    if (f.size() != 4) {
      return MakeError(ErrorCode::kInvalidInput,
                       "expected 4 fields candidate,rater,item,value but found " + std::to_string(f.size()), where);
    }
    for (int k = 0; k < 3; ++k) {
      if (core::TrimWhitespace(f[k]).empty()) {
        return MakeError(ErrorCode::kInvalidInput, "candidate, rater and item must not be empty", where);
      }
    }
    auto v = ParseValue(f[3]);
    if (!v) return MakeError(ErrorCode::kInvalidInput, v.error().message, where);
    b.Add(core::TrimWhitespace(f[0]), core::TrimWhitespace(f[1]), core::TrimWhitespace(f[2]), *v, record_line);
  }
  return b.Finish(name);
}

}  // namespace fairhire::rubric
