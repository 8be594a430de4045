/* The hostile-program battery (research/sandbox.md §3.1), one binary with one mode per attack:
 *   hostile MODE [ARG]
 * Modes that probe a barrier exit 0 when every attempt was refused and 66 when one got through
 * (the message on stderr says which). Modes that attack a limit just do it; the test checks the
 * verdict. Built as a test helper and run inside the sandbox by sandbox_battery_test.cc. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/keyctl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <dirent.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int escaped = 0;
#define REFUSED(call) refused(#call, (long)(call))
static void refused(const char* what, long rc) {
  if (rc >= 0) {
    fprintf(stderr, "ESCAPE: %s succeeded\n", what);
    escaped = 1;
  }
}
static int done(void) { return escaped ? 66 : 0; }

static void* spin(void* arg) { for (volatile long i = 0;; ++i) {} return arg; }
static void* sleeper(void* arg) { sleep(100); return arg; }
#pragma GCC diagnostic ignored "-Winfinite-recursion"
static int recurse(int depth) { volatile char pad[4096]; pad[0] = (char)depth; return recurse(depth + 1) + pad[0]; }

static int fill(const char* dir, int many_files) {
  char path[256], buf[65536];
  memset(buf, 'x', sizeof buf);
  for (int i = 0; i < (many_files ? 1000000 : 1); ++i) {
    snprintf(path, sizeof path, "%s/fill-%d", dir, i);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) return errno == ENOSPC || errno == EDQUOT || errno == EMFILE ? 0 : 66;
    if (!many_files) {
      for (long total = 0; total < (8L << 30); total += sizeof buf) {
        if (write(fd, buf, sizeof buf) < 0) { close(fd); return 0; }  /* ENOSPC / EFBIG: contained */
      }
      close(fd);
      return 66;  /* 8 GB written: no limit */
    }
    close(fd);
  }
  return 66;
}

static int connect_to(const char* ip, int port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) return -1;
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
  inet_pton(AF_INET, ip, &a.sin_addr);
  int rc = connect(s, (struct sockaddr*)&a, sizeof a);
  close(s);
  return rc;
}

static int probe_network(const char* port, const char* abstract_name) {
  REFUSED(connect_to("127.0.0.1", atoi(port)));
  REFUSED(connect_to("10.0.2.2", atoi(port)));
  REFUSED(connect_to("169.254.169.254", 80));
  REFUSED(connect_to("1.1.1.1", 53));
  struct addrinfo* res = NULL;
  if (getaddrinfo("example.com", "80", NULL, &res) == 0) { fprintf(stderr, "ESCAPE: DNS\n"); escaped = 1; }
  int u = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un ua = {.sun_family = AF_UNIX};
  strncpy(ua.sun_path + 1, abstract_name, sizeof ua.sun_path - 2);
  REFUSED(connect(u, (struct sockaddr*)&ua, (socklen_t)(sizeof(sa_family_t) + 1 + strlen(abstract_name))));
  return done();
}

static int probe_read(const char* canary) {
  const char* paths[] = {"/etc/shadow", "/root/.ssh/id_rsa", "/proc/1/root/etc/shadow",
                         "/proc/self/root/../../etc/shadow", "/sys/fs/cgroup/memory/memory.limit_in_bytes",
                         "/proc/1/environ", "/proc/1/cmdline", "/run/fairhire-box/slot-0.lock", canary};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; ++i) {
    int fd = open(paths[i], O_RDONLY);
    if (fd >= 0) { fprintf(stderr, "ESCAPE: read %s\n", paths[i]); escaped = 1; close(fd); }
  }
  return done();
}

static int probe_write(void) {
  const char* paths[] = {"/x", "/usr/x", "/etc/x", "/proc/sys/kernel/hostname", "/proc/sysrq-trigger",
                         "/dev/x", "/proc/self/oom_score_adj"};
  for (unsigned i = 0; i < sizeof paths / sizeof *paths; ++i) {
    int fd = open(paths[i], O_WRONLY | O_CREAT, 0644);
    if (fd >= 0 && write(fd, "0", 1) == 1) { fprintf(stderr, "ESCAPE: wrote %s\n", paths[i]); escaped = 1; }
    if (fd >= 0) close(fd);
  }
  /* The read-only root is the slot's template, shared by its runs: nothing may change it. */
  REFUSED(unlink("/etc/passwd"));
  REFUSED(rename("/etc/hosts", "/etc/hosts2"));
  REFUSED(chmod("/etc/passwd", 0666));
  REFUSED(mkdir("/new", 0755));
  REFUSED(symlink("/box", "/link"));
  REFUSED(mknod("/dev/mem2", S_IFCHR | 0666, makedev(1, 1)));
  return done();
}

static int plant(const char* target) {
  symlink(target, "out.txt");
  symlink("/etc/cron.d/x", "run.sh");
  mkfifo("fifo", 0644);
  mkfifo("expected.txt", 0644);
  REFUSED(link("/usr/bin/true", "hard"));
  mkdir("sub", 0755);
  symlink("/", "sub/root");
  return done();
}

