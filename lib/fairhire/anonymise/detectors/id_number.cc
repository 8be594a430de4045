// Identity and bank numbers: the French NIR (social security number, checked with its key), IBANs
// (checked with ISO 7064 mod 97), UK National Insurance numbers and US SSNs, and numbers written
// after an identity-document label (passport, carte d'identité, permis number...).
#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"

namespace fairhire::anonymise::detectors {
namespace {

bool IsGroupSeparator(std::string_view t, std::size_t i) {
  return t[i] == ' ' || t[i] == '.' || t[i] == '-' ||
         (static_cast<unsigned char>(t[i]) == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0);
}

// Collects up to `max` significant characters (digits, and letters when `letters`) from pos,
// allowing single separators between them. Returns the end offset; *compact receives the characters.
std::size_t Collect(std::string_view t, std::size_t pos, std::size_t max, bool letters, std::string* compact,
                    std::size_t max_seps = 3) {
  std::size_t i = pos, end = pos;
  while (i < t.size() && compact->size() < max) {
    const char c = t[i];
    if (IsAsciiDigit(c) || (letters && IsAsciiAlpha(c))) {
      compact->push_back(static_cast<char>(letters ? std::toupper(static_cast<unsigned char>(c)) : c));
      end = ++i;
    } else if (IsGroupSeparator(t, i) && i + 1 < t.size() && !compact->empty()) {
      // Up to three separator characters between groups ("345 795 - 30").
      std::size_t j = i, seps = 0;
      while (j < t.size() && seps < max_seps && IsGroupSeparator(t, j)) {
        j += static_cast<unsigned char>(t[j]) == 0xC2 ? 2 : 1;
        ++seps;
      }
      if (j >= t.size() || !(IsAsciiDigit(t[j]) || (letters && IsAsciiAlpha(t[j])))) break;
      i = j;
    } else {
      break;
    }
  }
  return end;
}

// Remainder of a long decimal string modulo 97.
int Mod97(std::string_view digits) {
  int r = 0;
  for (char c : digits) r = (r * 10 + (c - '0')) % 97;
  return r;
}

bool ValidNir(const std::string& s) {
  if (s.size() != 15) return false;
  if (std::string_view("1234578").find(s[0]) == std::string_view::npos) return false;
  std::string body = s.substr(0, 13);
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (i == 6 && (body[i] == 'A' || body[i] == 'B')) continue;
    if (!IsAsciiDigit(body[i])) return false;
  }
  if (!IsAsciiDigit(s[13]) || !IsAsciiDigit(s[14])) return false;
  const int month = std::stoi(s.substr(3, 2));
  if (month < 1 || (month > 12 && month < 20) || month > 99) return false;
  long long adjust = 0;
  if (body[6] == 'A') body[6] = '0', adjust = 1000000;  // Corsica: 2A -> 19, 2B -> 18
  if (body[6] == 'B') body[6] = '0', adjust = 2000000;
  long long n = std::stoll(body) - adjust;
  const int key = 97 - static_cast<int>(n % 97);
  return key == std::stoi(s.substr(13, 2));
}

bool ValidIban(const std::string& s) {
  if (s.size() < 15 || s.size() > 34 || !IsAsciiAlpha(s[0]) || !IsAsciiAlpha(s[1]) || !IsAsciiDigit(s[2]) || !IsAsciiDigit(s[3])) {
    return false;
  }
  std::string digits;
  for (char c : s.substr(4) + s.substr(0, 4)) {
    if (IsAsciiDigit(c)) digits.push_back(c);
    else digits += std::to_string(c - 'A' + 10);
  }
  return Mod97(digits) == 1;
}

bool ValidUkNino(const std::string& s) {
  if (s.size() != 9) return false;
  for (int i : {0, 1}) if (!IsAsciiAlpha(s[i]) || std::string_view("DFIQUV").find(s[i]) != std::string_view::npos) return false;
  for (int i = 2; i < 8; ++i) if (!IsAsciiDigit(s[i])) return false;
  return s[8] >= 'A' && s[8] <= 'D';
}

class IdNumberDetector : public Detector {
 public:
  std::string_view id() const override { return "id_number"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    const std::string_view t = ctx.view.text();
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (i > 0 && IsAsciiAlnum(t[i - 1])) continue;
      if (!IsAsciiAlnum(t[i])) continue;
      std::string compact;
      if (IsAsciiDigit(t[i])) {
        const std::size_t end = Collect(t, i, 15, false, &compact);
        std::string with_corsica;
        const std::size_t end2 = Collect(t, i, 15, true, &with_corsica);
        if (ValidNir(compact) && !(end < t.size() && IsAsciiAlnum(t[end]))) {
          Add(out, i, end, Category::kIdNumber, "id.nir", 0.97);
          i = end;
        } else if (ValidNir(with_corsica) && !(end2 < t.size() && IsAsciiAlnum(t[end2]))) {
          Add(out, i, end2, Category::kIdNumber, "id.nir", 0.97);
          i = end2;
        } else if (IsSsn(t, i)) {
          Add(out, i, i + 11, Category::kIdNumber, "id.us_ssn", 0.8);
          i += 11;
        }
      } else if (std::isupper(static_cast<unsigned char>(t[i]))) {
        const std::size_t end = Collect(t, i, 34, true, &compact, 1);  // IBAN groups: single separators
        if (ValidIban(compact) && !(end < t.size() && IsAsciiAlnum(t[end]))) {
          Add(out, i, end, Category::kIdNumber, "id.iban", 0.98);
          i = end;
          continue;
        }
        std::string nino;
        const std::size_t nend = Collect(t, i, 9, true, &nino, 1);
        if (ValidUkNino(nino) && !(nend < t.size() && IsAsciiAlnum(t[nend]))) {
          Add(out, i, nend, Category::kIdNumber, "id.uk_nino", 0.9);
          i = nend;
        }
      }
    }
    DetectLabelled(ctx, out);
  }

