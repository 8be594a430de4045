// fairhire-rubric: validate, lint, render, score and measure the reliability of structured-interview
// rubrics. Thin: parses arguments, calls the rubric library (commands.cc), maps errors to exit codes.
#include <cstdlib>
#include <iostream>
#include <string>

#include "commands.h"
#include "fairhire/core/result.h"
#include "fairhire/core/version.h"

namespace {

constexpr char kUsage[] =
    "usage: fairhire-rubric COMMAND [options]\n"
    "  validate RUBRIC.yaml [--format json]          schema and consistency (exit 0 / 65)\n"
    "  lint RUBRIC.yaml [--format json]              legal-risk and quality rules (exit 1 on findings)\n"
    "  render RUBRIC.yaml --lang fr|en --format html|markdown [-o OUT]   interviewer's kit\n"
    "  score RUBRIC.yaml SCORECARD|DIR... [--format json] [-o OUT]       per-candidate results\n"
    "        (a scorecard file: .json object or array, .jsonl one per line, .yaml one or more docs)\n"
    "  reliability --ratings FILE.csv [--format json] [--seed N] [--bootstrap N] [--target R]\n"
    "              [--scale-min X --scale-max Y] [-o OUT]   alpha, ICC, raters needed, rater diagnostics\n"
    "  --help, --version\n"
    "exit codes: 0 ok, 1 findings, 2 usage, 65 bad input, 70 internal error\n";

int Usage(const std::string& why) {
  std::cerr << "fairhire-rubric: " << why << "\n" << kUsage;
  return fairhire::core::kExitUsage;
}

bool ParseNumber(const std::string& s, double* out) {
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}

// Returns an empty string on success, else the usage error.
std::string ParseOption(const std::string& a, const std::string& v, fairhire::tools::Options* o) {
  double d = 0;
  if (a == "--format") o->format = v;
  else if (a == "--lang") o->lang = v;
  else if (a == "-o" || a == "--output") o->output = v;
  else if (a == "--ratings") o->ratings = v;
  else if (!ParseNumber(v, &d)) return "option " + a + " needs a number";
  else if (a == "--seed") o->seed = static_cast<std::uint64_t>(d);
  else if (a == "--bootstrap") o->bootstrap = static_cast<int>(d);
  else if (a == "--target") o->target = d;
  else if (a == "--scale-min") o->scale_min = d;
  else if (a == "--scale-max") o->scale_max = d;
  else return "unknown option " + a;
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  fairhire::tools::Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if (a == "--version") {
      std::cout << "fairhire-rubric " << fairhire::core::kVersion << "\n";
      return 0;
    }
    if (a.size() > 1 && a[0] == '-') {
      if (i + 1 >= argc) return Usage("option " + a + " needs a value");
      const std::string err = ParseOption(a, argv[++i], &o);
      if (!err.empty()) return Usage(err);
    } else if (o.command.empty()) {
      o.command = a;
    } else {
      o.inputs.push_back(a);
    }
  }
  try {
    if (o.command == "validate") return fairhire::tools::RunValidate(o);
    if (o.command == "lint") return fairhire::tools::RunLint(o);
    if (o.command == "render") return fairhire::tools::RunRender(o);
    if (o.command == "score") return fairhire::tools::RunScore(o);
    if (o.command == "reliability") return fairhire::tools::RunReliability(o);
  } catch (const std::exception& e) {
    std::cerr << "fairhire-rubric: internal error: " << e.what() << "\n";
    return fairhire::core::kExitInternal;
  }
  return Usage(o.command.empty() ? "missing command" : "unknown command '" + o.command + "'");
}
