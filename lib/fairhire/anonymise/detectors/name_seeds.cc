// Seeds of the NAME detector from layout and context: labels ("Nom :", "Name:"), the name line of the
// header block (scored: first line, gazetteer hits, "Prénom NOM" capitals, line above the contact
// details, tokens shared with the e-mail or a profile slug), honorifics and third-party cues
// ("Mme Benali", "Tuteur : Jean Dupont", "supervised by ...", references section) and gazetteer pairs
// (a known first name next to a surname or a word in capitals).
#include <string>
#include <unordered_set>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/name_detector.h"

namespace fairhire::anonymise::detectors {
namespace {

// How many non-empty header lines may hold the candidate's name.
constexpr std::size_t kHeaderLines = 10;

}  // namespace

void NameScan::SeedAfter(std::size_t pos, int min_names, double confidence, const char* rule) {
  const auto& words = view_.words();
  std::size_t w = view_.WordAtOrAfter(pos);
  if (w >= words.size() || words[w].line != view_.LineOf(pos)) return;
  if (words[w].start - pos > 6) return;
  bool honorific = false;
  while (w < words.size() && IsHonorific(view_.FoldedWord(w)) && FirstUpper(w)) {
    honorific = true;
    if (w + 1 >= words.size() || words[w + 1].line != words[w].line || words[w + 1].start - words[w].end > 3) return;
    ++w;
  }
  int names = 0;
  const std::size_t end = NameRun(w, 4, &names);
  const bool initial = end > w && IsInitial(w);  // "J. Parissi"
  if (names == 0 || (names < min_names && !honorific && !initial)) return;
  AddSeed(w, end, confidence, rule);
  // "Mr. Detoma, Siddharth – Care Worker": a surname, a comma and one first name ending the segment.
  const std::string_view t = view_.text();
  const bool after_honorific = honorific || std::string_view(rule) == "honorific";
  if (after_honorific && names == 1 && end < words.size() && words[end].line == words[w].line &&
      t.substr(words[end - 1].end, words[end].start - words[end - 1].end) == ", " && IsNameWord(end) &&
      StopOf(end) != Stop::kHard && !IsParticleAt(end) && (end + 1 >= words.size() || !Joined(end))) {
    AddSeed(w, end + 1, confidence, rule);
  }
}

void NameScan::SeedFromMaidenNames() {
  // "Fidan PERRIN née KARACA", "Lucie DRIVOT épouse GIRARD": the name after the cue is the same person's.
  const auto& words = view_.words();
  for (std::size_t w = 1; w + 1 < words.size(); ++w) {
    const std::string_view f = view_.FoldedWord(w);
    if (f != "nee" && f != "epouse" && f != "ep" && f != "veuve" && f != "divorcee" && f != "alias") continue;
    if (!Joined(w - 1) || words[w].line != words[w + 1].line || words[w + 1].start - words[w].end > 3) continue;
    auto it = tokens_.find(view_.FoldedWord(w - 1));
    if (it == tokens_.end()) continue;
    int names = 0;
    const std::size_t end = NameRun(w + 1, 3, &names);
    if (names > 0) AddSeed(w + 1, end, it->second.confidence, it->second.rule);
  }
}

void NameScan::SeedFromSignatures() {
  // On a line with an e-mail or a phone, a segment made of initials and a name ("— A. Tchoumi ·",
  // "F.-Z. Baggiani"), or of two or three name words one of which is in the e-mail or a slug.
  for (std::size_t line = 0; line < view_.lines().size(); ++line) {
    if (!contact_[line]) continue;
    for (const Segment& s : Segments(line)) {
      int names = 0, initials = 0, aliases = 0;
      bool ok = true;
      for (std::size_t w = s.first; w < s.end && ok; ++w) {
        if (blocked_[w]) ok = false;
        else if (IsInitial(w)) ++initials;
        else if (IsParticleAt(w) && names > 0) continue;
        else if (IsNameWord(w) && StopOf(w) == Stop::kNone && !IsCommonWord(view_.FoldedWord(w))) {
          ++names;
          aliases += IsAliasMatch(w);
        } else {
          ok = false;
        }
      }
      if (!ok || names == 0 || names > 3 || !(initials > 0 || (names >= 2 && aliases > 0))) continue;
      if (initials > 0 && IsInitial(s.end - 1)) continue;  // ends on an initial: not "A. Name"
      AddSeed(s.first, s.end, 0.85, "signature");
    }
  }
}

void NameScan::SeedFromLabels() {
  static const LabelSet* surname_labels =
      new LabelSet{"nom", "nom de famille", "nom d'usage", "nom de naissance", "nom de jeune fille"};
  static const LabelSet* first_name_labels = new LabelSet{"prenom", "prenoms", "prenom(s)", "prenom usuel"};
  for (std::size_t line = 0; line < view_.lines().size(); ++line) {
    if (view_.lines()[line].word_count < 2) continue;
    std::size_t after[3] = {
        MatchLineLabel(view_, line,
                       {"name", "full name", "first name", "last name", "surname", "given name", "family name",
                        "candidate", "candidate name", "applicant", "applicant name", "name of the candidate",
                        "maiden name", "nom complet", "nom et prenom", "nom et prenoms", "nom prenom",
                        "prenom nom", "nom - prenom", "nom / prenom", "candidat", "candidate", "father's name",
                        "fathers name", "father name", "mother's name", "mothers name", "mother name",
                        "husband's name", "husband name", "spouse name", "spouse's name", "guardian name",
                        "guardian's name", "d/o", "s/o", "w/o", "nom du pere", "nom de la mere", "nom du conjoint"}),
        surname_labels->Find(view_, line), first_name_labels->Find(view_, line)};
    for (std::size_t a : after) {
      if (a == std::string::npos) continue;
      const std::size_t end = ValueEnd(view_, a, true);
      // Any case after a label ("Nom : benali"), but never a skill or a job title.
      for (std::size_t w = view_.WordAtOrAfter(a); w < view_.words().size() && view_.words()[w].end <= end; ++w) {
        if (blocked_[w] || !view_.words()[w].has_letter || view_.words()[w].has_digit) continue;
        if (StopOf(w) == Stop::kHard || IsParticleAt(w) || view_.FoldedWord(w).size() < 2) continue;
        AddSeed(w, w + 1, 0.95, "label");
      }
    }
  }
}

bool NameScan::AboveContact(std::size_t line) const {
  for (std::size_t next = line + 1, seen = 0; next < view_.lines().size() && seen < 2; ++next) {
    if (view_.lines()[next].word_count == 0) continue;
    if (contact_[next]) return true;
    ++seen;
  }
  return contact_[line] != 0;
}

bool NameScan::IsNickname(const Segment& s) const {
  const auto& words = view_.words();
  if (s.end - s.first != 1 || s.first == 0 || !IsNameWord(s.first) || StopOf(s.first) == Stop::kHard) return false;
  const std::string_view t = view_.text();
  const std::size_t a = words[s.first].start, b = words[s.first].end;
  return t.substr(words[s.first - 1].end, a - words[s.first - 1].end) == " (" && b < t.size() && t[b] == ')' &&
         words[s.first - 1].line == words[s.first].line;
}

int NameScan::HeaderScore(const Segment& s, std::size_t line, bool first_line) const {
  int names = 0, known = 0, soft = 0, caps = 0, lower_caps = 0, aliases = 0, initials = 0;
  for (std::size_t w = s.first; w < s.end; ++w) {
    if (blocked_[w] || view_.words()[w].has_digit) return -1;
    if (IsInitial(w)) {
      ++initials;
      continue;
    }
    if (w == s.first && IsHonorific(view_.FoldedWord(w))) continue;  // "Ms Davis, Jessica"
    if (IsParticleAt(w) && !view_.words()[w].all_caps) continue;
    if (!IsNameWord(w)) return -1;
    const Stop stop = StopOf(w);
    if (stop == Stop::kHard) return -1;
    if (stop == Stop::kSoft) ++soft;
    ++names;
    known += IsKnownName(w);
    aliases += IsAliasMatch(w);
    if (view_.words()[w].all_caps) ++caps;
    else ++lower_caps;
  }
  if (names == 0 || names > 5 || soft > 1 || soft == names) return -1;
  if (names == 1 && initials == 0) return aliases > 0 ? 5 : -1;  // "J.-P. Martin" is a full name
  int score = (first_line ? 2 : 0) + std::min(known, 2) + 1 + 2 * std::min(aliases, 2);
  if (caps > 0 && lower_caps > 0) ++score;
  if (AboveContact(line)) ++score;
  return score;
}

void NameScan::SeedFromHeader() {
  struct Candidate {
    Segment segment;
    int score;
  };
  std::vector<Candidate> candidates;
  // A snippet of one or two lines has no header block: its first line is not a name by position.
  std::size_t lines_with_words = 0;
  for (std::size_t line = 0; line < view_.lines().size() && lines_with_words < 3; ++line) {
    lines_with_words += view_.lines()[line].word_count > 0;
  }
  std::size_t non_empty = 0;
  for (std::size_t line = 0; line < view_.lines().size() && non_empty < kHeaderLines; ++line) {
    if (view_.lines()[line].word_count == 0) continue;
    if (sections_[line] != Section::kHeader && sections_[line] != Section::kPersonal) break;
    ++non_empty;
    if (IsHeadingLine(view_, line)) continue;
    const std::vector<Segment> segments = Segments(line);
    for (std::size_t i = 0; i < segments.size(); ++i) {
      Segment s = segments[i];
      // "SURNAME, Firstname" / "Davis, Jessica": one name split by a comma.
      if (i + 1 < segments.size() && segments[i + 1].end - segments[i + 1].first == 1 &&
          view_.text().substr(view_.words()[s.end - 1].end, 2) == ", " && IsNameWord(segments[i + 1].first) &&
          StopOf(segments[i + 1].first) != Stop::kHard) {
        s.end = segments[++i].end;
      }
      // "Cindy (Jenny) Li", "YIP Hao (Alan)": a nickname in parentheses inside the name.
      while (i + 1 < segments.size() && IsNickname(segments[i + 1])) {
        s.end = segments[++i].end;
        if (i + 1 < segments.size() && view_.text().substr(view_.words()[s.end - 1].end, 2) == ") ") {
          s.end = segments[++i].end;
        }
      }
      const int score = HeaderScore(s, line, non_empty == 1 && lines_with_words >= 3);
      if (score >= 3) candidates.push_back(Candidate{s, score});
    }
  }
  if (candidates.empty()) return;
  int best = 0;
  for (const Candidate& c : candidates) best = std::max(best, c.score);
  for (const Candidate& c : candidates) {
    if (c.score == best || c.score >= 5) AddSeed(c.segment.first, c.segment.end, 0.9, "header");
  }
}

bool NameScan::HasCueWord(std::size_t line) const {
  static const std::unordered_set<std::string_view>* cues = new std::unordered_set<std::string_view>{
      "direction", "encadre", "encadree", "supervise", "supervisee", "supervised", "supervision", "guidance",
      "reporting", "reported", "managed", "recommande", "recommandee", "recommended", "aupres", "collaboration",
      "aide", "curriculum", "resume", "cv", "profile"};
  const Line& l = view_.lines()[line];
  for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
    if (cues->count(view_.FoldedWord(w))) return true;
  }
  return false;
}