 private:
  static bool IsSsn(std::string_view t, std::size_t i) {
    if (i + 11 > t.size()) return false;
    for (std::size_t k = 0; k < 11; ++k) {
      const bool dash = k == 3 || k == 6;
      if (dash ? t[i + k] != '-' : !IsAsciiDigit(t[i + k])) return false;
    }
    return i + 11 == t.size() || !IsAsciiAlnum(t[i + 11]);
  }

  // "N° de passeport : 12AB34567", "Carte d'identité n° …", "Sécurité sociale : …".
  static void DetectLabelled(const DetectionContext& ctx, std::vector<Finding>* out) {
    static const LabelSet* labels = new LabelSet{
        "passeport", "passport", "passport no", "passport number", "n° de passeport", "numero de passeport",
        "carte d'identite", "cni", "numero de securite sociale", "n° de securite sociale", "securite sociale",
        "n° secu", "numero secu", "nir", "ssn", "social security number", "national insurance number",
        "ni number", "aadhaar", "aadhar", "pan", "pan number", "nin", "iban", "rib", "titre de sejour",
        "numero fiscal", "id number", "national id"};
    for (std::size_t line = 0; line < ctx.view.lines().size(); ++line) {
      const std::size_t after = labels->Find(ctx.view, line);
      if (after == std::string::npos) continue;
      const std::size_t end = ValueEnd(ctx.view, after);
      const std::string_view v = ctx.view.text().substr(after, end - after);
      int digits = 0;
      for (char c : v) digits += IsAsciiDigit(c);
      if (digits >= 5) Add(out, after, end, Category::kIdNumber, "id.labelled", 0.85);
    }
  }
};

}  // namespace

std::unique_ptr<Detector> MakeIdNumberDetector() { return std::make_unique<IdNumberDetector>(); }

}  // namespace fairhire::anonymise::detectors
