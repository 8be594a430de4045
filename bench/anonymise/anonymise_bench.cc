// Throughput benchmark of the anonymiser on one core, with a regex-only baseline run in the same
// process on the same documents (the approach of the fastest npm peers: e-mail + phone regexes).
//
//   anonymise_bench --data-dir ../shared/gazetteers --corpus DIR [--min-bytes 1000000] [--repeat 3]
//
// Prints: gazetteer load time (parse, then from the on-disk cache), MB/s of the full pipeline and
// of the baseline, their ratio, and the peak RSS.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

#include "fairhire/anonymise/anonymiser.h"
#include "fairhire/core/file.h"

namespace {

using namespace fairhire;
using Clock = std::chrono::steady_clock;

// CPU time of this process: steadier than wall time on a shared machine.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}
namespace fs = std::filesystem;

double Seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

long PeakRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

std::vector<std::string> LoadCorpus(const fs::path& dir, std::size_t min_bytes) {
  std::vector<std::string> docs;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    const auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".txt" && ext != ".md")) continue;
    if (auto text = core::ReadFile(e.path())) docs.push_back(std::move(*text));
  }
  std::size_t total = 0;
  for (const auto& d : docs) total += d.size();
  const std::size_t distinct = docs.size();
  for (std::size_t i = 0; total < min_bytes && distinct > 0; ++i) {
    docs.push_back(docs[i % distinct]);
    total += docs.back().size();
  }
  return docs;
}

// The baseline: regex-only redaction of e-mails and phone-like digit runs.
std::size_t RegexBaseline(const std::vector<std::string>& docs) {
  static const std::regex kEmail(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  static const std::regex kPhone(R"((\+|00)?[0-9][0-9 .\-()]{7,16}[0-9])");
  std::size_t out = 0;
  for (const auto& d : docs) {
    std::string r = std::regex_replace(d, kEmail, "[EMAIL]");
    r = std::regex_replace(r, kPhone, "[PHONE]");
    out += r.size();
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir, corpus = std::string(FAIRHIRE_BENCH_SOURCE_DIR) + "/samples/cvs";
  std::size_t min_bytes = 1000000;
  int repeat = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--data-dir") data_dir = argv[i + 1];
    else if (a == "--corpus") corpus = argv[i + 1];
    else if (a == "--min-bytes") min_bytes = std::stoul(argv[i + 1]);
    else if (a == "--repeat") repeat = std::stoi(argv[i + 1]);
  }
  const fs::path cache = fs::temp_directory_path() / ("fairhire-bench-cache-" + std::to_string(::getpid()));
  anonymise::Gazetteers::Options go;
  go.data_dir = data_dir;
  go.cache_dir = cache;
  auto t0 = Clock::now();
  auto cold = anonymise::Gazetteers::Load(go);
  auto t1 = Clock::now();
  auto warm = anonymise::Gazetteers::Load(go);
  auto t2 = Clock::now();
  fs::remove_all(cache);
  if (!cold || !warm) {
    std::cerr << "cannot load gazetteers: " << (!cold ? cold.error() : warm.error()).ToString() << "\n";
    return 70;
  }
  std::cout << "gazetteers: parse " << Seconds(t0, t1) * 1000 << " ms, from cache " << Seconds(t1, t2) * 1000
            << " ms (first names " << (*warm)->first_name_count() << ", surnames " << (*warm)->surname_count()
            << ", communes " << (*warm)->commune_count() << ", schools " << (*warm)->school_count() << ")\n";
  anonymise::AnonymiserOptions options;
  options.gazetteers = *warm;
  auto anonymiser = anonymise::Anonymiser::Create(std::move(options));
  const auto docs = LoadCorpus(corpus, min_bytes);
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  std::cout << "corpus: " << docs.size() << " documents, " << bytes / 1e6 << " MB\n";
  double best = 1e9, best_baseline = 1e9, best_cpu = 1e9, best_baseline_cpu = 1e9;
  std::size_t redactions = 0;
  for (int r = 0; r < repeat; ++r) {
    const double ca = CpuSeconds();
    auto a = Clock::now();
    redactions = 0;
    for (const auto& d : docs) {
      auto result = (*anonymiser)->Anonymise(d, "bench.txt", anonymise::Format::kText);
      if (result) redactions += result->redactions.size();
    }
    auto b = Clock::now();
    const double cb = CpuSeconds();
    RegexBaseline(docs);
    auto c = Clock::now();
    const double cc = CpuSeconds();
    best = std::min(best, Seconds(a, b));
    best_baseline = std::min(best_baseline, Seconds(b, c));
    best_cpu = std::min(best_cpu, cb - ca);
    best_baseline_cpu = std::min(best_baseline_cpu, cc - cb);
  }
  const double mbps = bytes / 1e6 / best, baseline = bytes / 1e6 / best_baseline;
  std::cout << "fairhire pipeline: " << mbps << " MB/s (" << redactions << " redactions)\n";
  std::cout << "regex-only baseline (same process, same documents): " << baseline << " MB/s\n";
  std::cout << "ratio fairhire/baseline: " << mbps / baseline << "\n";
  std::cout << "CPU time: fairhire " << bytes / 1e6 / best_cpu << " MB/s per core, baseline " << bytes / 1e6 / best_baseline_cpu
            << " MB/s, ratio " << best_baseline_cpu / best_cpu << "\n";
  std::cout << "peak RSS: " << PeakRssKb() / 1024.0 << " MB\n";
  return 0;
}
