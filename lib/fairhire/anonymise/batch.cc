#include "fairhire/anonymise/batch.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "fairhire/anonymise/report.h"
#include "fairhire/core/file.h"

namespace fairhire::anonymise {
namespace {

namespace fs = std::filesystem;

bool IsInside(const fs::path& child, const fs::path& parent) {
  std::error_code ec;
  const fs::path c = fs::weakly_canonical(child, ec);
  const fs::path p = fs::weakly_canonical(parent, ec);
  auto ci = c.begin();
  for (auto pi = p.begin(); pi != p.end(); ++pi, ++ci) {
    if (pi->empty()) continue;  // trailing slash
    if (ci == c.end() || *ci != *pi) return false;
  }
  return true;
}

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

Result<std::vector<BatchItem>> WalkFolder(const fs::path& dir, const fs::path& output_dir,
                                          std::optional<Format> format) {
  if (output_dir.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "a folder input needs -o OUTPUT_DIR", dir.string());
  }
  if (IsInside(output_dir, dir)) {
    return MakeError(ErrorCode::kInvalidArgument, "the output folder must not be inside an input folder",
                     output_dir.string());
  }
  std::vector<BatchItem> items;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) return MakeError(ErrorCode::kIo, "cannot read folder: " + ec.message(), dir.string());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (Hidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file()) continue;
    const fs::path rel = fs::relative(it->path(), dir);
    items.push_back(BatchItem{it->path(), output_dir / OutputNameFor(rel, format)});
  }
  std::sort(items.begin(), items.end(), [](const BatchItem& a, const BatchItem& b) { return a.input < b.input; });
  return items;
}

BatchOutcome ProcessOne(const Anonymiser& anonymiser, const BatchItem& item, const BatchOptions& options) {
  BatchOutcome outcome{item, std::nullopt, {}, false};
  const std::string name = item.input.string();
  auto fail = [&](Error e) {
    outcome.report_line = ErrorReportLine(name, e);
    outcome.error = std::move(e);
    return outcome;
  };
  if (!options.force && !item.output.empty()) {
    std::error_code ec;
    if (fs::exists(item.output, ec)) {
      return fail(MakeError(ErrorCode::kInvalidArgument, "output exists (use --force to overwrite)",
                            item.output.string()));
    }
  }
  auto bytes = name == "-" ? core::ReadStdin(options.max_input_bytes) : core::ReadFile(item.input, options.max_input_bytes);
  if (!bytes) return fail(bytes.error());
  if (bytes->empty()) return fail(MakeError(ErrorCode::kInvalidInput, "empty file", name));
  auto result = anonymiser.Anonymise(*bytes, name, std::nullopt, options.output_format);
  if (!result) return fail(result.error());
  if (!item.output.empty()) {
    std::error_code ec;
    fs::create_directories(item.output.parent_path(), ec);
    auto s = core::WriteFileAtomic(item.output, result->output, core::WriteOptions{.overwrite = options.force});
    if (!s) return fail(s.error());
  } else {
    std::cout.write(result->output.data(), static_cast<std::streamsize>(result->output.size()));
    std::cout.flush();
  }
  outcome.report_line = ReportLine(*result, name, item.output.empty() ? "-" : item.output.string());
  return outcome;
}

}  // namespace

fs::path OutputNameFor(const fs::path& input, std::optional<Format> format) {
  if (!format) {
    // Formats that cannot be written back (PDF) change extension; others keep the name.
    std::string ext = input.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".pdf") return fs::path(input).replace_extension(".md");
    return input;
  }
  return fs::path(input).replace_extension(std::string(FormatExtension(*format)));
}

Result<std::vector<BatchItem>> PlanBatch(const std::vector<std::string>& inputs, const fs::path& output_dir,
                                         std::optional<Format> output_format) {
  std::vector<BatchItem> items;
  for (const std::string& in : inputs) {
    if (in == "-") {
      items.push_back(BatchItem{"-", output_dir.empty() ? fs::path() : output_dir / "stdin.txt"});
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(in, ec);
    if (ec || !fs::exists(status)) return MakeError(ErrorCode::kNotFound, "no such file or folder", in);
    if (fs::is_directory(status)) {
      auto walked = WalkFolder(in, output_dir, output_format);
      if (!walked) return walked.error();
      items.insert(items.end(), walked->begin(), walked->end());
    } else {
      fs::path out;
      if (!output_dir.empty()) out = output_dir / OutputNameFor(fs::path(in).filename(), output_format);
      items.push_back(BatchItem{in, out});
    }
  }
  std::map<fs::path, std::string> seen;
  for (const BatchItem& item : items) {
    if (item.output.empty()) continue;
    auto [it, inserted] = seen.emplace(fs::weakly_canonical(item.output), item.input.string());
    if (!inserted) {
      return MakeError(ErrorCode::kInvalidArgument, "two inputs would be written to the same output",
                       item.output.string());
    }
    std::error_code ec;
    if (fs::equivalent(item.output, item.input, ec)) {
      return MakeError(ErrorCode::kInvalidArgument, "an output would overwrite its input", item.output.string());
    }
  }
  return items;
}

std::vector<BatchOutcome> RunBatch(const Anonymiser& anonymiser, const std::vector<BatchItem>& items,
                                   const BatchOptions& options) {
  std::vector<BatchOutcome> outcomes(items.size());
  std::atomic<std::size_t> next{0};
  std::size_t done = 0;
  std::mutex mutex;
  auto worker = [&] {
    while (true) {
      const std::size_t i = next.fetch_add(1);
      if (i >= items.size()) return;
      if (options.cancel && options.cancel->load()) {
        outcomes[i] = BatchOutcome{items[i], MakeError(ErrorCode::kInternal, "interrupted"), {}, true};
        continue;
      }
      outcomes[i] = ProcessOne(anonymiser, items[i], options);
      std::lock_guard<std::mutex> lock(mutex);
      ++done;
      if (options.progress) options.progress(done, items.size());
    }
  };
  const unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, static_cast<unsigned>(items.size())));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  return outcomes;
}

}  // namespace fairhire::anonymise
