// The subcommands of fairhire-assess. Each returns the process exit code (0, 1, 2, 65, 70).
#ifndef FAIRHIRE_TOOLS_ASSESS_COMMANDS_H_
#define FAIRHIRE_TOOLS_ASSESS_COMMANDS_H_

#include <string>
#include <vector>

#include "fairhire/core/result.h"

namespace fairhire::tools::assess {

int SandboxCommand(const std::vector<std::string>& args);
int RunCommand(const std::vector<std::string>& args);
int CheckTaskCommand(const std::vector<std::string>& args);

// Prints "fairhire-assess: <message>" and the usage hint; returns 2.
int Usage(const std::string& message);
// Prints the error; returns its exit code.
int ReportError(const Error& error);
// Replaces this process with fairhire-assess-judge for `run` / `check-task`; returns 70 on failure.
int ExecJudge(char** argv);

}  // namespace fairhire::tools::assess

#endif  // FAIRHIRE_TOOLS_ASSESS_COMMANDS_H_
