// Verdicts of a sandboxed run or of a judged test, and their precedence. When several limits are
// hit at once the most severe verdict wins, in this order (DMOJ's, research/sandbox.md §4.5):
//   IE > TLE > MLE > OLE > SV > RE > WA > OK, with CE reported for a failed compilation.
// Short names ("OK", "TLE", ...) are stable: they appear in JSON reports and in task files.
// Thread-safety: pure functions.
#ifndef FAIRHIRE_ASSESS_VERDICT_H_
#define FAIRHIRE_ASSESS_VERDICT_H_

#include <optional>
#include <string_view>

namespace fairhire::assess {

enum class Verdict {
  kOk,                 // "OK": ran within every limit and (when judged) the output was accepted
  kWrongAnswer,        // "WA": the checker rejected the output
  kRuntimeError,       // "RE": non-zero exit status or death by a signal
  kSecurityViolation,  // "SV": killed by the seccomp filter (forbidden ABI)
  kOutputLimit,        // "OLE": more output than allowed
  kMemoryLimit,        // "MLE": the memory cgroup killed the program or its peak reached the limit
  kTimeLimit,          // "TLE": CPU time or wall time over the limit
  kInternalError,      // "IE": the sandbox or a checker failed; not the candidate's fault
  kCompileError,       // "CE": the compile step did not produce a program
};

// Stable short name, e.g. "TLE".
std::string_view VerdictName(Verdict verdict);
// Inverse of VerdictName; nullopt for an unknown name.
std::optional<Verdict> ParseVerdict(std::string_view name);
// Rank in the precedence order (higher is more severe; CE ranks above OK and below IE).
int VerdictSeverity(Verdict verdict);
// The more severe of the two.
Verdict WorseVerdict(Verdict a, Verdict b);

}  // namespace fairhire::assess

#endif  // FAIRHIRE_ASSESS_VERDICT_H_
