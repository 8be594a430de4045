// End-to-end: spawns build/bin/fairhire-rubric on the shipped rubrics and sample scorecards.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
const std::string kBin = FAIRHIRE_BINARY_DIR "/bin/fairhire-rubric";
const std::string kRoot = FAIRHIRE_SOURCE_DIR;

struct Run {
  int code = -1;
  std::string out;
};

Run Exec(const std::string& args) {
  Run r;
  FILE* p = popen((kBin + " " + args + " 2>&1").c_str(), "r");
  BOOST_REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

fs::path Temp(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("fairhire-rubric-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

BOOST_AUTO_TEST_SUITE(tool)

BOOST_AUTO_TEST_CASE(every_shipped_rubric_validates_and_lints_clean) {
  int count = 0;
  for (const auto& e : fs::directory_iterator(kRoot + "/rubrics")) {
    if (e.path().extension() != ".yaml") continue;
    ++count;
    const Run v = Exec("validate " + e.path().string());
    BOOST_CHECK_MESSAGE(v.code == 0, e.path() << ": " << v.out);
    const Run l = Exec("lint --format json " + e.path().string());
    BOOST_CHECK_MESSAGE(l.code == 0, e.path() << ": " << l.out);
    BOOST_CHECK(l.out.find("\"findings\": []") != std::string::npos);
  }
  BOOST_CHECK_GE(count, 6);
}

BOOST_AUTO_TEST_CASE(bad_rubric_exit_65_with_position) {
  const fs::path bad = Temp("bad.yaml");
  std::ofstream(bad) << "apiVersion: fairhire/v1\nkind: InterviewRubric\nmetadta: {}\n";
  const Run r = Exec("validate " + bad.string());
  BOOST_CHECK_EQUAL(r.code, 65);
  BOOST_CHECK(r.out.find("bad.yaml:3:1") != std::string::npos);
  BOOST_CHECK(r.out.find("unknown key 'metadta'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(risky_question_exit_1) {
  std::ifstream in(kRoot + "/rubrics/web-developer.yaml");
  std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string from = "Comment avez-vous trouvé la cause ?";
  yaml.replace(yaml.find(from), from.size(), "Quel âge aviez-vous alors ?");
  const fs::path risky = Temp("risky.yaml");
  std::ofstream(risky) << yaml;
  const Run r = Exec("lint --format json " + risky.string());
  BOOST_CHECK_EQUAL(r.code, 1);
  BOOST_CHECK(r.out.find("\"rule\": \"P03\"") != std::string::npos);
  BOOST_CHECK(r.out.find("\"question\": \"q-debug\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(score_samples) {
  const Run r = Exec("score --format json " + kRoot + "/rubrics/web-developer.yaml " + kRoot + "/samples/scorecards/web-developer");
  BOOST_CHECK_MESSAGE(r.code == 0, r.out);
  BOOST_CHECK(r.out.find("\"candidates\"") != std::string::npos);
  BOOST_CHECK(r.out.find("\"decision\"") != std::string::npos);
}

// A raw score outside the exercise's score_range: exit 65, error at the raw_score's line:col.
BOOST_AUTO_TEST_CASE(score_exercise_raw_score_out_of_range_exit_65) {
  const fs::path card = Temp("exercise.yaml");
  std::ofstream(card) << "rubric_id: data-analyst\nstage_id: exercise\ncandidate_ref: C-0001\nrater_ref: R-assess\n"
                         "ratings:\n  - {question_id: ex-csv-sales, raw_score: 120}\n";
  const Run r = Exec("score " + kRoot + "/rubrics/data-analyst.yaml " + card.string());
  BOOST_CHECK_EQUAL(r.code, 65);
  BOOST_CHECK_MESSAGE(r.out.find(card.string() + ":6:44") != std::string::npos, r.out);
  BOOST_CHECK_MESSAGE(r.out.find("raw_score 120 for 'ex-csv-sales' is outside the exercise score_range 0..100") !=
                          std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(render_writes_atomically_and_fails_cleanly) {
  const fs::path out = Temp("kit.html");
  const Run ok = Exec("render " + kRoot + "/rubrics/web-developer.yaml --lang fr --format html -o " + out.string());
  BOOST_CHECK_EQUAL(ok.code, 0);
  BOOST_CHECK(fs::file_size(out) > 1000);
  const fs::path none = Temp("none.html");
  const Run bad = Exec("render " + kRoot + "/rubrics/web-developer.yaml --lang de --format html -o " + none.string());
  BOOST_CHECK_EQUAL(bad.code, 2);
  BOOST_CHECK(!fs::exists(none));
  BOOST_CHECK_EQUAL(Exec("render x.yaml --lang fr --format pdf").code, 2);
}

BOOST_AUTO_TEST_CASE(reliability_csv) {
  const fs::path csv = Temp("r.csv");
  std::ofstream f(csv);
  f << "candidate,rater,item,value\n";
  const int m[6][4] = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
  for (int t = 0; t < 6; ++t) for (int r = 0; r < 4; ++r) f << "c" << t << ",r" << r << ",q," << m[t][r] << "\n";
  f << "c0,r9,q,na\n";
  f.close();
  const Run r = Exec("reliability --format json --bootstrap 100 --ratings " + csv.string());
  BOOST_CHECK_EQUAL(r.code, 0);
  BOOST_CHECK(r.out.find("\"icc3_k\": 0.909") != std::string::npos);
  BOOST_CHECK(r.out.find("\"missing\": 1") != std::string::npos);
  const Run again = Exec("reliability --format json --bootstrap 100 --ratings " + csv.string());
  BOOST_CHECK_EQUAL(r.out, again.out);  // seeded bootstrap
  BOOST_CHECK_EQUAL(Exec("reliability --ratings /nonexistent.csv").code, 65);
}

// Stdout only, run from the repository root with relative paths so that positions are stable.
Run ExecInRoot(const std::string& args) {
  Run r;
  FILE* p = popen(("cd '" + kRoot + "' && " + kBin + " " + args + " 2>/dev/null").c_str(), "r");
  BOOST_REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// Golden files: tests/fairhire/rubric/golden/<name>. FAIRHIRE_UPDATE_GOLDEN=1 rewrites them; review
// the diff before committing.
BOOST_AUTO_TEST_CASE(golden_outputs) {
  struct Case {
    const char* golden;
    const char* args;
    int code;
  };
  const Case cases[] = {
      {"lint_risky.json", "lint --format json tests/fairhire/rubric/data/risky_rubric.yaml", 1},
      {"lint_web_developer.json", "lint --format json rubrics/web-developer.yaml", 0},
      {"score_web_developer.json", "score --format json rubrics/web-developer.yaml samples/scorecards/web-developer", 0},
      {"score_web_developer.txt", "score rubrics/web-developer.yaml samples/scorecards/web-developer", 0},
      // The same eight scorecards in one JSON Lines file give the same report.
      {"score_web_developer.json", "score --format json rubrics/web-developer.yaml samples/scorecards/batch/web-developer.jsonl", 0},
      // Coding-exercise raw scores (fairhire-assess) converted through the rubric's mapping.
      {"score_data_analyst.json", "score --format json rubrics/data-analyst.yaml samples/scorecards/data-analyst", 0},
      {"score_data_analyst.txt", "score rubrics/data-analyst.yaml samples/scorecards/data-analyst", 0},
  };
  const bool update = std::getenv("FAIRHIRE_UPDATE_GOLDEN") != nullptr;
  for (const auto& c : cases) {
    const Run r = ExecInRoot(c.args);
    BOOST_CHECK_MESSAGE(r.code == c.code, c.args << " exited " << r.code);
    const fs::path path = fs::path(kRoot) / "tests/fairhire/rubric/golden" / c.golden;
    if (update) {
      std::ofstream(path, std::ios::binary) << r.out;
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    BOOST_REQUIRE_MESSAGE(in, "missing golden file " << path);
    const std::string expected((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_CHECK_MESSAGE(r.out == expected, c.golden << " differs from the output of: fairhire-rubric " << c.args
                                                    << "\n--- got ---\n" << r.out);
  }
}

BOOST_AUTO_TEST_CASE(help_and_version) {
  BOOST_CHECK_EQUAL(Exec("--help").code, 0);
  BOOST_CHECK(Exec("--version").out.find("fairhire-rubric") == 0);
  BOOST_CHECK_EQUAL(Exec("frobnicate").code, 2);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
