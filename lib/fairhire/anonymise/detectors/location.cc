// Where the candidate lives: street lines (French, British, American, Indian forms), postcodes
// validated against the communes gazetteer (a bare 5-digit number is often a year or a salary), the
// commune of residence (after a postcode, after a residence label, "Lyon, France", "Bobigny (93)",
// alone in the header), UK postcodes and US ZIP codes. A city's generalised form is its région.
#include <array>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"
#include "fairhire/anonymise/internal/world_places.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

// Street types that make an address by themselves when followed by a name.
constexpr std::array<std::string_view, 30> kStreetTypes = {
    "rue", "avenue", "av", "bd", "boulevard", "allee", "impasse", "chemin", "quai", "cite", "residence",
    "batiment", "bat", "lieu-dit", "lieudit", "lieu dit", "square", "hameau", "lotissement", "faubourg",
    "sentier", "ruelle", "venelle", "rond-point", "esplanade", "promenade", "montee", "traverse",
    "cedex", "villa"};
// Street types that are also common words: only with a house number before them.
constexpr std::array<std::string_view, 12> kWeakStreetTypes = {
    "place", "cours", "route", "passage", "voie", "mail", "parc", "domaine", "zone", "porte", "parvis", "clos"};
// English street types (after the street name: "221B Baker Street").
constexpr std::array<std::string_view, 44> kEnglishStreetTypes = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close", "way", "court",
    "ct", "place", "pl", "crescent", "cres", "boulevard", "blvd", "terrace", "square", "sq", "gardens",
    "grove", "hill", "park", "row", "mews", "walk", "highway", "hwy", "parkway", "pkwy", "circle",
    "trail", "nagar", "marg", "colony", "layout", "cross", "estate", "green", "rise"};
// Unit words start an address only before a number or a one-letter name ("Flat 3", "Bât. C", "Suite 200").
constexpr std::array<std::string_view, 18> kUnitWords = {
    "flat", "apartment", "apt", "appartement", "appt", "suite", "unit", "building", "bldg", "floor",
    "etage", "escalier", "bp", "door", "plot", "house", "block", "h"};
// Labels followed by ':' ("Adresse :", "Ville :", "Place:").
constexpr std::array<std::string_view, 31> kResidenceLabels = {
    "adresse", "address", "adresse postale", "home address", "domicile", "residence", "lieu de residence",
    "ville", "city", "commune", "town", "location", "localisation", "current address", "permanent address",
    "present address", "correspondence address", "postal address", "place", "city of residence",
    "adresse personnelle", "adresse actuelle", "adresse complete", "residential address", "mailing address",
    "adresse de residence", "lieu d'habitation",
    "ville de residence", "pays de residence", "current location", "home"};
// Phrases that introduce the place without a colon ("Lives in Leeds", "habite à Roubaix").
constexpr std::array<std::string_view, 32> kResidencePhrases = {
    "based in", "lives in", "living in", "located in", "habite a", "vit a", "resident a", "residant a",
    "demeurant a", "residing at", "residing in", "reside a", "vis a", "habitant a", "installe a",
    "installee a", "domicilie a", "domiciliee a", "fait a", "habite au", "vit au", "reside au", "i live in",
    "currently living in", "base a", "basee a", "base(e) a", "je suis base a", "je suis basee a", "\xF0\x9F\x93\x8D" /* 📍 */, "\xF0\x9F\x8F\xA0" /* 🏠 */,
    "\xF0\x9F\x8F\xA1" /* 🏡 */};
constexpr std::array<std::string_view, 52> kUsStates = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR"};
constexpr std::array<std::string_view, 30> kCountries = {
    "france", "uk", "united kingdom", "england", "scotland", "wales", "usa", "united states", "india",
    "nigeria", "belgique", "belgium", "suisse", "switzerland", "us", "ghana", "kenya", "south africa",
    "algerie", "algeria", "maroc", "morocco", "tunisie", "tunisia", "senegal", "mali", "cameroun",
    "cameroon", "ireland", "canada"};

template <std::size_t N>
bool OneOf(std::string_view w, const std::array<std::string_view, N>& list) {
  for (std::string_view x : list) if (w == x) return true;
  return false;
}

bool IsDigits(std::string_view w, std::size_t n) {
  if (w.size() != n) return false;
  for (char c : w) if (!IsAsciiDigit(c)) return false;
  return true;
}

class LocationDetector : public Detector {
 public:
  std::string_view id() const override { return "location"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    const std::size_t first_new = out->size();
    const std::size_t n = ctx.view.lines().size();
    for (std::size_t line = 0; line < n; ++line) {
      if (ctx.view.lines()[line].word_count == 0) continue;
      DetectLabelledResidence(ctx, line, out);
      const std::size_t before = out->size();
      DetectStreet(ctx, line, out);
      DetectHeaderCity(ctx, line, out);
      DetectHeaderHouse(ctx, line, out);
      for (std::size_t i = before; i < out->size(); ++i) {
        if ((*out)[i].rule == "location.street") {
          line = ContinueAddressBlock(ctx, line, (*out)[i].start, out);
          break;
        }
      }
    }
    DetectPostcodes(ctx, out);
    DetectCityCountry(ctx, out);
    DetectPlacePhrases(ctx, out);
    for (std::size_t i = first_new; i < out->size(); ++i) {
      if ((*out)[i].category == Category::kCity) (*out)[i].end = ExtendOverRegions(ctx, (*out)[i].end);
    }
  }

