// Detector: one recogniser of personal data (e-mail, phone, names, ...). Detectors run in a fixed
// order over a DetectionContext and append Findings; a later detector may read the findings of earlier
// ones (the name detector cross-checks e-mail local parts and URL slugs). Detectors must only report
// spans that start and end on word boundaries or on non-word characters, never inside a word.
// To add a recogniser, implement Detector and pass it in AnonymiserOptions::extra_detectors.
// Thread-safety: Detect is const and must be safe to call from several threads at once.
#ifndef FAIRHIRE_ANONYMISE_DETECTOR_H_
#define FAIRHIRE_ANONYMISE_DETECTOR_H_

#include <memory>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/finding.h"
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/text_view.h"

namespace fairhire::anonymise {

enum class Language { kFrench, kEnglish };

std::string_view LanguageCode(Language lang);  // "fr" / "en"

struct DetectionContext {
  const TextView& view;
  Language language;
  const Gazetteers& gazetteers;
  // Spans the document format already knows (e.g. JSON Resume "basics.name"); read-only hints.
  const std::vector<Finding>& structural;
  // The policy asks for degrees to be generalised to their EQF level (`education: generalise`).
  bool generalise_education = false;
};

class Detector {
 public:
  virtual ~Detector() = default;
  // Stable id of the detector, e.g. "email" (rule ids in findings start with it).
  virtual std::string_view id() const = 0;
  // Appends findings for ctx.view.text() to *findings (which holds the earlier detectors' findings).
  virtual void Detect(const DetectionContext& ctx, std::vector<Finding>* findings) const = 0;
};

// The built-in detectors in the order they run.
std::vector<std::unique_ptr<Detector>> MakeBuiltInDetectors();

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_DETECTOR_H_
