#include "tools/assess/commands.h"

#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/file.h"

namespace fairhire::tools::assess {
namespace {

using fairhire::assess::CgroupMode;
using fairhire::assess::SandboxSpec;

Result<double> Number(const std::string& flag, const std::string& text) {
  try {
    std::size_t used = 0;
    double v = std::stod(text, &used);
    if (used == text.size() && v > 0 && std::isfinite(v)) return v;
  } catch (...) {
  }
  return core::MakeError(ErrorCode::kInvalidArgument, flag + " needs a positive number, got '" + text + "'");
}

// Applies one "--flag value" option; returns an error for an unknown flag or a bad value.
Status ApplyOption(const std::string& flag, const std::string& value, SandboxSpec* spec,
                   std::string* stdin_file) {
  auto& l = spec->limits;
  if (flag == "--dir") return spec->box_dir = value, core::OkStatus();
  if (flag == "--stdin") return *stdin_file = value, core::OkStatus();
  if (flag == "--ro") return spec->ro_paths.push_back(value), core::OkStatus();
  if (flag == "--env") return spec->env.push_back(value), core::OkStatus();
  if (flag == "--cgroup") {
    if (value == "auto") spec->cgroup_mode = CgroupMode::kAuto;
    else if (value == "v1") spec->cgroup_mode = CgroupMode::kV1;
    else if (value == "v2") spec->cgroup_mode = CgroupMode::kV2;
    else if (value == "none") spec->cgroup_mode = CgroupMode::kNone;
    else return core::MakeError(ErrorCode::kInvalidArgument, "--cgroup is auto, v1, v2 or none");
    return core::OkStatus();
  }
  auto n = Number(flag, value);
  if (!n) return std::move(n).error();
  if (flag == "--time-limit") l.cpu_ms = std::llround(*n * 1000);
  else if (flag == "--wall-limit") l.wall_ms = std::llround(*n * 1000);
  else if (flag == "--memory-limit") l.memory_kb = std::llround(*n * 1024);
  else if (flag == "--processes") l.processes = static_cast<int>(*n);
  else if (flag == "--output-limit") l.output_kb = std::llround(*n);
  else if (flag == "--box-size") l.box_kb = std::llround(*n * 1024);
  else if (flag == "--stack-limit") l.stack_kb = std::llround(*n * 1024);
  else return core::MakeError(ErrorCode::kInvalidArgument, "unknown option " + flag);
  return core::OkStatus();
}

// `sandbox --cleanup`: removes the slots' persistent state (network namespaces, root templates,
// v1 cgroups).
int CleanupCommand() {
  auto busy = fairhire::assess::RemoveSandboxState();
  if (!busy) return ReportError(busy.error());
  std::cout << "{\"cleaned\":true,\"busy_slots\":" << *busy << "}\n";
  return core::kExitOk;
}

}  // namespace

int SandboxCommand(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "--cleanup") {
    bool json_only = args.size() == 1 || (args.size() == 3 && args[1] == "--format" && args[2] == "json");
    return json_only ? CleanupCommand() : Usage("sandbox --cleanup takes no other option");
  }
  SandboxSpec spec;
  spec.copy_out = true;  // --dir is the working directory, read-write
  std::string stdin_file;
  bool show_output = false;
  std::size_t i = 0;
  for (; i < args.size() && args[i] != "--"; ++i) {
    if (args[i] == "--show-output") {
      show_output = true;
      continue;
    }
    if (args[i] == "--format" && i + 1 < args.size() && args[i + 1] == "json") {
      ++i;
      continue;
    }
    if (i + 1 >= args.size()) return Usage("option " + args[i] + " needs a value");
    Status s = ApplyOption(args[i], args[i + 1], &spec, &stdin_file);
    if (!s) return Usage(s.error().message);
    ++i;
  }
  if (i + 1 >= args.size()) return Usage("sandbox: missing '-- CMD ARGS...'");
  spec.argv.assign(args.begin() + static_cast<long>(i) + 1, args.end());
  if (!stdin_file.empty()) {
    auto data = core::ReadFile(stdin_file);
    if (!data) return ReportError(data.error());
    spec.stdin_data = std::move(*data);
  }
  // This process is small and single-threaded: it supervises the run itself (no extra exec).
  // Without --stdin the program reads our own stdin, unless that is a terminal (then: empty).
  bool pass_stdin = stdin_file.empty() && fcntl(0, F_GETFD) >= 0 && !isatty(0);
  auto result = pass_stdin ? fairhire::assess::RunInProcess(spec, 0) : fairhire::assess::RunInProcess(spec);
  if (!result) return ReportError(result.error());
  if (show_output) std::cerr << result->stdout_data << result->stderr_data;
  std::cout << fairhire::assess::SandboxResultJson(*result) << "\n";
  if (result->verdict == fairhire::assess::Verdict::kInternalError) return core::kExitInternal;
  return result->verdict == fairhire::assess::Verdict::kOk ? core::kExitOk : core::kExitCheckFailed;
}

}  // namespace fairhire::tools::assess
