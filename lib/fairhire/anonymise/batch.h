// Batch: anonymises many files — walks folders recursively, runs N workers, writes each output
// atomically (never a partial file, never into an input folder, never over an existing file unless
// `force`), keeps going past bad files and reports each input's outcome in input order.
// Thread-safety: RunBatch is re-entrant; the progress callback is called under a lock, from workers.
#ifndef FAIRHIRE_ANONYMISE_BATCH_H_
#define FAIRHIRE_ANONYMISE_BATCH_H_

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "fairhire/anonymise/anonymiser.h"

namespace fairhire::anonymise {

// One file to anonymise and where its output goes.
struct BatchItem {
  std::filesystem::path input;
  std::filesystem::path output;  // empty: standard output
};

// Expands INPUT arguments (files, folders walked recursively, "-" for stdin) into items whose
// outputs keep the input names under `output_dir` (relative paths kept for folders). Errors:
// kInvalidArgument when an output would land inside an input folder or two inputs map to one output;
// kNotFound when an input does not exist.
Result<std::vector<BatchItem>> PlanBatch(const std::vector<std::string>& inputs,
                                         const std::filesystem::path& output_dir,
                                         std::optional<Format> output_format);

struct BatchOptions {
  unsigned jobs = 1;
  bool force = false;
  std::optional<Format> output_format;
  std::size_t max_input_bytes = 32u << 20;
  const std::atomic<bool>* cancel = nullptr;  // set to stop taking new items (Ctrl-C)
  // Called after each item: (done, total).
  std::function<void(std::size_t, std::size_t)> progress;
};

struct BatchOutcome {
  BatchItem item;
  std::optional<Error> error;  // nullopt: success
  std::string report_line;     // JSON object (see report.h)
  bool skipped = false;        // not processed because of cancellation
};

std::vector<BatchOutcome> RunBatch(const Anonymiser& anonymiser, const std::vector<BatchItem>& items,
                                   const BatchOptions& options);

// The output path of `input` when written in `format` ("cv.pdf" -> "cv.md").
std::filesystem::path OutputNameFor(const std::filesystem::path& input, std::optional<Format> format);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_BATCH_H_