static int probe_privilege(void) {
  REFUSED(setuid(0));
  REFUSED(setgid(0));
  REFUSED(unshare(CLONE_NEWUSER));
  REFUSED(unshare(CLONE_NEWNS));
  REFUSED(unshare(CLONE_NEWNET));
  REFUSED(mount("none", "/tmp", "tmpfs", 0, NULL));
  REFUSED(mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND, NULL));  /* the template's root, read-write */
  REFUSED(mount(NULL, "/", NULL, MS_REMOUNT, NULL));
  REFUSED(umount2("/proc", MNT_DETACH));
  REFUSED(umount2("/box", 0));
  REFUSED(chroot("/tmp"));
  REFUSED(syscall(SYS_pivot_root, "/tmp", "/tmp"));
  REFUSED(syscall(SYS_clone3, NULL, 0));
  pid_t p = (pid_t)syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
  if (p == 0) _exit(0);
  REFUSED(p);
  REFUSED(sethostname("pwned", 5));
  REFUSED(setdomainname("pwned", 5));
  return done();
}

static int probe_kernel(void) {
  REFUSED(syscall(SYS_add_key, "user", "leak:SECRET", "x", 1, KEY_SPEC_USER_KEYRING));
  REFUSED(syscall(SYS_request_key, "user", "leak:SECRET", NULL, KEY_SPEC_USER_KEYRING));
  REFUSED(syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_USER_KEYRING, 0));
  REFUSED(syscall(SYS_io_uring_setup, 8, calloc(1, 256)));
  REFUSED(syscall(SYS_bpf, 0, NULL, 0));
  REFUSED(syscall(SYS_perf_event_open, calloc(1, 256), 0, -1, -1, 0));
  REFUSED(syscall(SYS_userfaultfd, 0));
  REFUSED(socket(40 /* AF_VSOCK */, SOCK_STREAM, 0));
  REFUSED(socket(AF_NETLINK, SOCK_RAW, 0));
  REFUSED(socket(AF_PACKET, SOCK_RAW, 0));
  int fd = open("/usr/bin/true", O_RDONLY);
  REFUSED(flock(fd, LOCK_SH));
  struct flock fl = {.l_type = F_RDLCK, .l_whence = SEEK_SET};
  REFUSED(fcntl(fd, F_SETLK, &fl));
  REFUSED(personality(0x0400000 /* READ_IMPLIES_EXEC */));
  char c = 'x';
  REFUSED(ioctl(0, TIOCSTI, &c));
  struct timespec ts = {0, 0};
  REFUSED(clock_settime(CLOCK_REALTIME, &ts));
  struct timeval tv = {0, 0};
  REFUSED(settimeofday(&tv, NULL));
  struct timex tx = {.modes = ADJ_OFFSET};
  REFUSED(adjtimex(&tx));
  return done();
}

static int probe_processes(void) {
  REFUSED(ptrace(PTRACE_ATTACH, 1, 0, 0));
  REFUSED(ptrace(PTRACE_ATTACH, getppid(), 0, 0));
  char buf[16];
  struct iovec local = {buf, sizeof buf}, remote = {(void*)0x400000, sizeof buf};
  REFUSED(process_vm_readv(1, &local, 1, &remote, 1, 0));
  REFUSED(kill(1, SIGKILL));
  REFUSED(kill(getppid(), SIGTERM));
  kill(-1, SIGKILL);  /* may only reach this box's own processes: the caller survives */
  int visible = 0;
  DIR* d = opendir("/proc");
  for (struct dirent* e; d && (e = readdir(d));) visible += e->d_name[0] >= '0' && e->d_name[0] <= '9';
  if (visible > 1) { fprintf(stderr, "ESCAPE: %d processes visible in /proc\n", visible); escaped = 1; }
  if (access("/proc/net/tcp", F_OK) == 0) { fprintf(stderr, "ESCAPE: /proc/net visible\n"); escaped = 1; }
  return done();
}

static int probe_fds(void) {
  for (int fd = 3; fd < 4096; ++fd) {
    if (fcntl(fd, F_GETFD) >= 0) { fprintf(stderr, "ESCAPE: inherited fd %d\n", fd); escaped = 1; }
  }
  return done();
}

static int daemonize(void) {
  if (fork() == 0) {
    setsid();
    if (fork() == 0) {
      for (int i = 0; i < 100; ++i) sleep(1);
      _exit(0);
    }
    _exit(0);
  }
  wait(NULL);
  return 0;
}

static int jit(void) {
  unsigned char* code = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (code == MAP_FAILED) return 1;
  code[0] = 0xb8; code[1] = 42; code[2] = code[3] = code[4] = 0; code[5] = 0xc3;  /* mov eax,42; ret */
  return ((int (*)(void))code)() == 42 ? 0 : 1;
}

