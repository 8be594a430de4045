// SCHOOL detector: universities, grandes écoles and their acronyms, IUT, lycées, collèges, foreign
// universities and colleges. Three sources, then the school's city is taken with it:
//  - the gazetteer phrases (MESR list with acronyms and synonyms, world universities, built-in list);
//    short or ambiguous matches ("UTC", "Paris 8", "Skema") only in the education section or next to
//    a degree;
//  - lexical patterns: a school keyword (Université, University, École, School, Institut, IUT,
//    Lycée, College, Academy, Faculté, UFR, Vidyalaya...) with the proper nouns, numbers and school
//    words around it ("IUT de Villetaneuse", "Anna University", "Lycée Jean Jaurès", "B.v.b college
//    of engineering and technology");
//  - school e-mail domains (`@etu.univ-lyon1.fr`): the e-mail finding is re-emitted with the rule
//    "school.email_domain" so the report counts the leak.
// Degrees, fields and years are never part of a school span. With `education: generalise`, degrees
// are also emitted (rule "education.degree", generalised "EQF n") and graduation years in the
// education section (rule "education.year", removed) — see school_generalise.cc.
#include <algorithm>
#include <string>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/detectors.h"
#include "fairhire/anonymise/internal/name_lexicon.h"
#include "fairhire/anonymise/internal/school_detector.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

class SchoolDetector : public Detector {
 public:
  std::string_view id() const override { return "school"; }
  void Detect(const DetectionContext& ctx, std::vector<Finding>* out) const override {
    SchoolScan scan(ctx, *out);
    scan.FindGazetteerSchools();
    scan.FindKeywordSchools();
    scan.FindCommaNames();
    scan.FindCollegesBeforeComma();
    scan.FindEducationAcronyms();
    scan.FindSchoolEmails();
    scan.Flush(out);
    if (ctx.generalise_education) GeneraliseEducation(ctx, scan.sections(), out);
  }
};

}  // namespace

std::unique_ptr<Detector> MakeSchoolDetector() { return std::make_unique<SchoolDetector>(); }

}  // namespace fairhire::anonymise::detectors
