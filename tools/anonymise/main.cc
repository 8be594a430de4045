// fairhire-anonymise: replaces personal data in CVs by typed placeholders. Thin wrapper over
// fairhire::anonymise (Anonymiser, PlanBatch, RunBatch); see --help and docs/anonymise.md.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "fairhire/anonymise/batch.h"
#include "fairhire/core/file.h"
#include "fairhire/core/version.h"
#include "progress.h"

namespace {

using namespace fairhire;

constexpr const char* kUsage =
    "usage: fairhire-anonymise [--lang auto|fr|en] [--policy FILE] [--report FILE] [--data-dir DIR]\n"
    "                          [-o OUT] [--output-format FORMAT] [-j N] [--force] [--quiet] INPUT...\n"
    "\n"
    "Replaces personal data in CVs (text, Markdown, DOCX, PDF, HTML, JSON Resume) by placeholders.\n"
    "INPUT is a file, a folder (walked recursively) or - (standard input). One input and no -o:\n"
    "the result goes to standard output. Several inputs or a folder: -o DIR; outputs keep the input names.\n"
    "  --lang L            document language: auto (default), fr, en\n"
    "  --policy FILE       YAML policy: what to do with each category (docs/policy.md)\n"
    "  --report FILE       JSON Lines report, one object per input (no candidate text)\n"
    "  --data-dir DIR      reference data (gazetteers); default $FAIRHIRE_DATA_DIR\n"
    "  -o OUT              output file (one input) or folder\n"
    "  --output-format F   text, markdown, docx, html, json-resume (default: the input's format)\n"
    "  -j N                parallel workers (default: number of cores)\n"
    "  --force             overwrite existing outputs\n"
    "  --quiet             no progress bar or summary\n"
    "Exit: 0 ok, 2 usage, 65 an input was bad (named on stderr; the others were processed), 70 internal.\n";

std::atomic<bool> g_cancel{false};
extern "C" void OnSignal(int) { g_cancel = true; }

struct Args {
  anonymise::AnonymiserOptions options;
  std::string policy, report, data_dir, out, output_format;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  bool force = false, quiet = false;
  std::vector<std::string> inputs;
};

int Usage(const std::string& message) {
  std::cerr << "fairhire-anonymise: " << message << "\n" << kUsage;
  return core::kExitUsage;
}

// Returns -1 when parsing succeeded, else the exit code.
int ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= argc) return false;
      *dst = argv[++i];
      return true;
    };
    std::string jobs;
    if (arg == "--help" || arg == "-h") return std::cout << kUsage, 0;
    if (arg == "--version") return std::cout << "fairhire-anonymise " << core::kVersion << "\n", 0;
    bool ok = true;
    if (arg == "--lang") ok = value(&a->options.language);
    else if (arg == "--policy") ok = value(&a->policy);
    else if (arg == "--report") ok = value(&a->report);
    else if (arg == "--data-dir") ok = value(&a->data_dir);
    else if (arg == "-o" || arg == "--output") ok = value(&a->out);
    else if (arg == "--output-format") ok = value(&a->output_format);
    else if (arg == "-j" || arg == "--jobs") ok = value(&jobs) && (a->jobs = static_cast<unsigned>(std::atoi(jobs.c_str()))) > 0;
    else if (arg == "--force") a->force = true;
    else if (arg == "--quiet" || arg == "-q") a->quiet = true;
    else if (arg.size() > 1 && arg[0] == '-') return Usage("unknown option " + arg);
    else a->inputs.push_back(arg);
    if (!ok) return Usage("option " + arg + " needs a valid value");
  }
  if (a->inputs.empty()) return Usage("no INPUT given");
  return -1;
}

int Run(Args& a) {
  if (a.data_dir.empty() && std::getenv("FAIRHIRE_DATA_DIR")) a.data_dir = std::getenv("FAIRHIRE_DATA_DIR");
  if (!a.policy.empty()) {
    auto policy = anonymise::Policy::Load(a.policy);
    if (!policy) return std::cerr << "fairhire-anonymise: " << policy.error().ToString() << "\n", core::ExitCodeFor(policy.error().code);
    a.options.policy = *policy;
  }
  if (a.data_dir.empty()) {
    std::cerr << "fairhire-anonymise: no reference data (--data-dir or FAIRHIRE_DATA_DIR): using the built-in lists only, recall is reduced\n";
  } else {
    anonymise::Gazetteers::Options go;
    go.data_dir = a.data_dir;
    auto g = anonymise::Gazetteers::Load(go);
    if (!g) return std::cerr << "fairhire-anonymise: " << g.error().ToString() << "\n", core::kExitUsage;
    a.options.gazetteers = *g;
  }
  std::optional<anonymise::Format> out_format;
  if (!a.output_format.empty() && !(out_format = anonymise::ParseFormat(a.output_format))) return Usage("unknown output format " + a.output_format);
  auto anonymiser = anonymise::Anonymiser::Create(std::move(a.options));
  if (!anonymiser) return Usage(anonymiser.error().message);
  const bool to_stdout = a.out.empty() && a.inputs.size() == 1 && !std::filesystem::is_directory(a.inputs[0]);
  std::filesystem::path out_dir = a.out;
  std::vector<anonymise::BatchItem> items;
  if (to_stdout || (a.inputs.size() == 1 && !std::filesystem::is_directory(a.inputs[0]) && !std::filesystem::is_directory(a.out) && a.out.back() != '/')) {
    items.push_back({a.inputs[0], a.out});  // one file: -o is the output file
  } else {
    if (a.out.empty()) return Usage("several inputs or a folder need -o OUTPUT_DIR");
    auto plan = anonymise::PlanBatch(a.inputs, out_dir, out_format);
    if (!plan) return std::cerr << "fairhire-anonymise: " << plan.error().ToString() << "\n", core::ExitCodeFor(plan.error().code);
    items = std::move(*plan);
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  const bool batch = items.size() > 1;
  tools::ProgressBar bar(batch && !a.quiet && ::isatty(STDERR_FILENO));
  anonymise::BatchOptions bo;
  bo.jobs = a.jobs;
  bo.force = a.force;
  bo.output_format = out_format;
  bo.cancel = &g_cancel;
  bo.progress = [&](std::size_t d, std::size_t t) { bar.Update(d, t); };
  const auto outcomes = anonymise::RunBatch(**anonymiser, items, bo);
  bar.Finish();
  int exit_code = core::kExitOk;
  std::string report;
  for (const auto& o : outcomes) {
    report += o.report_line.empty() ? "" : o.report_line + "\n";
    if (o.error && !o.skipped) {
      std::cerr << "fairhire-anonymise: " << o.error->ToString() << "\n";
      exit_code = std::max(exit_code, core::ExitCodeFor(o.error->code) == core::kExitInternal ? core::kExitInternal : core::kExitDataError);
    }
  }
  if (batch && !a.quiet) tools::PrintSummary(outcomes);
  if (!a.report.empty()) {
    if (auto s = core::WriteFileAtomic(a.report, report); !s) return std::cerr << "fairhire-anonymise: " << s.error().ToString() << "\n", core::kExitInternal;
  }
  if (g_cancel) return 130;
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Args args;
    if (int code = ParseArgs(argc, argv, &args); code >= 0) return code;
    return Run(args);
  } catch (const std::exception& e) {
    std::cerr << "fairhire-anonymise: internal error: " << e.what() << "\n";
    return core::kExitInternal;
  }
}
