#include <iostream>

#include "tools/assess/commands.h"

namespace fairhire::tools::assess {

int Usage(const std::string& message) {
  std::cerr << "fairhire-assess: " << message << "\n(see fairhire-assess --help)\n";
  return core::kExitUsage;
}

int ReportError(const Error& error) {
  std::cerr << "fairhire-assess: " << error.ToString() << "\n";
  return core::ExitCodeFor(error.code);
}

}  // namespace fairhire::tools::assess
