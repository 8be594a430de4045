// Language profiles: how to compile and run a submission in one language, loaded from YAML
// (languages/*.yaml, schema in docs/tasks.md). Each step runs in its own sandbox with its own
// limits; the run step takes the task's time and memory limits plus the profile's allowances
// (memory overhead for a JVM, extra processes for runtime threads).
// Thread-safety: plain values.
#ifndef FAIRHIRE_ASSESS_LANGUAGE_H_
#define FAIRHIRE_ASSESS_LANGUAGE_H_

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/result.h"

namespace fairhire::assess {

struct StepProfile {
  std::vector<std::string> argv;  // "{memory_mb}" is replaced by the run's memory limit
  Limits limits;                  // compile: all fields; run: the task overrides time and memory
};

struct LanguageProfile {
  std::string id;                       // e.g. "cpp17"; what --language takes
  std::string name;                     // e.g. "C++17 (GCC 12)"
  std::string source_file;              // the submission is copied to /box/<source_file>
  std::vector<std::string> extensions;  // ".cpp", used to guess the language
  std::vector<std::string> required_paths;   // host paths that must exist ("language unavailable")
  std::vector<std::string> ro_paths;    // extra read-only binds beyond /usr
  std::vector<std::string> env;         // "KEY=value"
  std::optional<StepProfile> compile;
  StepProfile run;
  std::int64_t memory_overhead_kb = 0;  // added to the task's memory limit (runtime baseline)
  bool address_space_limit = false;     // also set RLIMIT_AS (C, C++, Python; never JVM/V8)
  bool box_exec = true;                 // run step may execute files from /box
  std::string origin;                   // the file it came from
};

// Loads one profile. Errors: kNotFound, kInvalidInput, kSchema (file:line:col).
Result<LanguageProfile> LoadLanguage(const std::filesystem::path& path);
// Loads every *.yaml of `dir`, sorted by id. Errors as LoadLanguage; kSchema on a duplicate id.
Result<std::vector<LanguageProfile>> LoadLanguages(const std::filesystem::path& dir);
// $FAIRHIRE_LANGUAGES_DIR, else the source tree's languages/ (compiled in), else
// <exe>/../share/fairhire/languages.
std::filesystem::path DefaultLanguagesDir();

// OK when every required path exists; else kUnavailable "language unavailable: <id> (missing X)".
Status CheckAvailable(const LanguageProfile& language);

// By id, or nullptr.
const LanguageProfile* FindLanguage(const std::vector<LanguageProfile>& all, const std::string& id);
// By the submission's extension (first match), or nullptr.
const LanguageProfile* GuessLanguage(const std::vector<LanguageProfile>& all,
                                     const std::filesystem::path& submission);

}  // namespace fairhire::assess

#endif  // FAIRHIRE_ASSESS_LANGUAGE_H_
