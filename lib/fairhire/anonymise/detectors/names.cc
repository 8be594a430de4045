// NAME detector: the candidate's and third parties' names, anywhere in the document. It runs last so
// it can read the e-mail and URL findings. Gazetteers alone reach a fraction of real names, so seeds
// come mostly from layout and context (see name_seeds.cc and name_aliases.cc); each seed's words
// become name tokens of one person, and every occurrence of a token is then redacted (header, body,
// signature, file names), with one entity key per person so "Fatima BENALI", "F. Benali" and
// "Mme Benali" share [NAME-1]. Tokens that are also skills or common words (Julia, Grace, Rose) are
// only redacted next to another name token or, for common words, when capitalised.
#include <algorithm>
#include <string>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"
#include "fairhire/anonymise/internal/name_detector.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

// Categories whose words never seed a name (a name inside a city or birthplace is still allowed).
bool Blocks(Category c) { return c != Category::kName && c != Category::kCity && c != Category::kBirthplace; }

bool IsJoinByte(char c) { return c == ' ' || c == '-' || c == '\'' || c == '.' || c == '_'; }

class NameDetector : public Detector {
 public:
  std::string_view id() const override { return "name"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    NameScan scan(ctx, *out);
    scan.CollectAliases();
    scan.SeedFromLabels();
    scan.SeedFromHeader();
    scan.SeedFromCues();
    scan.SeedFromAliases();
    scan.SeedFromGazetteers();
    scan.SeedFromSignatures();
    scan.SeedFromMaidenNames();
    scan.Propagate(out);
  }
};

}  // namespace

NameScan::NameScan(const DetectionContext& ctx, const std::vector<Finding>& earlier)
    : ctx_(ctx), view_(ctx.view), earlier_(earlier), sections_(ClassifySections(ctx.view)) {
  const auto& words = view_.words();
  blocked_.assign(words.size(), 0);
  seeded_.assign(words.size(), 0);
  contact_.assign(view_.lines().size(), 0);
  stop_.assign(words.size(), 0);
  for (const Finding& f : earlier) {
    if (f.category == Category::kEmail || f.category == Category::kPhone || f.category == Category::kUrl) {
      contact_[view_.LineOf(f.start)] = 1;
    }
    if (!Blocks(f.category)) continue;
    for (std::size_t w = view_.WordAtOrAfter(f.start); w < words.size() && words[w].start < f.end; ++w) {
      // "Marie-Claire" is not "marié": a family status is written in lower case or with its accent.
      if (f.category == Category::kFamilyStatus && FirstUpper(w) &&
          core::AsciiLower(view_.WordText(w)) == view_.FoldedWord(w)) {
        continue;
      }
      blocked_[w] = 1;
    }
  }
}

bool NameScan::FirstUpper(std::size_t w) const {
  std::size_t len = 1;
  return core::IsUpperCodePoint(core::DecodeAt(view_.WordText(w), 0, &len));
}

bool NameScan::IsNameWord(std::size_t w) const {
  const Word& word = view_.words()[w];
  if (!word.has_letter || word.has_digit || !FirstUpper(w)) return false;
  std::size_t len = 1;
  core::DecodeAt(view_.WordText(w), 0, &len);
  return len < view_.WordText(w).size();  // two letters or more
}

bool NameScan::IsInitial(std::size_t w) const {
  const std::string_view t = view_.WordText(w);
  std::size_t len = 1;
  core::DecodeAt(t, 0, &len);
  if (len != t.size() || !FirstUpper(w)) return false;
  const std::size_t after = view_.words()[w].end;
  const std::string_view text = view_.text();
  if (after >= text.size()) return false;
  return text[after] == '.' || text[after] == '\'' || text.substr(after, 3) == "\xE2\x80\x99" ||
         (text[after] == '-' && after + 1 < text.size() && text[after + 1] != ' ');
}

bool NameScan::IsParticleAt(std::size_t w) const { return IsNameParticle(view_.FoldedWord(w)); }

