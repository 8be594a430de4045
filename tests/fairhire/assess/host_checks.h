// Host-side checks run around every sandboxed test: no process left under a slot UID, no process
// left in a slot's cgroup (v1 groups persist between runs, empty), no new mount on the host other
// than the slots' persistent network namespaces (nsfs under /run/fairhire-box/), canaries
// untouched. HostGuard owns the canaries
// (a process under a slot UID, a secret file, a loopback listener, an abstract socket, an
// inherited descriptor) and removes them in its destructor, even when a check failed.
#ifndef FAIRHIRE_TESTS_ASSESS_HOST_CHECKS_H_
#define FAIRHIRE_TESTS_ASSESS_HOST_CHECKS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace fairhire::assess::testing {

class HostGuard {
 public:
  HostGuard();
  ~HostGuard();
  HostGuard(const HostGuard&) = delete;
  HostGuard& operator=(const HostGuard&) = delete;

  int listener_port() const { return port_; }
  const std::string& abstract_name() const { return abstract_; }
  const std::string& canary_path() const { return canary_path_; }
  // Every violation found since construction (empty: host intact).
  std::vector<std::string> Violations() const;

 private:
  pid_t canary_pid_ = -1;
  int listener_ = -1, abstract_fd_ = -1, inherited_fd_ = -1;
  int port_ = 0;
  std::string abstract_, canary_path_, passwd_before_;
  std::size_t mounts_before_ = 0;
};

// Processes whose real UID is a sandbox slot UID (60000..60063), except `ignore`.
std::vector<pid_t> SlotProcesses(pid_t ignore);
// fairhire-box-* cgroups under our own groups (the slots' persistent groups).
std::vector<std::string> SlotCgroups();
// Those of them that still hold a process (must be none between runs).
std::vector<std::string> BusyCgroups();
// Host mountinfo lines of mounts under /run/fairhire-box/ (only nsfs is expected there).
std::vector<std::string> SlotMounts();

}  // namespace fairhire::assess::testing

#endif  // FAIRHIRE_TESTS_ASSESS_HOST_CHECKS_H_
