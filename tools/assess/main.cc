// fairhire-assess: sandboxed coding assessments (docs/tasks.md, docs/sandbox.md).
//   fairhire-assess run TASK.yaml SUBMISSION [--language ID] [--candidate ID] [--format json] [--jobs N]
//   fairhire-assess sandbox [limits] [--dir DIR] -- CMD ARGS...
//   fairhire-assess check-task TASK.yaml
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "fairhire/core/version.h"
#include "tools/assess/commands.h"

namespace fairhire::tools::assess {

constexpr const char* kHelp = R"(usage:
  fairhire-assess run TASK.yaml SUBMISSION [--language ID] [--candidate ID] [--format json|text]
                      [--languages DIR] [--jobs N] [-o REPORT]
      Compiles and judges SUBMISSION on every test of the task: per-test verdicts, figures, score.
      --jobs N runs up to N tests at once, each in its own box (default 1; at most the number
      of cores, so that wall-clock limits stay fair).
  fairhire-assess sandbox [--time-limit S] [--wall-limit S] [--memory-limit MB] [--processes N]
                      [--output-limit KB] [--box-size MB] [--stack-limit MB] [--dir DIR]
                      [--stdin FILE] [--ro PATH] [--env K=V] [--cgroup auto|v1|v2|none]
                      [--show-output] -- CMD ARGS...
      Runs one command in the sandbox (DIR is its read-write working directory /box; stdin is
      --stdin FILE, else ours unless it is a terminal) and prints
      {"verdict","cpu_ms","wall_ms","peak_kb","exit_code","signal","output_bytes",...}.
  fairhire-assess sandbox --cleanup
      Removes the slots' persistent state (network namespaces and root templates under
      /run/fairhire-box, cgroup v1 groups fairhire-box-N) of every slot not in use; the next run
      recreates it.
  fairhire-assess check-task TASK.yaml [--languages DIR] [--format json|text] [--jobs N]
      Validates the task and runs its reference (and expected-to-fail) solutions.
exit codes: 0 ok, 1 verdict not OK / check failed, 2 usage, 65 bad input, 70 internal error.
)";

// `run` and `check-task` live in fairhire-assess-judge (it links yaml-cpp and the shared
// libstdc++); this binary stays small so that `sandbox` starts as fast as the helper does.
int ExecJudge(char** argv) {
  std::error_code ec;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string judge = (self.parent_path() / "fairhire-assess-judge").string();
  if (ec || access(judge.c_str(), X_OK) != 0) {
    std::cerr << "fairhire-assess: fairhire-assess-judge not found beside this program\n";
    return core::kExitInternal;
  }
  execv(judge.c_str(), argv);
  std::cerr << "fairhire-assess: cannot run " << judge << ": " << std::strerror(errno) << "\n";
  return core::kExitInternal;
}

}  // namespace fairhire::tools::assess

int main(int argc, char** argv) {
  namespace t = fairhire::tools::assess;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return t::Usage("missing command");
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << t::kHelp;
    return 0;
  }
  if (command == "--version") {
    std::cout << "fairhire-assess " << fairhire::core::kVersion << "\n";
    return 0;
  }
  if (command == "sandbox") return t::SandboxCommand(args);
  if (command == "run" || command == "check-task") return t::ExecJudge(argv);
  return t::Usage("unknown command '" + command + "'");
}