void NameScan::SeedFromCues() {
  const auto& words = view_.words();
  const std::string_view t = view_.text();
  // Honorifics: "Mme Benali", "M. Jean Dupont", "Mr. Smith", "Dr Okafor".
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    const std::string_view f = view_.FoldedWord(w);
    if (!IsHonorific(f) || !FirstUpper(w)) continue;  // (the civility finding may cover it)
    if (f == "m" && (words[w].end >= t.size() || t[words[w].end] != '.')) continue;
    std::size_t after = words[w].end;
    if (after < t.size() && t[after] == '.') ++after;
    if (after >= t.size() || t[after] != ' ') continue;  // "M.Sc", "Mr.X": not an honorific
    SeedAfter(after, 1, 0.9, "honorific");
  }
  static const LabelSet* third_party_labels = new LabelSet{
      "tuteur", "tutrice", "maitre de stage", "maitre d'apprentissage", "encadrant", "encadrante", "referent",
      "referente", "responsable", "manager", "contact", "reference", "references", "referee", "referees",
      "supervisor", "superviseur", "superviseure", "directeur de these", "directrice de these", "advisor",
      "adviser", "mentor", "tutor", "signature", "signe", "recommandation", "recommendation", "n+1",
      "line manager", "reporting manager"};
  static const LabelSet* third_party_phrases = new LabelSet{
      "sous la direction de", "encadre par", "encadree par", "supervise par", "supervisee par", "supervised by",
      "reporting to", "reported to", "managed by", "under the guidance of", "under the supervision of",
      "recommande par", "recommandee par", "recommended by", "aupres de", "in collaboration with",
      "en collaboration avec", "avec l'aide de"};
  static const LabelSet* title_phrases = new LabelSet{
      "curriculum vitae of", "curriculum vitae de", "resume of", "cv of", "cv de", "profile of"};
  for (std::size_t line = 0; line < view_.lines().size(); ++line) {
    if (view_.lines()[line].word_count == 0) continue;
    const bool colon = view_.LineText(line).find(':') != std::string_view::npos;
    const std::size_t label = !colon ? std::string::npos : third_party_labels->Find(view_, line);
    if (label != std::string::npos) SeedAfter(label, 2, 0.85, "third_party");
    // References section: a name opens each entry.
    if (sections_[line] == Section::kReferences && !IsHeadingLine(view_, line)) {
      const Segment first = Segments(line).front();
      int names = 0;
      const std::size_t end = NameRun(first.first, 4, &names);
      if (names >= 2 && end == first.end) AddSeed(first.first, end, 0.85, "references");
    }
    if (!HasCueWord(line)) continue;  // the phrases below all contain one of these words
    const std::size_t phrase = third_party_phrases->Find(view_, line, false);
    if (phrase != std::string::npos) SeedAfter(phrase, 2, 0.85, "third_party");
    const std::size_t title = title_phrases->Find(view_, line, false);
    if (title != std::string::npos) SeedAfter(title, 1, 0.85, "header");
  }
}

