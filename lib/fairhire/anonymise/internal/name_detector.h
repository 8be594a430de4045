// Internal: the NAME detector's scan (detectors/names.cc, name_seeds.cc, name_aliases.cc).
// Seeds are spans that are names by layout or context (header block, labels, honorifics and
// third-party cues, gazetteer pairs, tokens shared with an e-mail local part or a profile slug); their
// words become name tokens of a person; then every occurrence of a token is redacted, with one
// entity key per person.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_NAME_DETECTOR_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_NAME_DETECTOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "fairhire/anonymise/detector.h"
#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/anonymise/internal/name_lexicon.h"

namespace fairhire::anonymise::detectors {

class NameScan {
 public:
  NameScan(const DetectionContext& ctx, const std::vector<Finding>& earlier);

  void CollectAliases();     // e-mail local parts and profile slugs (name_aliases.cc)
  void SeedFromLabels();     // "Nom : BENALI", "Name: ..."
  void SeedFromHeader();     // the name line of the header block
  void SeedFromCues();       // "Mme Benali", "Tuteur : Jean Dupont", references section
  void SeedFromAliases();    // words shared with an e-mail local part or a profile slug
  void SeedFromGazetteers(); // "Jean DUPONT", "Aïcha Traoré": a known first name next to a surname
  void SeedFromSignatures(); // "— A. Tchoumi · a.t@…": initials and a name on a contact line
  void SeedFromMaidenNames();  // "PERRIN née KARACA": the name after née/épouse (after the other seeds)
  // Emits a finding for every occurrence of every name token.
  void Propagate(std::vector<Finding>* out) const;

 private:
  enum class Stop { kNone, kSoft, kHard };
  struct Token {
    int entity = 0;
    double confidence = 0;
    const char* rule = "";
  };
  struct Segment {
    std::size_t first = 0, end = 0;  // words [first, end)
  };

  // Word classes.
  bool FirstUpper(std::size_t w) const;
  bool IsNameWord(std::size_t w) const;   // capitalised / all caps / mixed, letters only, 2+ letters
  bool IsInitial(std::size_t w) const;    // "J." "P" in "J.-P.", "N" in "N'Diaye"
  bool IsParticleAt(std::size_t w) const;
  Stop StopOf(std::size_t w) const;
  bool IsKnownName(std::size_t w) const;  // first-name or surname gazetteer
  bool Joined(std::size_t a) const;       // words a, a+1 in one name (same line, space/hyphen/apostrophe/dot)
  bool IsAliasMatch(std::size_t w) const;
  // Propagation helpers (names.cc).
  bool ElidedPart(std::size_t i) const;                 // "huy" in "Moncond’huy"
  bool MiddleName(std::size_t i, int entity) const;     // "Alfie" in "Declan Alfie MacLeod"
  bool LeadingParticle(std::size_t p) const;            // "d'" in "d'Aubigné"
  std::size_t SpanEnd(std::size_t first, std::size_t end) const;  // with "S." and "(Alan)"

  // The segments of a line: runs of words not split by separators (",", "|", " - ", "  ", ":" ...).
  std::vector<Segment> Segments(std::size_t line) const;
  // Name run from word w: name words, particles and initials, at most `max_words` name words.
  // Returns the end word (exclusive); *names receives the count of name words.
  std::size_t NameRun(std::size_t w, std::size_t max_words, int* names) const;
  // Adds a seed over words [first, end): its name words become tokens of one person.
  void AddSeed(std::size_t first, std::size_t end, double confidence, const char* rule, bool allow_soft = true);
  // Seeds the name run that follows source offset `pos` on its line (after an optional honorific).
  void SeedAfter(std::size_t pos, int min_names, double confidence, const char* rule);
  bool IsNickname(const Segment& s) const;  // "(Jenny)" after a name word
  bool HasCueWord(std::size_t line) const;   // a word of the third-party and title phrases
  int HeaderScore(const Segment& s, std::size_t line, bool first_line) const;
  bool AboveContact(std::size_t line) const;

  const DetectionContext& ctx_;
  const TextView& view_;
  const std::vector<Finding>& earlier_;
  std::vector<Section> sections_;
  std::vector<std::uint8_t> blocked_;  // per word: inside another finding that is not a name
  std::vector<std::uint8_t> seeded_;   // per word: inside a seed (redacted even when short: "Nom : VU")
  std::vector<std::uint8_t> contact_;  // per line: has an e-mail or phone finding
  mutable std::vector<std::uint8_t> stop_;  // per word: StopOf + 1 once asked (the seeders ask often)
  StringSet alias_tokens_;             // folded tokens of e-mail local parts and slugs
  std::vector<std::string> alias_blobs_;  // their letters concatenated ("fbenali")
  StringMap<Token> tokens_;
  int entities_ = 0;
};

}  // namespace fairhire::anonymise::detectors

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_NAME_DETECTOR_H_
