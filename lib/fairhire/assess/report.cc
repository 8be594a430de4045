// JSON and text renderings of judge reports (runner.h).
#include <cstdio>
#include <sstream>

#include "fairhire/assess/runner.h"
#include "fairhire/core/json_writer.h"

namespace fairhire::assess {
namespace {

void Figures(core::JsonWriter& j, const StepFigures& f) {
  j.Key("verdict").String(VerdictName(f.verdict));
  j.Key("cpu_ms").Int(f.cpu_ms).Key("wall_ms").Int(f.wall_ms).Key("peak_kb").Int(f.peak_kb);
  j.Key("exit_code");
  if (f.signal == 0 && f.exit_code >= 0) j.Int(f.exit_code); else j.Null();
  j.Key("signal");
  if (f.signal != 0) j.Int(f.signal); else j.Null();
  j.Key("output_bytes").Int(f.output_bytes);
  if (!f.message.empty()) j.Key("message").String(f.message);
}

std::string Points(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

std::string JudgeReportJson(const JudgeReport& r) {
  core::JsonWriter j(true);
  j.BeginObject().Key("task").String(r.task_id);
  j.Key("candidate");
  if (r.candidate.empty()) j.Null(); else j.String(r.candidate);
  j.Key("language").String(r.language).Key("verdict").String(VerdictName(r.verdict));
  j.Key("score").Double(r.score).Key("max_score").Double(r.max_score);
  j.Key("cgroup_mode").String(r.cgroup_mode).Key("degraded").BeginArray();
  for (const auto& d : r.degraded) j.String(d);
  j.EndArray();
  j.Key("compile");
  if (r.compile) {
    j.BeginObject();
    Figures(j, *r.compile);
    j.EndObject();
  } else {
    j.Null();
  }
  j.Key("tests").BeginArray();
  for (const auto& t : r.tests) {
    j.BeginObject().Key("id").String(t.id).Key("group").String(t.group).Key("sample").Bool(t.sample);
    Figures(j, t.run);
    j.Key("points").Double(t.points).Key("max_points").Double(t.max_points).EndObject();
  }
  j.EndArray().EndObject();
  return j.str() + "\n";
}

std::string JudgeReportText(const JudgeReport& r) {
  std::ostringstream o;
  o << "task " << r.task_id << "  language " << r.language;
  if (!r.candidate.empty()) o << "  candidate " << r.candidate;
  o << "\n";
  if (r.compile) {
    o << "compile: " << VerdictName(r.compile->verdict) << " (" << r.compile->cpu_ms << " ms cpu)\n";
    if (r.compile->verdict != Verdict::kOk && !r.compile->message.empty()) o << r.compile->message << "\n";
  }
  for (const auto& t : r.tests) {
    char line[200];
    std::snprintf(line, sizeof line, "  %-12s %-4s %6lld ms cpu %6lld ms wall %8lld KB  %s/%s%s\n",
                  t.id.c_str(), std::string(VerdictName(t.run.verdict)).c_str(),
                  static_cast<long long>(t.run.cpu_ms), static_cast<long long>(t.run.wall_ms),
                  static_cast<long long>(t.run.peak_kb), Points(t.points).c_str(),
                  Points(t.max_points).c_str(), t.sample ? "  (sample)" : "");
    o << line;
    if (!t.run.message.empty()) o << "      " << t.run.message << "\n";
  }
  o << "verdict " << VerdictName(r.verdict) << "  score " << Points(r.score) << "/" << Points(r.max_score) << "\n";
  return o.str();
}

std::string SolutionChecksJson(const std::string& task_id, const std::vector<SolutionCheck>& checks) {
  core::JsonWriter j(true);
  bool all = true;
  j.BeginObject().Key("task").String(task_id).Key("solutions").BeginArray();
  for (const auto& c : checks) {
    all = all && c.passed;
    j.BeginObject().Key("file").String(c.file).Key("language").String(c.language);
    j.Key("expected").String(VerdictName(c.expected)).Key("actual").String(VerdictName(c.actual));
    j.Key("score").Double(c.score).Key("passed").Bool(c.passed);
    if (!c.note.empty()) j.Key("note").String(c.note);
    j.EndObject();
  }
  j.EndArray().Key("passed").Bool(all).EndObject();
  return j.str() + "\n";
}

std::string SolutionChecksText(const std::string& task_id, const std::vector<SolutionCheck>& checks) {
  std::ostringstream o;
  o << "task " << task_id << "\n";
  for (const auto& c : checks) {
    o << "  " << (c.passed ? "ok  " : "FAIL") << " " << c.file << " [" << c.language << "] expected "
      << VerdictName(c.expected) << ", got " << VerdictName(c.actual) << " score " << Points(c.score);
    if (!c.note.empty()) o << " (" << c.note << ")";
    o << "\n";
  }
  return o.str();
}

}  // namespace fairhire::assess