NameScan::Stop NameScan::StopOf(std::size_t w) const {
  std::uint8_t& memo = stop_[w];
  if (memo == 0) {
    const std::string_view f = view_.FoldedWord(w);
    const Stop stop = IsHonorific(f) ? Stop::kHard
                      : !IsNameStopWord(f) ? Stop::kNone
                      : IsKnownName(w) ? Stop::kSoft : Stop::kHard;
    memo = static_cast<std::uint8_t>(stop) + 1;
  }
  return static_cast<Stop>(memo - 1);
}

bool NameScan::IsKnownName(std::size_t w) const {
  const std::string_view f = view_.FoldedWord(w);
  return ctx_.gazetteers.FirstName(f) != nullptr || ctx_.gazetteers.IsSurname(f);
}

bool NameScan::Joined(std::size_t a) const {
  const auto& words = view_.words();
  if (a + 1 >= words.size() || words[a].line != words[a + 1].line) return false;
  const std::size_t from = words[a].end, to = words[a + 1].start;
  if (to - from > 3) return false;
  const std::string_view gap = view_.text().substr(from, to - from);
  if (gap == " - " || gap == "  " || gap == "   ") return false;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (IsJoinByte(gap[i])) continue;
    if (gap.substr(i, 3) == "\xE2\x80\x99" || gap.substr(i, 2) == "\xC2\xA0") {  // ’ and no-break space
      i += gap[i] == '\xC2' ? 1 : 2;
      continue;
    }
    return false;
  }
  return true;
}

std::vector<NameScan::Segment> NameScan::Segments(std::size_t line) const {
  std::vector<Segment> out;
  const Line& l = view_.lines()[line];
  if (l.word_count == 0) return out;
  Segment cur{l.first_word, l.first_word + 1};
  for (std::size_t w = l.first_word + 1; w < l.first_word + l.word_count; ++w) {
    if (Joined(w - 1)) {
      cur.end = w + 1;
    } else {
      out.push_back(cur);
      cur = Segment{w, w + 1};
    }
  }
  out.push_back(cur);
  return out;
}

std::size_t NameScan::NameRun(std::size_t w, std::size_t max_words, int* names) const {
  const auto& words = view_.words();
  *names = 0;
  std::size_t end = w, i = w;
  for (; i < words.size(); ++i) {
    if (i > w && !Joined(i - 1)) break;
    if (blocked_[i]) break;
    if (IsNameWord(i) && !IsParticleAt(i) && StopOf(i) != Stop::kHard) {
      if (static_cast<std::size_t>(*names) == max_words) break;
      ++*names;
      end = i + 1;
    } else if (IsInitial(i)) {
      end = i + 1;
    } else if (!IsParticleAt(i)) {
      break;
    } else if (FirstUpper(i) && i + 1 < words.size() && Joined(i)) {
      continue;  // capitalised particle ("Le", "Ben", "El") before the next word
    }
  }
  return *names > 0 ? end : w;
}

void NameScan::AddSeed(std::size_t first, std::size_t end, double confidence, const char* rule, bool allow_soft) {
  // A seed that starts with an employer or product written like a name is not a person
  // ("Allen-Bradley PLC"), unless a known name follows it ("Paul Smith Okafor").
  const std::size_t brand = NamelikeBrandAt(view_, first);
  if (brand >= 2 && first + brand <= end && (first + brand == end || !IsKnownName(first + brand))) return;
  // The person: the entity of the surname-like word (first all-caps word, else the last name word).
  std::size_t key = end;
  for (std::size_t w = first; w < end; ++w) {
    if (view_.words()[w].all_caps && !IsParticleAt(w)) {
      key = w;
      break;
    }
  }
  if (key == end) {
    for (std::size_t w = end; w-- > first;) {
      if (!IsParticleAt(w) && view_.FoldedWord(w).size() >= 2 && !IsInitial(w)) {
        key = w;
        break;
      }
    }
  }
  if (key == end) return;
  int entity = entities_;
  if (auto it = tokens_.find(view_.FoldedWord(key)); it != tokens_.end()) entity = it->second.entity;
  else ++entities_;
  for (std::size_t w = first; w < end; ++w) {
    const std::string_view f = view_.FoldedWord(w);
    if (IsInitial(w) || f.size() < 2 || (IsParticleAt(w) && !FirstUpper(w))) continue;
    if (!allow_soft && StopOf(w) != Stop::kNone) continue;
    if (StopOf(w) == Stop::kHard && !view_.words()[w].all_caps) continue;
    seeded_[w] = 1;
    auto [it, inserted] = tokens_.try_emplace(std::string(f), Token{entity, confidence, rule});
    if (!inserted && it->second.confidence < confidence) it->second.confidence = confidence;
  }
}

