// Text and question-form rules (P01-P16, Q01, Q02, Q07, Q08, Q09).
#include <algorithm>
#include <set>

#include "fairhire/core/utf8.h"
#include "fairhire/rubric/internal/lint_rules.h"
#include "fairhire/rubric/internal/phrase_match.h"
#include "fairhire/rubric/internal/question_form.h"
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

// A protected-ground word that is about someone else than the candidate: no second-person word in
// the match or just before it ("votre santé", "your faith"), and a job-content or third-party word
// near it ("les utilisateurs en situation de handicap", "the nationality field of a form", "a
// colleague on parental leave"). Such questions are about the job, not the candidate.
bool AboutSomeoneElse(const std::vector<std::string>& words, const internal::PhraseHit& hit) {
  constexpr std::size_t kAttached = 3, kWindow = 10;
  for (std::size_t i = hit.begin; i < hit.end; ++i) {
    if (internal::IsSecondPerson(words[i])) return false;
  }
  for (std::size_t i = hit.begin > kAttached ? hit.begin - kAttached : 0; i < hit.begin; ++i) {
    if (internal::IsSecondPersonPossessive(words[i])) return false;
  }
  const std::size_t from = hit.begin > kWindow ? hit.begin - kWindow : 0;
  const std::size_t to = std::min(words.size(), hit.end + kWindow);
  for (std::size_t i = from; i < to; ++i) {
    if ((i < hit.begin || i >= hit.end) && internal::IsThirdPartyMarker(words[i])) return true;
  }
  return false;
}

// The first hit of any pattern in `patterns` that is neither excepted nor (for protected grounds)
// about someone else, as matched words; empty if none.
std::string FirstHit(const CompiledRule& rule, const std::vector<Phrase>& patterns,
                     const std::vector<std::string>& words) {
  const bool ground = rule.rule->id[0] == 'P';
  for (const auto& p : patterns) {
    for (const auto& hit : internal::FindPhrase(p, words)) {
      if (Excepted(rule, words, hit) || (ground && AboutSomeoneElse(words, hit))) continue;
      return internal::JoinWords(words, hit.begin, hit.end);
    }
  }
  return {};
}

void AddTextFindings(const std::vector<std::string>& words, std::string_view locale, std::vector<Finding>* out) {
  const bool fr = locale != "en";
  const bool en = locale != "fr";
  for (const auto& rule : Compiled()) {
    const bool already = std::any_of(out->begin(), out->end(), [&](const Finding& f) { return f.rule == rule.rule->id; });
    if (already) continue;
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

// Text rules sentence by sentence, so that a job-content word in one sentence does not excuse a
// personal question in the next one.
void AddSentenceFindings(std::string_view text, std::string_view locale, std::vector<Finding>* out) {
  for (std::string_view sentence : internal::SplitSentences(text)) {
    AddTextFindings(internal::FoldedWords(sentence), locale, out);
  }
}

void AddFormFindings(std::string_view text, const std::vector<std::string>& words, std::string_view locale,
                     bool rated, std::vector<Finding>* out) {
  const std::string loc(locale);
  if (internal::IsDoubleBarrelled(text, words)) {
    out->push_back({"Q07", "", Severity::kWarning,
                    "double-barrelled question (" + loc + "): two questions in one; split it so each answer is rated on its own", ""});
  }
  if (rated && internal::IsClosedQuestion(text, locale)) {
    out->push_back({"Q08", "", Severity::kWarning,
                    "closed yes/no question (" + loc + ") used for a rated competency; ask for a concrete example instead", ""});
  }
  if (internal::IsLeadingQuestion(text, words)) {
    out->push_back({"Q09", "", Severity::kWarning,
                    "leading question (" + loc + "): it suggests the expected answer; ask neutrally", ""});
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
  for (const char* q : {"Q03", "Q04", "Q05", "Q06", "Q07", "Q08", "Q09", "Q10", "Q11", "Q12", "Q13", "Q14", "Q15", "Q16", "Q17"}) {
    if (id == q) return true;
  }
  return false;
}

std::vector<Finding> LintText(std::string_view text, std::string_view locale) {
  std::vector<Finding> out;
  AddSentenceFindings(text, locale, &out);
  return out;
}

std::vector<Finding> LintQuestionText(std::string_view text, std::string_view locale, bool rated) {
  const auto words = internal::FoldedWords(text);
  std::vector<Finding> out;
  AddSentenceFindings(text, locale, &out);
  AddFormFindings(text, words, locale, rated, &out);
  return out;
}

}  // namespace fairhire::rubric
