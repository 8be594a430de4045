// JSON and text forms of a ReliabilityReport.
#include <cmath>
#include <cstdio>

#include "fairhire/core/json_writer.h"
#include "fairhire/rubric/reliability.h"

namespace fairhire::rubric {
namespace {

struct Named {
  const char* key;
  const char* label;
  const Estimate* e;
};

std::vector<Named> Statistics(const ReliabilityReport& r) {
  return {{"krippendorff_alpha_interval", "Krippendorff alpha (interval)", &r.alpha_interval},
          {"krippendorff_alpha_ordinal", "Krippendorff alpha (ordinal)", &r.alpha_ordinal},
          {"krippendorff_alpha_nominal", "Krippendorff alpha (nominal)", &r.alpha_nominal},
          {"krippendorff_alpha_ratio", "Krippendorff alpha (ratio)", &r.alpha_ratio},
          {"icc1_1", "ICC(1,1) one-way, single rater", &r.icc1_1},
          {"icc2_1", "ICC(2,1) two-way random, agreement", &r.icc2_1},
          {"icc3_1", "ICC(3,1) two-way mixed, consistency", &r.icc3_1},
          {"icc1_k", "ICC(1,k) one-way, mean of k", &r.icc1_k},
          {"icc2_k", "ICC(2,k) two-way random, mean of k", &r.icc2_k},
          {"icc3_k", "ICC(3,k) two-way mixed, mean of k", &r.icc3_k}};
}

std::string Fixed(double v, int digits = 4) {
  if (!std::isfinite(v)) return "n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

void WriteDiagnostics(core::JsonWriter& w, const std::vector<RaterDiagnostics>& raters) {
  w.Key("raters").BeginArray();
  for (const auto& d : raters) {
    w.BeginObject().Key("rater").String(d.rater).Key("ratings").Int(d.ratings);
    w.Key("mean").Double(d.mean).Key("sd").Double(d.sd).Key("leniency").Double(d.leniency);
    w.Key("leniency_z").Double(d.leniency_z).Key("midpoint_share").Double(d.midpoint_share);
    w.Key("sd_ratio").Double(d.sd_ratio).Key("halo_ratio").Double(d.halo_ratio);
    w.Key("flags").BeginArray();
    for (const auto& f : d.flags) w.String(f);
    w.EndArray().EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string ReliabilityReportToJson(const ReliabilityReport& r) {
  core::JsonWriter w(true);
  w.BeginObject();
  w.Key("ratings").Uint(r.ratings).Key("missing").Uint(r.missing).Key("candidates").Uint(r.candidates);
  w.Key("raters_count").Uint(r.raters).Key("items").Uint(r.items).Key("units").Uint(r.units);
  for (const auto& s : Statistics(r)) w.Key(s.key).Double(s.e->value);
  w.Key("ci95").BeginObject();
  for (const auto& s : Statistics(r)) w.Key(s.key).BeginArray().Double(s.e->low).Double(s.e->high).EndArray();
  w.EndObject();
  w.Key("design").BeginObject().Key("icc1_units").Int(r.icc1_units).Key("icc1_k").Int(r.icc1_raters);
  w.Key("crossed_units").Int(r.crossed_units).Key("crossed_k").Int(r.crossed_raters).EndObject();
  w.Key("spearman_brown").BeginObject().Key("basis").String(r.sb_basis).Key("single_rater").Double(r.sb_single);
  w.Key("target").Double(r.target).Key("raters_needed").Double(r.raters_needed);
  w.Key("raters_needed_rounded_up").Double(std::isfinite(r.raters_needed) ? std::ceil(r.raters_needed) : NAN);
  w.EndObject();
  w.Key("bootstrap").BeginObject().Key("resamples").Int(r.bootstrap).Key("seed").Uint(r.seed);
  w.Key("unit").String("candidate").EndObject();
  WriteDiagnostics(w, r.rater_diagnostics);
  w.Key("notes").BeginArray();
  for (const auto& n : r.notes) w.String(n);
  w.EndArray().EndObject();
  return w.str() + "\n";
}

std::string ReliabilityReportToText(const ReliabilityReport& r) {
  std::string out = "ratings " + std::to_string(r.ratings) + " (missing " + std::to_string(r.missing) + "), candidates " +
                    std::to_string(r.candidates) + ", raters " + std::to_string(r.raters) + ", items " +
                    std::to_string(r.items) + "\n";
  for (const auto& s : Statistics(r)) {
    char line[160];
    std::snprintf(line, sizeof line, "  %-38s %8s  95%% CI [%s, %s]\n", s.label, Fixed(s.e->value).c_str(),
                  Fixed(s.e->low).c_str(), Fixed(s.e->high).c_str());
    out += line;
  }
  out += "  raters needed for " + Fixed(r.target, 2) + " (Spearman-Brown on " + r.sb_basis + "): " +
         Fixed(r.raters_needed, 2) + "\n";
  out += "  bootstrap: " + std::to_string(r.bootstrap) + " resamples of candidates, seed " + std::to_string(r.seed) + "\n";
  for (const auto& d : r.rater_diagnostics) {
    if (d.flags.empty()) continue;
    out += "  rater " + d.rater + ":";
    for (const auto& f : d.flags) out += " " + f;
    out += " (leniency " + Fixed(d.leniency, 2) + ", z " + Fixed(d.leniency_z, 2) + ", midpoint " +
           Fixed(d.midpoint_share, 2) + ", sd ratio " + Fixed(d.sd_ratio, 2) + ", halo ratio " + Fixed(d.halo_ratio, 2) + ")\n";
  }
  for (const auto& n : r.notes) out += "  note: " + n + "\n";
  return out;
}

}  // namespace fairhire::rubric
