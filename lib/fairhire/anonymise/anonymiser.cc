#include "fairhire/anonymise/anonymiser.h"

#include <algorithm>
#include <array>

#include "fairhire/anonymise/internal/resolver.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

constexpr std::array<std::string_view, 24> kFrenchWords = {
    "le", "la", "les", "des", "et", "du", "de", "une", "pour", "avec", "dans", "sur",
    "au", "aux", "est", "ans", "experience", "competences", "formation", "langues", "chez", "en",
    "stage", "loisirs"};
constexpr std::array<std::string_view, 24> kEnglishWords = {
    "the", "and", "of", "to", "in", "with", "for", "on", "at", "experience", "skills", "education",
    "languages", "years", "university", "worked", "responsible", "team", "using", "from",
    "my", "as", "an", "is"};

}  // namespace

std::string_view LanguageCode(Language lang) { return lang == Language::kEnglish ? "en" : "fr"; }

Language DetectLanguage(std::string_view text) {
  int fr = 0, en = 0, words = 0;
  std::size_t pos = 0;
  const std::string folded = core::Fold(text.substr(0, 20000));
  while (pos < folded.size() && words < 3000) {
    while (pos < folded.size() && !(folded[pos] >= 'a' && folded[pos] <= 'z')) ++pos;
    const std::size_t start = pos;
    while (pos < folded.size() && folded[pos] >= 'a' && folded[pos] <= 'z') ++pos;
    if (pos == start) break;
    const std::string_view w(folded.data() + start, pos - start);
    ++words;
    for (std::string_view f : kFrenchWords) fr += (w == f);
    for (std::string_view e : kEnglishWords) en += (w == e);
  }
  return en > fr ? Language::kEnglish : Language::kFrench;
}

Anonymiser::Anonymiser(AnonymiserOptions options)
    : options_(std::move(options)), detectors_(MakeBuiltInDetectors()) {
  if (!options_.gazetteers) options_.gazetteers = Gazetteers::BuiltIn();
}

Result<std::unique_ptr<Anonymiser>> Anonymiser::Create(AnonymiserOptions options) {
  if (options.language != "auto" && options.language != "fr" && options.language != "en") {
    return MakeError(ErrorCode::kInvalidArgument, "language must be auto, fr or en");
  }
  return std::unique_ptr<Anonymiser>(new Anonymiser(std::move(options)));
}

std::vector<Redaction> Anonymiser::Analyse(std::string_view text, const std::vector<Finding>& structural,
                                           Language* language) const {
  const Language lang = options_.language == "fr"   ? Language::kFrench
                        : options_.language == "en" ? Language::kEnglish
                                                    : DetectLanguage(text);
  if (language) *language = lang;
  const TextView view(text);
  DetectionContext ctx{view, lang, *options_.gazetteers, structural, options_.policy.generalise_education};
  std::vector<Finding> findings = structural;
  for (const auto& d : detectors_) d->Detect(ctx, &findings);
  for (const auto& d : options_.extra_detectors) d->Detect(ctx, &findings);
  return Resolve(text, std::move(findings), options_.policy);
}

Result<AnonymisedDocument> Anonymiser::Anonymise(std::string_view bytes, const std::string& name,
                                                 std::optional<Format> input_format,
                                                 std::optional<Format> output_format) const {
  Format in = Format::kText;
  if (input_format) {
    in = *input_format;
  } else {
    auto detected = DetectFormat(bytes, name);
    if (!detected) return detected.error();
    in = *detected;
  }
  auto doc = ReadDocument(bytes, in, name, options_.limits);
  if (!doc) return doc.error();
  AnonymisedDocument result;
  result.input_format = in;
  const std::vector<Format> outs = (*doc)->OutputFormats();
  result.output_format = output_format.value_or(outs.front());
  if (std::find(outs.begin(), outs.end(), result.output_format) == outs.end()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "cannot write a " + std::string(FormatName(in)) + " input as " +
                         std::string(FormatName(result.output_format)),
                     name);
  }
  result.redactions = Analyse((*doc)->text(), (*doc)->StructuralFindings(), &result.language);
  std::vector<Replacement> replacements;
  for (const Redaction& r : result.redactions) {
    if (r.action == Action::kKeep) continue;
    replacements.push_back(Replacement{r.finding.start, r.finding.end, r.placeholder});
  }
  auto out = (*doc)->Write(replacements, result.output_format);
  if (!out) return out.error();
  result.output = std::move(*out);
  return result;
}

}  // namespace fairhire::anonymise
