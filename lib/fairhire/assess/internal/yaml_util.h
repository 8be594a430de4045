// Internal: small YAML readers shared by the language and task loaders (on top of core's yaml.h).
#ifndef FAIRHIRE_ASSESS_INTERNAL_YAML_UTIL_H_
#define FAIRHIRE_ASSESS_INTERNAL_YAML_UTIL_H_

#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/internal/yaml.h"

namespace fairhire::assess::internal {

// A sequence of strings (a single scalar counts as a one-element list).
Result<std::vector<std::string>> StringList(const std::string& name, const YAML::Node& node,
                                            std::string_view what);
// "KEY: value" mapping into "KEY=value" strings.
Result<std::vector<std::string>> EnvList(const std::string& name, const YAML::Node& node);
// A limits mapping: cpu_ms, wall_ms, memory_mb, processes, output_kb, box_mb, tmp_mb, stack_mb,
// fsize_mb, open_files. Fields absent keep their value in *limits.
Status ReadLimits(const std::string& name, const YAML::Node& node, Limits* limits);
// Optional positive integer field; leaves *out alone when absent.
Status OptionalInt(const std::string& name, const YAML::Node& map, const char* key, long long* out);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_YAML_UTIL_H_
