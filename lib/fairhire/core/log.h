// The one process-wide logger. Messages must never contain candidate text: log ids, offsets, counts
// and rule ids. Lines go to stderr as "fairhire: <level>: <message>" unless a sink is installed.
// Thread-safety: Log and SetLogSink are safe from any thread.
#ifndef FAIRHIRE_CORE_LOG_H_
#define FAIRHIRE_CORE_LOG_H_

#include <functional>
#include <string_view>

namespace fairhire::core {

enum class LogLevel { kDebug = 0, kInfo = 1, kWarning = 2, kError = 3, kOff = 4 };

using LogSink = std::function<void(LogLevel, std::string_view)>;

void SetLogLevel(LogLevel level);
LogLevel GetLogLevel();
// Replaces the sink (nullptr restores stderr); returns the previous one.
LogSink SetLogSink(LogSink sink);
void Log(LogLevel level, std::string_view message);

}  // namespace fairhire::core

#endif  // FAIRHIRE_CORE_LOG_H_
