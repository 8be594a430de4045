// Internal: the pieces of the SCHOOL detector (detectors/schools.cc, school_scan.cc,
// school_generalise.cc).
#ifndef FAIRHIRE_ANONYMISE_INTERNAL_SCHOOL_DETECTOR_H_
#define FAIRHIRE_ANONYMISE_INTERNAL_SCHOOL_DETECTOR_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/detector.h"
#include "fairhire/anonymise/internal/name_lexicon.h"

namespace fairhire::anonymise::detectors {

// One pass of school detection over a document.
class SchoolScan {
 public:
  // `earlier`: the findings of the detectors that ran before (e-mails, URLs...).
  SchoolScan(const DetectionContext& ctx, const std::vector<Finding>& earlier);

  void FindGazetteerSchools();
  void FindKeywordSchools();
  void FindCommaNames();          // listed names with a comma (school_extend.cc)
  void FindCollegesBeforeComma(); // "Goldsmiths, University of London"
  void FindEducationAcronyms();   // "YABATECH", "UIUC, 2006" in the education section
  void FindSchoolEmails();
  // Appends the school findings to *out.
  void Flush(std::vector<Finding>* out);

  const std::vector<Section>& sections() const { return sections_; }

 private:
  bool InEducation(std::size_t word) const;
  bool LineHasDegree(std::size_t line) const;
  bool LineHasYear(std::size_t line) const;
  bool NeighbourHasDegree(std::size_t line) const;  // the next non-empty line (within 2) has a degree
  // Spans that overlap or touch through ", " " – " become one.
  void MergeTouching();
  bool FirstUpper(std::size_t w) const;
  bool IsProperWord(std::size_t w) const;
  // End (exclusive) of a run of up to `max_words` proper words starting at w (a city, a state).
  std::size_t CityRun(std::size_t w, std::size_t max_words) const;
  bool Joined(std::size_t a) const;  // words a and a+1 are in one phrase (same line, short gap)
  bool IsJobAfterKeyword(std::size_t keyword) const;  // "School Teacher": a job, not a school
  bool InCompound(std::size_t w) const;        // "en" in "Vaulx-en-Velin"
  bool IsPlaceConnector(std::size_t w) const;  // "at Austin", "à Hanoï", "in Katowice"
  // End word (exclusive) of the school name continuing from word i; counts proper and school words.
  std::size_t ExtendRight(std::size_t i, bool* proper, int* lexical) const;
  // First word of the name standing before keyword ('Anna University', 'b.v.b college').
  std::size_t ExtendLeft(std::size_t keyword, bool lower_ok, bool* proper) const;
  // Source end offset after the school's city ("..., Montreuil", " - Hubli, Karnataka", " (Lyon)").
  std::size_t WithCity(std::size_t last_word) const;
  void AddSpan(std::size_t first_word, std::size_t end_word, const char* rule, double confidence);

  const DetectionContext& ctx_;
  const std::vector<Finding>& earlier_;
  std::vector<Section> sections_;
  std::vector<std::uint8_t> blocked_;       // per word: inside an e-mail, URL or photo finding
  std::vector<std::uint8_t> covered_;       // per word: already in a school span
  mutable std::vector<std::int8_t> line_degree_;  // per line: -1 unknown, 0 no, 1 yes
  std::vector<Finding> found_;
};

// Lower-case words that belong to school names ("nationale", "supérieure", "engineering"), folded.
bool IsSchoolWord(std::string_view folded);

// With `education: generalise`: degree findings (rule "education.degree", generalised "EQF n") and
// graduation-year findings (rule "education.year", generalised "" = removed) in the education section
// and on lines that name a school.
void GeneraliseEducation(const DetectionContext& ctx, const std::vector<Section>& sections,
                         std::vector<Finding>* out);

}  // namespace fairhire::anonymise::detectors

#endif  // FAIRHIRE_ANONYMISE_INTERNAL_SCHOOL_DETECTOR_H_
