// PhraseMatcher: a word-level trie ("automaton") over folded phrases — commune names, school names,
// multi-word labels — matched against a TextView in one left-to-right pass with one hash look-up per
// word. Phrases are split into words exactly as TextView splits text (runs of letters and digits), so
// "Saint-Denis", "saint denis" and "SAINT DENIS" all match the phrase "saint-denis"; consecutive words
// of a match must be separated by at most 3 bytes of space, hyphen, apostrophe or dot (no line break).
// Thread-safety: build single-threaded, then const use from any thread.
#ifndef FAIRHIRE_ANONYMISE_PHRASE_MATCHER_H_
#define FAIRHIRE_ANONYMISE_PHRASE_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "fairhire/anonymise/text_view.h"

namespace fairhire::anonymise {

class PhraseMatcher {
 public:
  struct Match {
    std::size_t first_word = 0;  // index into TextView::words()
    std::size_t word_count = 0;
    std::uint32_t node = 0;      // terminal node; Ids(node) lists the payloads
  };

  PhraseMatcher();

  // Adds `phrase` (any case and accents; it is folded and split into words) with payload `id`.
  // Empty phrases are ignored.
  void Add(std::string_view phrase, std::uint32_t id);

  // The longest phrase that starts at word `first`, if any (word_count == 0 when none).
  Match LongestAt(const TextView& view, std::size_t first) const;
  // Greedy left-to-right longest matches that do not overlap.
  std::vector<Match> FindAll(const TextView& view) const;

  // Payload ids of a terminal node.
  const std::vector<std::uint32_t>& Ids(std::uint32_t node) const { return ids_[node]; }
  std::size_t phrase_count() const { return phrase_count_; }

 private:
  struct Key {
    std::uint32_t parent;
    std::string word;
  };
  struct KeyView {
    std::uint32_t parent;
    std::string_view word;
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(const Key& k) const { return Mix(k.parent, k.word); }
    std::size_t operator()(const KeyView& k) const { return Mix(k.parent, k.word); }
    static std::size_t Mix(std::uint32_t parent, std::string_view word);
  };
  struct Eq {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
      return a.parent == b.parent && std::string_view(a.word) == std::string_view(b.word);
    }
  };

  std::uint32_t Child(std::uint32_t node, std::string_view word) const;  // 0 = none (root is 0)

  static constexpr std::size_t kBloomBits = 1u << 18;
  bool MaybeFirstWord(std::uint64_t hash) const {
    const std::size_t bit = hash & (kBloomBits - 1);
    return (bloom_[bit / 64] >> (bit % 64)) & 1u;
  }

  std::unordered_map<Key, std::uint32_t, Hash, Eq> edges_;
  std::vector<std::uint64_t> bloom_ = std::vector<std::uint64_t>(kBloomBits / 64, 0);  // first words
  std::vector<std::vector<std::uint32_t>> ids_;  // per node; non-empty = terminal
  std::size_t phrase_count_ = 0;
};

// Splits folded text into words the way TextView does (runs of letters and digits).
std::vector<std::string> SplitFoldedWords(std::string_view folded);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_PHRASE_MATCHER_H_
