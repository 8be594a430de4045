// The copy used to fill /box and to copy it back (internal/box_fs.h) must never follow or open
// anything a program planted: symlinks, FIFOs, sockets, setuid bits, deep trees, and a symlink
// waiting in the destination (the Judge0 CVE-2024-28185 pattern).
#include "fairhire/assess/internal/box_fs.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fairhire::assess::internal {
namespace {

namespace fs = std::filesystem;

struct Dirs {
  fs::path root = fs::temp_directory_path() / ("fairhire-copy-test-" + std::to_string(::getpid()));
  fs::path src = root / "src", dst = root / "dst", victim = root / "victim.txt";
  Dirs() {
    fs::remove_all(root);
    fs::create_directories(src);
    fs::create_directories(dst);
    std::ofstream(victim) << "VICTIM";
  }
  ~Dirs() { fs::remove_all(root); }
  int Copy(long long budget = 1 << 20) {
    int s = open(src.c_str(), O_RDONLY | O_DIRECTORY);
    int d = open(dst.c_str(), O_RDONLY | O_DIRECTORY);
    int rc = CopyTree(s, d, static_cast<uid_t>(-1), static_cast<gid_t>(-1), 0, &budget);
    close(s);
    close(d);
    return rc;
  }
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

BOOST_AUTO_TEST_CASE(OnlyRegularFilesAndDirectoriesAreCopied) {
  Dirs d;
  std::ofstream(d.src / "main.cpp") << "int main() {}";
  fs::create_symlink(d.victim, d.src / "link");
  fs::create_directory_symlink("/", d.src / "rootlink");
  BOOST_TEST_REQUIRE(mkfifo((d.src / "fifo").c_str(), 0644) == 0);  // opening it must not block
  int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", (d.src / "sock").c_str());
  bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  std::ofstream(d.src / "suid") << "x";
  chmod((d.src / "suid").c_str(), 04755);
  BOOST_TEST(d.Copy() == 0);
  close(sock);
  BOOST_TEST(Slurp(d.dst / "main.cpp") == "int main() {}");
  for (const char* name : {"link", "rootlink", "fifo", "sock"}) {
    BOOST_TEST(!fs::exists(fs::symlink_status(d.dst / name)), name);
  }
  struct stat st{};
  BOOST_TEST_REQUIRE(stat((d.dst / "suid").c_str(), &st) == 0);
  BOOST_TEST((st.st_mode & 07777) == 0755u);  // setuid dropped, exec bits kept
}

BOOST_AUTO_TEST_CASE(SymlinkPlantedInTheDestinationIsReplacedNotFollowed) {
  Dirs d;
  std::ofstream(d.src / "out.txt") << "program output";
  fs::create_symlink(d.victim, d.dst / "out.txt");
  BOOST_TEST(d.Copy() == 0);
  BOOST_TEST(Slurp(d.victim) == "VICTIM");
  BOOST_TEST(!fs::is_symlink(d.dst / "out.txt"));
  BOOST_TEST(Slurp(d.dst / "out.txt") == "program output");
}

BOOST_AUTO_TEST_CASE(DirectoryInTheWayIsKeptNotAnError) {
  Dirs d;
  std::ofstream(d.src / "name") << "file now";
  fs::create_directory(d.dst / "name");
  std::ofstream(d.dst / "name" / "kept") << "k";
  BOOST_TEST(d.Copy() == 0);
  BOOST_TEST(fs::is_directory(d.dst / "name"));
  BOOST_TEST(Slurp(d.dst / "name" / "kept") == "k");
}

BOOST_AUTO_TEST_CASE(DeepTreesAreCutAndBudgetsHold) {
  Dirs d;
  fs::path deep = d.src;
  for (int i = 0; i < 40; ++i) deep /= "d";
  fs::create_directories(deep);
  std::ofstream(deep / "bottom") << "x";
  BOOST_TEST(d.Copy() == 0);
  int depth = 0;
  for (fs::path p = d.dst / "d"; fs::is_directory(p); p /= "d") ++depth;
  BOOST_TEST(depth >= 30);
  BOOST_TEST(depth <= 34);
  Dirs big;
  std::ofstream(big.src / "big") << std::string(4096, 'x');
  BOOST_TEST(big.Copy(1000) == EFBIG);
}

}  // namespace
}  // namespace fairhire::assess::internal
