#include "fairhire/assess/internal/yaml_util.h"

namespace fairhire::assess::internal {

namespace yaml = core::yaml;

Result<std::vector<std::string>> StringList(const std::string& name, const YAML::Node& node,
                                            std::string_view what) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    auto s = yaml::GetString(name, node, what);
    if (!s) return std::move(s).error();
    out.push_back(*s);
    return out;
  }
  if (!node.IsSequence()) return yaml::SchemaError(name, node, std::string(what) + ": expected a list");
  for (const auto& item : node) {
    auto s = yaml::GetString(name, item, what);
    if (!s) return std::move(s).error();
    out.push_back(*s);
  }
  return out;
}

Result<std::vector<std::string>> EnvList(const std::string& name, const YAML::Node& node) {
  if (!node.IsMap()) return yaml::SchemaError(name, node, "env: expected a mapping");
  std::vector<std::string> out;
  for (const auto& kv : node) {
    auto key = yaml::GetString(name, kv.first, "env key");
    auto value = yaml::GetString(name, kv.second, "env value");
    if (!key) return std::move(key).error();
    if (!value) return std::move(value).error();
    out.push_back(*key + "=" + *value);
  }
  return out;
}

Status OptionalInt(const std::string& name, const YAML::Node& map, const char* key, long long* out) {
  const YAML::Node node = map[key];
  if (!node) return core::OkStatus();
  auto v = yaml::GetInteger(name, node, key);
  if (!v) return std::move(v).error();
  if (*v <= 0) return yaml::SchemaError(name, node, std::string(key) + " must be positive");
  *out = *v;
  return core::OkStatus();
}

Status ReadLimits(const std::string& name, const YAML::Node& node, Limits* l) {
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(name, node,
      {"cpu_ms", "wall_ms", "memory_mb", "processes", "output_kb", "box_mb", "tmp_mb", "stack_mb",
       "fsize_mb", "open_files"}, "limits"));
  struct Field {
    const char* key;
    long long scale;
    std::int64_t* target;
  };
  long long processes = l->processes, open_files = l->open_files;
  Field fields[] = {{"cpu_ms", 1, &l->cpu_ms},        {"wall_ms", 1, &l->wall_ms},
                    {"memory_mb", 1024, &l->memory_kb}, {"output_kb", 1, &l->output_kb},
                    {"box_mb", 1024, &l->box_kb},      {"tmp_mb", 1024, &l->tmp_kb},
                    {"stack_mb", 1024, &l->stack_kb},  {"fsize_mb", 1024, &l->file_size_kb}};
  for (const Field& f : fields) {
    long long v = 0;
    FAIRHIRE_RETURN_IF_ERROR(OptionalInt(name, node, f.key, &v));
    if (v > 0) *f.target = v * f.scale;
  }
  FAIRHIRE_RETURN_IF_ERROR(OptionalInt(name, node, "processes", &processes));
  FAIRHIRE_RETURN_IF_ERROR(OptionalInt(name, node, "open_files", &open_files));
  l->processes = static_cast<int>(processes);
  l->open_files = static_cast<int>(open_files);
  return core::OkStatus();
}

}  // namespace fairhire::assess::internal
