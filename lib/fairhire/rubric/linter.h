// The legal-risk and quality linter for rubrics (research note interviews.md §3.4). Text rules
// (P01-P16 protected grounds under Code du travail L1132-1 / EEOC / Equality Act; Q01 diplomas,
// Q02 "culture fit") match French and English phrases on folded text; question-form rules (Q07
// double-barrelled, Q08 closed yes/no, Q09 leading) look at the question wording; structural rules
// (Q03-Q05, Q10-Q17) look at the rubric. A finding can be overridden only by a `lint.allow` entry
// with a written justification; overridden findings are kept in LintReport::allowed for the audit.
// Thread-safety: free functions over immutable inputs; the rule table is built once, thread-safely.
#ifndef FAIRHIRE_RUBRIC_LINTER_H_
#define FAIRHIRE_RUBRIC_LINTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "fairhire/rubric/model.h"

namespace fairhire::rubric {

enum class Severity { kInfo, kWarning, kError };

// "info", "warning", "error".
const char* SeverityName(Severity severity);

struct Finding {
  std::string rule;      // e.g. "P03"
  std::string question;  // question or competency id; empty for rubric-wide findings
  Severity severity = Severity::kWarning;
  std::string message;   // for a recruiter: the ground, the words matched, what to ask instead
  std::string where;     // file:line:col when known
};

struct AllowedFinding {
  Finding finding;
  LintAllow allow;
};

struct LintReport {
  std::vector<Finding> findings;        // remaining findings (exit 1 when not empty)
  std::vector<AllowedFinding> allowed;  // overridden by lint.allow, echoed for the audit
};

// True for every rule id the linter can report (P01-P16, Q01-Q17).
bool IsKnownLintRule(const std::string& id);

// Text rules plus question-form rules on one question text; `locale` is "fr" or "en" (others use
// both pattern lists). `rated` = the question is rated on a scale (Q08 does not apply to logistics).
std::vector<Finding> LintQuestionText(std::string_view text, std::string_view locale, bool rated = true);

// Only the text rules (P*, Q01, Q02), for anchors, probes and competency names.
std::vector<Finding> LintText(std::string_view text, std::string_view locale);

// Every rule over a loaded rubric (validate it first: the linter assumes references resolve).
LintReport LintRubric(const Rubric& rubric);

// {"findings":[{"rule","question","severity","message","where"}],"allowed":[...]}.
std::string LintReportToJson(const LintReport& report);
// One line per finding: "where: severity rule [question] message", then a summary line.
std::string LintReportToText(const LintReport& report);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_LINTER_H_