void NameScan::SeedFromGazetteers() {
  const auto& words = view_.words();
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    if (blocked_[w] || !IsNameWord(w) || StopOf(w) != Stop::kNone || !Joined(w)) continue;
    const std::size_t v = w + 1;
    if (blocked_[v] || !IsNameWord(v) || StopOf(v) != Stop::kNone) continue;
    if (IsCommonWord(view_.FoldedWord(w)) || IsCommonWord(view_.FoldedWord(v))) continue;
    const FirstNameInfo* a = ctx_.gazetteers.FirstName(view_.FoldedWord(w));
    const FirstNameInfo* b = ctx_.gazetteers.FirstName(view_.FoldedWord(v));
    const bool a_first = a != nullptr && (a->frequency >= 100 || a->frequency == 0);
    const bool b_first = b != nullptr && (b->frequency >= 100 || b->frequency == 0);
    const bool a_sur = ctx_.gazetteers.IsSurname(view_.FoldedWord(w)) || words[w].all_caps;
    const bool b_sur = ctx_.gazetteers.IsSurname(view_.FoldedWord(v)) || words[v].all_caps;
    if (!(a_first && b_sur) && !(a_sur && words[w].all_caps && b_first)) continue;
    // Take the whole name ("Jean-Pierre N'Diaye", "Marie de La Tour").
    std::size_t first = w;
    while (first > 0 && Joined(first - 1) && (IsInitial(first - 1) || IsNameWord(first - 1)) &&
           !blocked_[first - 1] && StopOf(first - 1) == Stop::kNone && IsKnownName(first - 1)) {
      --first;
    }
    int names = 0;
    const std::size_t end = NameRun(first, 4, &names);
    if (end > v) AddSeed(first, end, 0.8, "gazetteer");
    w = std::max(w, end > 0 ? end - 1 : w);
  }
}

}  // namespace fairhire::anonymise::detectors
