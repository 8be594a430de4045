// The subcommands of fairhire-rubric: each takes parsed options, calls the library and returns
// the process exit code (0 ok, 1 lint findings, 2 usage, 65 bad input, 70 internal).
#ifndef FAIRHIRE_TOOLS_RUBRIC_COMMANDS_H_
#define FAIRHIRE_TOOLS_RUBRIC_COMMANDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fairhire::tools {

struct Options {
  std::string command;
  std::vector<std::string> inputs;  // rubric first, then scorecards
  std::string format = "text";      // text | json (render: html | markdown)
  std::string lang;
  std::string output;               // -o; empty = stdout
  std::string ratings;
  std::uint64_t seed = 20250601;
  int bootstrap = 1000;
  double target = 0.80;
  std::optional<double> scale_min, scale_max;
};

int RunValidate(const Options& o);
int RunLint(const Options& o);
int RunRender(const Options& o);
int RunScore(const Options& o);
int RunReliability(const Options& o);

}  // namespace fairhire::tools

#endif  // FAIRHIRE_TOOLS_RUBRIC_COMMANDS_H_
