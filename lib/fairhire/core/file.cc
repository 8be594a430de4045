#include "fairhire/core/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

namespace fairhire::core {
namespace {

Error IoError(const std::filesystem::path& path, const char* what, int err) {
  return MakeError(ErrorCode::kIo, std::string(what) + ": " + std::strerror(err), path.string());
}

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

Result<std::string> ReadFile(const std::filesystem::path& path, std::size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return MakeError(ErrorCode::kNotFound, "no such file", path.string());
    return IoError(path, "cannot open", errno);
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return MakeError(ErrorCode::kInvalidInput, "is a directory", path.string());
  }
  std::string data;
  if (st.st_size > 0) data.reserve(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), max_bytes + 1));
  char buf[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return IoError(path, "cannot read", err);
    }
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) {
      ::close(fd);
      return MakeError(ErrorCode::kLimitExceeded,
                       "file larger than the limit of " + std::to_string(max_bytes) + " bytes",
                       path.string());
    }
  }
  ::close(fd);
  return data;
}

Result<std::string> ReadStdin(std::size_t max_bytes) {
  std::string data;
  char buf[1 << 16];
  while (true) {
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError("-", "cannot read", errno);
    }
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > max_bytes) {
      return MakeError(ErrorCode::kLimitExceeded,
                       "input larger than the limit of " + std::to_string(max_bytes) + " bytes", "-");
    }
  }
  return data;
}

Status WriteFileAtomic(const std::filesystem::path& path, std::string_view data,
                       const WriteOptions& options) {
  std::error_code ec;
  if (!options.overwrite && std::filesystem::exists(path, ec)) {
    return MakeError(ErrorCode::kInvalidArgument, "output exists (use --force to overwrite)",
                     path.string());
  }
  std::filesystem::path dir = path.parent_path();
  if (dir.empty()) dir = ".";
  std::string tmpl = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return IoError(path, "cannot create temporary file", errno);
  const bool ok = WriteAll(fd, data) && ::fchmod(fd, options.mode) == 0 && ::fsync(fd) == 0;
  const int err = errno;
  if (::close(fd) != 0 || !ok) {
    ::unlink(tmpl.c_str());
    return IoError(path, "cannot write", ok ? errno : err);
  }
  if (!options.overwrite) {
    // link() fails if the destination appeared meanwhile: no silent overwrite.
    if (::link(tmpl.c_str(), path.c_str()) != 0) {
      const int link_err = errno;
      ::unlink(tmpl.c_str());
      if (link_err == EEXIST) {
        return MakeError(ErrorCode::kInvalidArgument, "output exists (use --force to overwrite)",
                         path.string());
      }
      return IoError(path, "cannot create", link_err);
    }
    ::unlink(tmpl.c_str());
    return OkStatus();
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int rename_err = errno;
    ::unlink(tmpl.c_str());
    return IoError(path, "cannot rename into place", rename_err);
  }
  return OkStatus();
}

}  // namespace fairhire::core
