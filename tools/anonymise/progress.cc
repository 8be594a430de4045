#include "progress.h"

#include <cstdio>
#include <map>
#include <string>

namespace fairhire::tools {

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressBar::Update(std::size_t done, std::size_t total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0.0;
  const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0.0;
  const int width = 30;
  const int filled = total ? static_cast<int>(width * done / total) : width;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(width, '.');
  std::fprintf(stderr, "\r[%s] %zu/%zu  %.1f files/s  ETA %.0fs ", bar.c_str(), done, total, rate, eta);
  std::fflush(stderr);
}

void ProgressBar::Finish() {
  if (enabled_) std::fputc('\n', stderr);
}

void PrintSummary(const std::vector<anonymise::BatchOutcome>& outcomes) {
  std::size_t ok = 0, failed = 0, skipped = 0;
  std::map<std::string, int> reasons;
  for (const auto& o : outcomes) {
    if (o.skipped) ++skipped;
    else if (o.error) ++failed, ++reasons[core::ErrorCodeName(o.error->code)];
    else ++ok;
  }
  std::string line = "fairhire-anonymise: anonymised " + std::to_string(ok) + " of " +
                     std::to_string(outcomes.size()) + " files";
  if (failed) {
    line += "; " + std::to_string(failed) + " failed:";
    for (const auto& [reason, n] : reasons) line += " " + std::to_string(n) + " " + reason;
  }
  if (skipped) line += "; " + std::to_string(skipped) + " not processed (interrupted)";
  std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace fairhire::tools
