#include <algorithm>
#include <map>

#include "fairhire/anonymise/internal/resolver.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void WidenToWordBoundaries(std::string_view text, Finding* f) {
  // Whole code points first: a span never starts or ends inside a multi-byte character.
  while (f->start > 0 && f->start < text.size() && IsContinuationByte(text[f->start])) --f->start;
  while (f->end < text.size() && IsContinuationByte(text[f->end])) ++f->end;
  while (f->start > 0 && !core::IsWordBoundaryBefore(text, f->start)) {
    f->start = core::PreviousCodePointStart(text, f->start);
  }
  while (f->end < text.size() && !core::IsWordBoundaryAfter(text, f->end)) {
    std::size_t len = 1;
    core::DecodeAt(text, f->end, &len);
    f->end += len;
  }
}

// Merges overlapping findings; the longest one (then the most confident) names the category.
std::vector<Finding> MergeOverlaps(std::vector<Finding> findings) {
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<Finding> merged;
  for (Finding& f : findings) {
    if (!merged.empty() && f.start < merged.back().end) {
      Finding& cur = merged.back();
      const bool longer = (f.end - f.start) > (cur.end - cur.start) ||
                          ((f.end - f.start) == (cur.end - cur.start) && f.confidence > cur.confidence);
      const std::size_t end = std::max(cur.end, f.end);
      if (longer) {
        const std::size_t start = cur.start;
        cur = std::move(f);
        cur.start = start;
      }
      cur.end = end;
      continue;
    }
    merged.push_back(std::move(f));
  }
  return merged;
}

// Findings of `education: generalise` (rules "education.*", emitted only under that policy) follow it
// rather than their category's action: a degree becomes its level, a graduation year is removed.
Action ActionFor(const Policy& policy, const Finding& f) {
  if (f.rule.rfind("education.", 0) == 0) {
    if (!policy.generalise_education) return Action::kKeep;
    return f.generalised.empty() ? Action::kRemove : Action::kGeneralise;
  }
  return policy.action(f.category);
}

}  // namespace

std::string DefaultEntityKey(std::string_view span) {
  const std::string folded = core::Fold(span);
  std::string key;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) key.push_back(c);
  }
  return key;
}

// Spans of placeholders already in the text ("[EMAIL-1]", "[SCHOOL]"): anonymising an anonymised
// document must leave it unchanged.
std::vector<std::pair<std::size_t, std::size_t>> ExistingPlaceholders(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (std::size_t i = text.find('['); i != std::string_view::npos; i = text.find('[', i + 1)) {
    std::size_t j = i + 1;
    while (j < text.size() && ((text[j] >= 'A' && text[j] <= 'Z') || text[j] == '_')) ++j;
    if (j == i + 1 || !ParseCategory(text.substr(i + 1, j - i - 1))) continue;
    if (j < text.size() && text[j] == '-') {
      std::size_t k = j + 1;
      while (k < text.size() && text[k] >= '0' && text[k] <= '9') ++k;
      if (k > j + 1) j = k;
    }
    if (j < text.size() && text[j] == ']') spans.emplace_back(i, j + 1);
  }
  return spans;
}

bool InsidePlaceholder(const std::vector<std::pair<std::size_t, std::size_t>>& spans, const Finding& f) {
  for (const auto& [s, e] : spans) {
    if (f.start >= s && f.end <= e) return true;
  }
  return false;
}

std::vector<Redaction> Resolve(std::string_view text, std::vector<Finding> findings, const Policy& policy) {
  const auto placeholders = ExistingPlaceholders(text);
  std::vector<Finding> active;
  std::vector<Redaction> kept;
  for (Finding& f : findings) {
    if (f.confidence < policy.min_confidence || f.end <= f.start || f.end > text.size()) continue;
    WidenToWordBoundaries(text, &f);
    if (!placeholders.empty() && InsidePlaceholder(placeholders, f)) continue;
    if (ActionFor(policy, f) == Action::kKeep) {
      kept.push_back(Redaction{std::move(f), Action::kKeep, {}});
    } else {
      active.push_back(std::move(f));
    }
  }
  std::vector<Redaction> out;
  std::map<std::pair<int, std::string>, int> numbers;
  int next_number[kCategoryCount] = {};
  for (Finding& f : MergeOverlaps(std::move(active))) {
    const Category c = f.category;
    const Action action = ActionFor(policy, f);
    Redaction r{std::move(f), action, {}};
    const std::string tag = "[" + std::string(CategoryName(c));
    switch (r.action) {
      case Action::kReplace: {
        if (!policy.numbered_placeholders) {
          r.placeholder = tag + "]";
          break;
        }
        std::string key = r.finding.entity_key.empty()
                              ? DefaultEntityKey(text.substr(r.finding.start, r.finding.end - r.finding.start))
                              : r.finding.entity_key;
        auto [it, inserted] = numbers.try_emplace({static_cast<int>(c), std::move(key)}, 0);
        if (inserted) it->second = ++next_number[static_cast<int>(c)];
        r.placeholder = tag + "-" + std::to_string(it->second) + "]";
        break;
      }
      case Action::kRemove: break;
      case Action::kGeneralise:
        r.placeholder = r.finding.generalised.empty() ? tag + "]" : r.finding.generalised;
        break;
      case Action::kKeep: break;
    }
    out.push_back(std::move(r));
  }
  // Kept findings are reported, not applied; they may overlap applied ones.
  for (Redaction& k : kept) out.push_back(std::move(k));
  std::stable_sort(out.begin(), out.end(),
                   [](const Redaction& a, const Redaction& b) { return a.finding.start < b.finding.start; });
  return out;
}

}  // namespace fairhire::anonymise