static int weird_names(void) {
  char name[300];
  memset(name, 'a', 255);
  name[255] = 0;
  close(open(name, O_WRONLY | O_CREAT, 0644));
  close(open("bad-\xff\xfe-utf8", O_WRONLY | O_CREAT, 0644));
  char dir[64];
  for (int i = 0; i < 40; ++i) { snprintf(dir, sizeof dir, "d%d", i); mkdir(dir, 0755); if (chdir(dir)) break; }
  return 0;
}

int main(int argc, char** argv) {
  const char* m = argc > 1 ? argv[1] : "";
  const char* arg = argc > 2 ? argv[2] : "";
  if (!strcmp(m, "cpu")) for (volatile long i = 0;; ++i) {}
  if (!strcmp(m, "threads")) { pthread_t t; for (int i = 0; i < 8; ++i) pthread_create(&t, NULL, spin, NULL); spin(NULL); }
  if (!strcmp(m, "sleep")) { sleep(100); return 0; }
  if (!strcmp(m, "pause")) { pause(); return 0; }
  if (!strcmp(m, "fork-bomb")) { for (;;) fork(); }
  if (!strcmp(m, "thread-bomb")) { pthread_t t; for (;;) if (pthread_create(&t, NULL, sleeper, NULL)) return 1; }
  if (!strcmp(m, "malloc")) { for (;;) { char* p = malloc(1 << 20); if (!p) return 1; memset(p, 1, 1 << 20); } }
  if (!strcmp(m, "mmap")) {
    char* p = mmap(NULL, 64L << 30, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return 1;
    for (long i = 0; i < (64L << 30); i += 4096) p[i] = 1;
    return 0;
  }
  if (!strcmp(m, "tmpfs-memory")) return fill("/dev/shm", 0) == 0 ? 0 : 66;
  if (!strcmp(m, "stack")) return recurse(0);
  if (!strcmp(m, "stdout-flood")) { static char b[65536]; memset(b, 'y', sizeof b); for (;;) if (write(1, b, sizeof b) < 0) return 1; }
  if (!strcmp(m, "stderr-flood")) { static char b[65536]; memset(b, 'n', sizeof b); for (;;) if (write(2, b, sizeof b) < 0) return 1; }
  if (!strcmp(m, "fill-box")) return fill(".", 0);
  if (!strcmp(m, "fill-tmp")) return fill("/tmp", 0);
  if (!strcmp(m, "fill-inodes")) return fill("/tmp", 1);
  if (!strcmp(m, "network")) return probe_network(arg, argc > 3 ? argv[3] : "x");
  if (!strcmp(m, "read")) return probe_read(arg);
  if (!strcmp(m, "write")) return probe_write();
  if (!strcmp(m, "plant")) return plant(arg);
  if (!strcmp(m, "privilege")) return probe_privilege();
  if (!strcmp(m, "kernel")) return probe_kernel();
  if (!strcmp(m, "processes")) return probe_processes();
  if (!strcmp(m, "fds")) return probe_fds();
  if (!strcmp(m, "daemon")) return daemonize();
  if (!strcmp(m, "sysv-ipc")) return shmget(0x4641, 4096, IPC_CREAT | 0666) < 0;
  if (!strcmp(m, "segv")) raise(SIGSEGV);
  if (!strcmp(m, "abort")) abort();
  if (!strcmp(m, "fpe")) { volatile int z = 0; volatile int r = 7 / z; return r; }
  if (!strcmp(m, "exit3")) return 3;
  if (!strcmp(m, "x32")) return (int)syscall(0x40000000 | SYS_getpid);
  if (!strcmp(m, "int80")) { long r; __asm__ volatile("int $0x80" : "=a"(r) : "a"(20)); return (int)r; }
  if (!strcmp(m, "jit")) return jit();
  if (!strcmp(m, "touch100")) {  /* for the peak-memory cross-check: prints its own ru_maxrss */
    char* p = malloc(100 << 20);
    memset(p, 1, 100 << 20);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long anon = -1;  /* RssAnon: the private memory a memory cgroup charges to this box */
    char line[256];
    FILE* f = fopen("/proc/self/status", "r");
    while (f && fgets(line, sizeof line, f)) sscanf(line, "RssAnon: %ld", &anon);
    if (f) fclose(f);
    printf("%ld %ld\n", ru.ru_maxrss, anon);
    return p[4096] == 1 ? 0 : 1;
  }
  if (!strcmp(m, "ignore-signals")) { signal(SIGXCPU, SIG_IGN); signal(SIGTERM, SIG_IGN); for (volatile long i = 0;; ++i) {} }
  if (!strcmp(m, "weird-names")) return weird_names();
  if (!strcmp(m, "big-args")) return strlen(arg) == 100000 ? 0 : 1;
  fprintf(stderr, "unknown mode %s\n", m);
  return 2;
}
