// fairhire-assess-judge: the `run` and `check-task` commands of fairhire-assess (which execs this
// binary for them, see main.cc). argv: fairhire-assess run|check-task ARGS...
#include <string>
#include <vector>

#include "tools/assess/commands.h"

int main(int argc, char** argv) {
  namespace t = fairhire::tools::assess;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return t::Usage("missing command");
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "run") return t::RunCommand(args);
  if (command == "check-task") return t::CheckTaskCommand(args);
  return t::Usage("unknown command '" + command + "'");
}
