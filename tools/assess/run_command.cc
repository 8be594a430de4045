#include "tools/assess/commands.h"
namespace fairhire::tools::assess {
int RunCommand(const std::vector<std::string>&) { return Usage("run: not yet"); }
int CheckTaskCommand(const std::vector<std::string>&) { return Usage("check-task: not yet"); }
}  // namespace fairhire::tools::assess
