#include "fairhire/assess/internal/seccomp_filter.h"

#include <errno.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/personality.h>
#include <sys/socket.h>

namespace fairhire::assess::internal {
namespace {

// Denied outright with EPERM: kernel attack surface, cross-run channels, privilege and
// namespace manipulation, host clock and host identity.
constexpr const char* kDenied[] = {
    "keyctl", "add_key", "request_key",                                   // keyrings: a cross-run channel
    "bpf", "perf_event_open", "userfaultfd",                              // kernel LPE surface
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    "mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig", "fsmount", "fspick",
    "move_mount", "open_tree", "mount_setattr",
    "unshare", "setns",                                                   // new namespaces
    "open_by_handle_at", "name_to_handle_at",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
    "reboot", "swapon", "swapoff", "acct", "quotactl", "quotactl_fd",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex",
    "syslog", "iopl", "ioperm", "vhangup", "lookup_dcookie", "fanotify_init",
    "sethostname", "setdomainname", "flock",
};

// Denied with ENOSYS so that libc and runtimes fall back (glibc: clone3 -> clone; libuv: io_uring).
constexpr const char* kNoSys[] = {"clone3", "io_uring_setup", "io_uring_enter", "io_uring_register"};

// One argument comparison (the SCMP_A* macros use C99 compound literals). MASKED_EQ:
// (arg & a) == b; EQ: arg == a.
scmp_arg_cmp Arg(unsigned int index, scmp_compare op, scmp_datum_t a, scmp_datum_t b = 0) {
  scmp_arg_cmp cmp{};
  cmp.arg = index;
  cmp.op = op;
  cmp.datum_a = a;
  cmp.datum_b = b;
  return cmp;
}

int AddArgRules(scmp_filter_ctx ctx) {
  int rc = 0;
  const unsigned long kNewNs[] = {CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWUSER,
                                  CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWCGROUP};
  for (unsigned long flag : kNewNs) {
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                                Arg(0, SCMP_CMP_MASKED_EQ, flag, flag));
  }
  const int kFamilies[] = {AF_VSOCK, AF_NETLINK, AF_PACKET};
  for (int family : kFamilies) {
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EAFNOSUPPORT), SCMP_SYS(socket), 1,
                                Arg(0, SCMP_CMP_EQ, static_cast<scmp_datum_t>(family)));
  }
  const unsigned long kIoctls[] = {TIOCSTI, TIOCLINUX};
  for (unsigned long request : kIoctls) {
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1,
                                Arg(1, SCMP_CMP_MASKED_EQ, 0xffffffffu, request));
  }
  // Locks on shared read-only inodes (e.g. /usr files) would be a channel between runs.
  const int kLocks[] = {F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE, F_NOTIFY};
  for (int cmd : kLocks) {
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(fcntl), 1,
                                Arg(1, SCMP_CMP_EQ, static_cast<scmp_datum_t>(cmd)));
  }
  // personality(): only PER_LINUX without the flags that weaken ASLR or make data executable.
  const unsigned long kPersonality[] = {READ_IMPLIES_EXEC, ADDR_NO_RANDOMIZE, MMAP_PAGE_ZERO,
                                        ADDR_COMPAT_LAYOUT, ADDR_LIMIT_32BIT};
  for (unsigned long flag : kPersonality) {
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(personality), 1,
                                Arg(0, SCMP_CMP_MASKED_EQ, flag, flag));
  }
  return rc;
}

}  // namespace

int CompileSeccompFilter(std::vector<sock_filter>* program) {
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (ctx == nullptr) return -ENOMEM;
  // Any other ABI (i386 via int 0x80, x32) kills the whole process: reported as SV.
  int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  // A binary tree on the syscall number instead of a linear chain: every syscall decision (and
  // the kernel's action-cache emulation at load, run for each syscall number while it holds the
  // signal lock) walks about 8 comparisons instead of up to 120.
  if (rc == 0) rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
  for (const char* name : kDenied) {
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) continue;  // unknown to this libseccomp: not callable either
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 0);
  }
  for (const char* name : kNoSys) {
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR) continue;
    if (rc == 0) rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), nr, 0);
  }
  if (rc == 0) rc = AddArgRules(ctx);
  int fd = rc == 0 ? memfd_create("fairhire-bpf", MFD_CLOEXEC) : -1;
  if (rc == 0 && fd < 0) rc = -errno;
  if (rc == 0) rc = seccomp_export_bpf(ctx, fd);
  seccomp_release(ctx);
  if (fd < 0) return rc;
  off_t size = lseek(fd, 0, SEEK_END);
  if (rc == 0 && (size <= 0 || size % sizeof(sock_filter) != 0)) rc = -EINVAL;
  if (rc == 0) {
    program->resize(static_cast<std::size_t>(size) / sizeof(sock_filter));
    if (pread(fd, program->data(), static_cast<std::size_t>(size), 0) != size) rc = -EIO;
  }
  close(fd);
  return rc;
}

int LoadSeccompFilter(const std::vector<sock_filter>& program) {
  sock_fprog prog{static_cast<unsigned short>(program.size()), const_cast<sock_filter*>(program.data())};
  if (program.empty() || syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
    return program.empty() ? EINVAL : errno;
  }
  return 0;
}

}  // namespace fairhire::assess::internal
