#include "fairhire/assess/language.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "fairhire/assess/internal/yaml_util.h"
#include "fairhire/core/internal/yaml.h"

namespace fairhire::assess {
namespace {

namespace yaml = core::yaml;
using internal::StringList;

Result<StepProfile> ReadStep(const std::string& name, const YAML::Node& node, const char* what) {
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(name, node, {"argv", "limits"}, what));
  StepProfile step;
  if (!node["argv"]) return yaml::SchemaError(name, node, std::string(what) + ": argv is required");
  auto argv = StringList(name, node["argv"], "argv");
  if (!argv) return std::move(argv).error();
  if (argv->empty()) return yaml::SchemaError(name, node["argv"], "argv must not be empty");
  step.argv = std::move(*argv);
  if (node["limits"]) FAIRHIRE_RETURN_IF_ERROR(internal::ReadLimits(name, node["limits"], &step.limits));
  return step;
}

Status ReadLists(const std::string& name, const YAML::Node& root, LanguageProfile* p) {
  struct ListField {
    const char* key;
    std::vector<std::string>* target;
  };
  for (ListField f : {ListField{"extensions", &p->extensions}, ListField{"requires", &p->required_paths},
                      ListField{"ro_paths", &p->ro_paths}}) {
    if (!root[f.key]) continue;
    auto list = StringList(name, root[f.key], f.key);
    if (!list) return std::move(list).error();
    *f.target = std::move(*list);
  }
  if (root["env"]) {
    auto env = internal::EnvList(name, root["env"]);
    if (!env) return std::move(env).error();
    p->env = std::move(*env);
  }
  return core::OkStatus();
}

Status ReadFlags(const std::string& name, const YAML::Node& root, LanguageProfile* p) {
  if (root["address_space_limit"]) {
    auto b = yaml::GetBool(name, root["address_space_limit"], "address_space_limit");
    if (!b) return std::move(b).error();
    p->address_space_limit = *b;
  }
  if (root["box_exec"]) {
    auto b = yaml::GetBool(name, root["box_exec"], "box_exec");
    if (!b) return std::move(b).error();
    p->box_exec = *b;
  }
  long long overhead = 0;
  FAIRHIRE_RETURN_IF_ERROR(internal::OptionalInt(name, root, "memory_overhead_mb", &overhead));
  p->memory_overhead_kb = overhead * 1024;
  return core::OkStatus();
}

}  // namespace

Result<LanguageProfile> LoadLanguage(const std::filesystem::path& path) {
  auto root = yaml::LoadFile(path);
  if (!root) return std::move(root).error();
  const std::string name = path.filename().string();
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(name, *root,
      {"id", "name", "source_file", "extensions", "requires", "ro_paths", "env", "compile", "run",
       "memory_overhead_mb", "address_space_limit", "box_exec"}, "language profile"));
  LanguageProfile p;
  p.origin = path.string();
  for (auto [key, target] : {std::pair{"id", &p.id}, std::pair{"name", &p.name},
                             std::pair{"source_file", &p.source_file}}) {
    if (!(*root)[key]) return yaml::SchemaError(name, *root, std::string(key) + " is required");
    auto s = yaml::GetString(name, (*root)[key], key);
    if (!s) return std::move(s).error();
    *target = *s;
  }
  if (p.source_file.find('/') != std::string::npos || p.source_file.empty() || p.source_file[0] == '.') {
    return yaml::SchemaError(name, (*root)["source_file"], "source_file must be a plain file name");
  }
  FAIRHIRE_RETURN_IF_ERROR(ReadLists(name, *root, &p));
  FAIRHIRE_RETURN_IF_ERROR(ReadFlags(name, *root, &p));
  if ((*root)["compile"]) {
    auto step = ReadStep(name, (*root)["compile"], "compile");
    if (!step) return std::move(step).error();
    p.compile = std::move(*step);
  }
  if (!(*root)["run"]) return yaml::SchemaError(name, *root, "run is required");
  auto run = ReadStep(name, (*root)["run"], "run");
  if (!run) return std::move(run).error();
  p.run = std::move(*run);
  return p;
}

Result<std::vector<LanguageProfile>> LoadLanguages(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  if (ec) return core::MakeError(ErrorCode::kNotFound, "cannot list language profiles", dir.string());
  std::sort(files.begin(), files.end());
  std::vector<LanguageProfile> all;
  for (const auto& f : files) {
    auto p = LoadLanguage(f);
    if (!p) return std::move(p).error();
    if (FindLanguage(all, p->id) != nullptr) {
      return core::MakeError(ErrorCode::kSchema, "duplicate language id " + p->id, f.string());
    }
    all.push_back(std::move(*p));
  }
  return all;
}

std::filesystem::path DefaultLanguagesDir() {
  if (const char* env = std::getenv("FAIRHIRE_LANGUAGES_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  std::error_code ec;
  std::filesystem::path source = FAIRHIRE_ASSESS_LANGUAGES_DIR;
  if (std::filesystem::is_directory(source, ec)) return source;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return self.parent_path().parent_path() / "share" / "fairhire" / "languages";
}

Status CheckAvailable(const LanguageProfile& language) {
  for (const std::string& path : language.required_paths) {
    if (access(path.c_str(), F_OK) != 0) {
      return core::MakeError(ErrorCode::kUnavailable,
                             "language unavailable: " + language.id + " (missing " + path + ")");
    }
  }
  return core::OkStatus();
}

const LanguageProfile* FindLanguage(const std::vector<LanguageProfile>& all, const std::string& id) {
  for (const auto& p : all) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const LanguageProfile* GuessLanguage(const std::vector<LanguageProfile>& all,
                                     const std::filesystem::path& submission) {
  std::string ext = submission.extension().string();
  for (const auto& p : all) {
    if (std::find(p.extensions.begin(), p.extensions.end(), ext) != p.extensions.end()) return &p;
  }
  return nullptr;
}

}  // namespace fairhire::assess
