// Loading a rubric from YAML into the model (model.h). The loader checks the schema: known keys only,
// the right types, apiVersion/kind; each error is a kSchema (or kInvalidInput for YAML syntax) Error
// whose `where` is "file:line:col" and whose message names the field in recruiter terms. Consistency
// between elements (references, weights, locales) is the validator's job (validator.h).
// Thread-safety: free functions; safe from any thread.
#ifndef FAIRHIRE_RUBRIC_LOADER_H_
#define FAIRHIRE_RUBRIC_LOADER_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "fairhire/core/result.h"
#include "fairhire/rubric/model.h"

namespace fairhire::rubric {

inline constexpr char kApiVersion[] = "fairhire/v1";
inline constexpr char kKind[] = "InterviewRubric";

// Parses rubric YAML; `name` is used in error locations. Errors: kInvalidInput (syntax, UTF-8),
// kSchema (unknown key, wrong type, missing required field).
Result<Rubric> ParseRubric(std::string_view yaml_text, const std::string& name);

// Reads and parses a file. Errors: as ParseRubric, plus kNotFound, kLimitExceeded, kIo.
Result<Rubric> LoadRubric(const std::filesystem::path& path);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_LOADER_H_
