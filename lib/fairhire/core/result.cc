#include "fairhire/core/result.h"

#include <ostream>

namespace fairhire::core {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kInvalidInput: return "invalid_input";
    case ErrorCode::kUnsupportedFormat: return "unsupported_format";
    case ErrorCode::kSchema: return "schema";
    case ErrorCode::kLimitExceeded: return "limit_exceeded";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kSandbox: return "sandbox";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

std::ostream& operator<<(std::ostream& os, ErrorCode code) { return os << ErrorCodeName(code); }

int ExitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return kExitUsage;
    case ErrorCode::kInvalidInput:
    case ErrorCode::kUnsupportedFormat:
    case ErrorCode::kSchema:
    case ErrorCode::kLimitExceeded:
    case ErrorCode::kNotFound:
      return kExitDataError;
    case ErrorCode::kIo:
    case ErrorCode::kUnavailable:
    case ErrorCode::kSandbox:
    case ErrorCode::kInternal:
      return kExitInternal;
  }
  return kExitInternal;
}

std::string Error::ToString() const {
  if (where.empty()) return message;
  return where + ": " + message;
}

}  // namespace fairhire::core
