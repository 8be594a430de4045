// fairhire-box: the small helper the library spawns for each sandboxed run, so the supervisor
// starts from a few-MB process (a large parent would poison ru_maxrss). Not meant to be run by
// hand: the spec arrives as argv words (internal/codec.h), the program's stdin is fd 0, its
// captured stdout/stderr go to fds 1 and 2, and the result record to fd 3.
#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "fairhire/assess/internal/codec.h"
#include "fairhire/assess/internal/supervisor.h"
#include "fairhire/assess/internal/sys_util.h"

namespace {

int Fail(const fairhire::Error& error) {
  std::string text = "error " + error.ToString() + "\n";
  fairhire::assess::internal::WriteAll(3, text.data(), text.size());
  return 70;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fairhire::assess;
  if (fcntl(3, F_GETFD) < 0) return 2;  // not started by the library
  std::vector<std::string> words(argv + 1, argv + argc);
  auto spec = internal::DecodeSpec(words);
  if (!spec) return Fail(spec.error());
  auto result = internal::Supervise(*spec, 0);
  if (!result) return Fail(result.error());
  std::string record = internal::EncodeResult(*result);
  bool ok = internal::WriteAll(1, result->stdout_data.data(), result->stdout_data.size()) &&
            internal::WriteAll(2, result->stderr_data.data(), result->stderr_data.size()) &&
            internal::WriteAll(3, record.data(), record.size());
  return ok ? 0 : 70;
}