  // A known place after "currently in", "actuellement à", "from", and the place of a signature line
  // ("Montfermeil, le 06/12/2025"). Only gazetteer communes and known places count here.
  static void DetectPlacePhrases(const DetectionContext& ctx, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (!(words[w].capitalised || words[w].all_caps)) continue;
      // Cheap context checks first; gazetteer look-ups only where a phrase could apply.
      const std::string_view p1 = w >= 1 ? ctx.view.FoldedWord(w - 1) : std::string_view();
      const std::string_view p2 = w >= 2 ? ctx.view.FoldedWord(w - 2) : std::string_view();
      const bool same_line = w >= 2 && words[w - 2].line == words[w].line;
      const bool phrase = same_line && ((p2 == "currently" && p1 == "in") || (p2 == "actuellement" && (p1 == "a" || p1 == "en")) ||
                                        (p2 == "am" && p1 == "from") || (p2 == "originally" && p1 == "from") ||
                                        (p2 == "now" && p1 == "in") || (p2 == "moving" && p1 == "to"));
      const bool from = ctx.language == Language::kEnglish && w >= 1 && p1 == "from" &&
                        words[w - 1].line == words[w].line && !(w >= 2 && words[w - 2].has_digit);
      const std::size_t line_end = ctx.view.lines()[words[w].line].end;
      const bool maybe_signature = t.substr(words[w].end, line_end - words[w].end).find(", ") != std::string_view::npos;
      if (!phrase && !from && !maybe_signature) continue;
      const auto m = KnownPlaceAt(ctx, w);
      if (m.word_count == 0) continue;
      const std::size_t last = w + m.word_count - 1;
      bool signature = false;
      if (last + 2 < words.size() && words[last + 1].line == words[w].line) {
        const std::string_view gap = t.substr(words[last].end, words[last + 1].start - words[last].end);
        const std::string_view le = ctx.view.FoldedWord(last + 1);
        signature = (gap == ", " && (le == "le" || le == "on")) && words[last + 2].has_digit;
      }
      if (phrase || signature || from) {
        Add(out, words[w].start, words[last].end, Category::kCity, signature ? "location.signature_place" : "location.place_phrase", 0.85);
      }
      w = last;
    }
  }

  // "Lagos, Lagos State, Nigeria", "Chennai, Tamil Nadu", "Brest, France", "Atlanta, GA": the regions and
  // country written after a city belong to the same place.
  static std::size_t ExtendOverRegions(const DetectionContext& ctx, std::size_t end) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (int hop = 0; hop < 3; ++hop) {
      const std::size_t w = ctx.view.WordAtOrAfter(end);
      if (w >= words.size() || words[w].line != ctx.view.LineOf(end) || t.substr(end, words[w].start - end) != ", ") break;
      std::size_t n = 0;
      const auto place = WorldPlaces().LongestAt(ctx.view, w);
      if (place.word_count > 0 && (words[w].capitalised || words[w].all_caps)) n = place.word_count;
      for (std::size_t k = 1; k <= 2 && n == 0 && w + k <= words.size(); ++k) {
        std::string phrase(ctx.view.FoldedWord(w));
        for (std::size_t j = 1; j < k; ++j) phrase += " " + std::string(ctx.view.FoldedWord(w + j));
        if (OneOf(phrase, kCountries) || phrase == "state") n = k;
      }
      if (n == 0 && OneOf(ctx.view.WordText(w), kUsStates)) n = 1;
      if (n == 0) break;
      std::size_t last = w + n - 1;
      if (last + 1 < words.size() && ctx.view.FoldedWord(last + 1) == "state" && words[last + 1].start == words[last].end + 1) ++last;
      end = words[last].end;
    }
    return end;
  }

 private:
  // The longest place starting at word w: a gazetteer commune, or a built-in world place when that
  // match is longer (*world tells which).
  static PhraseMatcher::Match KnownPlaceAt(const DetectionContext& ctx, std::size_t w, bool* world = nullptr) {
    const auto commune = ctx.gazetteers.communes().LongestAt(ctx.view, w);
    const auto place = WorldPlaces().LongestAt(ctx.view, w);
    const bool use_world = place.word_count > commune.word_count;
    if (world) *world = use_world;
    return use_world ? place : commune;
  }

  // The région of commune match `m`, when all its communes agree.
  static std::string RegionOf(const DetectionContext& ctx, const PhraseMatcher::Match& m) {
    const auto& ids = ctx.gazetteers.communes().Ids(m.node);
    std::string region = ctx.gazetteers.commune(ids.front()).region;
    for (auto id : ids) if (ctx.gazetteers.commune(id).region != region) return {};
    return region;
  }

  // Adds a CITY finding for commune match m (with a "(93)", "18e", "CEDEX 9" tail), returns its end.
  static std::size_t AddCity(const DetectionContext& ctx, const PhraseMatcher::Match& m, std::string rule,
                             double conf, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    std::size_t end = words[m.first_word + m.word_count - 1].end;
    end = ExtendCityTail(ctx, m.first_word + m.word_count, end);
    Add(out, words[m.first_word].start, end, Category::kCity, std::move(rule), conf, RegionOf(ctx, m));
    return end;
  }

  // "Paris 18e", "Lyon 3ème", "Bobigny (93)", "Paris Cedex 09", "Paris 18": extends the city span.
  static std::size_t ExtendCityTail(const DetectionContext& ctx, std::size_t next_word, std::size_t end) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (int k = 0; k < 2 && next_word < words.size(); ++k, ++next_word) {
      const Word& w = words[next_word];
      if (w.line != ctx.view.LineOf(end) || w.start > end + 3) break;
      const std::string_view fw = ctx.view.FoldedWord(next_word);
      const std::string_view gap = t.substr(end, w.start - end);
      if (gap.find_first_not_of(" (") != std::string_view::npos) break;
      const bool paren = gap.find('(') != std::string_view::npos;
      if ((fw.size() <= 4 && w.has_digit) || fw == "cedex" || fw == "er" || fw == "e" || fw == "eme") {
        end = w.end;
        if (paren && end < t.size() && t[end] == ')') ++end;
      } else {
        break;
      }
    }
    return end;
  }

  static void DetectLabelledResidence(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    static const LabelSet* labels = new LabelSet(kResidenceLabels);
    static const LabelSet* phrases = new LabelSet(kResidencePhrases);
    std::size_t after = labels->Find(ctx.view, line, true);
    if (after == std::string::npos) after = phrases->Find(ctx.view, line, false);
    if (after == std::string::npos) return;
    const std::size_t end = ValueEnd(ctx.view, after);
    if (end <= after) return;
    // Only a value that starts like a place: a capital, a digit or a street word.
    std::size_t len = 0;
    const char32_t cp = core::DecodeAt(ctx.view.text(), after, &len);
    if (!core::IsUpperCodePoint(cp) && !(cp >= '0' && cp <= '9')) {
      const std::size_t w = ctx.view.WordAtOrAfter(after);
      if (w >= ctx.view.words().size() || !OneOf(ctx.view.FoldedWord(w), kStreetTypes)) return;
    }
    const std::size_t w = ctx.view.WordAtOrAfter(after);
    const auto m = ctx.gazetteers.communes().LongestAt(ctx.view, w);
    if (m.word_count > 0 && ctx.view.words()[m.first_word + m.word_count - 1].end >= end) {
      AddCity(ctx, m, "location.labelled_city", 0.95, out);
    } else {
      // A value with a number or a street word is an address; otherwise a place name.
      bool street = false;
      for (std::size_t k = w; k < ctx.view.words().size() && ctx.view.words()[k].end <= end; ++k) {
        street = street || ctx.view.words()[k].has_digit || OneOf(ctx.view.FoldedWord(k), kStreetTypes) ||
                 OneOf(ctx.view.FoldedWord(k), kEnglishStreetTypes);
      }
      Add(out, after, end, street ? Category::kAddress : Category::kCity,
          street ? "location.labelled_address" : "location.labelled_place", 0.9);
    }
  }

  static bool IsNumberWord(const DetectionContext& ctx, std::size_t w) {
    const Word& word = ctx.view.words()[w];
    const std::string_view f = ctx.view.FoldedWord(w);
    if (!word.has_digit || f.size() > 5) return false;
    std::size_t digits = 0;
    while (digits < f.size() && IsAsciiDigit(f[digits])) ++digits;
    if (digits < 1 || digits > 4) return false;
    const std::string_view suffix = f.substr(digits);  // "12", "221b", "19bis"; not "8e"
    return suffix.empty() || suffix == "a" || suffix == "b" || suffix == "c" || suffix == "d" || suffix == "bis" || suffix == "ter";
  }

  // Street lines: "12 bis rue de la République", "Résidence Les Lilas, bât. B", "221B Baker Street".
  static void DetectStreet(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    const Line& l = ctx.view.lines()[line];
    const auto& words = ctx.view.words();
    for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
      const std::string_view f = ctx.view.FoldedWord(w);
      const std::string_view prev_word = w > l.first_word ? ctx.view.FoldedWord(w - 1) : std::string_view();
      const bool bis = w > l.first_word + 1 && (prev_word == "bis" || prev_word == "ter" ||
                                                 (prev_word.size() == 1 && prev_word[0] >= 'a' && prev_word[0] <= 'd'));
      const std::size_t number_word = bis ? w - 2 : w - 1;
      const bool number_before = w > l.first_word && IsNumberWord(ctx, number_word) && Adjacent(ctx, number_word, w);
      const bool lieu_dit = f == "lieu" && w + 1 < l.first_word + l.word_count && ctx.view.FoldedWord(w + 1) == "dit";
      const bool unit = OneOf(f, kUnitWords) && (words[w].capitalised || words[w].all_caps) && UnitNumberFollows(ctx, w);
      const bool strong = OneOf(f, kStreetTypes) || unit || lieu_dit;
      const bool weak = OneOf(f, kWeakStreetTypes);
      const std::size_t name_word = lieu_dit ? w + 1 : w;
      if ((strong && NameFollows(ctx, name_word)) || (weak && number_before && NameFollows(ctx, w))) {
        const std::size_t start = number_before ? words[number_word].start : words[w].start;
        w = SkipPast(ctx, AddAddressRun(ctx, start, ValueEnd(ctx.view, words[w].start, true), out), w);
        continue;
      }
      if (OneOf(f, kEnglishStreetTypes) && w > l.first_word && InHeader(ctx.view, line) &&
          (words[w].capitalised || words[w].all_caps)) {
        // "Temple Street", "MG Road" starting a segment of the personal part, without a house number.
        std::size_t first = w;
        while (first > l.first_word && w - first < 3 && (words[first - 1].capitalised || words[first - 1].all_caps) &&
               ctx.view.text().substr(words[first - 1].end, words[first].start - words[first - 1].end) == " ") {
          --first;
        }
        const std::string_view t = ctx.view.text();
        std::size_t b = words[first].start;
        while (b > l.start && t[b - 1] == ' ') --b;
        if (first < w && (b == l.start || IsDelimiterAt(t, b - 1) || (b >= 2 && t.substr(b - 2, 2) == "  "))) {
          w = SkipPast(ctx, AddAddressRun(ctx, words[first].start, ValueEnd(ctx.view, words[w].start, true), out), w);
          continue;
        }
      }
      if (IsNumberWord(ctx, w) || IsOrdinal(ctx.view.FoldedWord(w))) {
        const std::size_t type = EnglishStreetType(ctx, w, l);
        if (type != 0) {
          std::size_t start = words[w].start;
          if (start > 0 && ctx.view.text()[start - 1] == '#') --start;
          w = SkipPast(ctx, AddAddressRun(ctx, start, ValueEnd(ctx.view, words[type].start, true), out), w);
        }
      }
    }
  }

  // Segment delimiters inside a line; only a comma continues an address.
  static bool IsDelimiterAt(std::string_view t, std::size_t i) {
    const char c = t[i];
    if (c == ',' || c == ';' || c == '|' || c == '\t' || c == ':' || c == '\n') return true;
    if (c == ' ' && i + 1 < t.size() && t[i + 1] == ' ') return true;
    const std::string_view rest = t.substr(i);
    return rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\xA2") ||
           rest.starts_with("\xC2\xB7") || rest.starts_with("\xF0\x9F");
  }

  // What a comma-separated segment of an address line is.
  enum class SegmentKind { kUnit, kLocality, kPlace, kOther };

  static SegmentKind Classify(const DetectionContext& ctx, std::size_t s, std::size_t e) {
    const auto& words = ctx.view.words();
    const std::size_t first = ctx.view.WordAtOrAfter(s);
    std::size_t count = 0, digits = 0, capitals = 0;
    for (std::size_t k = first; k < words.size() && words[k].end <= e; ++k, ++count) {
      digits += words[k].has_digit;
      capitals += words[k].capitalised || words[k].all_caps;
    }
    const std::string_view seg = ctx.view.text().substr(s, e - s);
    if (count == 0 || count > 5 || seg.find('@') != std::string_view::npos) return SegmentKind::kOther;
    const std::string_view f = ctx.view.FoldedWord(first);
    static constexpr std::string_view kUnitStarts[] = {"esc", "escalier", "bat", "batiment", "apt", "appt", "porte",
        "etage", "lot", "immeuble", "tour", "block", "plot", "door", "flat", "house", "sector", "floor", "unit", "suite",
        "no", "n", "h", "apartment", "appartement", "bp", "cs"};
    bool unit_word = seg.starts_with("#");
    for (std::string_view u : kUnitStarts) unit_word = unit_word || f == u;
    if (unit_word && digits > 0) return SegmentKind::kUnit;
    if (count <= 2 && digits == count && ctx.view.WordText(first).size() <= 5) return SegmentKind::kUnit;  // "56", "19bis"
    if (unit_word && count <= 3) return SegmentKind::kUnit;  // "bât. C"
    if (digits > 0 || OneOf(f, kCountries)) return SegmentKind::kOther;
    if (capitals == 0) return SegmentKind::kOther;
    const std::size_t n = KnownPlaceAt(ctx, first).word_count;
    if (n > 0 && words[first + n - 1].end >= e) return SegmentKind::kPlace;
    return SegmentKind::kLocality;
  }

  // [start, end) of the comma-separated segment that ends just before `pos` (pos at a comma), or npos.
  static std::pair<std::size_t, std::size_t> SegmentBefore(const DetectionContext& ctx, std::size_t pos, std::size_t line_start) {
    const std::string_view t = ctx.view.text();
    std::size_t e = pos;
    while (e > line_start && t[e - 1] == ' ') --e;
    if (e == line_start || t[e - 1] != ',') return {std::string::npos, std::string::npos};
    --e;
    std::size_t s = e;
    while (s > line_start && !IsDelimiterAt(t, s - 1)) --s;
    while (s < e && (static_cast<unsigned char>(t[s]) & 0xC0) == 0x80) ++s;  // after a multi-byte delimiter
    std::size_t a = s, b = e;
    TrimSpan(t, &a, &b, "");
    while (a < b && (t[a] == '*' || t[a] == '-')) ++a;
    return {a, b};
  }

  static std::pair<std::size_t, std::size_t> SegmentAfter(const DetectionContext& ctx, std::size_t pos, std::size_t line_end) {
    const std::string_view t = ctx.view.text();
    std::size_t s = pos;
    while (s < line_end && t[s] == ' ') ++s;
    if (s >= line_end || t[s] != ',') return {std::string::npos, std::string::npos};
    ++s;
    std::size_t e = s;
    while (e < line_end && !IsDelimiterAt(t, e)) ++e;
    std::size_t a = s, b = e;
    TrimSpan(t, &a, &b, ".");
    return {a, b};
  }

  // One ADDRESS finding for a street and the units and localities around it on the line
  // ("Block 8, Flat 6, 95, Allen Avenue, Ikoyi"); a trailing commune or known place becomes CITY.
  // Returns the end of what was covered.
  static std::size_t AddAddressRun(const DetectionContext& ctx, std::size_t start, std::size_t end, std::vector<Finding>* out) {
    const Line& line = ctx.view.lines()[ctx.view.LineOf(start)];
    for (int k = 0; k < 3; ++k) {
      const auto [s, e] = SegmentBefore(ctx, start, line.start);
      if (s == std::string::npos || s >= e) break;
      const SegmentKind kind = Classify(ctx, s, e);
      if (kind != SegmentKind::kUnit && kind != SegmentKind::kLocality) break;
      start = s;
    }
    std::size_t covered = end;
    for (int k = 0; k < 4; ++k) {
      const auto [s, e] = SegmentAfter(ctx, end, line.end);
      if (s == std::string::npos || s >= e) break;
      SegmentKind kind = Classify(ctx, s, e);
      if (kind == SegmentKind::kPlace) {
        // A place followed by another place is a neighbourhood ("Ikoyi, Lagos"): part of the address.
        const auto [s2, e2] = SegmentAfter(ctx, e, line.end);
        if (s2 != std::string::npos && s2 < e2) {
          const SegmentKind next = Classify(ctx, s2, e2);
          if (next == SegmentKind::kPlace || next == SegmentKind::kLocality) kind = SegmentKind::kLocality;
        }
      }
      if (kind == SegmentKind::kPlace) {
        const std::size_t w = ctx.view.WordAtOrAfter(s);
        const auto m = ctx.gazetteers.communes().LongestAt(ctx.view, w);
        if (m.word_count > 0 && ctx.view.words()[m.first_word + m.word_count - 1].end >= e) {
          covered = AddCity(ctx, m, "location.city_after_street", 0.9, out);
        } else {
          Add(out, s, e, Category::kCity, "location.place_after_street", 0.85);
          covered = e;
        }
        break;
      }
      if (kind != SegmentKind::kUnit && kind != SegmentKind::kLocality) break;
      end = e;
      covered = e;
    }
    Add(out, start, end, Category::kAddress, "location.street", 0.92);
    return std::max(covered, end);
  }

  // The segments of a line split at strong separators (|, tab, 2+ spaces, •, ·, –, —), not at commas.
  static std::vector<std::pair<std::size_t, std::size_t>> Segments(const DetectionContext& ctx, std::size_t line) {
    const std::string_view t = ctx.view.text();
    const Line& l = ctx.view.lines()[line];
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t s = l.start;
    for (std::size_t i = l.start; i <= l.end; ++i) {
      const bool edge = i == l.end;
      const bool strong = !edge && t[i] != ',' && t[i] != ':' && t[i] != ';' && IsDelimiterAt(t, i);
      if (edge || strong) {
        std::size_t a = s, b = i;
        TrimSpan(t, &a, &b, "");
        while (a < b && (t[a] == '*' || t[a] == '-' || t[a] == '#' || t[a] == '>')) ++a;
        if (b > a) out.emplace_back(a, b);
        if (edge) break;
        std::size_t len = 1;
        core::DecodeAt(t, i, &len);
        s = i + len;
      }
    }
    return out;
  }

  // Two-column headers continue an address on the next lines ("Anna Nagar", "Sector 62" under the street):
  // the same column (the last segment when the street was not at the line start) is part of the address
  // while it is a unit or a locality; a line with a postcode or a known place is left to the other rules.
  // Returns the last line consumed.
  static std::size_t ContinueAddressBlock(const DetectionContext& ctx, std::size_t line, std::size_t street_start,
                                          std::vector<Finding>* out) {
    const bool right_column = street_start > ctx.view.lines()[line].start + 8;
    std::size_t last = line;
    for (std::size_t next = line + 1; next < ctx.view.lines().size() && next <= line + 3; ++next) {
      if (ctx.view.lines()[next].word_count == 0 || !InHeader(ctx.view, next)) break;
      const auto segments = Segments(ctx, next);
      if (segments.empty() || (!right_column && segments.size() > 1)) break;
      if (right_column && segments.size() == 1 && segments[0].first < ctx.view.lines()[next].start + 8) break;
      const auto [s, e] = segments.back();
      const SegmentKind kind = Classify(ctx, s, e);
      if (kind == SegmentKind::kUnit || kind == SegmentKind::kLocality) {
        Add(out, s, e, Category::kAddress, "location.address_block", 0.85);
        last = next;
        continue;
      }
      if (kind == SegmentKind::kPlace) break;
      // A postcode line ("Pune 411395") ends the street part; other rules take it.
      break;
    }
    return last;
  }

  // "56 Kingsway", "44 Meadow View" alone in a segment of the personal part: a house and street.
  static void DetectHeaderHouse(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    if (!InHeader(ctx.view, line)) return;
    const auto& words = ctx.view.words();
    for (auto [s, e] : Segments(ctx, line)) {
      const std::size_t comma = ctx.view.text().substr(s, e - s).find(',');
      const bool more = comma != std::string_view::npos;
      if (more) e = s + comma;  // "69 Kingsway, Bristol, BS9 7JQ": the house and street part
      const std::size_t first = ctx.view.WordAtOrAfter(s);
      if (first >= words.size() || words[first].end > e || !IsNumberWord(ctx, first)) continue;
      std::size_t names = 0;
      bool ok = true;
      for (std::size_t k = first + 1; k < words.size() && words[k].end <= e; ++k) {
        const std::string_view f = ctx.view.FoldedWord(k);
        ok = ok && !words[k].has_digit && (words[k].capitalised || words[k].all_caps) && f != "years" && f != "ans" &&
             f != "months" && f != "mois" && f != "experience" && f != "projects" && f != "clients";
        ++names;
      }
      if (ok && names >= 1 && names <= 3) {
        if (more) AddAddressRun(ctx, words[first].start, e, out);
        else Add(out, words[first].start, e, Category::kAddress, "location.house", 0.8);
      }
    }
  }

  // Only spaces, a comma or "bis"/"ter" between a house number and the street type ("12, rue", "3 bis rue").
  static bool Adjacent(const DetectionContext& ctx, std::size_t number_word, std::size_t type_word) {
    const auto& words = ctx.view.words();
    for (std::size_t k = number_word; k < type_word; ++k) {
      const std::string_view gap = ctx.view.text().substr(words[k].end, words[k + 1].start - words[k].end);
      if (gap != " " && gap != ", " && gap != "," && gap != "  ") return false;
    }
    return true;
  }

  // "Flat 3", "Door No. 22/6", "H.No. 11-9", "Bât. C", "Suite 200": a number (or "No" + number, or one
  // capital letter) right after a unit word.
  static bool UnitNumberFollows(const DetectionContext& ctx, std::size_t w) {
    const auto& words = ctx.view.words();
    std::size_t k = w + 1;
    if (k < words.size() && (ctx.view.FoldedWord(k) == "no" || ctx.view.FoldedWord(k) == "n")) ++k;
    if (k >= words.size() || words[k].line != words[w].line || words[k].start > words[k - 1].end + 4) return false;
    const std::string_view next = ctx.view.WordText(k);
    return words[k].has_digit || (next.size() == 1 && next[0] >= 'A' && next[0] <= 'Z');
  }

  // The word after a French street type starts a name: de/du/des/d'/l'/la/le/les or a capital.
  static bool NameFollows(const DetectionContext& ctx, std::size_t w) {
    const auto& words = ctx.view.words();
    if (w + 1 >= words.size() || words[w + 1].line != words[w].line) return ctx.view.FoldedWord(w) == "cedex";
    if (words[w + 1].start > words[w].end + 3) return false;
    const std::string_view next = ctx.view.FoldedWord(w + 1);
    static constexpr std::string_view kLinks[] = {"de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "saint", "st"};
    for (std::string_view link : kLinks) if (next == link) return true;
    return words[w + 1].capitalised || words[w + 1].all_caps || words[w + 1].has_digit;
  }

  static bool IsOrdinal(std::string_view f) {
    std::size_t d = 0;
    while (d < f.size() && IsAsciiDigit(f[d])) ++d;
    if (d == 0 || d > 3) return false;
    const std::string_view suffix = f.substr(d);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
  }

  // "221B Baker Street", "148 St John's Terrace", "2nd Street", ", 56, Ogui Road": a number (an ordinal
  // may stand right before the type), up to 4 capitalised words, then an English street type. Returns the
  // type word's index, or 0 when there is none.
  static std::size_t EnglishStreetType(const DetectionContext& ctx, std::size_t w, const Line& l) {
    const auto& words = ctx.view.words();
    const bool ordinal = IsOrdinal(ctx.view.FoldedWord(w));
    std::size_t names = 0;
    for (std::size_t k = w + 1; k < l.first_word + l.word_count && k <= w + 6; ++k) {
      const std::string_view gap = ctx.view.text().substr(words[k - 1].end, words[k].start - words[k - 1].end);
      if (k == w + 1 ? (gap != " " && gap != ", " && gap != ",") : (gap != " " && gap != "'" && gap != "\xE2\x80\x99" && gap != ". ")) return 0;
      if ((names > 0 || ordinal) && OneOf(ctx.view.FoldedWord(k), kEnglishStreetTypes)) return k;
      const bool possessive = ctx.view.FoldedWord(k) == "s" && gap != " ";
      if (!words[k].capitalised && !words[k].all_caps && !possessive) return 0;
      names += possessive ? 0 : 1;
      if (names > 4) return 0;
    }
    return 0;
  }

  // Index of the last word that ends at or before `end` (at least `w`).
  static std::size_t SkipPast(const DetectionContext& ctx, std::size_t end, std::size_t w) {
    const auto& words = ctx.view.words();
    while (w + 1 < words.size() && words[w + 1].end <= end) ++w;
    return w;
  }

  // French postcodes followed by their commune; UK postcodes; US ZIP after a state; Indian PIN.
  static void DetectPostcodes(const DetectionContext& ctx, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string_view f = ctx.view.FoldedWord(w);
      if (IsDigits(f, 5)) {
        FrenchPostcode(ctx, w, out);
      } else if (IsDigits(f, 6)) {
        IndianPin(ctx, w, out);
      } else if (words[w].all_caps && f.size() == 2 && w + 1 < words.size() && IsDigits(ctx.view.FoldedWord(w + 1), 5) &&
                 OneOf(ctx.view.WordText(w), kUsStates)) {
        Add(out, words[w + 1].start, words[w + 1].end, Category::kPostcode, "location.us_zip", 0.9);
        CityBeforeComma(ctx, w, out);
      } else {
        UkPostcode(ctx, w, out);
      }
    }
  }

  static void FrenchPostcode(const DetectionContext& ctx, std::size_t w, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::string code(ctx.view.FoldedWord(w));
    const bool known = ctx.gazetteers.CommunesWithPostcode(code) != nullptr;
    const bool plausible = code >= "01000" && code <= "98899";
    if (!plausible) return;
    // Commune right after (same line): the strongest evidence.
    if (w + 1 < words.size() && words[w + 1].line == words[w].line && words[w + 1].start <= words[w].end + 3) {
      const auto m = ctx.gazetteers.communes().LongestAt(ctx.view, w + 1);
      const bool capital = words[w + 1].capitalised || words[w + 1].all_caps;
      if (m.word_count > 0 || (capital && (known || !ctx.gazetteers.has_reference_data()))) {
        Add(out, words[w].start, words[w].end, Category::kPostcode, "location.postcode_commune", 0.95);
        if (m.word_count > 0) AddCity(ctx, m, "location.city_after_postcode", 0.95, out);
        else Add(out, words[w + 1].start, ValueEnd(ctx.view, words[w + 1].start, true), Category::kCity, "location.city_after_postcode", 0.8);
        return;
      }
    }
    // "Bobigny 93000", "Paris, 75018": commune just before.
    if (known && w > 0 && words[w - 1].line == words[w].line) {
      for (std::size_t back = 1; back <= 4 && back <= w; ++back) {
        const auto m = ctx.gazetteers.communes().LongestAt(ctx.view, w - back);
        if (m.word_count == back && (words[w - back].capitalised || words[w - back].all_caps)) {  // not "used by 45000"
          Add(out, words[w].start, words[w].end, Category::kPostcode, "location.commune_postcode", 0.9);
          AddCity(ctx, m, "location.city_before_postcode", 0.9, out);
          return;
        }
      }
    }
    // On a line that is an address (a street or "CEDEX"), or under an address label.
    if (known && LineLooksLikeAddress(ctx, words[w].line)) {
      Add(out, words[w].start, words[w].end, Category::kPostcode, "location.postcode_in_address", 0.85);
    }
  }

  static bool LineLooksLikeAddress(const DetectionContext& ctx, std::size_t line) {
    const Line& l = ctx.view.lines()[line];
    for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
      const std::string_view f = ctx.view.FoldedWord(w);
      if (OneOf(f, kStreetTypes) || f == "adresse" || f == "address" || f == "domicile") return true;
    }
    return false;
  }

  // Spaces, commas, hyphens and dashes only.
  static bool OnlySeparators(std::string_view gap) {
    std::string rest(gap);
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
      for (auto p = rest.find(dash); p != std::string::npos; p = rest.find(dash)) rest.replace(p, dash.size(), " ");
    }
    return rest.find_first_not_of(" -,") == std::string::npos && gap.size() <= 6;
  }

  static void IndianPin(const DetectionContext& ctx, std::size_t w, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    static const LabelSet* labels = new LabelSet{"pin", "pin code", "pincode", "zip"};
    const bool labelled = labels->Find(ctx.view, words[w].line, false) != std::string::npos;
    const bool after_city = w > 0 && words[w - 1].line == words[w].line && (words[w - 1].capitalised || words[w - 1].all_caps) &&
                            OnlySeparators(t.substr(words[w - 1].end, words[w].start - words[w - 1].end));
    const bool known_place = after_city && WorldPlaces().LongestAt(ctx.view, w - 1).word_count == 1;
    if (ctx.view.FoldedWord(w)[0] == '0' || !(labelled || (after_city && (ctx.language == Language::kEnglish || known_place)))) return;
    Add(out, words[w].start, words[w].end, Category::kPostcode, "location.in_pin", 0.85);
    if (after_city) Add(out, words[w - 1].start, words[w - 1].end, Category::kCity, "location.city_before_pin", 0.8);
  }

  // "SW1A 1AA", "M1 1AE", "LS1 4AP": outward code (A9, A99, AA9, AA99, A9A, AA9A) + inward (9AA).
  static void UkPostcode(const DetectionContext& ctx, std::size_t w, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    if (w + 1 >= words.size() || words[w + 1].line != words[w].line || words[w + 1].start != words[w].end + 1) return;
    const std::string_view a = ctx.view.WordText(w), b = ctx.view.WordText(w + 1);
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (b.size() != 3 || !IsAsciiDigit(b[0]) || !upper(b[1]) || !upper(b[2])) return;
    if (a.size() < 2 || a.size() > 4 || !upper(a[0])) return;
    std::size_t i = upper(a[1]) ? 2 : 1;
    if (i >= a.size() || !IsAsciiDigit(a[i])) return;
    for (std::size_t k = i + 1; k < a.size(); ++k) if (!IsAsciiDigit(a[k]) && !upper(a[k])) return;
    Add(out, words[w].start, words[w + 1].end, Category::kPostcode, "location.uk_postcode", 0.9);
    CityBeforeComma(ctx, w, out);
  }

  // "Springfield, IL 62704" / "London SW1A 1AA": the capitalised words just before word w.
  static void CityBeforeComma(const DetectionContext& ctx, std::size_t w, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    std::size_t first = w;
    while (first > 0 && words[first - 1].line == words[w].line && (words[first - 1].capitalised || words[first - 1].all_caps) &&
           w - first < 3 && ctx.view.text().substr(words[first - 1].end, words[first].start - words[first - 1].end).find_first_not_of(" ,") == std::string_view::npos) {
      --first;
      if (ctx.view.text().substr(words[first].end, words[first + 1].start - words[first].end).find(',') != std::string_view::npos) break;
    }
    if (first < w) Add(out, words[first].start, words[w - 1].end, Category::kCity, "location.city_before_postcode", 0.8);
  }

  // "Lyon, France", "Leeds, UK": a commune or capitalised place before a country name.
  static void DetectCityCountry(const DetectionContext& ctx, std::vector<Finding>* out) {
    const auto& words = ctx.view.words();
    const std::string_view t = ctx.view.text();
    for (std::size_t w = 1; w < words.size(); ++w) {
      const std::string_view f = ctx.view.FoldedWord(w);
      const bool two = w + 1 < words.size() && OneOf(std::string(f) + " " + std::string(ctx.view.FoldedWord(w + 1)), kCountries);
      if (!OneOf(f, kCountries) && !two) continue;
      const std::string_view gap = t.substr(words[w - 1].end, words[w].start - words[w - 1].end);
      if (gap != ", " && gap != "," && gap != " , ") continue;
      std::size_t first = w - 1;
      if (!words[first].capitalised && !words[first].all_caps) continue;
      for (std::size_t back = 1; back <= 4 && back <= w; ++back) {
        const auto m = ctx.gazetteers.communes().LongestAt(ctx.view, w - back);
        if (m.word_count == back) first = w - back;
      }
      Add(out, words[first].start, words[w - 1].end, Category::kCity, "location.city_country", 0.85);
    }
  }

  // A header segment that is exactly a commune or a known place ("Développeur | Lyon | 06 …",
  // "Data Scientist          Luton", "Atlanta, GA").
  static void DetectHeaderCity(const DetectionContext& ctx, std::size_t line, std::vector<Finding>* out) {
    if (!InHeader(ctx.view, line)) return;
    const Line& l = ctx.view.lines()[line];
    const std::string_view t = ctx.view.text();
    const auto& words = ctx.view.words();
    for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
      bool use_world = false;
      const auto m = KnownPlaceAt(ctx, w, &use_world);
      if (m.word_count == 0) continue;
      const Word& first = words[w];
      std::size_t last_word = w + m.word_count - 1;
      if (!(first.capitalised || first.all_caps) || words[last_word].end - first.start < 3) continue;
      // "Atlanta, GA": a US state code after the place.
      std::size_t end = words[last_word].end;
      if (last_word + 1 < words.size() && words[last_word + 1].line == line && t.substr(end, words[last_word + 1].start - end) == ", " &&
          OneOf(ctx.view.WordText(last_word + 1), kUsStates)) {
        ++last_word;
        end = words[last_word].end;
      }
      if (SegmentBoundary(t, l.start, first.start, true) && SegmentBoundary(t, end, l.end, false)) {
        if (use_world) {
          Add(out, first.start, end, Category::kCity, "location.header_place", 0.85);
        } else {
          AddCity(ctx, m, "location.header_city", 0.85, out);
        }
      }
      w = last_word;
    }
  }

  // True when [from, to) — the text between a place and the line's edge — has a field separator
  // next to the place (or nothing but spaces and markup).
  static bool SegmentBoundary(std::string_view t, std::size_t from, std::size_t to, bool before) {
    std::string_view gap = t.substr(from, to - from);
    static constexpr std::string_view kSeparators[] = {"|", ",", "/", "\t", "  ", "\xC2\xB7", "\xE2\x80\xA2",
                                                       "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x96\xA0", "\xF0\x9F\x93\x8D", " - ", ";"};
    // Only the part next to the place matters: cut at the nearest word character.
    std::size_t near_start = 0, near_end = gap.size();
    if (before) {
      std::size_t k = gap.size();
      while (k > 0 && !IsAsciiAlnum(gap[k - 1]) && static_cast<unsigned char>(gap[k - 1]) < 0xC3) --k;
      near_start = k;
      if (k == 0) return true;  // line start (only markup before)
    } else {
      std::size_t k = 0;
      while (k < gap.size() && (!IsAsciiAlnum(gap[k]) || IsAsciiDigit(gap[k])) &&
             !(static_cast<unsigned char>(gap[k]) >= 0xC3 && static_cast<unsigned char>(gap[k]) < 0xE0)) {
        ++k;
      }
      near_end = k;
      if (k == gap.size()) return true;  // line end
    }
    const std::string_view near = gap.substr(near_start, near_end - near_start);
    for (std::string_view sep : kSeparators) {
      if (near.find(sep) != std::string_view::npos) return true;
    }
    return before ? near.find(')') != std::string_view::npos : near.find('(') != std::string_view::npos;
  }
};

}  // namespace

std::unique_ptr<Detector> MakeLocationDetector() { return std::make_unique<LocationDetector>(); }

}  // namespace fairhire::anonymise::detectors
