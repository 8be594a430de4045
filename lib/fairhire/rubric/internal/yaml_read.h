// Internal: small typed readers over yaml-cpp nodes shared by the rubric and scorecard loaders.
// Every failure is a positioned kSchema error. Not installed; YAML types stay out of public headers.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_YAML_READ_H_
#define FAIRHIRE_RUBRIC_INTERNAL_YAML_READ_H_

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/internal/yaml.h"
#include "fairhire/core/result.h"
#include "fairhire/rubric/model.h"

#ifndef FAIRHIRE_ASSIGN_OR_RETURN
// Assigns the value of an expression returning Result<T> to `lhs`, or returns its error.
#define FAIRHIRE_ASSIGN_OR_RETURN(lhs, expr)        \
  do {                                              \
    auto fairhire_r_ = (expr);                      \
    if (!fairhire_r_) return fairhire_r_.error();   \
    lhs = std::move(*fairhire_r_);                  \
  } while (0)
#endif

namespace fairhire::rubric::internal {

SourcePos PosOf(const YAML::Node& node);

// Records the position of every key of `map` (and "" for the map itself) into *where.
void RecordPositions(const YAML::Node& map, Positions* where);

// A non-empty text value.
Result<std::string> ReadText(const std::string& name, const YAML::Node& node, std::string_view what);
// Optional text: empty when absent.
Result<std::string> ReadOptionalText(const std::string& name, const YAML::Node& node,
                                     std::string_view what);
// {locale: text} map with non-empty texts.
Result<LocalizedText> ReadLocalized(const std::string& name, const YAML::Node& node,
                                    std::string_view what);
// A list of texts (a single text is accepted as a one-element list).
Result<std::vector<std::string>> ReadTextList(const std::string& name, const YAML::Node& node,
                                              std::string_view what);
Result<int> ReadInt(const std::string& name, const YAML::Node& node, std::string_view what);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_YAML_READ_H_
