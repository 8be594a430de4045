#include "fairhire/assess/task.h"

#include <set>

#include "fairhire/assess/internal/yaml_util.h"
#include "fairhire/core/file.h"
#include "fairhire/core/internal/yaml.h"

namespace fairhire::assess {
namespace {

namespace yaml = core::yaml;
namespace fs = std::filesystem;

struct Ctx {
  std::string name;  // file name for error locations
  fs::path dir;
};

// Resolves a data path inside the task directory (no absolute path, no "..").
Result<fs::path> DataPath(const Ctx& c, const YAML::Node& node, std::string_view what) {
  auto s = yaml::GetString(c.name, node, what);
  if (!s) return std::move(s).error();
  fs::path rel(*s);
  if (rel.is_absolute() || s->empty()) return yaml::SchemaError(c.name, node, "path must be relative");
  for (const auto& part : rel) {
    if (part == "..") return yaml::SchemaError(c.name, node, "path must stay inside the task folder");
  }
  return c.dir / rel;
}

Result<std::string> Text(const Ctx& c, const YAML::Node& map, const char* inline_key,
                         const char* file_key) {
  if (map[inline_key] && map[file_key]) {
    return yaml::SchemaError(c.name, map, std::string("give ") + inline_key + " or " + file_key + ", not both");
  }
  if (map[inline_key]) return yaml::GetString(c.name, map[inline_key], inline_key);
  if (!map[file_key]) return std::string();
  auto path = DataPath(c, map[file_key], file_key);
  if (!path) return std::move(path).error();
  auto data = core::ReadFile(*path);
  if (!data) return core::MakeError(data.error().code, data.error().message, yaml::Where(c.name, map[file_key]));
  return data;
}

Result<std::map<std::string, std::string>> Bilingual(const Ctx& c, const YAML::Node& node, const char* what) {
  std::map<std::string, std::string> out;
  if (!node) return out;
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, node, {"fr", "en"}, what));
  for (const char* lang : {"fr", "en"}) {
    if (!node[lang]) continue;
    auto s = yaml::GetString(c.name, node[lang], what);
    if (!s) return std::move(s).error();
    out[lang] = *s;
  }
  return out;
}

Result<CheckerSpec> ReadChecker(const Ctx& c, const YAML::Node& node) {
  CheckerSpec spec;
  if (!node) return spec;
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, node,
      {"type", "abs_tolerance", "rel_tolerance", "source", "language"}, "checker"));
  auto type = yaml::GetString(c.name, node["type"], "checker type");
  if (!type) return std::move(type).error();
  const std::pair<const char*, CheckerKind> kinds[] = {
      {"exact", CheckerKind::kExact}, {"lines", CheckerKind::kLines}, {"tokens", CheckerKind::kTokens},
      {"float", CheckerKind::kFloat}, {"custom", CheckerKind::kCustom}};
  bool known = false;
  for (auto [n, k] : kinds) {
    if (*type == n) spec.kind = k, known = true;
  }
  if (!known) return yaml::SchemaError(c.name, node["type"], "checker type is exact, lines, tokens, float or custom");
  for (auto [key, target] : {std::pair{"abs_tolerance", &spec.abs_tolerance},
                             std::pair{"rel_tolerance", &spec.rel_tolerance}}) {
    if (!node[key]) continue;
    auto v = yaml::GetNumber(c.name, node[key], key);
    if (!v) return std::move(v).error();
    if (*v < 0) return yaml::SchemaError(c.name, node[key], std::string(key) + " must be >= 0");
    *target = *v;
  }
  if (spec.kind == CheckerKind::kCustom) {
    if (!node["source"] || !node["language"]) {
      return yaml::SchemaError(c.name, node, "a custom checker needs source and language");
    }
    auto src = DataPath(c, node["source"], "checker source");
    auto lang = yaml::GetString(c.name, node["language"], "checker language");
    if (!src) return std::move(src).error();
    if (!lang) return std::move(lang).error();
    spec.source = *src;
    spec.language = *lang;
  }
  return spec;
}

