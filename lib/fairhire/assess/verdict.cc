#include "fairhire/assess/verdict.h"

#include <array>
#include <utility>

namespace fairhire::assess {
namespace {

constexpr std::array<std::pair<Verdict, std::string_view>, 9> kNames{{
    {Verdict::kOk, "OK"},
    {Verdict::kWrongAnswer, "WA"},
    {Verdict::kRuntimeError, "RE"},
    {Verdict::kSecurityViolation, "SV"},
    {Verdict::kOutputLimit, "OLE"},
    {Verdict::kMemoryLimit, "MLE"},
    {Verdict::kTimeLimit, "TLE"},
    {Verdict::kInternalError, "IE"},
    {Verdict::kCompileError, "CE"},
}};

}  // namespace

std::string_view VerdictName(Verdict verdict) {
  for (const auto& [v, name] : kNames) {
    if (v == verdict) return name;
  }
  return "IE";
}

std::optional<Verdict> ParseVerdict(std::string_view name) {
  for (const auto& [v, n] : kNames) {
    if (n == name) return v;
  }
  return std::nullopt;
}

int VerdictSeverity(Verdict verdict) {
  switch (verdict) {
    case Verdict::kOk: return 0;
    case Verdict::kWrongAnswer: return 1;
    case Verdict::kRuntimeError: return 2;
    case Verdict::kSecurityViolation: return 3;
    case Verdict::kOutputLimit: return 4;
    case Verdict::kMemoryLimit: return 5;
    case Verdict::kTimeLimit: return 6;
    case Verdict::kCompileError: return 7;
    case Verdict::kInternalError: return 8;
  }
  return 8;
}

Verdict WorseVerdict(Verdict a, Verdict b) {
  return VerdictSeverity(b) > VerdictSeverity(a) ? b : a;
}

}  // namespace fairhire::assess
