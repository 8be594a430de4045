// Text and question-form rules (P01-P16, Q01, Q02, Q07, Q08, Q09).
#include <algorithm>
#include <set>

#include "fairhire/rubric/internal/lint_rules.h"
#include "fairhire/rubric/internal/phrase_match.h"
#include "fairhire/rubric/linter.h"

namespace fairhire::rubric {
namespace {

using internal::Phrase;

struct CompiledRule {
  const internal::TextRule* rule;
  std::vector<Phrase> fr, en, except;
};

std::vector<Phrase> CompileAll(const std::vector<const char*>& patterns) {
  std::vector<Phrase> out;
  for (const char* p : patterns) out.push_back(internal::CompilePhrase(p));
  return out;
}

const std::vector<CompiledRule>& Compiled() {
  static const std::vector<CompiledRule>* compiled = [] {
    auto* out = new std::vector<CompiledRule>();
    for (const auto& r : internal::TextRules()) {
      out->push_back({&r, CompileAll(r.fr), CompileAll(r.en), CompileAll(r.except)});
    }
    return out;
  }();
  return *compiled;
}

bool Excepted(const CompiledRule& rule, const std::vector<std::string>& words, const internal::PhraseHit& hit) {
  for (const auto& ex : rule.except) {
    for (const auto& e : internal::FindPhrase(ex, words)) {
      if (hit.begin >= e.begin && hit.end <= e.end) return true;
    }
  }
  return false;
}

// The first non-excepted hit of any pattern in `patterns`, as matched words; empty if none.
std::string FirstHit(const CompiledRule& rule, const std::vector<Phrase>& patterns,
                     const std::vector<std::string>& words) {
  for (const auto& p : patterns) {
    for (const auto& hit : internal::FindPhrase(p, words)) {
      if (!Excepted(rule, words, hit)) return internal::JoinWords(words, hit.begin, hit.end);
    }
  }
  return {};
}

void AddTextFindings(const std::vector<std::string>& words, std::string_view locale, std::vector<Finding>* out) {
  const bool fr = locale != "en";
  const bool en = locale != "fr";
  for (const auto& rule : Compiled()) {
    std::string hit = fr ? FirstHit(rule, rule.fr, words) : std::string();
    if (hit.empty() && en) hit = FirstHit(rule, rule.en, words);
    if (hit.empty()) continue;
    Finding f;
    f.rule = rule.rule->id;
    f.severity = rule.rule->severity;
    f.message = std::string(rule.rule->title) + ": matched '" + hit + "' (" + std::string(locale) + "); " +
                rule.rule->advice;
    out->push_back(std::move(f));
  }
}

bool StartsWithAny(const std::vector<std::string>& words, std::size_t at,
                   std::initializer_list<const char*> phrases, std::size_t* length) {
  for (const char* p : phrases) {
    const auto phrase = internal::CompilePhrase(p);
    const auto& w = phrase.words;
    if (words.size() < at + w.size()) continue;
    bool ok = true;
    for (std::size_t i = 0; i < w.size() && ok; ++i) ok = words[at + i] == w[i].text;
    if (ok) {
      *length = w.size();
      return true;
    }
  }
  return false;
}

// Q08: "Avez-vous ...?", "Do you ...?" unless it is a polite open request ("Pouvez-vous décrire").
bool IsClosedQuestion(const std::vector<std::string>& words) {
  std::size_t len = 0;
  if (!StartsWithAny(words, 0, {"avez vous", "etes vous", "pouvez vous", "savez vous", "connaissez vous",
                                "est ce que vous", "seriez vous", "aimez vous", "do you", "are you", "can you",
                                "have you", "did you", "could you", "would you", "will you", "is it"},
                     &len)) {
    return false;
  }
  std::size_t at = len;
  while (at < words.size() && (words[at] == "nous" || words[at] == "me" || words[at] == "us" ||
                               words[at] == "please")) {
    ++at;
  }
  if (at >= words.size()) return true;
  static const std::set<std::string> kOpen = {
      "decrire", "expliquer", "raconter", "detailler", "donner", "montrer", "citer", "presenter", "parler",
      "decrivez", "expliquez", "describe", "explain", "walk", "tell", "give", "show", "talk", "outline"};
  return kOpen.count(words[at]) == 0;
}

void AddFormFindings(std::string_view text, const std::vector<std::string>& words, std::string_view locale,
                     bool rated, std::vector<Finding>* out) {
  const std::string loc(locale);
  if (std::count(text.begin(), text.end(), '?') >= 2) {
    out->push_back({"Q07", "", Severity::kWarning,
                    "double-barrelled question (" + loc + "): two questions in one; split it so each answer is rated on its own", ""});
  }
  if (rated && IsClosedQuestion(words)) {
    out->push_back({"Q08", "", Severity::kWarning,
                    "closed yes/no question (" + loc + ") used for a rated competency; ask for a concrete example instead", ""});
  }
  for (const char* p : {"n est ce pas", "ne pensez vous pas", "ne trouvez vous pas", "n etes vous pas d accord",
                        "don t you think", "don t you agree", "wouldn t you", "isn t it", "surely"}) {
    if (!internal::FindPhrase(internal::CompilePhrase(p), words).empty()) {
      out->push_back({"Q09", "", Severity::kWarning,
                      "leading question (" + loc + "): it suggests the expected answer; ask neutrally", ""});
      break;
    }
  }
}

}  // namespace

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

bool IsKnownLintRule(const std::string& id) {
  for (const auto& r : internal::TextRules()) {
    if (id == r.id) return true;
  }
  for (const char* q : {"Q03", "Q04", "Q05", "Q06", "Q07", "Q08", "Q09", "Q10", "Q11", "Q12", "Q13", "Q14", "Q15"}) {
    if (id == q) return true;
  }
  return false;
}

std::vector<Finding> LintText(std::string_view text, std::string_view locale) {
  std::vector<Finding> out;
  AddTextFindings(internal::FoldedWords(text), locale, &out);
  return out;
}

std::vector<Finding> LintQuestionText(std::string_view text, std::string_view locale, bool rated) {
  const auto words = internal::FoldedWords(text);
  std::vector<Finding> out;
  AddTextFindings(words, locale, &out);
  AddFormFindings(text, words, locale, rated, &out);
  return out;
}

}  // namespace fairhire::rubric
