// Result<T> and Status: how every fairhire function reports a failure caused by data or the
// environment. An Error carries a stable code, a message for a person (never candidate text) and a
// location such as "rubric.yaml:12:3" or "cv.docx@1402". Result mirrors the spelling of C++23's
// std::expected (has_value, value, error, *, ->) so it can become an alias for it later.
// Thread-safety: plain values; const access from several threads is safe.
#ifndef FAIRHIRE_CORE_RESULT_H_
#define FAIRHIRE_CORE_RESULT_H_

#include <cstdlib>
#include <iosfwd>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace fairhire::core {

// Stable error codes: persisted in reports and mapped to exit codes. Never renumber
// (docs/error-codes.md).
enum class ErrorCode : int {
  kInvalidArgument = 1,    // a caller or command-line mistake (exit 2)
  kInvalidInput = 2,       // the input data is malformed: bad UTF-8, bad YAML, corrupt file (exit 65)
  kUnsupportedFormat = 3,  // the input is of a kind we do not read (exit 65)
  kSchema = 4,             // well-formed input that breaks the schema: unknown key, bad value (exit 65)
  kLimitExceeded = 5,      // the input is too large or expands too much, e.g. a zip bomb (exit 65)
  kNotFound = 6,           // a named file or id does not exist (exit 65)
  kIo = 7,                 // reading or writing failed for an environmental reason (exit 70)
  kUnavailable = 8,        // a needed facility is missing: toolchain, cgroups, data (exit 70)
  kSandbox = 9,            // the sandbox could not be set up (exit 70)
  kInternal = 10,          // a bug or an unexpected library failure (exit 70)
};

// Short stable name of a code, e.g. "invalid_input".
const char* ErrorCodeName(ErrorCode code);

// Writes ErrorCodeName (for test diagnostics and logs).
std::ostream& operator<<(std::ostream& os, ErrorCode code);

// Process exit codes shared by every tool (architecture.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitCheckFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDataError = 65;
inline constexpr int kExitInternal = 70;

// Maps an error code to the documented exit code (2, 65 or 70).
int ExitCodeFor(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // for a person; must not contain candidate text
  std::string where;    // "file:line:col", "file@offset", or empty

  // "where: message" (or just the message when where is empty).
  std::string ToString() const;
};

inline Error MakeError(ErrorCode code, std::string message, std::string where = {}) {
  return Error{code, std::move(message), std::move(where)};
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(const T& value) : v_(std::in_place_index<0>, value) {}
  Result(T&& value) : v_(std::in_place_index<0>, std::move(value)) {}
  template <typename U,
            typename = std::enable_if_t<std::is_constructible_v<T, U&&> &&
                                        !std::is_same_v<std::decay_t<U>, T> &&
                                        !std::is_same_v<std::decay_t<U>, Error> &&
                                        !std::is_same_v<std::decay_t<U>, Result>>>
  Result(U&& value) : v_(std::in_place_index<0>, T(std::forward<U>(value))) {}
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}

  bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  T& value() & { Check(); return std::get<0>(v_); }
  const T& value() const& { Check(); return std::get<0>(v_); }
  T&& value() && { Check(); return std::get<0>(std::move(v_)); }
  const Error& error() const& { CheckError(); return std::get<1>(v_); }
  Error&& error() && { CheckError(); return std::get<1>(std::move(v_)); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }

  template <typename U>
  T value_or(U&& fallback) const& {
    return has_value() ? std::get<0>(v_) : static_cast<T>(std::forward<U>(fallback));
  }

 private:
  void Check() const { if (v_.index() != 0) std::abort(); }       // programming error
  void CheckError() const { if (v_.index() != 1) std::abort(); }  // programming error
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}

  bool has_value() const noexcept { return ok_; }
  explicit operator bool() const noexcept { return ok_; }
  void value() const { if (!ok_) std::abort(); }
  const Error& error() const& { if (ok_) std::abort(); return error_; }
  Error&& error() && { if (ok_) std::abort(); return std::move(error_); }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

inline Status OkStatus() { return Status(); }

}  // namespace fairhire::core

namespace fairhire {
using core::Error;
using core::ErrorCode;
using core::MakeError;
using core::OkStatus;
using core::Result;
using core::Status;
}  // namespace fairhire

// Propagates an error from an expression returning Result/Status.
#define FAIRHIRE_RETURN_IF_ERROR(expr)                        \
  do {                                                        \
    auto fairhire_status_ = (expr);                           \
    if (!fairhire_status_) return std::move(fairhire_status_).error(); \
  } while (0)

#endif  // FAIRHIRE_CORE_RESULT_H_
