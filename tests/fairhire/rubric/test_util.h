// Shared fixtures for the rubric tests: a small valid rubric whose line numbers the schema-error
// tests rely on, and scorecard builders.
#ifndef FAIRHIRE_TESTS_RUBRIC_TEST_UTIL_H_
#define FAIRHIRE_TESTS_RUBRIC_TEST_UTIL_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fairhire/rubric/loader.h"
#include "fairhire/rubric/scorecard.h"

namespace fairhire::rubric::testing {

// Line numbers matter: tests point at them.
inline std::string MiniRubric() {
  return "apiVersion: fairhire/v1\n"                                            // 1
         "kind: InterviewRubric\n"                                              // 2
         "metadata: {id: mini, version: 1.0.0, locales: [fr, en], job_analysis_ref: ja.md}\n"  // 3
         "scales:\n"                                                            // 4
         "  s5: {type: ordinal, min: 1, max: 5}\n"                              // 5
         "competencies:\n"                                                      // 6
         "  - {id: a, name: {fr: Analyse, en: Analysis}, weight: 0.5}\n"        // 7
         "  - {id: b, name: {fr: Communication, en: Communication}, weight: 0.5}\n"  // 8
         "questions:\n"                                                         // 9
         "  - id: qa\n"                                                         // 10
         "    type: past_behaviour\n"                                           // 11
         "    competencies: [a]\n"                                              // 12
         "    scale: s5\n"                                                      // 13
         "    text: {fr: \"Racontez une analyse que vous avez menée.\", en: \"Tell us about an analysis you led.\"}\n"  // 14
         "    anchors:\n"                                                       // 15
         "      1: {fr: \"Ne décrit aucune démarche ni aucun résultat concret.\", en: \"Describes no method and no concrete result at all.\"}\n"
         "      2: {fr: \"Décrit une démarche vague sans données ni vérification.\", en: \"Describes a vague method with no data or check.\"}\n"
         "      3: {fr: \"Décrit données, méthode et résultat vérifié de bout en bout.\", en: \"Describes data, method and a result checked end to end.\"}\n"
         "      4: {fr: \"Comme 3, et discute les limites et les biais de ses données.\", en: \"As 3, and discusses the limits and biases of the data.\"}\n"
         "      5: {fr: \"Comme 4, et a fait changer une décision grâce à son analyse.\", en: \"As 4, and changed a decision thanks to the analysis.\"}\n"
         "  - id: qb\n"                                                         // 21
         "    type: past_behaviour\n"
         "    competencies: [b]\n"
         "    scale: s5\n"
         "    text: {fr: \"Racontez une explication difficile que vous avez donnée.\", en: \"Tell us about a hard explanation you gave.\"}\n"
         "    anchors:\n"
         "      1: {fr: \"Ne donne aucun exemple concret d'explication à un public.\", en: \"Gives no concrete example of explaining to an audience.\"}\n"
         "      2: {fr: \"Explique sans vérifier que le public a bien compris.\", en: \"Explains without checking that the audience understood.\"}\n"
         "      3: {fr: \"Adapte les mots au public et vérifie la compréhension.\", en: \"Adapts the words to the audience and checks understanding.\"}\n"
         "      4: {fr: \"Comme 3, et utilise un exemple ou un schéma adapté au public.\", en: \"As 3, and uses an example or a diagram suited to the audience.\"}\n"
         "      5: {fr: \"Comme 4, et laisse un support réutilisable par d'autres personnes.\", en: \"As 4, and leaves material that other people can reuse.\"}\n"
         "stages:\n"
         "  - {id: onsite, questions: [qa, qb], interviewers: {min: 2}}\n"
         "aggregation: {min_raters: 2, min_coverage: 0.5}\n"
         "decision: {advance_if: {total_gte: 60}}\n";
}

// Seeds 0..n-1 for data-driven tests. (bdata::xrange trips GCC's -Wmaybe-uninitialized inside
// Boost under -fsanitize=address, which -Werror turns into a build failure.)
inline std::vector<int> Seeds(int n) {
  std::vector<int> out;
  for (int i = 0; i < n; ++i) out.push_back(i);
  return out;
}

inline Scorecard Card(const std::string& candidate, const std::string& rater,
                      const std::map<std::string, std::optional<double>>& values,
                      Recommendation rec = Recommendation::kNone) {
  Scorecard c;
  c.source = candidate + "-" + rater + ".yaml";
  c.rubric_id = "mini";
  c.rubric_version = "1.0.0";
  c.stage = "onsite";
  c.candidate = candidate;
  c.rater = rater;
  c.recommendation = rec;
  for (const auto& [q, v] : values) {
    QuestionRating r;
    r.question = q;
    r.value = v;
    if (!v) r.not_assessed = "na";
    r.evidence = "observed facts";
    c.ratings.push_back(r);
  }
  return c;
}

}  // namespace fairhire::rubric::testing

#endif  // FAIRHIRE_TESTS_RUBRIC_TEST_UTIL_H_
