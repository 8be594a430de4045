// Linter: per-rule tables, the labelled FR/EN corpus (precision and recall printed and asserted
// against floors), rubric-level rules and lint.allow overrides.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "fairhire/rubric/linter.h"
#include "fairhire/rubric/validator.h"
#include "test_util.h"

namespace fairhire::rubric {
namespace {

namespace bdata = boost::unit_test::data;

bool HasRule(const std::vector<Finding>& f, const std::string& rule) {
  return std::any_of(f.begin(), f.end(), [&](const Finding& x) { return x.rule == rule; });
}

struct Row {
  std::string lang, expected, text;
};

std::vector<Row> Corpus() {
  std::ifstream in(FAIRHIRE_SOURCE_DIR "/tests/fairhire/rubric/data/lint_questions.tsv");
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream s(line);
    Row r;
    std::getline(s, r.lang, '\t');
    std::getline(s, r.expected, '\t');
    std::getline(s, r.text);
    rows.push_back(r);
  }
  return rows;
}

BOOST_AUTO_TEST_SUITE(linter)

BOOST_AUTO_TEST_CASE(corpus_precision_and_recall) {
  const auto rows = Corpus();
  BOOST_REQUIRE_GE(rows.size(), 100u);
  int tp = 0, fp = 0, fn = 0, fr = 0, en = 0;
  for (const auto& r : rows) {
    (r.lang == "fr" ? fr : en)++;
    const auto f = LintQuestionText(r.text, r.lang);
    const bool risky = r.expected != "-";
    if (risky && HasRule(f, r.expected)) {
      ++tp;
    } else if (risky) {
      ++fn;
      BOOST_TEST_MESSAGE("missed " << r.expected << ": " << r.text);
    }
    if (!risky && !f.empty()) {
      ++fp;
      BOOST_TEST_MESSAGE("false alarm " << f[0].rule << ": " << r.text);
    }
  }
  const double precision = static_cast<double>(tp) / (tp + fp);
  const double recall = static_cast<double>(tp) / (tp + fn);
  std::cout << "linter corpus: " << rows.size() << " questions (" << fr << " fr, " << en << " en), tp " << tp
            << ", fp " << fp << ", fn " << fn << ", precision " << precision << ", recall " << recall << "\n";
  BOOST_CHECK_GE(fr, 40);
  BOOST_CHECK_GE(en, 40);
  BOOST_CHECK_GE(precision, 0.95);
  BOOST_CHECK_GE(recall, 0.90);
}

// Folding: accents, case and typographic apostrophes do not hide a ground.
BOOST_DATA_TEST_CASE(folding_variants,
                     bdata::make({std::string("QUEL ÂGE AVEZ-VOUS ?"), std::string("Quel age avez vous"),
                                  std::string("Êtes-vous enceinte ?"), std::string("D’où venez-vous ?")}) ^
                         bdata::make({std::string("P03"), std::string("P03"), std::string("P02"), std::string("P04")}),
                     text, rule) {
  BOOST_CHECK(HasRule(LintQuestionText(text, "fr"), rule));
}

BOOST_DATA_TEST_CASE(exceptions_do_not_fire,
                     bdata::make({std::string("Expliquez une race condition."), std::string("Describe a race condition."),
                                  std::string("Mettez l'accent sur la lisibilité."), std::string("Reduce technical debt."),
                                  std::string("Configure un bac à sable.")}),
                     text) {
  BOOST_CHECK(LintQuestionText(text, text[0] == 'E' || text[0] == 'M' || text[0] == 'C' ? "fr" : "en").empty());
}

BOOST_AUTO_TEST_CASE(message_names_ground_and_advice) {
  const auto f = LintQuestionText("Avez-vous des enfants ?", "fr");
  BOOST_REQUIRE(HasRule(f, "P01"));
  const auto& p = *std::find_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "P01"; });
  BOOST_CHECK(p.severity == Severity::kError);
  BOOST_CHECK(p.message.find("family") != std::string::npos);
  BOOST_CHECK(p.message.find("enfants") != std::string::npos);
  BOOST_CHECK(p.message.find("schedule") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(logistics_questions_may_be_closed) {
  BOOST_CHECK(HasRule(LintQuestionText("Pouvez-vous commencer le 1er mars ?", "fr", true), "Q08"));
  BOOST_CHECK(!HasRule(LintQuestionText("Pouvez-vous commencer le 1er mars ?", "fr", false), "Q08"));
  BOOST_CHECK(!HasRule(LintQuestionText("Pouvez-vous nous décrire votre démarche ?", "fr", true), "Q08"));
}

Rubric Load(const std::string& yaml) {
  auto r = ParseRubric(yaml, "t.yaml");
  BOOST_REQUIRE_MESSAGE(r.has_value(), (r ? std::string() : r.error().ToString()));
  return *r;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  BOOST_REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

BOOST_AUTO_TEST_CASE(clean_rubric_has_no_findings) {
  const Rubric r = Load(testing::MiniRubric());
  BOOST_REQUIRE(ValidateRubric(r).empty());
  const auto report = LintRubric(r);
  for (const auto& f : report.findings) BOOST_TEST_MESSAGE(f.rule << " " << f.message);
  BOOST_CHECK(report.findings.empty());
}

BOOST_DATA_TEST_CASE(rubric_rules,
                     bdata::make({std::string("Racontez une analyse que vous avez menée."),
                                  std::string("      5: {fr: \"Comme 4, et a fait changer une décision grâce à son analyse.\", en: \"As 4, and changed a decision thanks to the analysis.\"}\n"),
                                  std::string("weight: 0.5}\n  - {id: b"), std::string("min_raters: 2"),
                                  std::string("Tell us about an analysis you led.")}) ^
                         bdata::make({std::string("Racontez une analyse que vous avez menée. Avez-vous des enfants ?"),
                                      std::string(""), std::string("weight: 5}\n  - {id: b"), std::string("min_raters: 1"),
                                      std::string("Tell us about an analysis you led, with numbers from 2023.")}) ^
                         bdata::make({std::string("P01"), std::string("Q05"), std::string("Q10"), std::string("Q12"),
                                      std::string("Q13")}),
                     from, to, rule) {
  const Rubric r = Load(Replace(testing::MiniRubric(), from, to));
  const auto report = LintRubric(r);
  BOOST_CHECK(HasRule(report.findings, rule));
  for (const auto& f : report.findings) BOOST_CHECK(f.where.rfind("t.yaml:", 0) == 0);
}

// Q16 (exercise without bounds) and Q17 (off-script probes), from interviews.md §3.4.
BOOST_DATA_TEST_CASE(exercise_and_probe_rules,
                     bdata::make({std::string("    type: technical_exercise\n"),
                                  std::string("    type: technical_exercise\n    exercise: {provider: internal, score_range: {min: 0, max: 100}}\n"),
                                  std::string("    type: past_behaviour\n    probes: free\n"),
                                  std::string("    type: past_behaviour\n    probes:\n      - {fr: \"Posez toute question utile.\", en: \"Ask any question you like.\"}\n")}) ^
                         bdata::make({std::string("Q16"), std::string("Q16"), std::string("Q17"), std::string("Q17")}),
                     to, rule) {
  const Rubric r = Load(Replace(testing::MiniRubric(), "    type: past_behaviour\n", to));
  BOOST_REQUIRE(ValidateRubric(r).empty());
  const auto report = LintRubric(r);
  BOOST_CHECK(HasRule(report.findings, rule));
  for (const auto& f : report.findings) BOOST_CHECK_MESSAGE(f.where.rfind("t.yaml:1", 0) == 0, f.where);
}

BOOST_AUTO_TEST_CASE(bounded_exercise_is_clean_and_maps_scores_to_levels) {
  const Rubric r = Load(Replace(testing::MiniRubric(), "    type: past_behaviour\n",
      "    type: technical_exercise\n    exercise:\n      provider: internal\n      score_range: {min: 0, max: 100}\n"
      "      mapping: {type: piecewise, points: [[0, 1], [40, 2], [60, 3], [75, 4], [90, 5]]}\n      blind_grading: true\n"));
  BOOST_REQUIRE(ValidateRubric(r).empty());
  BOOST_CHECK(!HasRule(LintRubric(r).findings, "Q16"));
  const Exercise& e = *r.FindQuestion("qa")->exercise;
  BOOST_CHECK(e.blind_grading);
  const std::vector<std::pair<double, std::optional<int>>> cases = {
      {0, 1}, {39.9, 1}, {40, 2}, {89, 4}, {90, 5}, {100, 5}, {100.5, std::nullopt}, {-1, std::nullopt}};
  for (const auto& [score, level] : cases) BOOST_CHECK_MESSAGE(e.LevelFor(score) == level, "score " << score);
}

BOOST_DATA_TEST_CASE(exercise_validation_errors,
                     bdata::make({std::string("[[0, 1], [40, 7]]"), std::string("[[40, 1], [20, 2]]"),
                                  std::string("[[0, 3], [40, 2]]"), std::string("[[0, 1], [140, 2]]")}) ^
                         bdata::make({std::string("outside scale"), std::string("must increase"),
                                      std::string("must not decrease"), std::string("outside score_range")}),
                     points, message) {
  const Rubric r = Load(Replace(testing::MiniRubric(), "    type: past_behaviour\n",
      "    type: technical_exercise\n    exercise: {score_range: {min: 0, max: 100}, mapping: {type: piecewise, points: " +
      points + "}}\n"));
  const auto errors = ValidateRubric(r);
  BOOST_REQUIRE(!errors.empty());
  BOOST_CHECK_MESSAGE(errors[0].message.find(message) != std::string::npos, errors[0].message);
  BOOST_CHECK_MESSAGE(errors[0].where.rfind("t.yaml:12:", 0) == 0, errors[0].where);
}

BOOST_AUTO_TEST_CASE(allow_needs_justification_and_is_echoed) {
  const std::string risky =
      Replace(testing::MiniRubric(), "Racontez une analyse que vous avez menée.",
              "Racontez une analyse que vous avez menée en allemand, votre langue maternelle.");
  const Rubric plain = Load(risky);
  BOOST_CHECK(HasRule(LintRubric(plain).findings, "P04"));
  const Rubric allowed = Load(risky + "lint:\n  allow:\n    - {rule: P04, question: qa, justification: \"support client germanophone\", legal_basis: L1133-1}\n");
  const auto report = LintRubric(allowed);
  BOOST_CHECK(!HasRule(report.findings, "P04"));
  BOOST_REQUIRE_EQUAL(report.allowed.size(), 1u);
  BOOST_CHECK_EQUAL(report.allowed[0].allow.justification, "support client germanophone");
  BOOST_CHECK(LintReportToJson(report).find("\"allowed\"") != std::string::npos);
  auto missing = ParseRubric(risky + "lint:\n  allow:\n    - {rule: P04, question: qa}\n", "t.yaml");
  BOOST_REQUIRE(!missing.has_value());
  BOOST_CHECK(missing.error().message.find("justification") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_shape) {
  LintReport report;
  report.findings.push_back({"P03", "q1", Severity::kError, "age \"quoted\"", "x.yaml:3:4"});
  const std::string json = LintReportToJson(report);
  for (const char* key : {"\"findings\"", "\"rule\": \"P03\"", "\"question\": \"q1\"", "\"severity\": \"error\"",
                          "\"message\": \"age \\\"quoted\\\"\""}) {
    BOOST_CHECK_MESSAGE(json.find(key) != std::string::npos, key << " in " << json);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
