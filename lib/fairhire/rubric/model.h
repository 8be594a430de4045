// The in-memory model of a structured-interview rubric (rubrics/README.md documents the YAML form
// field by field). A Rubric is plain data: the loader fills it, the validator checks its consistency,
// the linter, renderer and scorer read it. Each element remembers where it came from in the source
// file (1-based line and column per field) so every error and finding can point at file:line:col.
// Thread-safety: plain values; const access from several threads is safe.
#ifndef FAIRHIRE_RUBRIC_MODEL_H_
#define FAIRHIRE_RUBRIC_MODEL_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fairhire::rubric {

// Text in several locales: locale code ("fr", "en") -> text.
using LocalizedText = std::map<std::string, std::string>;

// 1-based position in the source file; line 0 = unknown.
struct SourcePos {
  int line = 0;
  int column = 0;
};

// Positions of an element's fields, keyed by field name ("" = the element itself).
using Positions = std::map<std::string, SourcePos>;

struct ScaleLevel {
  int value = 0;
  LocalizedText label;
};

// An ordinal rating scale, e.g. 1..5 with labelled levels.
struct Scale {
  std::string id;
  std::string type = "ordinal";
  int min = 1;
  int max = 5;
  std::vector<ScaleLevel> levels;         // labelled levels (not necessarily all of min..max)
  std::vector<std::string> not_assessed;  // tokens meaning "no evidence", never scored as 0
  Positions where;
};

struct Knockout {
  double min_level = 0;              // on the raw scale of the competency's questions
  std::string rule = "median_rater";  // median_rater | mean | every_rater
};

struct Competency {
  std::string id;
  LocalizedText name;
  double weight = 0;
  std::string weight_rationale;
  std::string job_analysis_ref;
  std::optional<Knockout> knockout;
  std::vector<std::string> esco;
  Positions where;
};

// An externally scored exercise (§5.1): its raw score range and the mapping of raw scores to
// levels of the question's scale ("piecewise": the level of the last point at or below the score).
struct Exercise {
  std::string provider;  // e.g. internal, url, codility
  std::string external_test_id;
  std::string url_template;
  std::optional<double> score_min, score_max;
  std::string mapping_type;                        // "piecewise" when given
  std::vector<std::pair<double, int>> points;      // (raw score, level), raw scores increasing
  bool blind_grading = false;
  Positions where;

  // The scale level of a raw score; nullopt when the score is outside score_range or below the
  // first point.
  std::optional<int> LevelFor(double score) const;
};

struct Question {
  std::string id;
  std::string type;  // past_behaviour | situational | technical_exercise | work_sample | job_knowledge | logistics
  std::vector<std::string> competencies;
  std::string scale;
  LocalizedText text;
  std::vector<LocalizedText> probes;
  bool free_probes = false;              // `probes: free`: off-script follow-ups (lint Q17)
  std::optional<Exercise> exercise;      // technical_exercise / work_sample scored elsewhere
  std::map<int, LocalizedText> anchors;  // scale level -> behavioural anchor
  int time_min = 0;
  double weight = 1.0;                  // weight inside each of its competencies
  bool evidence_required = true;
  Positions where;
};

struct Stage {
  std::string id;
  LocalizedText name;
  std::vector<std::string> questions;  // empty = every question
  int min_interviewers = 1;
  bool independent = true;
  int duration_min = 0;
  Positions where;
};

struct Aggregation {
  std::string across_raters = "mean";  // mean | median
  int min_raters = 1;
  double min_coverage = 0.8;           // share of total weight that must have ratings
  double range_points = 2;             // disagreement: max - min of raters >= this (scale points)
  double sd_points = 1.0;              // disagreement: sd of raters > this (scale points)
  bool split_threshold = true;         // disagreement: raters on both sides of the pass line
  double outlier_points = 2;           // disagreement: |rater - median| >= this
  bool include_overall_recommendation = false;  // never used for scoring; linted (Q14)
  Positions where;
};

struct Decision {
  double pass_score = 60;  // on 0..100
  bool knockouts_pass = true;
  Positions where;
};

struct LintAllow {
  std::string rule;
  std::string question;  // question or competency id; empty = whole rubric
  std::string justification;
  std::string legal_basis;
  Positions where;
};

struct Metadata {
  std::string id;
  std::string version;
  std::vector<std::string> locales;
  LocalizedText title;
  std::string owner;
  std::string job_analysis_ref;
  Positions where;
};

struct Rubric {
  std::string source;  // file name used in positions
  std::string api_version;
  std::string kind;
  Metadata metadata;
  std::vector<Scale> scales;
  std::vector<Competency> competencies;
  std::vector<Question> questions;
  std::vector<Stage> stages;
  Aggregation aggregation;
  Decision decision;
  std::vector<LintAllow> lint_allow;
  Positions where;

  const Scale* FindScale(const std::string& id) const;
  const Competency* FindCompetency(const std::string& id) const;
  const Question* FindQuestion(const std::string& id) const;
  const Stage* FindStage(const std::string& id) const;
  // "source:line:col" of `field` in `where` (falls back to the element, then to the file name).
  std::string Where(const Positions& where, const std::string& field = "") const;
};

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_MODEL_H_
