// File helpers with the project's guarantees: reads are size-capped, writes are atomic (a temporary
// file in the destination folder, fsync, rename), so a failed or interrupted run never leaves a
// partial output and never damages an existing file.
// Thread-safety: free functions; concurrent writes to different paths are safe.
#ifndef FAIRHIRE_CORE_FILE_H_
#define FAIRHIRE_CORE_FILE_H_

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "fairhire/core/result.h"

namespace fairhire::core {

inline constexpr std::size_t kDefaultMaxReadBytes = 64u << 20;  // 64 MiB

// Reads a whole file. Errors: kNotFound (missing), kLimitExceeded (larger than max_bytes),
// kIo (unreadable). where = the path.
Result<std::string> ReadFile(const std::filesystem::path& path,
                             std::size_t max_bytes = kDefaultMaxReadBytes);

// Reads all of standard input, capped like ReadFile.
Result<std::string> ReadStdin(std::size_t max_bytes = kDefaultMaxReadBytes);

struct WriteOptions {
  bool overwrite = true;  // false: kInvalidArgument if the destination exists
  unsigned mode = 0644;   // permission bits of the new file
};

// Writes `data` to `path` atomically: the file either keeps its old content or has all of `data`.
// Errors: kIo (with where = path), kInvalidArgument (exists and !overwrite).
Status WriteFileAtomic(const std::filesystem::path& path, std::string_view data,
                       const WriteOptions& options = {});

}  // namespace fairhire::core

#endif  // FAIRHIRE_CORE_FILE_H_
