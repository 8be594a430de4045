// fairhire-seccomp-gen: build-time helper. Compiles the sandbox's seccomp filter
// (internal/seccomp_filter.cc, through libseccomp) and prints it as a C++ header, so that a run
// loads the ready program instead of building it with libseccomp every time. The unit test
// SeccompProgramIsTheCompiledFilter checks the header against a fresh compilation.
#include <cstdio>
#include <vector>

#include "fairhire/assess/internal/seccomp_filter.h"

int main() {
  std::vector<sock_filter> program;
  int rc = fairhire::assess::internal::CompileSeccompFilter(&program);
  if (rc != 0) {
    std::fprintf(stderr, "fairhire-seccomp-gen: libseccomp error %d\n", rc);
    return 1;
  }
  std::printf("// Generated at build time by fairhire-seccomp-gen (lib/fairhire/assess/seccomp_gen.cc)\n"
              "// from internal/seccomp_filter.cc. Do not edit.\n"
              "#ifndef FAIRHIRE_ASSESS_INTERNAL_SECCOMP_PROGRAM_H_\n"
              "#define FAIRHIRE_ASSESS_INTERNAL_SECCOMP_PROGRAM_H_\n\n"
              "#include <linux/filter.h>\n\n"
              "namespace fairhire::assess::internal {\n\n"
              "inline constexpr sock_filter kSeccompProgram[] = {\n");
  for (const sock_filter& f : program) {
    std::printf("    {0x%04x, %u, %u, 0x%08x},\n", f.code, f.jt, f.jf, f.k);
  }
  std::printf("};\n\n}  // namespace fairhire::assess::internal\n\n"
              "#endif  // FAIRHIRE_ASSESS_INTERNAL_SECCOMP_PROGRAM_H_\n");
  return 0;
}
