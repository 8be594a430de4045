// Internal: the question-form rules of the linter on folded words (phrase_match.h): Q07
// double-barrelled, Q08 closed yes/no, Q09 leading. Heuristics on the shape of the sentence, in
// French and English, not on vocabulary lists of the corpora: interrogative words, auxiliary or
// inverted-subject openings, polite request openings, tag questions and negative questions.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_QUESTION_FORM_H_
#define FAIRHIRE_RUBRIC_INTERNAL_QUESTION_FORM_H_

#include <string>
#include <string_view>
#include <vector>

namespace fairhire::rubric::internal {

// The sentences of `text` (split after '.', '?', '!' or ';' followed by a space or the end).
std::vector<std::string_view> SplitSentences(std::string_view text);

// Q07: two questions in one: two question marks, or an interrogative word, then "and"/"et"
// directly followed by a second interrogative word ("what went wrong and how did you...").
bool IsDoubleBarrelled(std::string_view text, const std::vector<std::string>& words);

// Q08: the last sentence of `text` is a yes/no question (English auxiliary opening; French
// "est-ce que", inverted subject or declarative "Vous avez ... ?"), unless it is a polite request to
// describe or explain ("Pourriez-vous nous décrire", "Would you mind describing", "Can you share an
// example"). `locale` "fr" or "en" selects the forms; any other value tries both.
bool IsClosedQuestion(std::string_view text, std::string_view locale);

// Q09: a leading question: tag questions ("..., right?", "n'est-ce pas"), negative questions
// ("Ne serait-il pas", "Don't you think"), "surely", "vous êtes d'accord que".
bool IsLeadingQuestion(std::string_view text, const std::vector<std::string>& words);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_QUESTION_FORM_H_
