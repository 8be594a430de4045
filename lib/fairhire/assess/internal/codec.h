// Internal: how the library talks to the fairhire-box helper. The spec travels as argv words
// (--cpu-ms 1000 ... -- cmd args); the result comes back as "key value" lines on fd 3, the
// captured stdout/stderr on fds 1 and 2 (memfds owned by the caller).
// Thread-safety: pure functions.
#ifndef FAIRHIRE_ASSESS_INTERNAL_CODEC_H_
#define FAIRHIRE_ASSESS_INTERNAL_CODEC_H_

#include <string>
#include <vector>

#include "fairhire/assess/sandbox.h"
#include "fairhire/core/result.h"

namespace fairhire::assess::internal {

std::vector<std::string> EncodeSpec(const SandboxSpec& spec);
// Inverse of EncodeSpec (stdin_data stays empty). Errors: kInvalidArgument naming the word.
Result<SandboxSpec> DecodeSpec(const std::vector<std::string>& words);

// Figures only (stdout_data and stderr_data travel separately).
std::string EncodeResult(const SandboxResult& result);
Result<SandboxResult> DecodeResult(const std::string& text);

}  // namespace fairhire::assess::internal

#endif  // FAIRHIRE_ASSESS_INTERNAL_CODEC_H_
