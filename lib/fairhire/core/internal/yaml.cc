#include "fairhire/core/internal/yaml.h"

#include <cstdlib>

#include "fairhire/core/file.h"
#include "fairhire/core/utf8.h"

namespace fairhire::core::yaml {
namespace {

std::string MarkString(const std::string& name, const YAML::Mark& mark) {
  if (mark.is_null()) return name;
  return name + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

}  // namespace

Result<YAML::Node> Parse(std::string_view text, const std::string& name) {
  if (auto bad = FindInvalidUtf8(text)) {
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence",
                     name + "@" + std::to_string(*bad));
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, "YAML syntax error: " + e.msg, MarkString(name, e.mark));
  }
}

Result<YAML::Node> LoadFile(const std::filesystem::path& path) {
  auto text = ReadFile(path, 16u << 20);
  if (!text) return text.error();
  return Parse(*text, path.string());
}

std::string Where(const std::string& name, const YAML::Node& node) {
  if (!node.IsDefined()) return name;
  return MarkString(name, node.Mark());
}

Error SchemaError(const std::string& name, const YAML::Node& node, std::string message) {
  return MakeError(ErrorCode::kSchema, std::move(message), Where(name, node));
}

Status CheckKeys(const std::string& name, const YAML::Node& map,
                 std::initializer_list<std::string_view> allowed, std::string_view context) {
  if (!map.IsMap()) {
    return SchemaError(name, map, std::string(context) + ": expected a mapping of keys to values");
  }
  for (auto it = map.begin(); it != map.end(); ++it) {
    const std::string key = it->first.Scalar();
    bool known = false;
    for (std::string_view a : allowed) known = known || a == key;
    if (!known) {
      std::string list;
      for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      return SchemaError(name, it->first,
                         std::string(context) + ": unknown key '" + key + "' (allowed: " + list + ")");
    }
  }
  return OkStatus();
}

Result<std::string> GetString(const std::string& name, const YAML::Node& node, std::string_view what) {
  if (!node.IsDefined() || node.IsNull()) {
    return SchemaError(name, node, std::string(what) + " is required");
  }
  if (!node.IsScalar()) return SchemaError(name, node, std::string(what) + " must be a text value");
  return node.Scalar();
}

Result<double> GetNumber(const std::string& name, const YAML::Node& node, std::string_view what) {
  auto s = GetString(name, node, what);
  if (!s) return s.error();
  char* end = nullptr;
  const double v = std::strtod(s->c_str(), &end);
  if (s->empty() || end != s->c_str() + s->size()) {
    return SchemaError(name, node, std::string(what) + " must be a number");
  }
  return v;
}

Result<long long> GetInteger(const std::string& name, const YAML::Node& node, std::string_view what) {
  auto s = GetString(name, node, what);
  if (!s) return s.error();
  char* end = nullptr;
  const long long v = std::strtoll(s->c_str(), &end, 10);
  if (s->empty() || end != s->c_str() + s->size()) {
    return SchemaError(name, node, std::string(what) + " must be a whole number");
  }
  return v;
}

Result<bool> GetBool(const std::string& name, const YAML::Node& node, std::string_view what) {
  auto s = GetString(name, node, what);
  if (!s) return s.error();
  if (*s == "true" || *s == "yes" || *s == "on") return true;
  if (*s == "false" || *s == "no" || *s == "off") return false;
  return SchemaError(name, node, std::string(what) + " must be true or false");
}

}  // namespace fairhire::core::yaml
