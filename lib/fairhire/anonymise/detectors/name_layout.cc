// CV layout shared by the NAME and SCHOOL detectors: which lines are section headings and which
// section each line belongs to (header block, education, experience, skills, references...).
#include <string>
#include <unordered_set>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/internal/name_lexicon.h"
#include "fairhire/anonymise/phrase_matcher.h"

namespace fairhire::anonymise::detectors {
namespace {

struct Heading {
  const char* phrase;
  Section section;
};

constexpr Heading kHeadings[] = {
    // Education.
    {"formation", Section::kEducation}, {"formations", Section::kEducation},
    {"formation academique", Section::kEducation}, {"formation initiale", Section::kEducation},
    {"formation universitaire", Section::kEducation}, {"diplomes", Section::kEducation},
    {"diplome", Section::kEducation}, {"diplomes et formations", Section::kEducation},
    {"formation et diplomes", Section::kEducation}, {"formations et diplomes", Section::kEducation},
    {"etudes", Section::kEducation}, {"etudes et diplomes", Section::kEducation},
    {"cursus", Section::kEducation}, {"cursus scolaire", Section::kEducation},
    {"cursus universitaire", Section::kEducation}, {"scolarite", Section::kEducation},
    {"parcours academique", Section::kEducation}, {"parcours scolaire", Section::kEducation},
    {"parcours universitaire", Section::kEducation}, {"education", Section::kEducation},
    {"educational qualification", Section::kEducation}, {"educational qualifications", Section::kEducation},
    {"educational background", Section::kEducation}, {"educational details", Section::kEducation},
    {"academic background", Section::kEducation}, {"academic qualification", Section::kEducation},
    {"academic qualifications", Section::kEducation}, {"academic profile", Section::kEducation},
    {"academic details", Section::kEducation}, {"academic record", Section::kEducation},
    {"academics", Section::kEducation}, {"qualifications", Section::kEducation},
    {"education and training", Section::kEducation}, {"education & training", Section::kEducation},
    {"academic credentials", Section::kEducation}, {"scholastics", Section::kEducation},
    {"education and qualifications", Section::kEducation}, {"diplomes obtenus", Section::kEducation},
    // Experience.
    {"experience", Section::kExperience}, {"experiences", Section::kExperience},
    {"experience professionnelle", Section::kExperience}, {"experiences professionnelles", Section::kExperience},
    {"parcours professionnel", Section::kExperience}, {"emplois", Section::kExperience},
    {"work experience", Section::kExperience}, {"professional experience", Section::kExperience},
    {"employment history", Section::kExperience}, {"employment", Section::kExperience},
    {"career history", Section::kExperience}, {"work history", Section::kExperience},
    {"stages", Section::kExperience}, {"internships", Section::kExperience},
    {"internship", Section::kExperience}, {"stages et alternance", Section::kExperience},
    {"experience and internships", Section::kExperience}, {"professional background", Section::kExperience},
    // Skills.
    {"competences", Section::kSkills}, {"competences techniques", Section::kSkills},
    {"competences cles", Section::kSkills}, {"competences informatiques", Section::kSkills},
    {"skills", Section::kSkills}, {"technical skills", Section::kSkills}, {"key skills", Section::kSkills},
    {"it skills", Section::kSkills}, {"core competencies", Section::kSkills}, {"langues", Section::kSkills},
    {"languages", Section::kSkills}, {"outils", Section::kSkills}, {"informatique", Section::kSkills},
    {"logiciels", Section::kSkills}, {"technical proficiency", Section::kSkills},
    {"savoir-faire", Section::kSkills}, {"soft skills", Section::kSkills}, {"hard skills", Section::kSkills},
    {"certifications", Section::kSkills}, {"certificates", Section::kSkills},
    {"skills and abilities", Section::kSkills}, {"technical expertise", Section::kSkills},
    // References.
    {"references", Section::kReferences}, {"referees", Section::kReferences},
    {"references professionnelles", Section::kReferences}, {"recommandations", Section::kReferences},
    {"professional references", Section::kReferences},
    // Personal.
    {"informations personnelles", Section::kPersonal}, {"infos personnelles", Section::kPersonal},
    {"etat civil", Section::kPersonal}, {"personal details", Section::kPersonal},
    {"personal information", Section::kPersonal}, {"contact", Section::kPersonal},
    {"coordonnees", Section::kPersonal}, {"personal data", Section::kPersonal},
    {"contact details", Section::kPersonal}, {"contact information", Section::kPersonal},
    // Other.
    {"profil", Section::kOther}, {"profile", Section::kOther}, {"summary", Section::kOther},
    {"professional summary", Section::kOther}, {"resume", Section::kOther}, {"objectif", Section::kOther},
    {"objective", Section::kOther}, {"career objective", Section::kOther}, {"a propos", Section::kOther},
    {"about me", Section::kOther}, {"centres d'interet", Section::kOther}, {"interets", Section::kOther},
    {"interests", Section::kOther}, {"hobbies", Section::kOther}, {"loisirs", Section::kOther},
    {"activites", Section::kOther}, {"activites extra-professionnelles", Section::kOther},
    {"projects", Section::kOther}, {"projets", Section::kOther}, {"projets personnels", Section::kOther},
    {"academic projects", Section::kOther}, {"personal projects", Section::kOther},
    {"publications", Section::kOther}, {"awards", Section::kOther}, {"achievements", Section::kOther},
    {"distinctions", Section::kOther}, {"benevolat", Section::kOther}, {"volunteering", Section::kOther},
    {"associations", Section::kOther}, {"additional information", Section::kOther},
    {"informations complementaires", Section::kOther}, {"divers", Section::kOther},
    {"links", Section::kOther}, {"groups", Section::kOther}, {"patents", Section::kOther},
    {"military service", Section::kOther}, {"declaration", Section::kOther},
    {"profil professionnel", Section::kOther}, {"atouts", Section::kOther}, {"qualites", Section::kOther},
    {"strengths", Section::kOther}, {"hobbies and interests", Section::kOther},
    {"centres d'interet et loisirs", Section::kOther}, {"personal profile", Section::kOther},
};

const PhraseMatcher& HeadingMatcher() {
  static const PhraseMatcher* m = [] {
    auto* p = new PhraseMatcher();
    for (std::uint32_t i = 0; i < sizeof kHeadings / sizeof kHeadings[0]; ++i) p->Add(kHeadings[i].phrase, i);
    return p;
  }();
  return *m;
}

// True when words [first, end) are all words of headings or connectors ("Education & Training",
// "Education and Qualifications", "Formation et diplômes"): the line is a heading in any case.
bool AllHeadingWords(const TextView& view, std::size_t first, std::size_t end) {
  static const std::unordered_set<std::string>* vocabulary = [] {
    auto* v = new std::unordered_set<std::string>{"and", "et", "of", "de", "des", "the"};
    for (const Heading& h : kHeadings) {
      for (std::string& w : SplitFoldedWords(h.phrase)) v->insert(std::move(w));
    }
    return v;
  }();
  for (std::size_t w = first; w < end; ++w) {
    if (!vocabulary->count(std::string(view.FoldedWord(w)))) return false;
  }
  return true;
}

// The heading entry matched by `line`, or -1.
int HeadingOf(const TextView& view, std::size_t line) {
  const Line& l = view.lines()[line];
  if (l.word_count == 0 || l.word_count > 7) return -1;
  const PhraseMatcher::Match m = HeadingMatcher().LongestAt(view, l.first_word);
  if (m.word_count == 0) return -1;
  const std::string_view text = view.LineText(line);
  // Nothing but markup before the first word ("## ", "**", "1. " is not allowed: a list item).
  const std::size_t lead = view.words()[l.first_word].start - l.start;
  for (std::size_t i = 0; i < lead; ++i) {
    const char c = text[i];
    if (!(IsSpace(c) || c == '#' || c == '*' || c == '_' || c == '=' || c == '|' || c == '>' || c == '\r' ||
          c == '[' || c == '(' ||
          static_cast<unsigned char>(c) >= 0x80)) {
      return -1;
    }
  }
  const std::size_t extra = l.word_count - m.word_count;
  if (extra == 0) return static_cast<int>(HeadingMatcher().Ids(m.node).front());
  if (extra > 3) return -1;
  bool all_caps = true;
  for (std::size_t w = l.first_word; w < l.first_word + l.word_count; ++w) {
    const Word& word = view.words()[w];
    if (word.has_letter && !word.all_caps && word.end - word.start > 1) all_caps = false;
  }
  std::size_t e = text.size();
  while (e > 0 && (IsSpace(text[e - 1]) || text[e - 1] == '\r' || text[e - 1] == '*')) --e;
  const bool colon = e > 0 && text[e - 1] == ':';
  const bool markdown = lead > 0 && text[0] == '#';
  if (all_caps || colon || markdown || AllHeadingWords(view, l.first_word + m.word_count, l.first_word + l.word_count)) {
    return static_cast<int>(HeadingMatcher().Ids(m.node).front());
  }
  return -1;
}

}  // namespace

bool IsHeadingLine(const TextView& view, std::size_t line) { return HeadingOf(view, line) >= 0; }

std::vector<Section> ClassifySections(const TextView& view) {
  std::vector<Section> out(view.lines().size(), Section::kHeader);
  Section current = Section::kHeader;
  for (std::size_t line = 0; line < out.size(); ++line) {
    const int h = HeadingOf(view, line);
    if (h >= 0) current = kHeadings[h].section;
    out[line] = current;
  }
  return out;
}

}  // namespace fairhire::anonymise::detectors
