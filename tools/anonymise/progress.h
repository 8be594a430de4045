// Progress bar and end-of-batch summary on stderr (the bar only when stderr is a terminal).
#ifndef FAIRHIRE_TOOLS_ANONYMISE_PROGRESS_H_
#define FAIRHIRE_TOOLS_ANONYMISE_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <vector>

#include "fairhire/anonymise/batch.h"

namespace fairhire::tools {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  void Update(std::size_t done, std::size_t total);
  void Finish();

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

// "anonymised 998 of 1000 files; 2 failed: 1 invalid_input, 1 limit_exceeded" + one line per failure.
void PrintSummary(const std::vector<anonymise::BatchOutcome>& outcomes);

}  // namespace fairhire::tools

#endif  // FAIRHIRE_TOOLS_ANONYMISE_PROGRESS_H_
