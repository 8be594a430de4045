// Anonymiser: the library's entry point. It reads a CV (text, Markdown, DOCX, PDF, HTML, JSON Resume),
// runs the detectors, resolves overlapping findings, applies the policy and writes the same document
// with personal data replaced by typed placeholders ("[EMAIL-1]"; the same entity gets the same number
// everywhere in the document) — everything else byte-identical, never a placeholder inside a word.
//
//   auto anonymiser = Anonymiser::Create({.gazetteers = *Gazetteers::Load({.data_dir = dir})});
//   auto result = (*anonymiser)->Anonymise(bytes, "cv.txt");
//   if (result) Write(result->output);  // result->redactions: what was done, without the text
//
// Thread-safety: an Anonymiser is immutable after Create; Anonymise may be called from many threads.
#ifndef FAIRHIRE_ANONYMISE_ANONYMISER_H_
#define FAIRHIRE_ANONYMISE_ANONYMISER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/detector.h"
#include "fairhire/anonymise/document.h"
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/policy.h"
#include "fairhire/core/result.h"

namespace fairhire::anonymise {

struct AnonymiserOptions {
  std::string language = "auto";                    // "auto", "fr" or "en"
  Policy policy = Policy::Default();
  std::shared_ptr<const Gazetteers> gazetteers;     // null: the built-in lists only
  std::vector<std::shared_ptr<const Detector>> extra_detectors;  // run after the built-in ones
  ReadLimits limits;
};

struct AnonymisedDocument {
  std::string output;  // the anonymised document, in output_format
  Format input_format = Format::kText;
  Format output_format = Format::kText;
  Language language = Language::kFrench;
  std::vector<Redaction> redactions;  // sorted by start; offsets into the analysed text
};

class Anonymiser {
 public:
  // Errors: kInvalidArgument (unknown language).
  static Result<std::unique_ptr<Anonymiser>> Create(AnonymiserOptions options);

  // Anonymises a document of any supported format (detected from the content unless given).
  // Errors: those of DetectFormat and ReadDocument (kInvalidInput, kUnsupportedFormat,
  // kLimitExceeded), kInvalidArgument (output format impossible for this input).
  Result<AnonymisedDocument> Anonymise(std::string_view bytes, const std::string& name,
                                       std::optional<Format> input_format = std::nullopt,
                                       std::optional<Format> output_format = std::nullopt) const;

  // Detection, resolution and policy on valid UTF-8 text: the redactions to apply (sorted, disjoint,
  // on word boundaries). *language receives the language used.
  std::vector<Redaction> Analyse(std::string_view text, const std::vector<Finding>& structural,
                                 Language* language) const;

  const Policy& policy() const { return options_.policy; }
  const Gazetteers& gazetteers() const { return *options_.gazetteers; }

 private:
  explicit Anonymiser(AnonymiserOptions options);
  AnonymiserOptions options_;
  std::vector<std::unique_ptr<Detector>> detectors_;
};

// The language of a text from its function words (French when undecided).
Language DetectLanguage(std::string_view text);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_ANONYMISER_H_
