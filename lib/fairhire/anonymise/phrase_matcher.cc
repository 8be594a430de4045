#include "fairhire/anonymise/phrase_matcher.h"

#include <functional>

#include "fairhire/anonymise/string_table.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

bool IsJoiner(char c) { return c == ' ' || c == '-' || c == '\'' || c == '.' || c == '\t'; }

// True when the bytes between two words may sit inside one phrase.
bool JoinsWords(std::string_view text, std::size_t from, std::size_t to) {
  if (to < from || to - from > 3) return false;
  for (std::size_t i = from; i < to; ++i) {
    if (!IsJoiner(text[i])) {
      // Non-breaking and typographic spaces/apostrophes/dashes (multi-byte) are allowed too.
      if (static_cast<unsigned char>(text[i]) < 0x80) return false;
    }
  }
  return true;
}

}  // namespace

std::size_t PhraseMatcher::Hash::Mix(std::uint32_t parent, std::string_view word) {
  return std::hash<std::string_view>{}(word) ^ (static_cast<std::size_t>(parent) * 0x9E3779B97F4A7C15ull);
}

std::vector<std::string> SplitFoldedWords(std::string_view folded) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t len = 1;
    const char32_t cp = core::DecodeAt(folded, pos, &len);
    if (!core::IsWordCodePoint(cp)) {
      pos += len;
      continue;
    }
    const std::size_t start = pos;
    while (pos < folded.size()) {
      const char32_t c = core::DecodeAt(folded, pos, &len);
      if (!core::IsWordCodePoint(c)) break;
      pos += len;
    }
    words.emplace_back(folded.substr(start, pos - start));
  }
  return words;
}

PhraseMatcher::PhraseMatcher() { ids_.emplace_back(); }

void PhraseMatcher::Add(std::string_view phrase, std::uint32_t id) {
  const std::vector<std::string> words = SplitFoldedWords(core::Fold(phrase));
  if (words.empty()) return;
  const std::size_t bit = StableHash(words.front()) & (kBloomBits - 1);
  bloom_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  std::uint32_t node = 0;
  for (const std::string& w : words) {
    auto it = edges_.find(KeyView{node, w});
    if (it == edges_.end()) {
      const auto next = static_cast<std::uint32_t>(ids_.size());
      ids_.emplace_back();
      edges_.emplace(Key{node, w}, next);
      node = next;
    } else {
      node = it->second;
    }
  }
  if (ids_[node].empty()) ++phrase_count_;
  for (std::uint32_t existing : ids_[node]) {
    if (existing == id) return;
  }
  ids_[node].push_back(id);
}

std::uint32_t PhraseMatcher::Child(std::uint32_t node, std::string_view word) const {
  auto it = edges_.find(KeyView{node, word});
  return it == edges_.end() ? 0 : it->second;
}

PhraseMatcher::Match PhraseMatcher::LongestAt(const TextView& view, std::size_t first) const {
  Match best;
  const auto& words = view.words();
  if (first >= words.size() || !MaybeFirstWord(view.WordHash(first))) return best;
  std::uint32_t node = 0;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (i > first && !JoinsWords(view.text(), words[i - 1].end, words[i].start)) break;
    node = Child(node, view.FoldedWord(i));
    if (node == 0) break;
    if (!ids_[node].empty()) best = Match{first, i - first + 1, node};
  }
  return best;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::FindAll(const TextView& view) const {
  std::vector<Match> out;
  const std::size_t n = view.words().size();
  for (std::size_t i = 0; i < n;) {
    Match m = LongestAt(view, i);
    if (m.word_count > 0) {
      out.push_back(m);
      i += m.word_count;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace fairhire::anonymise
