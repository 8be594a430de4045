// Internal: the word lists and CV layout the NAME and SCHOOL detectors share — words that are never a
// person's name by themselves (section headings, job titles, skills, tools, products, employers,
// degree and field words, common words), name particles, civility and third-party cues, degree
// words and their EQF level, and the section of a CV each line belongs to.
// Thread-safety: the lists are built once (function-local statics) and read-only afterwards.
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_NAME_LEXICON_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_NAME_LEXICON_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/text_view.h"

namespace fairhire::anonymise::detectors {

// Folded words that are not a person's name on their own: tech skills, tools, products, employers,
// section headings, job titles, degree and field words (name_stoplist.cc). Some (Ruby, Julia, Grace,
// Jenkins, Orange) are also real names: callers combine this with the gazetteers.
bool IsNameStopWord(std::string_view folded);
// Employers and products written like a person's name ("John Lewis", "Mac OS", "Allen-Bradley"): the
// number of words of such a phrase starting at word w (0 when none).
std::size_t NamelikeBrandAt(const TextView& view, std::size_t w);
// Frequent French and English words: a lower-case occurrence of such a word is not propagated as a name.
bool IsCommonWord(std::string_view folded);
// Name particles and prefixes that may sit between or before name words (de, du, van, da, dos, ben,
// el, al, bin, le, la, von, der, di, ...).
bool IsNameParticle(std::string_view folded);
// Civility and honorific words that announce a name (mme, mr, dr, monsieur, shri, ...).
bool IsHonorific(std::string_view folded);

// Sections of a CV.
enum class Section : std::uint8_t { kHeader, kPersonal, kEducation, kExperience, kSkills, kReferences, kOther };

// The section of every line (one entry per view.lines()): the lines before the first heading are
// kHeader; a heading line belongs to the section it opens.
std::vector<Section> ClassifySections(const TextView& view);
// True when `line` is a section heading (FORMATION, Work Experience:, ## Compétences ...).
bool IsHeadingLine(const TextView& view, std::size_t line);

// Degree words: the EQF level of the degree that starts at word `w` (0 when none) and the index one
// past its last word in *end_word ("Master 2" -> 7, "B.Tech" -> 6, "Bac+2" -> 5).
int DegreeAt(const TextView& view, std::size_t w, std::size_t* end_word);
// True when the folded word names a degree or a school level ("master", "bts", "diploma", "hsc", ...):
// a school name never extends over it.
bool IsDegreeWord(std::string_view folded);
// Month names and abbreviations (French and English), folded.
bool IsMonthWord(std::string_view folded);

}  // namespace fairhire::anonymise::detectors

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_NAME_LEXICON_H_
