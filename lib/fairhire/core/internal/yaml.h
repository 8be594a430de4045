// Internal (not installed): YAML loading with file:line:col errors and strict-key checks, shared by
// modules that read YAML (anonymise policy, rubric, assess tasks). Link fairhire::yaml PRIVATE.
// Positions are 1-based, as editors show them.
#ifndef FAIRHIRE_CORE_INTERNAL_YAML_H_
#define FAIRHIRE_CORE_INTERNAL_YAML_H_

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include "fairhire/core/result.h"

namespace fairhire::core::yaml {

// Parses `text`; `name` is used in error locations. Errors: kInvalidInput "name:line:col".
// Rejects invalid UTF-8 before parsing.
Result<YAML::Node> Parse(std::string_view text, const std::string& name);
// Reads and parses a file (capped at 16 MiB). Errors: kNotFound, kLimitExceeded, kInvalidInput, kIo.
Result<YAML::Node> LoadFile(const std::filesystem::path& path);

// "name:line:col" of a node (1-based), or "name" when the node has no mark.
std::string Where(const std::string& name, const YAML::Node& node);

// kSchema error at the node.
Error SchemaError(const std::string& name, const YAML::Node& node, std::string message);

// Every key of `map` must be in `allowed`; otherwise kSchema at the offending key, listing the
// allowed keys. A non-map node is a kSchema error too ("expected a mapping").
Status CheckKeys(const std::string& name, const YAML::Node& map,
                 std::initializer_list<std::string_view> allowed, std::string_view context);

// Typed scalar reads with positioned errors.
Result<std::string> GetString(const std::string& name, const YAML::Node& node, std::string_view what);
Result<double> GetNumber(const std::string& name, const YAML::Node& node, std::string_view what);
Result<long long> GetInteger(const std::string& name, const YAML::Node& node, std::string_view what);
Result<bool> GetBool(const std::string& name, const YAML::Node& node, std::string_view what);

}  // namespace fairhire::core::yaml

#endif  // FAIRHIRE_CORE_INTERNAL_YAML_H_
