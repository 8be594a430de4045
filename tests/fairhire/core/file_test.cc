#include "fairhire/core/file.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>

namespace fairhire::core {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "fairhire-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path path;
};

std::size_t CountEntries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

BOOST_AUTO_TEST_SUITE(file)

BOOST_AUTO_TEST_CASE(atomic_write_replaces_and_leaves_no_temporary) {
  TempDir dir;
  const fs::path out = dir.path / "out.txt";
  BOOST_REQUIRE(WriteFileAtomic(out, "first").has_value());
  BOOST_REQUIRE(WriteFileAtomic(out, "second").has_value());
  BOOST_TEST(*ReadFile(out) == "second");
  BOOST_TEST(CountEntries(dir.path) == 1u);
}

BOOST_AUTO_TEST_CASE(no_overwrite_keeps_existing_file) {
  TempDir dir;
  const fs::path out = dir.path / "out.txt";
  BOOST_REQUIRE(WriteFileAtomic(out, "keep").has_value());
  auto s = WriteFileAtomic(out, "lost", WriteOptions{.overwrite = false});
  BOOST_TEST(!s);
  BOOST_TEST(s.error().code == ErrorCode::kInvalidArgument);
  BOOST_TEST(*ReadFile(out) == "keep");
  BOOST_TEST(CountEntries(dir.path) == 1u);
}

BOOST_AUTO_TEST_CASE(write_into_missing_folder_fails_cleanly) {
  TempDir dir;
  auto s = WriteFileAtomic(dir.path / "no" / "such" / "out.txt", "x");
  BOOST_TEST(!s);
  BOOST_TEST(s.error().code == ErrorCode::kIo);
}

BOOST_AUTO_TEST_CASE(read_errors_are_typed) {
  TempDir dir;
  BOOST_TEST(ReadFile(dir.path / "missing").error().code == ErrorCode::kNotFound);
  BOOST_REQUIRE(WriteFileAtomic(dir.path / "big", std::string(100, 'x')).has_value());
  BOOST_TEST(ReadFile(dir.path / "big", 99).error().code == ErrorCode::kLimitExceeded);
  BOOST_TEST(ReadFile(dir.path / "big", 100)->size() == 100u);
  BOOST_TEST(ReadFile(dir.path).error().code == ErrorCode::kInvalidInput);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::core
