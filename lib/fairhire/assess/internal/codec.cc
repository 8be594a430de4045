#include "fairhire/assess/internal/codec.h"

#include <sstream>
#include <utility>

namespace fairhire::assess::internal {
namespace {

struct IntField {
  const char* flag;
  std::int64_t Limits::*member;
};

constexpr IntField kIntFields[] = {
    {"--cpu-ms", &Limits::cpu_ms},         {"--wall-ms", &Limits::wall_ms},
    {"--memory-kb", &Limits::memory_kb},   {"--output-kb", &Limits::output_kb},
    {"--box-kb", &Limits::box_kb},         {"--tmp-kb", &Limits::tmp_kb},
    {"--stack-kb", &Limits::stack_kb},     {"--as-kb", &Limits::address_space_kb},
    {"--fsize-kb", &Limits::file_size_kb},
};

const char* ModeName(CgroupMode mode) {
  switch (mode) {
    case CgroupMode::kV2: return "v2";
    case CgroupMode::kV1: return "v1";
    case CgroupMode::kNone: return "none";
    case CgroupMode::kAuto: break;
  }
  return "auto";
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

Error Bad(const std::string& what) {
  return core::MakeError(ErrorCode::kInvalidArgument, "bad sandbox spec: " + what);
}

}  // namespace

std::vector<std::string> EncodeSpec(const SandboxSpec& spec) {
  std::vector<std::string> w;
  for (const IntField& f : kIntFields) {
    w.push_back(f.flag);
    w.push_back(std::to_string(spec.limits.*f.member));
  }
  w.insert(w.end(), {"--processes", std::to_string(spec.limits.processes), "--nofile",
                     std::to_string(spec.limits.open_files), "--cgroup", ModeName(spec.cgroup_mode)});
  if (!spec.box_dir.empty()) w.insert(w.end(), {"--dir", spec.box_dir});
  if (spec.copy_out) w.push_back("--copy-out");
  if (!spec.box_exec) w.push_back("--no-exec");
  for (const auto& p : spec.ro_paths) w.insert(w.end(), {"--ro", p});
  for (const auto& e : spec.env) w.insert(w.end(), {"--env", e});
  w.push_back("--");
  w.insert(w.end(), spec.argv.begin(), spec.argv.end());
  return w;
}

Result<SandboxSpec> DecodeSpec(const std::vector<std::string>& words) {
  SandboxSpec spec;
  std::size_t i = 0;
  auto value = [&](const std::string& flag) -> Result<std::string> {
    if (i + 1 >= words.size()) return Bad(flag + " needs a value");
    return words[++i];
  };
  for (; i < words.size() && words[i] != "--"; ++i) {
    const std::string& w = words[i];
    bool done = false;
    for (const IntField& f : kIntFields) {
      if (w != f.flag) continue;
      auto v = value(w);
      if (!v) return std::move(v).error();
      try {
        spec.limits.*f.member = std::stoll(*v);
      } catch (...) {
        return Bad(w);
      }
      done = true;
    }
    if (done) continue;
    if (w == "--copy-out") {
      spec.copy_out = true;
    } else if (w == "--no-exec") {
      spec.box_exec = false;
    } else if (w == "--processes" || w == "--nofile" || w == "--cgroup" || w == "--dir" ||
               w == "--ro" || w == "--env") {
      auto v = value(w);
      if (!v) return std::move(v).error();
      if (w == "--dir") spec.box_dir = *v;
      if (w == "--ro") spec.ro_paths.push_back(*v);
      if (w == "--env") spec.env.push_back(*v);
      if (w == "--cgroup") {
        spec.cgroup_mode = *v == "v2" ? CgroupMode::kV2 : *v == "v1" ? CgroupMode::kV1
                           : *v == "none" ? CgroupMode::kNone : CgroupMode::kAuto;
      }
      try {
        if (w == "--processes") spec.limits.processes = std::stoi(*v);
        if (w == "--nofile") spec.limits.open_files = std::stoi(*v);
      } catch (...) {
        return Bad(w);
      }
    } else {
      return Bad("unknown word " + w);
    }
  }
  if (i >= words.size() || i + 1 >= words.size()) return Bad("no command after --");
  spec.argv.assign(words.begin() + static_cast<long>(i) + 1, words.end());
  return spec;
}

std::string EncodeResult(const SandboxResult& r) {
  std::ostringstream o;
  std::string degraded;
  for (const auto& d : r.degraded) degraded += (degraded.empty() ? "" : ",") + d;
  o << "verdict " << VerdictName(r.verdict) << "\ncpu_ms " << r.cpu_ms << "\nwall_ms " << r.wall_ms
    << "\npeak_kb " << r.peak_kb << "\nexit_code " << r.exit_code << "\nsignal " << r.signal
    << "\noutput_bytes " << r.output_bytes << "\noom_killed " << r.oom_killed
    << "\nwall_timeout " << r.wall_timeout << "\npids_limit_hit " << r.pids_limit_hit
    << "\ncgroup_mode " << r.cgroup_mode << "\ndegraded " << degraded
    << "\nexec_error " << OneLine(r.exec_error) << "\ninternal_error " << OneLine(r.internal_error)
    << "\n";
  return o.str();
}

Result<SandboxResult> DecodeResult(const std::string& text) {
  SandboxResult r;
  std::istringstream in(text);
  std::string line;
  bool have_verdict = false;
  while (std::getline(in, line)) {
    std::size_t sp = line.find(' ');
    std::string key = line.substr(0, sp);
    std::string val = sp == std::string::npos ? "" : line.substr(sp + 1);
    try {
      if (key == "verdict") {
        auto v = ParseVerdict(val);
        if (!v) return Bad("verdict " + val);
        r.verdict = *v;
        have_verdict = true;
      } else if (key == "cpu_ms") r.cpu_ms = std::stoll(val);
      else if (key == "wall_ms") r.wall_ms = std::stoll(val);
      else if (key == "peak_kb") r.peak_kb = std::stoll(val);
      else if (key == "exit_code") r.exit_code = std::stoi(val);
      else if (key == "signal") r.signal = std::stoi(val);
      else if (key == "output_bytes") r.output_bytes = std::stoll(val);
      else if (key == "oom_killed") r.oom_killed = val == "1";
      else if (key == "wall_timeout") r.wall_timeout = val == "1";
      else if (key == "pids_limit_hit") r.pids_limit_hit = val == "1";
      else if (key == "cgroup_mode") r.cgroup_mode = val;
      else if (key == "exec_error") r.exec_error = val;
      else if (key == "internal_error") r.internal_error = val;
      else if (key == "degraded") {
        std::istringstream parts(val);
        std::string d;
        while (std::getline(parts, d, ',')) r.degraded.push_back(d);
      }
    } catch (...) {
      return Bad("result line " + key);
    }
  }
  if (!have_verdict) return Bad("no verdict in the helper's result");
  return r;
}

}  // namespace fairhire::assess::internal
