// Phone numbers: a fast scanner finds digit runs that could be phone numbers (8 to 15 digits with the
// usual separators, "+33 (0)6 …", "0033 …"), and libphonenumber decides: a candidate is a phone number
// when it is valid for one of the plausible regions (the document's language picks the order).
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"

namespace fairhire::anonymise::detectors {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// National (no "+") numbers: valid in one of the first regions, or in any of them next to a phone label.
constexpr const char* kFrenchRegions[] = {"FR", "BE", "CH", "GB", "US", "MA", "DZ", "TN", "SN", "CI", "DE", "ES", "PT", "IT"};
constexpr std::size_t kFrenchPrimary = 3;
constexpr std::size_t kEnglishPrimary = 6;
constexpr const char* kEnglishRegions[] = {"GB", "US", "IN", "NG", "FR", "IE", "CA", "AU", "ZA", "KE", "GH", "DE"};

bool IsPhoneSeparator(char c) { return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')'; }

struct Candidate {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string dialable;  // digits with a leading '+' when international
  int digits = 0;
};

// Reads a candidate starting at `pos` ('+', '(' or a digit on a word boundary).
Candidate ReadCandidate(std::string_view t, std::size_t pos) {
  Candidate c{pos, pos, {}, 0};
  std::size_t i = pos;
  if (t[i] == '+') {
    c.dialable.push_back('+');
    ++i;
  }
  int separators_in_row = 0;
  std::size_t last_digit_end = pos;
  while (i < t.size() && c.digits <= 16) {
    const char ch = t[i];
    if (IsAsciiDigit(ch)) {
      c.dialable.push_back(ch);
      ++c.digits;
      separators_in_row = 0;
      last_digit_end = ++i;
    } else if (ch == '(' && t.substr(i, 3) == "(0)" && c.dialable.size() > 1 && c.dialable[0] == '+') {
      i += 3;  // "+33 (0)6": the trunk prefix written in brackets is dropped
    } else if (IsPhoneSeparator(ch) || static_cast<unsigned char>(ch) == 0xC2 || static_cast<unsigned char>(ch) == 0xE2) {
      if (static_cast<unsigned char>(ch) == 0xC2) {  // U+00A0 no-break space
        if (i + 1 >= t.size() || static_cast<unsigned char>(t[i + 1]) != 0xA0) break;
        ++i;
      } else if (static_cast<unsigned char>(ch) == 0xE2) {  // U+202F, U+2009, U+2007 narrow/thin spaces, U+2011 hyphen
        const std::string_view sp = t.substr(i, 3);
        if (sp != "\xE2\x80\xAF" && sp != "\xE2\x80\x89" && sp != "\xE2\x80\x87" && sp != "\xE2\x80\x91") break;
        i += 2;
      }
      if (++separators_in_row > 2) break;
      ++i;
    } else {
      break;
    }
  }
  c.end = last_digit_end;
  if (c.dialable.rfind("00", 0) == 0) c.dialable = "+" + c.dialable.substr(2);
  return c;
}

bool HasPhoneLabel(const DetectionContext& ctx, std::size_t pos) {
  const std::size_t line = ctx.view.LineOf(pos);
  static const LabelSet* labels = new LabelSet{
      "tel", "tél", "telephone", "phone", "mobile", "portable", "cell", "gsm", "mob", "contact", "whatsapp", "fixe"};
  return labels->Find(ctx.view, line, false) != std::string::npos;
}

class PhoneDetector : public Detector {
 public:
  std::string_view id() const override { return "phone"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    const std::string_view t = ctx.view.text();
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char ch = t[i];
      if (!(IsAsciiDigit(ch) || ch == '+' || ch == '(')) continue;
      if (ch == '+' && (i + 1 >= t.size() || !IsAsciiDigit(t[i + 1]))) continue;  // "+ 0817…" is a bullet
      if (ch == '(' && (i + 1 >= t.size() || !(IsAsciiDigit(t[i + 1]) || t[i + 1] == '+'))) continue;
      if (i > 0 && (IsAsciiAlnum(t[i - 1]) || t[i - 1] == '+' || t[i - 1] == '.' || t[i - 1] == '/' || t[i - 1] == '-')) continue;
      Candidate c = ReadCandidate(t, ch == '(' ? i + 1 : i);  // "(+91) 98…" reads from '+'
      if (ch == '(') c.start = i;
      if (c.digits < 8 || c.digits > 15 || (c.end < t.size() && IsAsciiAlnum(t[c.end]))) continue;
      const double confidence = Classify(ctx, c);
      if (confidence > 0) {
        Add(out, c.start, c.end, Category::kPhone, "phone.libphonenumber", confidence);
        i = c.end;
      } else if (c.end > i) {
        i = c.end;  // do not re-read the inner part of a rejected candidate
      }
    }
  }

 private:
  // Confidence that the candidate is a phone number (0 when it is not).
  static double Classify(const DetectionContext& ctx, const Candidate& c) {
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (c.dialable[0] == '+') {
      if (util.Parse(c.dialable, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) return 0;
      if (util.IsValidNumber(number)) return 0.97;
      // An international prefix followed by a plausible length is a phone number in a CV.
      return util.IsPossibleNumber(number) ? 0.8 : 0;
    }
    bool possible = false;
    const bool english = ctx.language == Language::kEnglish;
    const auto* regions = english ? kEnglishRegions : kFrenchRegions;
    const std::size_t n = english ? std::size(kEnglishRegions) : std::size(kFrenchRegions);
    const std::size_t primary = english ? kEnglishPrimary : kFrenchPrimary;
    const bool labelled = HasPhoneLabel(ctx, c.start);
    // Without a phone label only a number valid in a primary region is kept, so the other regions
    // (and "possible" numbers) are not worth parsing: libphonenumber's regexes are the cost here.
    const std::size_t tried = labelled ? n : primary;
    for (std::size_t r = 0; r < tried; ++r) {
      if (util.Parse(c.dialable, regions[r], &number) != PhoneNumberUtil::NO_PARSING_ERROR) continue;
      if (util.IsValidNumber(number) && (r < primary || labelled)) return r < primary ? 0.95 : 0.85;
      possible = possible || (labelled && util.IsPossibleNumber(number));
    }
    return possible && labelled ? 0.7 : 0;
  }
};

}  // namespace

std::unique_ptr<Detector> MakePhoneDetector() { return std::make_unique<PhoneDetector>(); }

}  // namespace fairhire::anonymise::detectors
