// Scorecard readers: the strict JSON reader (syntax errors at file:line:col, escapes, limits), JSON
// and YAML giving the same scorecard, and the batch forms (JSON Lines, JSON array, multi-document
// YAML) with positions counted in the whole file.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <random>

#include "fairhire/rubric/internal/json_read.h"
#include "fairhire/rubric/scorecard.h"
#include "test_util.h"

namespace fairhire::rubric {
namespace {

namespace bdata = boost::unit_test::data;
using internal::JsonValue;
using internal::ParseJson;

BOOST_AUTO_TEST_SUITE(scorecard_reader)

BOOST_DATA_TEST_CASE(json_syntax_errors_have_positions,
                     bdata::make({std::string("{\"a\": 1,}"), std::string("{\"a\": \"x\" \"b\": 1}"),
                                  std::string("{\"a\": tru}"), std::string("{\"a\": \"x\\q\"}"),
                                  std::string("{\"a\": \"\\ud800\"}"), std::string("{\"a\": 1} x"),
                                  std::string("{\"a\": 1, \"a\": 2}"), std::string("{\n  \"a\": 1,\n  \"b\" 2\n}"),
                                  std::string("{\"a\": \"x\ty\"}"), std::string("{\"é\": 01}"),
                                  std::string("{\"a\": \"x"), std::string("{\"a\": 1.}")}) ^
                         bdata::make({std::string("c.json:1:9"), std::string("c.json:1:11"), std::string("c.json:1:7"),
                                      std::string("c.json:1:11"), std::string("c.json:1:14"),
                                      std::string("c.json:1:10"), std::string("c.json:1:10"),
                                      std::string("c.json:3:7"), std::string("c.json:1:9"),
                                      std::string("c.json:1:8"), std::string("c.json:1:9"),
                                      std::string("c.json:1:9")}) ^
                         bdata::make({std::string("quoted key"), std::string("',' or '}'"), std::string("unexpected character"),
                                      std::string("unknown escape"), std::string("surrogate"), std::string("after the JSON"),
                                      std::string("appears twice"), std::string("':'"), std::string("control character"),
                                      std::string("',' or '}'"), std::string("unterminated"), std::string("digits after")}),
                     text, where, message) {
  auto v = ParseJson(text, "c.json");
  BOOST_REQUIRE(!v.has_value());
  BOOST_CHECK(v.error().code == ErrorCode::kInvalidInput);
  BOOST_CHECK_EQUAL(v.error().where, where);
  BOOST_CHECK_MESSAGE(v.error().message.find(message) != std::string::npos, v.error().message);
}

// Past 16 keys duplicates are found through a set (no quadratic scan on a hostile object with
// many keys); both paths report the second occurrence at its position.
BOOST_AUTO_TEST_CASE(json_duplicate_keys_in_large_objects) {
  std::string text = "{";
  for (int i = 0; i < 40; ++i) text += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
  auto ok = ParseJson(text + "\"last\": 0}", "big.json");
  BOOST_REQUIRE_MESSAGE(ok.has_value(), (ok ? std::string() : ok.error().ToString()));
  BOOST_CHECK_EQUAL(ok->members.size(), 41u);
  BOOST_CHECK_EQUAL(ok->members[7].key, "k7");
  BOOST_REQUIRE(ok->Find("k39") != nullptr);
  BOOST_CHECK_EQUAL(ok->Find("k39")->text, "39");
  const std::string dup = text + "\"k3\": 1}";
  auto twice = ParseJson(dup, "big.json");
  BOOST_REQUIRE(!twice.has_value());
  BOOST_CHECK(twice.error().message.find("'k3' appears twice") != std::string::npos);
  BOOST_CHECK_EQUAL(twice.error().where, "big.json:1:" + std::to_string(dup.size() - 8 + 1));
  // 200,000 keys parse in well under a second (a quadratic scan took minutes).
  std::string many = "{";
  for (int i = 0; i < 200000; ++i) many += "\"" + std::to_string(i) + "\":0,";
  many.back() = '}';
  auto big = ParseJson(many, "many.json");
  BOOST_REQUIRE(big.has_value());
  BOOST_CHECK_EQUAL(big->members.size(), 200000u);
}

BOOST_AUTO_TEST_CASE(json_limits_and_utf8) {
  auto deep = ParseJson(std::string(70, '[') + std::string(70, ']'), "d.json");
  BOOST_REQUIRE(!deep.has_value());
  BOOST_CHECK(deep.error().message.find("64") != std::string::npos);
  auto bad = ParseJson("{\"a\": \"\xC3\"}", "u.json");
  BOOST_REQUIRE(!bad.has_value());
  BOOST_CHECK_EQUAL(bad.error().where, "u.json@7");
  auto ok = ParseJson(std::string(60, '[') + std::string(60, ']'), "d.json");
  BOOST_CHECK(ok.has_value());
}

BOOST_AUTO_TEST_CASE(json_values_escapes_and_columns) {
  auto v = ParseJson("{\"t\": \"a\\\"b\\\\\\n\\u00e9\\ud83d\\ude00\", \"n\": -1.5e3,\n \"é\": [true, false, null]}", "v.json");
  BOOST_REQUIRE_MESSAGE(v.has_value(), (v ? std::string() : v.error().ToString()));
  BOOST_CHECK_EQUAL(v->Find("t")->text, "a\"b\\\n\xC3\xA9\xF0\x9F\x98\x80");
  BOOST_CHECK_EQUAL(v->Find("n")->text, "-1.5e3");
  const JsonValue* list = v->Find("é");
  BOOST_REQUIRE(list && list->items.size() == 3u);
  BOOST_CHECK(list->items[0].boolean && !list->items[1].boolean);
  BOOST_CHECK(list->items[2].type == JsonValue::Type::kNull);
  BOOST_CHECK_EQUAL(list->key_line, 2);
  BOOST_CHECK_EQUAL(list->key_column, 2);
  BOOST_CHECK_EQUAL(list->items[1].column, 14);  // characters, not bytes: "é" counts once
}

// The same fault in YAML and in JSON gives the same message, positioned in each file.
BOOST_DATA_TEST_CASE(json_schema_errors_match_yaml,
                     bdata::make({std::string("\"rater_ref\""), std::string("\"value\": 4"), std::string("\"value\": 4"),
                                  std::string("\"evidence\": \"seen\""), std::string("\"stage_id\": \"onsite\"")}) ^
                         bdata::make({std::string("\"rater\""), std::string("\"value\": true"), std::string("\"value\": 9"),
                                      std::string("\"evidence\": \" \""), std::string("\"stage_id\": null")}) ^
                         bdata::make({std::string("unknown key 'rater'"), std::string("must be a text value"),
                                      std::string("between 1 and 5"), std::string("must not be empty"),
                                      std::string("stage_id is required")}) ^
                         bdata::make({std::string("c.json:2:27"), std::string("c.json:3:45"), std::string("c.json:3:14"),
                                      std::string("c.json:3:60"), std::string("c.json:1:")}),
                     from, to, message, where) {
  const std::string json = "{\"rubric_id\": \"mini\", \"stage_id\": \"onsite\",\n \"candidate_ref\": \"C-01\", \"rater_ref\": \"R-1\",\n"
                           " \"ratings\": [{\"question_id\": \"qa\", \"value\": 4, \"evidence\": \"seen\"}]}";
  std::string text = json;
  text.replace(text.find(from), from.size(), to);
  auto rubric = ParseRubric(testing::MiniRubric(), "mini.yaml");
  BOOST_REQUIRE(rubric.has_value());
  auto card = ParseScorecard(text, "c.json");
  const Status st = card ? CheckScorecard(*rubric, *card) : Status(card.error());
  BOOST_REQUIRE(!st.has_value());
  BOOST_CHECK(st.error().code == ErrorCode::kSchema);
  BOOST_CHECK_MESSAGE(st.error().message.find(message) != std::string::npos, st.error().message);
  BOOST_CHECK_MESSAGE(st.error().where.rfind(where, 0) == 0, st.error().where << " vs " << where);
}

struct Texts {
  std::string yaml, json;
};

Texts RandomCard(std::mt19937& rng, int i) {
  std::uniform_int_distribution<int> level(1, 5), coin(0, 3);
  const std::string cand = "C-" + std::to_string(i), rater = "R-" + std::to_string(coin(rng));
  Texts t{"rubric_id: mini\nstage_id: onsite\ncandidate_ref: " + cand + "\nrater_ref: " + rater + "\nratings:\n",
          "{\"rubric_id\": \"mini\", \"stage_id\": \"onsite\", \"candidate_ref\": \"" + cand + "\", \"rater_ref\": \"" +
              rater + "\", \"ratings\": ["};
  for (const char* q : {"qa", "qb"}) {
    const std::string v = coin(rng) == 0 ? "na" : std::to_string(level(rng));
    t.yaml += std::string("  - {question_id: ") + q + ", value: " + v + ", evidence: \"n° " + v + "\"}\n";
    t.json += std::string(q[1] == 'a' ? "" : ", ") + "{\"question_id\": \"" + q + "\", \"value\": " +
              (v == "na" ? "\"na\"" : v) + ", \"evidence\": \"n\\u00b0 " + v + "\"}";
  }
  const char* rec[] = {"yes", "no", "strong_yes", "no_decision"};
  const std::string r = rec[coin(rng)];
  t.yaml += "overall_recommendation: " + r + "\n";
  t.json += "], \"overall_recommendation\": \"" + r + "\"}";
  return t;
}

void CheckSame(const Scorecard& a, const Scorecard& b) {
  BOOST_CHECK_EQUAL(a.candidate, b.candidate);
  BOOST_CHECK_EQUAL(a.rater, b.rater);
  BOOST_CHECK_EQUAL(a.stage, b.stage);
  BOOST_CHECK(a.recommendation == b.recommendation);
  BOOST_REQUIRE_EQUAL(a.ratings.size(), b.ratings.size());
  for (std::size_t i = 0; i < a.ratings.size(); ++i) {
    BOOST_CHECK_EQUAL(a.ratings[i].question, b.ratings[i].question);
    BOOST_CHECK(a.ratings[i].value == b.ratings[i].value);
    BOOST_CHECK_EQUAL(a.ratings[i].not_assessed, b.ratings[i].not_assessed);
    BOOST_CHECK_EQUAL(a.ratings[i].evidence, b.ratings[i].evidence);
  }
}

BOOST_DATA_TEST_CASE(json_and_yaml_give_the_same_scorecard, bdata::make(testing::Seeds(20)), seed) {
  std::mt19937 rng(static_cast<unsigned>(seed));
  const Texts t = RandomCard(rng, seed);
  auto y = ParseScorecard(t.yaml, "c.yaml");
  auto j = ParseScorecard(t.json, "c.json");
  BOOST_REQUIRE_MESSAGE(y.has_value(), (y ? std::string() : y.error().ToString()));
  BOOST_REQUIRE_MESSAGE(j.has_value(), (j ? std::string() : j.error().ToString()));
  CheckSame(*y, *j);
}

// Every truncation of a valid scorecard is an error at a position inside the text, and random
// byte changes never crash the reader (run under ASan in CI): either a scorecard or an error.
BOOST_AUTO_TEST_CASE(truncated_and_mutated_json_fail_cleanly) {
  std::mt19937 rng(11);
  const std::string json = RandomCard(rng, 1).json;
  BOOST_REQUIRE(ParseScorecard(json, "m.json").has_value());
  for (std::size_t n = 1; n < json.size(); ++n) {
    auto card = ParseScorecard(json.substr(0, n), "m.json");
    BOOST_REQUIRE_MESSAGE(!card.has_value(), "prefix of " << n << " bytes parsed");
    BOOST_CHECK_MESSAGE(card.error().where.rfind("m.json:1:", 0) == 0, card.error().where);
  }
  std::uniform_int_distribution<std::size_t> at(0, json.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  int errors = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string m = json;
    for (int k = 0; k < 1 + i % 3; ++k) m[at(rng)] = static_cast<char>(byte(rng));
    auto card = ParseScorecard(m, "m.json");
    if (!card) {
      ++errors;
      BOOST_CHECK(card.error().where.rfind("m.json", 0) == 0);
    }
  }
  BOOST_CHECK_GT(errors, 1500);  // most random changes break JSON, the schema or UTF-8
}

BOOST_AUTO_TEST_CASE(batches_give_the_same_scorecards) {
  std::mt19937 rng(7);
  std::string jsonl, array = "[", yaml = "%YAML 1.2\n# three scorecards\n";
  std::vector<Scorecard> singles;
  for (int i = 0; i < 3; ++i) {
    const Texts t = RandomCard(rng, i);
    jsonl += t.json + "\n\n";
    array += (i ? ",\n" : "") + t.json;
    yaml += "---\n" + t.yaml;
    singles.push_back(*ParseScorecard(t.json, "c.json"));
  }
  for (const auto& [text, name] : {std::pair{jsonl, "b.jsonl"}, {array + "]", "b.json"}, {yaml, "b.yaml"}}) {
    auto cards = ParseScorecards(text, name);
    BOOST_REQUIRE_MESSAGE(cards.has_value(), name << ": " << (cards ? std::string() : cards.error().ToString()));
    BOOST_REQUIRE_EQUAL(cards->size(), 3u);
    for (int i = 0; i < 3; ++i) CheckSame((*cards)[i], singles[i]);
  }
}

BOOST_AUTO_TEST_CASE(batch_positions_count_lines_of_the_whole_file) {
  const std::string card = "rubric_id: mini\nstage_id: onsite\ncandidate_ref: C-01\nrater_ref: R-1\nratings:\n"
                           "  - {question_id: qa, value: 4, evidence: seen}\n";
  // Third document starts at line 16 ("---"); its rating is on line 22.
  const std::string yaml = "# preamble\n---\n" + card + "---\n" + card + "---\n" + card;
  auto cards = ParseScorecards(yaml, "b.yaml");
  BOOST_REQUIRE(cards.has_value());
  BOOST_REQUIRE_EQUAL(cards->size(), 3u);
  BOOST_CHECK_EQUAL((*cards)[2].ratings[0].pos.line, 22);
  auto bad = ParseScorecards(yaml.substr(0, yaml.rfind("rater_ref")) + "rater: R-1\nratings: []\n", "b.yaml");
  BOOST_REQUIRE(!bad.has_value());
  BOOST_CHECK_EQUAL(bad.error().where, "b.yaml:20:1");
  const std::string line = R"({"rubric_id": "mini", "stage_id": "onsite", "candidate_ref": "C", "rater_ref": "R", "ratings": []})";
  auto jl = ParseScorecards(line + "\n\n" + line + "\n" + line.substr(0, 20) + "\n", "b.jsonl");
  BOOST_REQUIRE(!jl.has_value());
  BOOST_CHECK_EQUAL(jl.error().where, "b.jsonl:4:21");
}

// The YAML reader walks yaml-cpp's events (internal/yaml_tree.cc) instead of a YAML::Node tree;
// these pin what the YAML::Node reader did on the corner cases, so scorecards and errors stay the
// same: aliases share the anchored node (and its position), the first of two equal keys is read
// but the position recorded is the last one's, a null or non-scalar key is the unknown key '', a
// missing field or a text without document is reported at the file name.
BOOST_DATA_TEST_CASE(yaml_reader_corner_cases,
                     bdata::make({std::string("rubric_id: mini\nstage_id: onsite\ncandidate_ref: C\nrater_ref: R\nnull: 1\nratings: []\n"),
                                  std::string("? [a, b]\n: 1\nrubric_id: x\n"),
                                  std::string("ratings: &s [*s]\nrubric_id: m\nstage_id: s\ncandidate_ref: C\nrater_ref: R\n"),
                                  std::string("rubric_id: m\nstage_id: s\ncandidate_ref: C\nrater_ref: R\noverall_recommendation: [yes]\n"),
                                  std::string("rubric_id: mini\nstage_id:\ncandidate_ref: C\n"), std::string("rubric_id: m\n"),
                                  std::string(""), std::string("---\n"), std::string("a: *x\n")}) ^
                         bdata::make({std::string("unknown key ''"), std::string("unknown key ''"),
                                      std::string("rating: expected a mapping"), std::string("overall_recommendation must be a text value"),
                                      std::string("stage_id is required"), std::string("stage_id is required"),
                                      std::string("scorecard: expected a mapping"), std::string("scorecard: expected a mapping"),
                                      std::string("YAML syntax error: the referenced anchor is not defined")}) ^
                         bdata::make({std::string("c.yaml:5:1"), std::string("c.yaml:1:3"), std::string("c.yaml:1:10"),
                                      std::string("c.yaml:5:25"), std::string("c.yaml:3:1"), std::string("c.yaml"),
                                      std::string("c.yaml"), std::string("c.yaml:2:1"), std::string("c.yaml:1:4")}),
                     text, message, where) {
  auto card = ParseScorecard(text, "c.yaml");
  BOOST_REQUIRE(!card.has_value());
  BOOST_CHECK_MESSAGE(card.error().message.find(message) != std::string::npos, card.error().message);
  BOOST_CHECK_EQUAL(card.error().where, where);
}

BOOST_AUTO_TEST_CASE(yaml_aliases_tags_and_duplicate_keys) {
  const std::string text = "rubric_id: &id mini\nrubric_id: other\nstage_id: *id\ncandidate_ref: !!str 12\nrater_ref: R\n"
                           "attestation: {x: [1, *id]}\nratings:\n  - &one {question_id: qa, value: 4, evidence: seen}\n  - *one\n";
  auto card = ParseScorecard(text, "c.yaml");
  BOOST_REQUIRE_MESSAGE(card.has_value(), (card ? std::string() : card.error().ToString()));
  BOOST_CHECK_EQUAL(card->rubric_id, "mini");
  BOOST_CHECK_EQUAL(card->where.at("rubric_id").line, 2);
  BOOST_CHECK_EQUAL(card->stage, "mini");
  BOOST_CHECK_EQUAL(card->candidate, "12");
  BOOST_REQUIRE_EQUAL(card->ratings.size(), 2u);
  BOOST_CHECK_EQUAL(card->ratings[1].pos.line, 8);  // the alias is the anchored node
  BOOST_CHECK_EQUAL(card->ratings[1].pos.column, 5);
  // Aliases are shared, never copied: ten levels of ten aliases is not ten billion nodes.
  std::string laughs = "rubric_id: m\nstage_id: s\ncandidate_ref: C\nrater_ref: R\nratings: []\nattestation:\n  l0: &l0 [x]\n";
  for (int i = 1; i < 10; ++i) {
    laughs += "  l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) laughs += std::string(k ? ", " : "") + "*l" + std::to_string(i - 1);
    laughs += "]\n";
  }
  BOOST_CHECK(ParseScorecard(laughs, "l.yaml").has_value());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace fairhire::rubric
