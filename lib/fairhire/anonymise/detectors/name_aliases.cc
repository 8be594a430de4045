// Cross-matching of names with e-mail local parts and profile slugs: "fatima.benali93@gmail.com",
// "linkedin.com/in/fatima-benali-93", "indeed.com/r/Fatima-Benali/5f2...", "github.com/fbenali".
// A capitalised word equal to a token of those aliases, or (4+ letters, inside a name-shaped run)
// contained in their concatenated letters, is a name.
#include <algorithm>
#include <string>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/name_detector.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

// Path prefixes of profile hosts whose next segment is the person's handle.
constexpr std::string_view kProfilePaths[] = {
    "linkedin.com/in/", "linkedin.com/pub/", "indeed.com/r/", "indeed.com/me/", "indeed.fr/r/",
    "github.com/", "gitlab.com/", "bitbucket.org/", "twitter.com/", "x.com/", "medium.com/@", "medium.com/",
    "instagram.com/", "facebook.com/", "behance.net/", "dribbble.com/", "kaggle.com/", "malt.fr/profile/",
    "stackoverflow.com/users/", "codepen.io/", "dev.to/", "about.me/", "hackerrank.com/", "leetcode.com/"};

// Handles that are site sections, not people.
bool IsSiteWord(std::string_view s) {
  return s == "company" || s == "school" || s == "groups" || s == "jobs" || s == "feed" || s == "posts" ||
         s == "in" || s == "pub" || s == "r" || s == "me" || s == "users" || s == "orgs" || s == "profile" ||
         s == "www" || s == "http" || s == "https" || s == "com" || s == "fr" || s == "org";
}

// Lower-case letter tokens of an alias ("Fatima-Benali_93" -> fatima, benali) and their concatenation.
void AddAlias(std::string_view alias, StringSet* tokens, std::vector<std::string>* blobs) {
  const std::string folded = core::Fold(alias);
  std::string blob, token;
  auto flush = [&] {
    if (token.size() >= 2 && !IsSiteWord(token)) tokens->insert(token);
    token.clear();
  };
  for (char c : folded) {
    if (IsAsciiAlpha(c)) {
      token.push_back(c);
      blob.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  if (blob.size() >= 4 && std::find(blobs->begin(), blobs->end(), blob) == blobs->end()) {
    blobs->push_back(std::move(blob));
  }
}

// The handle in a profile URL, or "".
std::string_view ProfileHandle(std::string_view url) {
  std::string lower = core::AsciiLower(url);
  for (std::string_view prefix : kProfilePaths) {
    const std::size_t at = lower.find(prefix);
    if (at == std::string::npos) continue;
    if (at > 0 && lower[at - 1] != '.' && lower[at - 1] != '/' && lower[at - 1] != ' ') continue;
    std::string_view rest = url.substr(at + prefix.size());
    const std::size_t end = rest.find_first_of("/?#");
    rest = rest.substr(0, end);
    if (rest.empty() || IsSiteWord(core::AsciiLower(rest))) continue;
    return rest;
  }
  return {};
}

}  // namespace

void NameScan::CollectAliases() {
  const std::string_view t = view_.text();
  for (const Finding& f : earlier_) {
    const std::string_view span = t.substr(f.start, f.end - f.start);
    if (f.category == Category::kEmail) {
      std::size_t at = span.find('@');
      if (at == std::string_view::npos) at = span.find(" [at]");
      if (at == std::string_view::npos) at = span.find("[at]");
      if (at == std::string_view::npos) at = span.find("(at)");
      if (at != std::string_view::npos) AddAlias(span.substr(0, at), &alias_tokens_, &alias_blobs_);
    } else if (f.category == Category::kUrl) {
      std::string_view handle = ProfileHandle(span);
      if (handle.empty() && f.rule == "url.profile_handle") {
        handle = span;
        const std::size_t slash = handle.find_last_of('/', handle.size() - 2);
        if (slash != std::string_view::npos && slash + 1 < handle.size()) handle.remove_prefix(slash + 1);
      }
      if (!handle.empty()) AddAlias(handle, &alias_tokens_, &alias_blobs_);
    }
  }
}

bool NameScan::IsAliasMatch(std::size_t w) const {
  if (alias_tokens_.empty() && alias_blobs_.empty()) return false;
  const std::string_view f = view_.FoldedWord(w);
  if (f.size() < 2) return false;
  if (alias_tokens_.count(f)) return true;
  if (f.size() < 4) return false;
  for (const std::string& blob : alias_blobs_) {
    if (blob.find(f) != std::string::npos) return true;
  }
  return false;
}

void NameScan::SeedFromAliases() {
  if (alias_tokens_.empty() && alias_blobs_.empty()) return;
  const auto& words = view_.words();
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (blocked_[w] || !IsNameWord(w) || StopOf(w) != Stop::kNone || IsParticleAt(w)) continue;
    const std::string_view f = view_.FoldedWord(w);
    const bool exact = alias_tokens_.count(f) > 0;
    if (!exact && !IsAliasMatch(w)) continue;
    if (!exact) {
      // A part of a concatenated handle: only inside a name-shaped pair ("Fatima Benali" ~ "fbenali").
      const bool left = w > 0 && Joined(w - 1) &&
                        ((IsNameWord(w - 1) && StopOf(w - 1) == Stop::kNone) || IsInitial(w - 1));
      const bool right = w + 1 < words.size() && Joined(w) && IsNameWord(w + 1) && StopOf(w + 1) == Stop::kNone;
      if (!left && !right) continue;
    }
    // Take the neighbouring name words with it when they match too or are known names.
    std::size_t first = w, end = w + 1;
    while (first > 0 && Joined(first - 1) && IsNameWord(first - 1) && !blocked_[first - 1] &&
           StopOf(first - 1) == Stop::kNone && (IsAliasMatch(first - 1) || IsKnownName(first - 1))) {
      --first;
    }
    while (end < words.size() && Joined(end - 1) && IsNameWord(end) && !blocked_[end] &&
           StopOf(end) == Stop::kNone && (IsAliasMatch(end) || IsKnownName(end))) {
      ++end;
    }
    AddSeed(first, end, 0.9, "crossmatch");
    w = end - 1;
  }
}

}  // namespace fairhire::anonymise::detectors
