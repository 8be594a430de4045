#include "fairhire/rubric/model.h"

namespace fairhire::rubric {

std::optional<int> Exercise::LevelFor(double score) const {
  if ((score_min && score < *score_min) || (score_max && score > *score_max)) return std::nullopt;
  std::optional<int> level;
  for (const auto& [at, lvl] : points) {
    if (score >= at) level = lvl;
  }
  return level;
}

const Scale* Rubric::FindScale(const std::string& id) const {
  for (const auto& s : scales) if (s.id == id) return &s;
  return nullptr;
}
const Competency* Rubric::FindCompetency(const std::string& id) const {
  for (const auto& c : competencies) if (c.id == id) return &c;
  return nullptr;
}
const Question* Rubric::FindQuestion(const std::string& id) const {
  for (const auto& q : questions) if (q.id == id) return &q;
  return nullptr;
}
const Stage* Rubric::FindStage(const std::string& id) const {
  for (const auto& s : stages) if (s.id == id) return &s;
  return nullptr;
}

std::string Rubric::Where(const Positions& where, const std::string& field) const {
  auto it = where.find(field);
  if (it == where.end() || it->second.line == 0) it = where.find("");
  if (it == where.end() || it->second.line == 0) return source;
  return source + ":" + std::to_string(it->second.line) + ":" + std::to_string(it->second.column);
}

}  // namespace fairhire::rubric
