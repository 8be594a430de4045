// The seccomp program generated at build time is exactly what libseccomp compiles from
// internal/seccomp_filter.cc now (a stale header would load an outdated filter), and it decides
// what the denylist says: a small classic-BPF interpreter runs it on seccomp_data records for
// every syscall number and for the argument rules (so a change of libseccomp's code generation,
// e.g. the binary-tree layout, cannot change a decision unnoticed).
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/socket.h>
#include <sys/syscall.h>

#include <boost/test/unit_test.hpp>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <set>
#include <vector>

#include "fairhire/assess/internal/seccomp_filter.h"
#include "fairhire/assess/internal/seccomp_program.h"

namespace fairhire::assess::internal {
namespace {

// Runs a classic-BPF seccomp program on `data`; returns its SECCOMP_RET_* value. Fails the test
// on an instruction it does not know or a jump out of the program.
std::uint32_t RunFilter(const std::vector<sock_filter>& prog, const seccomp_data& data) {
  std::uint32_t a = 0, x = 0, mem[BPF_MEMWORDS] = {};
  const auto* bytes = reinterpret_cast<const unsigned char*>(&data);
  for (std::size_t pc = 0; pc < prog.size(); ++pc) {
    const sock_filter& in = prog[pc];
    std::uint32_t src = BPF_SRC(in.code) == BPF_X ? x : in.k;
    switch (BPF_CLASS(in.code)) {
      case BPF_LD:
        if (BPF_MODE(in.code) == BPF_ABS && in.k + 4 <= sizeof data) std::memcpy(&a, bytes + in.k, 4);
        else if (BPF_MODE(in.code) == BPF_IMM) a = in.k;
        else if (BPF_MODE(in.code) == BPF_MEM && in.k < BPF_MEMWORDS) a = mem[in.k];
        else BOOST_FAIL("unknown load " << in.code);
        break;
      case BPF_LDX:
        if (BPF_MODE(in.code) == BPF_IMM) x = in.k;
        else if (BPF_MODE(in.code) == BPF_MEM && in.k < BPF_MEMWORDS) x = mem[in.k];
        else BOOST_FAIL("unknown ldx " << in.code);
        break;
      case BPF_ST: mem[in.k % BPF_MEMWORDS] = a; break;
      case BPF_STX: mem[in.k % BPF_MEMWORDS] = x; break;
      case BPF_ALU:
        switch (BPF_OP(in.code)) {
          case BPF_AND: a &= src; break;
          case BPF_OR: a |= src; break;
          case BPF_ADD: a += src; break;
          case BPF_SUB: a -= src; break;
          case BPF_RSH: a >>= src; break;
          case BPF_LSH: a <<= src; break;
          default: BOOST_FAIL("unknown alu " << in.code);
        }
        break;
      case BPF_JMP: {
        if (BPF_OP(in.code) == BPF_JA) {
          pc += in.k;
          break;
        }
        bool take = false;
        switch (BPF_OP(in.code)) {
          case BPF_JEQ: take = a == src; break;
          case BPF_JGT: take = a > src; break;
          case BPF_JGE: take = a >= src; break;
          case BPF_JSET: take = (a & src) != 0; break;
          default: BOOST_FAIL("unknown jump " << in.code);
        }
        pc += take ? in.jt : in.jf;
        break;
      }
      case BPF_RET: return BPF_RVAL(in.code) == BPF_A ? a : in.k;
      case BPF_MISC:
        if (BPF_MISCOP(in.code) == BPF_TAX) x = a;
        else a = x;
        break;
      default: BOOST_FAIL("unknown class " << in.code);
    }
  }
  BOOST_FAIL("the program ran off its end");
  return 0;
}

std::vector<sock_filter> Baked() { return {std::begin(kSeccompProgram), std::end(kSeccompProgram)}; }

std::uint32_t Decide(long nr, std::uint64_t a0 = 0, std::uint64_t a1 = 0,
                     std::uint32_t arch = AUDIT_ARCH_X86_64) {
  seccomp_data data{};
  data.nr = static_cast<int>(nr);
  data.arch = arch;
  data.args[0] = a0;
  data.args[1] = a1;
  return RunFilter(Baked(), data);
}

constexpr std::uint32_t kAllow = SECCOMP_RET_ALLOW;
constexpr std::uint32_t Errno(int e) { return SECCOMP_RET_ERRNO | static_cast<std::uint32_t>(e); }

BOOST_AUTO_TEST_CASE(TheFilterDecidesWhatTheDenylistSays) {
  const std::set<long> eperm = {
      SYS_keyctl, SYS_add_key, SYS_request_key, SYS_bpf, SYS_perf_event_open, SYS_userfaultfd,
      SYS_ptrace, SYS_process_vm_readv, SYS_process_vm_writev, SYS_kcmp, SYS_pidfd_getfd,
      SYS_mount, SYS_umount2, SYS_pivot_root, SYS_chroot, SYS_fsopen, SYS_fsconfig, SYS_fsmount,
      SYS_fspick, SYS_move_mount, SYS_open_tree, SYS_mount_setattr, SYS_unshare, SYS_setns,
      SYS_open_by_handle_at, SYS_name_to_handle_at, SYS_kexec_load, SYS_kexec_file_load,
      SYS_init_module, SYS_finit_module, SYS_delete_module, SYS_reboot, SYS_swapon, SYS_swapoff,
      SYS_acct, SYS_quotactl, SYS_quotactl_fd, SYS_settimeofday, SYS_clock_settime, SYS_clock_adjtime,
      SYS_adjtimex, SYS_syslog, SYS_iopl, SYS_ioperm, SYS_vhangup, SYS_lookup_dcookie,
      SYS_fanotify_init, SYS_sethostname, SYS_setdomainname, SYS_flock};
  const std::set<long> enosys = {SYS_clone3, SYS_io_uring_setup, SYS_io_uring_enter,
                                 SYS_io_uring_register};
  const std::set<long> by_argument = {SYS_clone, SYS_socket, SYS_ioctl, SYS_fcntl, SYS_personality};
  for (long nr = 0; nr < 512; ++nr) {
    if (by_argument.count(nr)) continue;
    std::uint32_t want = eperm.count(nr) ? Errno(EPERM) : enosys.count(nr) ? Errno(ENOSYS) : kAllow;
    BOOST_TEST(Decide(nr) == want, "syscall " << nr);
  }
  // Foreign ABIs: x32 numbers on the native arch, and the i386 arch, kill the process.
  BOOST_TEST(Decide(0x40000000 | SYS_getpid) == SECCOMP_RET_KILL_PROCESS);
  BOOST_TEST(Decide(20, 0, 0, AUDIT_ARCH_I386) == SECCOMP_RET_KILL_PROCESS);
}

BOOST_AUTO_TEST_CASE(TheFilterChecksTheArgumentsItMust) {
  BOOST_TEST(Decide(SYS_clone, SIGCHLD) == kAllow);
  BOOST_TEST(Decide(SYS_clone, CLONE_VM | CLONE_THREAD | CLONE_SIGHAND) == kAllow);
  for (unsigned long flag : {CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID,
                             CLONE_NEWNET, CLONE_NEWCGROUP}) {
    BOOST_TEST(Decide(SYS_clone, flag | SIGCHLD) == Errno(EPERM), "clone flag " << flag);
  }
  BOOST_TEST(Decide(SYS_socket, AF_INET) == kAllow);
  BOOST_TEST(Decide(SYS_socket, AF_UNIX) == kAllow);
  for (int family : {AF_VSOCK, AF_NETLINK, AF_PACKET}) {
    BOOST_TEST(Decide(SYS_socket, family) == Errno(EAFNOSUPPORT), "family " << family);
  }
  BOOST_TEST(Decide(SYS_ioctl, 0, TCGETS) == kAllow);
  BOOST_TEST(Decide(SYS_ioctl, 0, TIOCSTI) == Errno(EPERM));
  BOOST_TEST(Decide(SYS_ioctl, 0, 0xffffffff00000000ULL | TIOCSTI) == Errno(EPERM));  // high bits ignored
  BOOST_TEST(Decide(SYS_ioctl, 0, TIOCLINUX) == Errno(EPERM));
  BOOST_TEST(Decide(SYS_fcntl, 3, F_GETFL) == kAllow);
  BOOST_TEST(Decide(SYS_fcntl, 3, F_SETFD) == kAllow);
  for (int cmd : {F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE, F_NOTIFY}) {
    BOOST_TEST(Decide(SYS_fcntl, 3, cmd) == Errno(EPERM), "fcntl " << cmd);
  }
  BOOST_TEST(Decide(SYS_personality, PER_LINUX) == kAllow);
  BOOST_TEST(Decide(SYS_personality, 0xffffffff) != kAllow);  // query with every flag bit set
  BOOST_TEST(Decide(SYS_personality, READ_IMPLIES_EXEC) == Errno(EPERM));
  BOOST_TEST(Decide(SYS_personality, ADDR_NO_RANDOMIZE) == Errno(EPERM));
}

BOOST_AUTO_TEST_CASE(SeccompProgramIsTheCompiledFilter) {
  std::vector<sock_filter> fresh;
  BOOST_TEST_REQUIRE(CompileSeccompFilter(&fresh) == 0);
  std::vector<sock_filter> baked(std::begin(kSeccompProgram), std::end(kSeccompProgram));
  BOOST_TEST_REQUIRE(fresh.size() == baked.size());
  BOOST_TEST(std::memcmp(fresh.data(), baked.data(), fresh.size() * sizeof(sock_filter)) == 0);
  BOOST_TEST(baked.size() > 50u);  // the denylist, not an empty program
}

}  // namespace
}  // namespace fairhire::assess::internal
