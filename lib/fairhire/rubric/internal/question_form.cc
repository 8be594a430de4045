#include "fairhire/rubric/internal/question_form.h"

#include <algorithm>
#include <set>

#include "fairhire/core/utf8.h"
#include "fairhire/rubric/internal/phrase_match.h"

namespace fairhire::rubric::internal {
namespace {

using core::TrimWhitespace;
using Words = std::vector<std::string>;

const std::set<std::string>& Interrogatives() {
  static const std::set<std::string> k = {
      "comment", "pourquoi", "quand", "quel", "quelle", "quels", "quelles", "combien", "que", "qu", "quoi",
      "lequel", "laquelle", "ou", "qui", "how", "why", "what", "when", "which", "where", "who", "whom"};
  return k;
}

// Interrogatives that are never a conjunction or relative pronoun ("que", "ou", "qui" often are).
bool StrongInterrogative(const std::string& w) {
  return Interrogatives().count(w) > 0 && w != "que" && w != "qu" && w != "ou" && w != "qui";
}

// Auxiliaries that open an English yes/no question.
const std::set<std::string>& EnglishAuxiliaries() {
  static const std::set<std::string> k = {"is", "are", "was", "were", "do", "does", "did", "have", "has", "had",
                                          "can", "could", "will", "would", "should", "shall", "may", "might"};
  return k;
}

// Verbs and nouns after which a question is an open request ("Could you describe...", "Auriez-
// vous un exemple...").
bool IsOpenRequestWord(const std::string& w) {
  static const std::set<std::string> k = {
      "decrire", "expliquer", "raconter", "detailler", "donner", "montrer", "citer", "presenter", "parler",
      "partager", "illustrer", "resumer", "comparer", "decrivez", "expliquez", "racontez", "detaillez",
      "exemple", "exemples", "describe", "explain", "walk", "tell", "give", "show", "talk", "outline", "share",
      "illustrate", "summarise", "summarize", "compare", "elaborate", "discuss", "describing", "explaining",
      "walking", "telling", "sharing", "talking", "example", "examples", "take"};
  return k.count(w) > 0;
}

// Words skipped between the opening and the verb of a polite request.
bool IsRequestFiller(const std::string& w) {
  static const std::set<std::string> k = {
      "nous", "me", "m", "bien", "pourriez", "pouvez", "voudriez", "vous", "un", "une", "des", "quelques",
      "us", "me", "please", "mind", "kindly", "you", "be", "able", "to", "briefly", "an", "a", "some"};
  return k.count(w) > 0;
}

// French inverted subject at the start: "Connaissez-vous", "Pensez-vous", "Votre conjoint
// serait-il", "Vos parents sont-ils" (verb then il/elle/ils/elles/vous within the first words).
bool FrenchInversion(const Words& w, std::size_t* after) {
  static const std::set<std::string> kSubjects = {"vous", "il", "elle", "ils", "elles", "on"};
  const std::size_t limit = std::min<std::size_t>(w.size(), 5);
  for (std::size_t i = 1; i < limit; ++i) {
    if (!kSubjects.count(w[i])) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (Interrogatives().count(w[j])) return false;
    }
    if (w[i - 1] == "t" || w[i - 1].size() > 2) {
      *after = i + 1;
      return true;
    }
  }
  return false;
}

bool ClosedOpening(const Words& w, bool question_mark, bool french, std::size_t* after) {
  if (w.empty()) return false;
  if (Interrogatives().count(w[0])) return false;
  if (w.size() >= 3 && w[0] == "est" && w[1] == "ce" && (w[2] == "que" || w[2] == "qu")) {
    *after = 3;
    return true;
  }
  const bool negative_aux = w.size() > 1 && w[1] == "t" && w[0].size() >= 2 && w[0].back() == 'n';  // "don t"
  if (!french && (EnglishAuxiliaries().count(w[0]) || negative_aux)) {
    *after = 1;
    return true;
  }
  if (question_mark && (w[0] == "vous" || w[0] == "you")) {  // "Vous avez déjà utilisé Docker ?"
    *after = 1;
    return std::none_of(w.begin(), w.end(), [](const std::string& x) { return StrongInterrogative(x); });
  }
  return french && question_mark && FrenchInversion(w, after);
}

bool ContainsPhrase(const Words& words, const char* pattern) {
  return !FindPhrase(CompilePhrase(pattern), words).empty();
}

}  // namespace

std::vector<std::string_view> SplitSentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool end = c == '.' || c == '?' || c == '!' || c == ';';
    if (!end || (i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\n')) continue;
    out.push_back(text.substr(start, i + 1 - start));
    start = i + 1;
  }
  if (start < text.size()) out.push_back(text.substr(start));
  return out;
}

bool IsDoubleBarrelled(std::string_view text, const Words& words) {
  if (std::count(text.begin(), text.end(), '?') >= 2) return true;
  bool seen_interrogative = false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const bool joins = words[i] == "and" || words[i] == "et";
    const bool ce_que = words[i + 1] == "ce" && i + 2 < words.size() && (words[i + 2] == "que" || words[i + 2] == "qu");
    if (joins && seen_interrogative && (StrongInterrogative(words[i + 1]) || ce_que)) return true;
    if (StrongInterrogative(words[i])) seen_interrogative = true;
  }
  return false;
}

bool IsClosedQuestion(std::string_view text, std::string_view locale) {
  // The question is the last sentence: "Le poste comporte des astreintes ; comment ... ?"
  const auto sentences = SplitSentences(text);
  if (sentences.empty()) return false;
  const std::string_view last = TrimWhitespace(sentences.back());
  const Words words = FoldedWords(last);
  const bool question_mark = !last.empty() && last.back() == '?';
  std::size_t at = 0;
  const bool closed = (locale != "en" && ClosedOpening(words, question_mark, true, &at)) ||
                      (locale != "fr" && ClosedOpening(words, question_mark, false, &at));
  if (!closed) return false;
  while (at < words.size() && IsRequestFiller(words[at])) ++at;
  return at >= words.size() || !IsOpenRequestWord(words[at]);
}

bool IsLeadingQuestion(std::string_view text, const Words& words) {
  for (const char* p : {"n est ce pas", "ne pensez vous pas", "ne trouvez vous pas", "ne croyez vous pas",
                        "n etes vous pas d accord", "vous etes d accord", "etes vous d accord que", "don t you think",
                        "don t you agree", "wouldn t you", "wouldn t it", "isn t it", "aren t you", "surely",
                        "you d agree", "you would agree", "you agree that", "sans doute", "forcement"}) {
    if (ContainsPhrase(words, p)) return true;
  }
  // "Ne serait-il pas ...", "Ne faudrait-il pas ...": negative interrogative opening.
  if (words.size() >= 4 && words[0] == "ne" && (words[2] == "il" || words[2] == "vous") && words[3] == "pas") {
    return true;
  }
  // Tag question: "..., right?", "..., correct?", "..., non ?".
  std::string tail(text.substr(text.size() > 12 ? text.size() - 12 : 0));
  for (const char* tag : {", right?", ", correct?", ", non ?", ", non?", ", hein ?", ", yes?"}) {
    if (tail.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace fairhire::rubric::internal
