#include "fairhire/assess/sandbox.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "fairhire/assess/internal/codec.h"
#include "fairhire/assess/internal/supervisor.h"
#include "fairhire/assess/internal/sys_util.h"
#include "fairhire/core/json_writer.h"

namespace fairhire::assess {
namespace {

using internal::ErrnoText;

// A memfd holding `data`, positioned at 0. -1 on failure.
int MemFd(const char* name, const std::string& data) {
  int fd = memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) return -1;
  if (!internal::WriteAll(fd, data.data(), data.size()) || lseek(fd, 0, SEEK_SET) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

std::string ReadBack(int fd, std::size_t cap) {
  std::string out;
  struct stat st{};
  if (fstat(fd, &st) != 0 || lseek(fd, 0, SEEK_SET) != 0) return out;
  out.resize(std::min(cap, static_cast<std::size_t>(st.st_size)));  // never a cap-sized buffer
  cap = out.size();
  long n = internal::ReadFull(fd, out.data(), cap);
  out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return out;
}

class HelperSandbox : public Sandbox {
 public:
  explicit HelperSandbox(std::string helper) : helper_(std::move(helper)) {}

  Result<SandboxResult> Run(const SandboxSpec& spec) override {
    int fds[4] = {MemFd("stdin", spec.stdin_data), MemFd("stdout", ""), MemFd("stderr", ""),
                  MemFd("result", "")};
    auto cleanup = [&fds] {
      for (int fd : fds) {
        if (fd >= 0) close(fd);
      }
    };
    for (int fd : fds) {
      if (fd < 0) {
        cleanup();
        return core::MakeError(ErrorCode::kSandbox, ErrnoText("memfd_create"));
      }
    }
    Result<SandboxResult> r = Spawn(spec, fds);
    if (r) {
      std::size_t cap = static_cast<std::size_t>(spec.limits.output_kb) * 1024;
      r->stdout_data = ReadBack(fds[1], cap);
      r->stderr_data = ReadBack(fds[2], cap);
    }
    cleanup();
    return r;
  }

 private:
  Result<SandboxResult> Spawn(const SandboxSpec& spec, const int (&fds)[4]) {
    std::vector<std::string> words = internal::EncodeSpec(spec);
    std::vector<char*> argv = {const_cast<char*>(helper_.c_str())};
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    char* envp[] = {nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (int i = 0; i < 4; ++i) posix_spawn_file_actions_adddup2(&actions, fds[i], i);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, helper_.c_str(), &actions, nullptr, argv.data(), envp);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
      return core::MakeError(ErrorCode::kUnavailable,
                             std::string("cannot start the sandbox helper: ") + std::strerror(rc),
                             helper_);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::string text = ReadBack(fds[3], 1 << 16);
    if (text.rfind("error ", 0) == 0) {
      return core::MakeError(ErrorCode::kSandbox, text.substr(6, text.find('\n') - 6));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      return core::MakeError(ErrorCode::kSandbox, "the sandbox helper failed", helper_);
    }
    return internal::DecodeResult(text);
  }

  std::string helper_;
};

bool Executable(const std::filesystem::path& p) { return access(p.c_str(), X_OK) == 0; }

}  // namespace

std::unique_ptr<Sandbox> MakeSandbox(std::string helper) {
  if (helper.empty()) {
    auto found = FindBoxHelper();
    helper = found ? *found : "fairhire-box";
  }
  return std::make_unique<HelperSandbox>(std::move(helper));
}

Result<std::string> FindBoxHelper() {
  if (const char* env = std::getenv("FAIRHIRE_BOX_HELPER"); env != nullptr && *env != '\0') {
    if (Executable(env)) return std::string(env);
    return core::MakeError(ErrorCode::kUnavailable, "FAIRHIRE_BOX_HELPER is not executable", env);
  }
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const auto& candidate : {self.parent_path() / "fairhire-box",
                                  self.parent_path().parent_path() / "bin" / "fairhire-box"}) {
      if (Executable(candidate)) return candidate.string();
    }
  }
  return core::MakeError(ErrorCode::kUnavailable,
                         "fairhire-box helper not found (set FAIRHIRE_BOX_HELPER)");
}

Result<SandboxResult> RunInProcess(const SandboxSpec& spec) {
  int in = MemFd("stdin", spec.stdin_data);
  if (in < 0) return core::MakeError(ErrorCode::kSandbox, ErrnoText("memfd_create"));
  auto r = internal::Supervise(spec, in);
  close(in);
  return r;
}

Result<SandboxResult> RunInProcess(const SandboxSpec& spec, int stdin_fd) {
  return internal::Supervise(spec, stdin_fd);
}

Result<int> RemoveSandboxState() { return internal::RemoveSlotState(); }

std::string SandboxResultJson(const SandboxResult& r) {
  core::JsonWriter j;
  j.BeginObject().Key("verdict").String(VerdictName(r.verdict));
  j.Key("cpu_ms").Int(r.cpu_ms).Key("wall_ms").Int(r.wall_ms).Key("peak_kb").Int(r.peak_kb);
  j.Key("exit_code");
  if (r.signal == 0 && r.exit_code >= 0) j.Int(r.exit_code); else j.Null();
  j.Key("signal");
  if (r.signal != 0) j.Int(r.signal); else j.Null();
  j.Key("signal_name");
  if (r.signal != 0) j.String(std::string("SIG") + (sigabbrev_np(r.signal) ? sigabbrev_np(r.signal) : "?"));
  else j.Null();
  j.Key("output_bytes").Int(r.output_bytes);
  j.Key("oom_killed").Bool(r.oom_killed).Key("wall_timeout").Bool(r.wall_timeout);
  j.Key("pids_limit_hit").Bool(r.pids_limit_hit).Key("cgroup_mode").String(r.cgroup_mode);
  j.Key("degraded").BeginArray();
  for (const auto& d : r.degraded) j.String(d);
  j.EndArray();
  if (!r.exec_error.empty()) j.Key("exec_error").String(r.exec_error);
  if (!r.internal_error.empty()) j.Key("internal_error").String(r.internal_error);
  j.EndObject();
  return j.str();
}

}  // namespace fairhire::assess
