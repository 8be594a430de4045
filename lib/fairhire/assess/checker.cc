#include "fairhire/assess/checker.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace fairhire::assess {
namespace {

std::vector<std::string_view> Split(std::string_view text, bool by_line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (by_line) {
      std::size_t end = text.find('\n', i);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(i, end - i);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
      }
      out.push_back(line);
      i = end + 1;
    } else {
      while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
      std::size_t start = i;
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
      if (i > start) out.push_back(text.substr(start, i - start));
    }
  }
  if (by_line) {
    while (!out.empty() && out.back().empty()) out.pop_back();
  }
  return out;
}

bool ParseDouble(std::string_view token, double* out) {
  std::string s(token);
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size() && std::isfinite(*out);
}

bool FloatEqual(const CheckerSpec& spec, std::string_view expected, std::string_view actual) {
  double e = 0, a = 0;
  if (!ParseDouble(expected, &e)) return expected == actual;
  if (!ParseDouble(actual, &a)) return false;
  double diff = std::fabs(a - e);
  return diff <= spec.abs_tolerance || diff <= spec.rel_tolerance * std::fabs(e);
}

CheckOutcome CompareUnits(const CheckerSpec& spec, std::string_view expected, std::string_view actual,
                          bool by_line) {
  auto want = Split(expected, by_line);
  auto got = Split(actual, by_line);
  const char* unit = by_line ? "line " : "token ";
  for (std::size_t i = 0; i < want.size() && i < got.size(); ++i) {
    bool same = spec.kind == CheckerKind::kFloat ? FloatEqual(spec, want[i], got[i]) : want[i] == got[i];
    if (!same) return {false, unit + std::to_string(i + 1) + " differs"};
  }
  if (got.size() < want.size()) {
    return {false, "output too short: " + std::to_string(got.size()) + " of " +
                       std::to_string(want.size()) + (by_line ? " lines" : " tokens")};
  }
  if (got.size() > want.size()) return {false, "extra output after " + std::string(unit) + std::to_string(want.size())};
  return {true, ""};
}

}  // namespace

CheckOutcome CompareOutput(const CheckerSpec& spec, std::string_view expected, std::string_view actual) {
  switch (spec.kind) {
    case CheckerKind::kExact:
      if (expected == actual) return {true, ""};
      return {false, "output differs (exact comparison)"};
    case CheckerKind::kLines:
      return CompareUnits(spec, expected, actual, true);
    case CheckerKind::kTokens:
    case CheckerKind::kFloat:
      return CompareUnits(spec, expected, actual, false);
    case CheckerKind::kCustom:
      break;
  }
  return {false, "custom checkers run through the runner"};
}

}  // namespace fairhire::assess