bool NameScan::ElidedPart(std::size_t i) const {
  // A lower-case part after an apostrophe inside a name: "Moncond’huy".
  const auto& words = view_.words();
  if (i == 0 || FirstUpper(i) || !words[i].has_letter || words[i].has_digit || !Joined(i - 1)) return false;
  const std::string_view gap = view_.text().substr(words[i - 1].end, words[i].start - words[i - 1].end);
  return (gap == "'" || gap == "\xE2\x80\x99") && view_.FoldedWord(i).size() >= 2 && IsNameWord(i - 1);
}

bool NameScan::MiddleName(std::size_t i, int entity) const {
  // A name word between two tokens of the same person belongs to the name.
  const auto& words = view_.words();
  if (blocked_[i] || !IsNameWord(i) || StopOf(i) != Stop::kNone || IsParticleAt(i)) return false;
  if (i + 1 >= words.size() || !Joined(i) || blocked_[i + 1]) return false;
  auto it = tokens_.find(view_.FoldedWord(i + 1));
  return it != tokens_.end() && it->second.entity == entity && FirstUpper(i + 1);
}

bool NameScan::LeadingParticle(std::size_t p) const {
  // A lower-case particle before a name: "d'Aubigné" always; "de", "van"... at the start of a value
  // (line start, after ':' or a tab) or after an initial.
  const auto& words = view_.words();
  if (blocked_[p] || !Joined(p) || !IsParticleAt(p) || FirstUpper(p)) return false;
  const std::string_view t = view_.text();
  const std::string_view gap = t.substr(words[p].end, words[p + 1].start - words[p].end);
  if (view_.FoldedWord(p) == "d" && (gap == "'" || gap == "\xE2\x80\x99")) return true;
  std::size_t q = words[p].start;
  while (q > 0 && (t[q - 1] == ' ' || t[q - 1] == '\t')) --q;
  return q == view_.lines()[words[p].line].start || t[q - 1] == ':' || t[q - 1] == '\t' ||
         (p > 0 && words[p - 1].end == q && IsInitial(p - 1));
}

std::size_t NameScan::SpanEnd(std::size_t first, std::size_t end) const {
  // The dot of a final initial ("Devdan S.") and the parenthesis closing a nickname ("Hao (Alan)").
  const std::string_view t = view_.text();
  std::size_t e = view_.words()[end - 1].end;
  const std::string_view span = t.substr(view_.words()[first].start, e - view_.words()[first].start);
  if (e < t.size() && t[e] == '.' && view_.WordText(end - 1).size() == 1) ++e;
  else if (e < t.size() && t[e] == ')' && span.find('(') != std::string_view::npos &&
           span.find(')') == std::string_view::npos) {
    ++e;
  }
  return e;
}

