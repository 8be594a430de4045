// Benchmark: `score` and `reliability` on 100,000 ratings (2,000 fictional candidates x 5 raters x
// 10 questions), including parsing. The same 10,000 scorecards are parsed as YAML (yaml-cpp), as
// JSON (our reader; and Poco::JSON for comparison, parse only), as one JSON Lines text and as one
// multi-document YAML text; then aggregated; the ratings CSV is analysed. Prints wall time per
// phase, ratios, and the peak resident set size from getrusage.
// Usage: bench_rubric [candidates] [bootstrap].
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <Poco/JSON/Parser.h>

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

struct Card {
  std::string yaml, json;
};

Card MakeCard(std::mt19937& rng, double ability, int c, int r, std::string* csv) {
  Card k;
  const std::string cand = "P" + std::to_string(c), rater = "R" + std::to_string(r);
  k.yaml = "rubric_id: bench\nstage_id: s\ncandidate_ref: " + cand + "\nrater_ref: " + rater +
           "\noverall_recommendation: yes\nratings:\n";
  k.json = "{\"rubric_id\": \"bench\", \"stage_id\": \"s\", \"candidate_ref\": \"" + cand +
           "\", \"rater_ref\": \"" + rater + "\", \"overall_recommendation\": \"yes\", \"ratings\": [";
  for (int q = 0; q < kQuestions; ++q) {
    std::normal_distribution<double> noise(0, 0.7);
    const int v = static_cast<int>(std::max(1L, std::min(5L, std::lround(ability + noise(rng)))));
    const std::string qid = "q" + std::to_string(q), val = std::to_string(v);
    k.yaml += "  - {question_id: " + qid + ", value: " + val + ", evidence: e}\n";
    k.json += std::string(q ? ", " : "") + "{\"question_id\": \"" + qid + "\", \"value\": " + val +
              ", \"evidence\": \"e\"}";
    *csv += cand + "," + rater + "," + qid + "," + val + "\n";
  }
  k.json += "]}";
  return k;
}

template <typename F>
double Time(F&& f) {
  const auto t0 = Clock::now();
  f();
  return Seconds(t0);
}

void Die(const fairhire::Error& e) {
  std::fprintf(stderr, "%s\n", e.ToString().c_str());
  std::exit(70);
}


}  // namespace

int main(int argc, char** argv) {
  using namespace fairhire::rubric;
  const int candidates = argc > 1 ? std::atoi(argv[1]) : 2000;
  const int bootstrap = argc > 2 ? std::atoi(argv[2]) : 1000;
  std::mt19937 rng(42);
  std::normal_distribution<double> ability(3, 0.9);
  std::vector<Card> cards_text;
  std::string csv = "candidate,rater,item,value\n", jsonl, yaml_docs;
  for (int c = 0; c < candidates; ++c) {
    const double a = ability(rng);
    for (int r = 0; r < kRaters; ++r) {
      cards_text.push_back(MakeCard(rng, a, c, r, &csv));
      jsonl += cards_text.back().json + "\n";
      yaml_docs += "---\n" + cards_text.back().yaml;
    }
  }
  const long ratings = static_cast<long>(candidates) * kRaters * kQuestions;
  std::printf("generated %ld ratings (%d candidates x %d raters x %d questions); peak RSS %ld KiB\n", ratings,
              candidates, kRaters, kQuestions, PeakRssKb());

  auto rubric = ParseRubric(RubricYaml(), "bench.yaml");
  if (!rubric) Die(rubric.error());
  std::vector<Scorecard> cards;
  auto parse_each = [&](bool json) {
    cards.clear();
    for (const auto& k : cards_text) {
      auto card = ParseScorecard(json ? k.json : k.yaml, json ? "card.json" : "card.yaml");
      if (!card) Die(card.error());
      cards.push_back(std::move(*card));
    }
  };
  const double json_s = Time([&] { parse_each(true); });
  const double jsonl_s = Time([&] {
    auto all = ParseScorecards(jsonl, "cards.jsonl");
    if (!all || all->size() != cards_text.size()) Die(all ? fairhire::Error{} : all.error());
  });
  const double poco_s = Time([&] {
    for (const auto& k : cards_text) {
      Poco::JSON::Parser parser;
      (void)parser.parse(k.json);
    }
  });
  fairhire::Result<ScoreReport> report = fairhire::MakeError(fairhire::ErrorCode::kInternal, "not run");
  const double score_s = Time([&] { report = ScoreCandidates(*rubric, cards); });
  if (!report) Die(report.error());
  std::printf("score, JSON: parse %zu scorecard texts %.3f s (one JSON Lines text %.3f s; Poco::JSON parse "
              "only, no schema %.3f s), aggregate %zu candidates %.3f s, total %.3f s; peak RSS %ld KiB\n",
              cards_text.size(), json_s, jsonl_s, poco_s, report->candidates.size(), score_s, json_s + score_s,
              PeakRssKb());
  const double yaml_s = Time([&] { parse_each(false); });
  const double yaml_docs_s = Time([&] {
    auto all = ParseScorecards(yaml_docs, "cards.yaml");
    if (!all || all->size() != cards_text.size()) Die(all ? fairhire::Error{} : all.error());
  });
  std::printf("score, YAML: parse %zu scorecard texts %.3f s (one multi-document text %.3f s), total %.3f s; "
              "ratios YAML/JSON %.1fx, Poco/ours %.1fx; peak RSS %ld KiB\n",
              cards_text.size(), yaml_s, yaml_docs_s, yaml_s + score_s, yaml_s / json_s, poco_s / json_s,
              PeakRssKb());

  auto t0 = Clock::now();
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