Result<TestCase> ReadTest(const Ctx& c, const YAML::Node& node) {
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, node,
      {"id", "group", "points", "sample", "input", "input_file", "expected", "expected_file",
       "output_file", "files"}, "test"));
  TestCase t;
  if (!node["id"]) return yaml::SchemaError(c.name, node, "a test needs an id");
  auto id = yaml::GetString(c.name, node["id"], "test id");
  if (!id) return std::move(id).error();
  t.id = *id;
  if (node["group"]) {
    auto g = yaml::GetString(c.name, node["group"], "group");
    if (!g) return std::move(g).error();
    t.group = *g;
  }
  if (node["points"]) {
    auto p = yaml::GetNumber(c.name, node["points"], "points");
    if (!p) return std::move(p).error();
    if (*p < 0) return yaml::SchemaError(c.name, node["points"], "points must be >= 0");
    t.points = *p;
  }
  if (node["sample"]) {
    auto b = yaml::GetBool(c.name, node["sample"], "sample");
    if (!b) return std::move(b).error();
    t.sample = *b;
  }
  auto input = Text(c, node, "input", "input_file");
  if (!input) return std::move(input).error();
  t.input = std::move(*input);
  if (!node["expected"] && !node["expected_file"]) {
    return yaml::SchemaError(c.name, node, "test " + t.id + " needs expected or expected_file");
  }
  auto expected = Text(c, node, "expected", "expected_file");
  if (!expected) return std::move(expected).error();
  t.expected = std::move(*expected);
  if (node["output_file"]) {
    auto o = yaml::GetString(c.name, node["output_file"], "output_file");
    if (!o) return std::move(o).error();
    if (o->empty() || o->find('/') != std::string::npos || (*o)[0] == '.') {
      return yaml::SchemaError(c.name, node["output_file"], "output_file must be a plain file name");
    }
    t.output_file = *o;
  }
  if (node["files"]) {
    if (!node["files"].IsMap()) return yaml::SchemaError(c.name, node["files"], "files: expected a mapping");
    for (const auto& kv : node["files"]) {
      auto name = yaml::GetString(c.name, kv.first, "file name");
      if (!name) return std::move(name).error();
      if (name->empty() || name->find('/') != std::string::npos || (*name)[0] == '.') {
        return yaml::SchemaError(c.name, kv.first, "file names are plain names");
      }
      auto path = DataPath(c, kv.second, "file");
      if (!path) return std::move(path).error();
      auto data = core::ReadFile(*path);
      if (!data) return core::MakeError(data.error().code, data.error().message, yaml::Where(c.name, kv.second));
      t.files[*name] = std::move(*data);
    }
  }
  return t;
}

Status ReadLimits(const Ctx& c, const YAML::Node& node, Task* task) {
  if (!node) return core::OkStatus();
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, node, {"time_ms", "memory_mb", "output_kb"}, "limits"));
  long long time_ms = task->time_ms, memory_mb = task->memory_mb, output_kb = task->output_kb;
  FAIRHIRE_RETURN_IF_ERROR(internal::OptionalInt(c.name, node, "time_ms", &time_ms));
  FAIRHIRE_RETURN_IF_ERROR(internal::OptionalInt(c.name, node, "memory_mb", &memory_mb));
  FAIRHIRE_RETURN_IF_ERROR(internal::OptionalInt(c.name, node, "output_kb", &output_kb));
  task->time_ms = time_ms;
  task->memory_mb = memory_mb;
  task->output_kb = output_kb;
  return core::OkStatus();
}

Result<SolutionSpec> ReadSolution(const Ctx& c, const YAML::Node& node) {
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, node, {"file", "language", "expect", "score"}, "solution"));
  SolutionSpec s;
  if (!node["file"]) return yaml::SchemaError(c.name, node, "a solution needs a file");
  auto file = DataPath(c, node["file"], "solution file");
  if (!file) return std::move(file).error();
  s.file = *file;
  if (node["language"]) {
    auto l = yaml::GetString(c.name, node["language"], "language");
    if (!l) return std::move(l).error();
    s.language = *l;
  }
  if (node["expect"]) {
    auto e = yaml::GetString(c.name, node["expect"], "expect");
    if (!e) return std::move(e).error();
    auto v = ParseVerdict(*e);
    if (!v) return yaml::SchemaError(c.name, node["expect"], "expect is OK, WA, RE, SV, OLE, MLE, TLE or CE");
    s.expect = *v;
  }
  if (node["score"]) {
    auto v = yaml::GetNumber(c.name, node["score"], "score");
    if (!v) return std::move(v).error();
    s.score = *v;
  }
  return s;
}

