// Report: one JSON object per input (JSON Lines when several), describing what was found and done —
// categories, rule ids, byte offsets, actions, confidences, placeholders, counts per category —
// and never any text of the candidate. Schema in docs/report.md.
// Thread-safety: pure functions.
#ifndef FAIRHIRE_ANONYMISE_REPORT_H_
#define FAIRHIRE_ANONYMISE_REPORT_H_

#include <string>

#include "fairhire/anonymise/anonymiser.h"
#include "fairhire/core/result.h"

namespace fairhire::anonymise {

// {"input","output","status":"ok","format","output_format","lang","findings":[…],"counts":{…}}
std::string ReportLine(const AnonymisedDocument& doc, const std::string& input, const std::string& output);
// {"input","status":"error","error":{"code","message","where"}}
std::string ErrorReportLine(const std::string& input, const Error& error);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_REPORT_H_
