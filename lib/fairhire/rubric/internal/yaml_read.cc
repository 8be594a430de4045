#include "fairhire/rubric/internal/yaml_read.h"

#include <climits>

#include "fairhire/core/utf8.h"

namespace fairhire::rubric::internal {

namespace cy = core::yaml;

SourcePos PosOf(const YAML::Node& node) {
  if (!node.IsDefined() || node.Mark().is_null()) return {};
  return {node.Mark().line + 1, node.Mark().column + 1};
}

void RecordPositions(const YAML::Node& map, Positions* where) {
  (*where)[""] = PosOf(map);
  if (!map.IsMap()) return;
  for (auto it = map.begin(); it != map.end(); ++it) {
    (*where)[it->first.Scalar()] = PosOf(it->first);
  }
}

Result<std::string> ReadText(const std::string& name, const YAML::Node& node, std::string_view what) {
  auto s = cy::GetString(name, node, what);
  if (!s) return s.error();
  if (core::TrimWhitespace(*s).empty()) {
    return cy::SchemaError(name, node, std::string(what) + " must not be empty");
  }
  return s;
}

Result<std::string> ReadOptionalText(const std::string& name, const YAML::Node& node,
                                     std::string_view what) {
  if (!node.IsDefined() || node.IsNull()) return std::string();
  return ReadText(name, node, what);
}

Result<LocalizedText> ReadLocalized(const std::string& name, const YAML::Node& node,
                                    std::string_view what) {
  if (!node.IsDefined() || node.IsNull()) {
    return cy::SchemaError(name, node, std::string(what) + " is required (one text per locale)");
  }
  if (!node.IsMap()) {
    return cy::SchemaError(name, node,
                           std::string(what) + " must give one text per locale, e.g. {fr: ..., en: ...}");
  }
  LocalizedText out;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string locale = it->first.Scalar();
    auto text = ReadText(name, it->second, std::string(what) + " (" + locale + ")");
    if (!text) return text.error();
    out[locale] = *text;
  }
  return out;
}

Result<std::vector<std::string>> ReadTextList(const std::string& name, const YAML::Node& node,
                                              std::string_view what) {
  std::vector<std::string> out;
  if (!node.IsDefined() || node.IsNull()) return out;
  if (node.IsScalar()) {
    auto s = ReadText(name, node, what);
    if (!s) return s.error();
    out.push_back(*s);
    return out;
  }
  if (!node.IsSequence()) return cy::SchemaError(name, node, std::string(what) + " must be a list");
  for (const auto& item : node) {
    auto s = ReadText(name, item, what);
    if (!s) return s.error();
    out.push_back(*s);
  }
  return out;
}

Result<int> ReadInt(const std::string& name, const YAML::Node& node, std::string_view what) {
  auto v = cy::GetInteger(name, node, what);
  if (!v) return v.error();
  if (*v < INT_MIN / 2 || *v > INT_MAX / 2) {
    return cy::SchemaError(name, node, std::string(what) + " is out of range");
  }
  return static_cast<int>(*v);
}

}  // namespace fairhire::rubric::internal
