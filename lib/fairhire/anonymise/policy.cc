#include "fairhire/anonymise/policy.h"

#include "fairhire/core/file.h"
#include "fairhire/core/internal/yaml.h"

namespace fairhire::anonymise {

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kReplace: return "replace";
    case Action::kRemove: return "remove";
    case Action::kGeneralise: return "generalise";
    case Action::kKeep: return "keep";
  }
  return "replace";
}

std::optional<Action> ParseAction(std::string_view text) {
  if (text == "replace") return Action::kReplace;
  if (text == "remove") return Action::kRemove;
  if (text == "generalise" || text == "generalize") return Action::kGeneralise;
  if (text == "keep") return Action::kKeep;
  return std::nullopt;
}

Policy Policy::Default() {
  Policy p;
  p.actions.fill(Action::kReplace);
  return p;
}

namespace {

Status ParseActions(const std::string& name, const YAML::Node& node, Policy* policy) {
  if (!node.IsMap()) return core::yaml::SchemaError(name, node, "actions: expected a mapping of category to action");
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string key = it->first.Scalar();
    auto action_text = core::yaml::GetString(name, it->second, "actions." + key);
    if (!action_text) return action_text.error();
    auto action = ParseAction(*action_text);
    if (!action) {
      return core::yaml::SchemaError(name, it->second,
                                     "actions." + key + ": unknown action '" + *action_text +
                                         "' (allowed: replace, remove, generalise, keep)");
    }
    if (key == "education") {
      if (*action != Action::kGeneralise && *action != Action::kKeep) {
        return core::yaml::SchemaError(name, it->second, "actions.education: use generalise or keep");
      }
      policy->generalise_education = *action == Action::kGeneralise;
      continue;
    }
    auto category = ParseCategory(key);
    if (!category) {
      return core::yaml::SchemaError(name, it->first, "actions: unknown category '" + key +
                                                           "' (see docs/policy.md for the list)");
    }
    policy->actions[static_cast<int>(*category)] = *action;
  }
  return OkStatus();
}

}  // namespace

Result<Policy> Policy::Parse(std::string_view yaml, const std::string& name) {
  auto root = core::yaml::Parse(yaml, name);
  if (!root) return root.error();
  Policy policy = Default();
  if (root->IsNull()) return policy;
  FAIRHIRE_RETURN_IF_ERROR(core::yaml::CheckKeys(
      name, *root, {"version", "numbered_placeholders", "min_confidence", "actions"}, "policy"));
  if (auto v = (*root)["version"]) {
    auto n = core::yaml::GetInteger(name, v, "version");
    if (!n) return n.error();
    if (*n != 1) return core::yaml::SchemaError(name, v, "version: only version 1 is supported");
  }
  if (auto v = (*root)["numbered_placeholders"]) {
    auto b = core::yaml::GetBool(name, v, "numbered_placeholders");
    if (!b) return b.error();
    policy.numbered_placeholders = *b;
  }
  if (auto v = (*root)["min_confidence"]) {
    auto d = core::yaml::GetNumber(name, v, "min_confidence");
    if (!d) return d.error();
    if (*d < 0 || *d > 1) return core::yaml::SchemaError(name, v, "min_confidence: must be between 0 and 1");
    policy.min_confidence = *d;
  }
  if (auto v = (*root)["actions"]) FAIRHIRE_RETURN_IF_ERROR(ParseActions(name, v, &policy));
  return policy;
}

Result<Policy> Policy::Load(const std::filesystem::path& path) {
  auto text = core::ReadFile(path, 1u << 20);
  if (!text) return text.error();
  return Parse(*text, path.string());
}

}  // namespace fairhire::anonymise
