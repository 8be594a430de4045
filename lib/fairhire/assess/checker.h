// Built-in output checkers: exact bytes, lines (trailing spaces and trailing blank lines
// ignored), whitespace-separated tokens, and tokens with a float tolerance. Messages name a
// position ("line 3", "token 12"), never the candidate's text. Custom checker programs run in
// the sandbox and are driven by the runner (runner.h).
// Thread-safety: pure functions.
#ifndef FAIRHIRE_ASSESS_CHECKER_H_
#define FAIRHIRE_ASSESS_CHECKER_H_

#include <string>
#include <string_view>

#include "fairhire/assess/task.h"

namespace fairhire::assess {

struct CheckOutcome {
  bool accepted = false;
  std::string message;  // why it was rejected; empty when accepted
};

// Compares with a built-in checker. REQUIRES: spec.kind != kCustom.
CheckOutcome CompareOutput(const CheckerSpec& spec, std::string_view expected, std::string_view actual);

}  // namespace fairhire::assess

#endif  // FAIRHIRE_ASSESS_CHECKER_H_
