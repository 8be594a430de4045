#include "fairhire/core/log.h"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <string>

namespace fairhire::core {
namespace {

std::atomic<LogLevel> g_level{LogLevel::kWarning};
std::mutex g_mutex;
LogSink g_sink;

const char* LevelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug: return "debug";
    case LogLevel::kInfo: return "info";
    case LogLevel::kWarning: return "warning";
    case LogLevel::kError: return "error";
    case LogLevel::kOff: return "off";
  }
  return "?";
}

}  // namespace

void SetLogLevel(LogLevel level) { g_level = level; }
LogLevel GetLogLevel() { return g_level; }

LogSink SetLogSink(LogSink sink) {
  std::lock_guard<std::mutex> lock(g_mutex);
  LogSink old = std::move(g_sink);
  g_sink = std::move(sink);
  return old;
}

void Log(LogLevel level, std::string_view message) {
  if (level < g_level.load() || level == LogLevel::kOff) return;
  std::lock_guard<std::mutex> lock(g_mutex);
  if (g_sink) {
    g_sink(level, message);
    return;
  }
  std::string line = "fairhire: ";
  line += LevelName(level);
  line += ": ";
  line += message;
  line += '\n';
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace fairhire::core
