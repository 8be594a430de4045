// Internal: word-phrase matching over folded text (lower case, no accents, see core::Fold). A
// pattern is a space-separated list of words; a word ending in '*' matches any word starting with
// it. Apostrophes and hyphens separate words, so "l'âge" is "l age" and "avez-vous" is "avez vous".
// Linear scan: texts are short (a question, an anchor), pattern tables a few hundred phrases.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_PHRASE_MATCH_H_
#define FAIRHIRE_RUBRIC_INTERNAL_PHRASE_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

namespace fairhire::rubric::internal {

struct Phrase {
  struct Word {
    std::string text;
    bool prefix = false;
  };
  std::vector<Word> words;
  std::string source;  // the pattern as written
};

Phrase CompilePhrase(std::string_view pattern);

// Words of `text` after folding.
std::vector<std::string> FoldedWords(std::string_view text);

struct PhraseHit {
  std::size_t begin = 0;  // first word index
  std::size_t end = 0;    // one past the last word
};

// Every occurrence of `phrase` in `words`.
std::vector<PhraseHit> FindPhrase(const Phrase& phrase, const std::vector<std::string>& words);

// The words [begin, end) joined by spaces.
std::string JoinWords(const std::vector<std::string>& words, std::size_t begin, std::size_t end);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_PHRASE_MATCH_H_
