// Linter on two sets written apart from the rules (scored per label, see the file headers):
// data/lint_heldout.tsv, written after the first rules and measured before changing them, then
// seen while improving them; data/lint_fresh.tsv, written after that change and measured once.
// Prints every miss and false alarm; asserts floors a little under the figures in docs/rubrics.md.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "fairhire/rubric/linter.h"

namespace fairhire::rubric {
namespace {

// One label of a row: the rules that satisfy it, and whether it is required.
struct Label {
  std::vector<std::string> rules;
  bool required = true;
};

struct Row {
  std::string lang, text;
  std::vector<Label> labels;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string part;
  while (std::getline(in, part, sep)) out.push_back(part);
  return out;
}

std::vector<Label> ParseLabels(const std::string& field) {
  std::vector<Label> out;
  if (field == "-") return out;
  for (std::string item : Split(field, ',')) {
    Label l;
    if (!item.empty() && item.back() == '?') {
      l.required = false;
      item.pop_back();
    }
    l.rules = Split(item, '|');
    out.push_back(l);
  }
  return out;
}

std::vector<Row> Load(const std::string& file) {
  std::ifstream in(std::string(FAIRHIRE_SOURCE_DIR "/tests/fairhire/rubric/data/") + file);
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto cols = Split(line, '\t');
    BOOST_REQUIRE_EQUAL(cols.size(), 3u);
    rows.push_back({cols[0], cols[2], ParseLabels(cols[1])});
  }
  return rows;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

void Score(const Row& row, Counts* all, Counts* grounds) {
  std::set<std::string> found;
  for (const auto& f : LintQuestionText(row.text, row.lang)) found.insert(f.rule);
  std::set<std::string> named;
  for (const auto& l : row.labels) {
    named.insert(l.rules.begin(), l.rules.end());
    if (!l.required) continue;
    const bool hit = std::any_of(l.rules.begin(), l.rules.end(), [&](const auto& r) { return found.count(r) > 0; });
    const bool ground = l.rules[0][0] == 'P' || l.rules[0] == "Q01" || l.rules[0] == "Q02";
    (hit ? all->tp : all->fn)++;
    if (ground) (hit ? grounds->tp : grounds->fn)++;
    if (!hit) BOOST_TEST_MESSAGE("missed " << l.rules[0] << " (" << row.lang << "): " << row.text);
  }
  for (const auto& rule : found) {
    if (named.count(rule)) continue;
    ++all->fp;
    if (rule[0] == 'P' || rule == "Q01" || rule == "Q02") ++grounds->fp;
    BOOST_TEST_MESSAGE("false alarm " << rule << " (" << row.lang << "): " << row.text);
  }
}

BOOST_AUTO_TEST_SUITE(linter_heldout)

struct Measure {
  Counts all, grounds;
  int fr = 0, clean = 0;
};

Measure Run(const std::string& file, const std::vector<Row>& rows) {
  Measure m;
  for (const auto& r : rows) {
    m.fr += r.lang == "fr";
    m.clean += std::none_of(r.labels.begin(), r.labels.end(), [](const Label& l) { return l.required; });
    Score(r, &m.all, &m.grounds);
  }
  std::cout << "linter " << file << ": " << rows.size() << " questions (" << m.fr << " fr, " << rows.size() - m.fr
            << " en, " << m.clean << " clean); all rules: tp " << m.all.tp << " fp " << m.all.fp << " fn " << m.all.fn
            << " precision " << m.all.precision() << " recall " << m.all.recall()
            << "; protected grounds + Q01/Q02: tp " << m.grounds.tp << " fp " << m.grounds.fp << " fn "
            << m.grounds.fn << " precision " << m.grounds.precision() << " recall " << m.grounds.recall() << "\n";
  return m;
}

BOOST_AUTO_TEST_CASE(fresh_precision_and_recall) {
  const auto rows = Load("lint_fresh.tsv");
  BOOST_REQUIRE_GE(rows.size(), 50u);
  const Measure m = Run("lint_fresh.tsv", rows);
  // Measured 0.86 / 0.81 on its only run; the floors are the project minimum.
  BOOST_CHECK_GE(m.all.precision(), 0.85);
  BOOST_CHECK_GE(m.all.recall(), 0.80);
}

BOOST_AUTO_TEST_CASE(heldout_precision_and_recall) {
  const auto rows = Load("lint_heldout.tsv");
  BOOST_REQUIRE_GE(rows.size(), 100u);
  const Measure m = Run("lint_heldout.tsv", rows);
  const int fr = m.fr, clean = m.clean;
  const Counts& all = m.all;
  BOOST_CHECK_GE(fr, 40);
  BOOST_CHECK_GE(static_cast<int>(rows.size()) - fr, 40);
  BOOST_CHECK_GE(clean, 40);
  // Measured 0.92 / 0.97 after the rule changes (docs/rubrics.md); floors a little below.
  BOOST_CHECK_GE(all.precision(), 0.90);
  BOOST_CHECK_GE(all.recall(), 0.94);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