void NameScan::Propagate(std::vector<Finding>* out) const {
  const auto& words = view_.words();
  if (tokens_.empty()) return;
  auto token_at = [&](std::size_t w) -> const Token* {
    auto it = tokens_.find(view_.FoldedWord(w));
    return it == tokens_.end() ? nullptr : &it->second;
  };
  auto alone_ok = [&](std::size_t w) {
    const std::string_view f = view_.FoldedWord(w);
    if (f.size() <= 2 || IsNameParticle(f) || IsNameStopWord(f)) return false;
    return FirstUpper(w) || !IsCommonWord(f);
  };
  for (std::size_t w = 0; w < words.size(); ++w) {
    const Token* tok = token_at(w);
    if (tok == nullptr || blocked_[w]) continue;
    if (!FirstUpper(w) && IsCommonWord(view_.FoldedWord(w))) continue;
    // Grow the run: initials and capitalised particles before, tokens/particles/initials after.
    std::size_t first = w;
    while (first > 0 && Joined(first - 1) && !blocked_[first - 1] &&
           (IsInitial(first - 1) ||
            (IsParticleAt(first - 1) &&
             (FirstUpper(first - 1) || (first >= 2 && Joined(first - 2) && IsInitial(first - 2)))))) {
      --first;  // "F. Benali", "L. de Villiers", "Ben Salah"
    }
    while (first > 0 && LeadingParticle(first - 1)) --first;  // "d'Aubigné", "Nom : de La Fontaine"
    std::size_t end = w + 1, tokens = 1;
    bool any_alone = alone_ok(w);
    // The person: the first all-caps token, else the last token ("Fatima BENALI", "F. Benali").
    const Token* caps = view_.words()[w].all_caps ? tok : nullptr;
    const Token* last = tok;
    for (std::size_t i = w + 1; i < words.size() && !blocked_[i]; ++i) {
      const Token* t = token_at(i);
      // "Miller, Ryan": a comma joins two tokens of the same person.
      // "Cindy (Jenny) Li": a nickname in parentheses between tokens of the same person.
      const std::string_view gap = view_.text().substr(words[i - 1].end, words[i].start - words[i - 1].end);
      const bool comma = t != nullptr && t->entity == last->entity && words[i].line == words[i - 1].line &&
                         (gap == ", " || gap == " (" || gap == ") ");
      if (!Joined(i - 1) && !comma) break;
      if (ElidedPart(i)) {  // "Moncond’huy", "O'neil"
        end = i + 1;
        continue;
      }
      if (t == nullptr && MiddleName(i, last->entity)) {  // "Declan Alfie MacLeod"
        end = i + 1;
        continue;
      }
      if (t != nullptr && (FirstUpper(i) || !IsCommonWord(view_.FoldedWord(i)))) {
        ++tokens, end = i + 1;
        any_alone = any_alone || alone_ok(i);
        if (caps == nullptr && view_.words()[i].all_caps) caps = t;
        last = t;
      } else if (IsInitial(i) || (IsParticleAt(i) && i + 1 < words.size() && Joined(i) && token_at(i + 1))) {
        continue;
      } else {
        break;
      }
    }
    // A neighbour that is a known name, or in capitals next to a token in capitals, belongs to the
    // same name ("D/o POOJA SOBIERAJ" once SOBIERAJ is known).
    auto neighbour_ok = [&](std::size_t i, std::size_t token) {
      if (blocked_[i] || !IsNameWord(i) || StopOf(i) != Stop::kNone || IsParticleAt(i)) return false;
      if (IsCommonWord(view_.FoldedWord(i)) || view_.FoldedWord(i).size() < 3) return false;
      return IsKnownName(i) || (view_.words()[i].all_caps && view_.words()[token].all_caps);
    };
    if (first == w && w > 0 && Joined(w - 1) && alone_ok(w) && neighbour_ok(w - 1, w)) first = w - 1;
    if (end < words.size() && Joined(end - 1) && alone_ok(end - 1) && neighbour_ok(end, end - 1)) ++end;
    // A trailing initial ("Ramesh Kumar S") belongs to the name.
    if (end < words.size() && Joined(end - 1) && !blocked_[end] && view_.WordText(end).size() == 1 &&
        FirstUpper(end)) {
      ++end;
    }
    w = end - 1;
    // "Q. Ng" stands with its initial; "Nom : VU" where it was seeded.
    if (tokens == 1 && !any_alone && first == w && !seeded_[w]) continue;
    if (!any_alone && tokens > 1) {
      // Two skill-like tokens side by side ("Ruby Rails") are not enough; one real token is.
      bool real = false;
      for (std::size_t i = first; i < end; ++i) {
        const std::string_view f = view_.FoldedWord(i);
        real = real || (token_at(i) && !IsNameStopWord(f) && f.size() >= 2 && !IsNameParticle(f));
      }
      if (!real) continue;
    }
    const Token* best = caps != nullptr ? caps : last;
    Finding f;
    f.start = words[first].start;
    f.end = SpanEnd(first, end);
    f.category = Category::kName;
    f.rule = std::string("name.") + best->rule;
    f.confidence = best->confidence;
    f.entity_key = "person-" + std::to_string(best->entity);
    out->push_back(std::move(f));
  }
}

std::unique_ptr<Detector> MakeNameDetector() { return std::make_unique<NameDetector>(); }

}  // namespace fairhire::anonymise::detectors
