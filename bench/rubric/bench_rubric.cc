// Benchmark: `score` and `reliability` on 100,000 ratings (2,000 fictional candidates x 5 raters x
// 10 questions), including parsing (YAML scorecards, CSV ratings). Prints wall time per phase and
// the peak resident set size from getrusage. Usage: bench_rubric [candidates] [bootstrap].
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "fairhire/rubric/aggregate.h"
#include "fairhire/rubric/loader.h"
#include "fairhire/rubric/reliability.h"
#include "fairhire/rubric/scorecard.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRaters = 5, kQuestions = 10, kCompetencies = 5;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

std::string RubricYaml() {
  std::string y = "apiVersion: fairhire/v1\nkind: InterviewRubric\nmetadata: {id: bench, version: 1.0.0, locales: [en]}\n"
                  "scales:\n  s5: {type: ordinal, min: 1, max: 5}\ncompetencies:\n";
  for (int k = 0; k < kCompetencies; ++k) {
    y += "  - {id: c" + std::to_string(k) + ", name: {en: C" + std::to_string(k) + "}, weight: 1}\n";
  }
  y += "questions:\n";
  for (int q = 0; q < kQuestions; ++q) {
    y += "  - {id: q" + std::to_string(q) + ", type: past_behaviour, competencies: [c" + std::to_string(q % kCompetencies) +
         "], scale: s5, text: {en: \"Question " + std::to_string(q) + "\"}, evidence_note: optional}\n";
  }
  return y + "stages:\n  - {id: s}\naggregation: {min_raters: 2}\n";
}

int Level(std::mt19937& rng, double ability) {
  std::normal_distribution<double> noise(0, 0.7);
  const long v = std::lround(ability + noise(rng));
  return static_cast<int>(std::max(1L, std::min(5L, v)));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fairhire::rubric;
  const int candidates = argc > 1 ? std::atoi(argv[1]) : 2000;
  const int bootstrap = argc > 2 ? std::atoi(argv[2]) : 1000;
  std::mt19937 rng(42);
  std::normal_distribution<double> ability(3, 0.9);
  std::vector<std::string> cards_yaml;
  std::string csv = "candidate,rater,item,value\n";
  for (int c = 0; c < candidates; ++c) {
    const double a = ability(rng);
    for (int r = 0; r < kRaters; ++r) {
      std::string y = "rubric_id: bench\nstage_id: s\ncandidate_ref: P" + std::to_string(c) + "\nrater_ref: R" +
                      std::to_string(r) + "\noverall_recommendation: yes\nratings:\n";
      for (int q = 0; q < kQuestions; ++q) {
        const int v = Level(rng, a);
        y += "  - {question_id: q" + std::to_string(q) + ", value: " + std::to_string(v) + ", evidence: e}\n";
        csv += "P" + std::to_string(c) + ",R" + std::to_string(r) + ",q" + std::to_string(q) + "," + std::to_string(v) + "\n";
      }
      cards_yaml.push_back(std::move(y));
    }
  }
  const long ratings = static_cast<long>(candidates) * kRaters * kQuestions;
  std::printf("generated %ld ratings (%d candidates x %d raters x %d questions); peak RSS %ld KiB\n", ratings,
              candidates, kRaters, kQuestions, PeakRssKb());

  auto rubric = ParseRubric(RubricYaml(), "bench.yaml");
  if (!rubric) return std::fprintf(stderr, "%s\n", rubric.error().ToString().c_str()), 70;
  auto t0 = Clock::now();
  std::vector<Scorecard> cards;
  cards.reserve(cards_yaml.size());
  for (const auto& y : cards_yaml) {
    auto card = ParseScorecard(y, "card.yaml");
    if (!card) return std::fprintf(stderr, "%s\n", card.error().ToString().c_str()), 70;
    cards.push_back(std::move(*card));
  }
  const double parse_s = Seconds(t0);
  t0 = Clock::now();
  auto report = ScoreCandidates(*rubric, cards);
  const double score_s = Seconds(t0);
  if (!report) return std::fprintf(stderr, "%s\n", report.error().ToString().c_str()), 70;
  std::printf("score: parse %zu YAML scorecards %.3f s, aggregate %zu candidates %.3f s, total %.3f s; peak RSS %ld KiB\n",
              cards.size(), parse_s, report->candidates.size(), score_s, parse_s + score_s, PeakRssKb());

  t0 = Clock::now();
  auto table = ParseRatingsCsv(csv, "bench.csv");
  const double csv_s = Seconds(t0);
  if (!table) return std::fprintf(stderr, "%s\n", table.error().ToString().c_str()), 70;
  ReliabilityOptions opt;
  opt.bootstrap = bootstrap;
  t0 = Clock::now();
  auto rel = AnalyseReliability(*table, opt);
  const double rel_s = Seconds(t0);
  if (!rel) return std::fprintf(stderr, "%s\n", rel.error().ToString().c_str()), 70;
  std::printf("reliability: parse CSV %.3f s, statistics + %d bootstrap resamples %.3f s, total %.3f s; "
              "alpha(interval) %.4f, ICC(2,1) %.4f; peak RSS %ld KiB\n",
              csv_s, bootstrap, rel_s, csv_s + rel_s, rel->alpha_interval.value, rel->icc2_1.value, PeakRssKb());
  return 0;
}
