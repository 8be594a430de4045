#include "fairhire/assess/task.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>

#include "fairhire/assess/language.h"

namespace fairhire::assess {
namespace {

namespace fs = std::filesystem;

struct TempTask {
  fs::path dir = fs::temp_directory_path() / ("fairhire-task-test-" + std::to_string(::getpid()));
  TempTask() { fs::create_directories(dir); }
  ~TempTask() { fs::remove_all(dir); }
  fs::path Write(const std::string& yaml) {
    std::ofstream(dir / "task.yaml") << yaml;
    return dir / "task.yaml";
  }
};

BOOST_AUTO_TEST_CASE(SampleTasksLoad) {
  for (const char* name : {"warmup-sum", "csv-sales", "inversions"}) {
    auto task = LoadTask(fs::path(FAIRHIRE_SOURCE_DIR) / "samples/tasks" / name / "task.yaml");
    BOOST_TEST_REQUIRE(task.has_value(), name << ": " << (task ? "" : task.error().ToString()));
    BOOST_TEST(task->id == name);
    BOOST_TEST(MaxScore(*task) == 100.0);
    BOOST_TEST(task->title.count("fr") == 1u);
    BOOST_TEST(task->statement.count("en") == 1u);
    BOOST_TEST(task->solutions.size() >= 4u);
  }
}

struct BadCase {
  const char* yaml;
  const char* needle;  // expected in the error message
  const char* where;   // expected prefix of the location
};

BOOST_AUTO_TEST_CASE(SchemaErrorsArePositioned) {
  const BadCase cases[] = {
      {"id: t\ntests:\n  - {id: a, expected: x}\nbogus: 1\n", "bogus", "task.yaml:4:1"},
      {"id: t\ntests:\n  - {id: a}\n", "needs expected", "task.yaml:3"},
      {"id: t\ntests:\n  - {id: a, expected: x, input_file: ../../etc/passwd}\n", "inside the task", "task.yaml:3"},
      {"id: t\ntests:\n  - {id: a, expected: x}\n  - {id: a, expected: y}\n", "duplicate test a", "task.yaml"},
      {"id: t\ntests:\n  - {id: a, expected: x, group: g}\n", "unknown group g", "task.yaml"},
      {"id: t\nchecker: {type: fuzzy}\ntests:\n  - {id: a, expected: x}\n", "checker type", "task.yaml:2"},
      {"id: t\nlimits: {time_ms: -1}\ntests:\n  - {id: a, expected: x}\n", "positive", "task.yaml:2"},
      {"id: t\ntests: []\n", "non-empty", "task.yaml"},
  };
  for (const BadCase& c : cases) {
    TempTask t;
    auto task = LoadTask(t.Write(c.yaml));
    BOOST_TEST_CONTEXT(c.yaml) {
      BOOST_TEST_REQUIRE(!task.has_value());
      BOOST_TEST(task.error().message.find(c.needle) != std::string::npos, task.error().ToString());
      BOOST_TEST(task.error().where.rfind(c.where, 0) == 0u, task.error().ToString());
    }
  }
}

BOOST_AUTO_TEST_CASE(RepositoryLanguagesLoad) {
  auto all = LoadLanguages(fs::path(FAIRHIRE_SOURCE_DIR) / "languages");
  BOOST_TEST_REQUIRE(all.has_value());
  for (const char* id : {"c", "cpp17", "python3", "javascript", "java17"}) {
    BOOST_TEST(FindLanguage(*all, id) != nullptr, id);
  }
  BOOST_TEST(GuessLanguage(*all, "x/sol.cpp")->id == "cpp17");
  BOOST_TEST(GuessLanguage(*all, "Main.java")->id == "java17");
  BOOST_TEST(GuessLanguage(*all, "a.rs") == nullptr);
}

BOOST_AUTO_TEST_CASE(MissingToolchainIsUnavailableNotACrash) {
  LanguageProfile p;
  p.id = "cobol";
  p.required_paths = {"/usr/bin/definitely-not-a-cobol-compiler"};
  Status s = CheckAvailable(p);
  BOOST_TEST_REQUIRE(!s.has_value());
  BOOST_TEST(static_cast<int>(s.error().code) == static_cast<int>(ErrorCode::kUnavailable));
  BOOST_TEST(s.error().message.find("language unavailable: cobol") == 0u);
}

}  // namespace
}  // namespace fairhire::assess
