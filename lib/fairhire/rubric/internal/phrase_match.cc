#include "fairhire/rubric/internal/phrase_match.h"

#include "fairhire/core/utf8.h"

namespace fairhire::rubric::internal {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::vector<std::string> SplitWords(std::string_view folded) {
  std::vector<std::string> out;
  std::string current;
  for (char ch : folded) {
    if (IsWordByte(static_cast<unsigned char>(ch))) {
      current.push_back(ch);
    } else if (!current.empty()) {
      out.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

bool WordMatches(const Phrase::Word& w, const std::string& word) {
  if (!w.prefix) return w.text == word;
  return word.size() >= w.text.size() && word.compare(0, w.text.size(), w.text) == 0;
}

}  // namespace

Phrase CompilePhrase(std::string_view pattern) {
  Phrase p;
  p.source = std::string(pattern);
  std::string folded = core::Fold(pattern);
  std::string current;
  auto flush = [&](bool prefix) {
    if (!current.empty()) p.words.push_back({current, prefix});
    current.clear();
  };
  for (char ch : folded) {
    if (ch == '*') {
      flush(true);
    } else if (IsWordByte(static_cast<unsigned char>(ch))) {
      current.push_back(ch);
    } else {
      flush(false);
    }
  }
  flush(false);
  return p;
}

std::vector<std::string> FoldedWords(std::string_view text) { return SplitWords(core::Fold(text)); }

std::vector<PhraseHit> FindPhrase(const Phrase& phrase, const std::vector<std::string>& words) {
  std::vector<PhraseHit> hits;
  const std::size_t n = phrase.words.size();
  if (n == 0 || words.size() < n) return hits;
  for (std::size_t i = 0; i + n <= words.size(); ++i) {
    std::size_t j = 0;
    while (j < n && WordMatches(phrase.words[j], words[i + j])) ++j;
    if (j == n) hits.push_back({i, i + n});
  }
  return hits;
}

std::string JoinWords(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

}  // namespace fairhire::rubric::internal
