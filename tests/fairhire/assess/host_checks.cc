#include "host_checks.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace fairhire::assess::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Host mounts, except the slots' persistent network namespaces (nsfs files bound under
// /run/fairhire-box/, created on a slot's first run and kept on purpose: docs/sandbox.md).
std::size_t CountHostMounts(const std::string& mountinfo) {
  std::istringstream in(mountinfo);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string f[5];
    for (auto& x : f) fields >> x;
    bool slot_netns = f[4].rfind("/run/fairhire-box/", 0) == 0 &&
                      line.find(" - nsfs ") != std::string::npos;
    n += slot_netns ? 0 : 1;
  }
  return n;
}

}  // namespace

std::vector<pid_t> SlotProcesses(pid_t ignore) {
  std::vector<pid_t> found;
  DIR* d = opendir("/proc");
  while (struct dirent* e = d ? readdir(d) : nullptr) {
    pid_t pid = static_cast<pid_t>(std::atoi(e->d_name));
    if (pid <= 0 || pid == ignore) continue;
    std::istringstream status(Slurp("/proc/" + std::string(e->d_name) + "/status"));
    std::string key;
    long uid = -1;
    while (status >> key) {
      if (key == "Uid:") {
        status >> uid;
        break;
      }
    }
    if (uid >= 60000 && uid < 60064) found.push_back(pid);
  }
  if (d) closedir(d);
  return found;
}

std::vector<std::string> SlotCgroups() {
  std::vector<std::string> found;
  std::istringstream self(Slurp("/proc/self/cgroup"));
  std::string line;
  while (std::getline(self, line)) {
    std::size_t a = line.find(':'), b = line.find(':', a + 1);
    std::string ctrl = line.substr(a + 1, b - a - 1), rel = line.substr(b + 1);
    for (const char* c : {"memory", "pids", "cpuacct"}) {
      if (ctrl != c) continue;
      std::string dir = std::string("/sys/fs/cgroup/") + c + (rel == "/" ? "" : rel);
      DIR* d = opendir(dir.c_str());
      while (struct dirent* e = d ? readdir(d) : nullptr) {
        if (std::strncmp(e->d_name, "fairhire-box-", 13) == 0) found.push_back(dir + "/" + e->d_name);
      }
      if (d) closedir(d);
    }
  }
  return found;
}

std::vector<std::string> BusyCgroups() {
  std::vector<std::string> busy;
  for (const auto& dir : SlotCgroups()) {
    std::string procs = Slurp(dir + "/cgroup.procs");
    if (procs.find_first_not_of(" \n") != std::string::npos) busy.push_back(dir);
  }
  return busy;
}

std::vector<std::string> SlotMounts() {
  std::istringstream in(Slurp("/proc/self/mountinfo"));
  std::vector<std::string> found;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find(" /run/fairhire-box/") != std::string::npos) found.push_back(line);
  }
  return found;
}

HostGuard::HostGuard() {
  mounts_before_ = CountHostMounts(Slurp("/proc/self/mountinfo"));
  passwd_before_ = Slurp("/etc/passwd");
  canary_pid_ = fork();
  if (canary_pid_ == 0) {  // a process under a slot UID, outside any box: must survive
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // never outlives a crashed test
    if (getppid() == 1) _exit(1);
    if (setresgid(60005, 60005, 60005) != 0 || setresuid(60005, 60005, 60005) != 0) _exit(1);
    for (;;) pause();
  }
  canary_path_ = "/tmp/fairhire-canary-" + std::to_string(getpid());
  std::ofstream(canary_path_) << "CANARY-SECRET\n";
  chmod(canary_path_.c_str(), 0644);
  inherited_fd_ = open(canary_path_.c_str(), O_RDONLY);  // deliberately inheritable
  listener_ = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a);
  listen(listener_, 8);
  getsockname(listener_, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = ntohs(a.sin_port);
  abstract_ = "fairhire-test-" + std::to_string(getpid());
  abstract_fd_ = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  sockaddr_un u{};
  u.sun_family = AF_UNIX;
  std::memcpy(u.sun_path + 1, abstract_.data(), abstract_.size());
  bind(abstract_fd_, reinterpret_cast<sockaddr*>(&u),
       static_cast<socklen_t>(sizeof(sa_family_t) + 1 + abstract_.size()));
  listen(abstract_fd_, 8);
}

HostGuard::~HostGuard() {
  if (canary_pid_ > 0) {
    kill(canary_pid_, SIGKILL);
    waitpid(canary_pid_, nullptr, 0);
  }
  for (int fd : {listener_, abstract_fd_, inherited_fd_}) {
    if (fd >= 0) close(fd);
  }
  unlink(canary_path_.c_str());
}

std::vector<std::string> HostGuard::Violations() const {
  std::vector<std::string> v;
  if (canary_pid_ <= 0 || kill(canary_pid_, 0) != 0 || waitpid(canary_pid_, nullptr, WNOHANG) != 0) {
    v.push_back("canary process under a slot UID was killed");
  }
  for (pid_t pid : SlotProcesses(canary_pid_)) v.push_back("leftover process " + std::to_string(pid));
  for (const auto& cg : BusyCgroups()) v.push_back("process left in cgroup " + cg);
  if (CountHostMounts(Slurp("/proc/self/mountinfo")) != mounts_before_) v.push_back("host mount table changed");
  for (const auto& m : SlotMounts()) {
    if (m.find(" - nsfs ") == std::string::npos) v.push_back("non-nsfs mount under /run/fairhire-box: " + m);
  }
  if (Slurp("/etc/passwd") != passwd_before_) v.push_back("/etc/passwd changed");
  if (Slurp(canary_path_) != "CANARY-SECRET\n") v.push_back("canary file changed");
  for (const char* p : {"/x", "/usr/x", "/etc/x", "/pwned"}) {
    if (access(p, F_OK) == 0) v.push_back(std::string("host file created: ") + p);
  }
  for (int fd : {listener_, abstract_fd_}) {
    int c = accept(fd, nullptr, nullptr);
    if (c >= 0) {
      close(c);
      v.push_back("a host loopback service was reached");
    }
  }
  char host[64] = {};
  gethostname(host, sizeof host - 1);
  if (std::string(host) == "box" || std::string(host) == "pwned") v.push_back("host name changed");
  return v;
}

}  // namespace fairhire::assess::testing