Status ReadCollections(const Ctx& c, const YAML::Node& root, Task* task) {
  for (const auto& g : root["groups"]) {
    FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, g, {"id", "points"}, "group"));
    auto id = yaml::GetString(c.name, g["id"], "group id");
    auto pts = yaml::GetNumber(c.name, g["points"], "group points");
    if (!id) return std::move(id).error();
    if (!pts) return std::move(pts).error();
    task->groups.push_back({*id, *pts});
  }
  if (!root["tests"] || !root["tests"].IsSequence() || root["tests"].size() == 0) {
    return yaml::SchemaError(c.name, root, "tests: a non-empty list is required");
  }
  for (const auto& t : root["tests"]) {
    auto test = ReadTest(c, t);
    if (!test) return std::move(test).error();
    task->tests.push_back(std::move(*test));
  }
  for (const auto& s : root["solutions"]) {
    auto sol = ReadSolution(c, s);
    if (!sol) return std::move(sol).error();
    task->solutions.push_back(std::move(*sol));
  }
  return core::OkStatus();
}

Status Validate(const Ctx& c, const YAML::Node& root, const Task& task) {
  std::set<std::string> groups, tests;
  for (const auto& g : task.groups) {
    if (!groups.insert(g.id).second) return yaml::SchemaError(c.name, root["groups"], "duplicate group " + g.id);
  }
  for (const auto& t : task.tests) {
    if (!tests.insert(t.id).second) return yaml::SchemaError(c.name, root["tests"], "duplicate test " + t.id);
    if (!t.group.empty() && !groups.count(t.group)) {
      return yaml::SchemaError(c.name, root["tests"], "test " + t.id + " names unknown group " + t.group);
    }
  }
  return core::OkStatus();
}

}  // namespace

Result<Task> LoadTask(const fs::path& path) {
  auto root = yaml::LoadFile(path);
  if (!root) return std::move(root).error();
  Ctx c{path.filename().string(), path.parent_path().empty() ? fs::path(".") : path.parent_path()};
  FAIRHIRE_RETURN_IF_ERROR(yaml::CheckKeys(c.name, *root,
      {"id", "title", "statement", "languages", "limits", "checker", "groups", "tests", "solutions"}, "task"));
  Task task;
  task.dir = c.dir;
  if (!(*root)["id"]) return yaml::SchemaError(c.name, *root, "id is required");
  auto id = yaml::GetString(c.name, (*root)["id"], "id");
  if (!id) return std::move(id).error();
  task.id = *id;
  auto title = Bilingual(c, (*root)["title"], "title");
  auto statement = Bilingual(c, (*root)["statement"], "statement");
  if (!title) return std::move(title).error();
  if (!statement) return std::move(statement).error();
  task.title = std::move(*title);
  task.statement = std::move(*statement);
  if ((*root)["languages"]) {
    auto langs = internal::StringList(c.name, (*root)["languages"], "languages");
    if (!langs) return std::move(langs).error();
    task.languages = std::move(*langs);
  }
  FAIRHIRE_RETURN_IF_ERROR(ReadLimits(c, (*root)["limits"], &task));
  auto checker = ReadChecker(c, (*root)["checker"]);
  if (!checker) return std::move(checker).error();
  task.checker = std::move(*checker);
  FAIRHIRE_RETURN_IF_ERROR(ReadCollections(c, *root, &task));
  FAIRHIRE_RETURN_IF_ERROR(Validate(c, *root, task));
  return task;
}

double MaxScore(const Task& task) {
  double total = 0;
  for (const auto& g : task.groups) total += g.points;
  for (const auto& t : task.tests) {
    if (t.group.empty()) total += t.points;
  }
  return total;
}

}  // namespace fairhire::assess
