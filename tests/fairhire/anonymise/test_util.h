// Shared helpers for the anonymise tests.
#ifndef FAIRHIRE_TESTS_ANONYMISE_TEST_UTIL_H_
#define FAIRHIRE_TESTS_ANONYMISE_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "fairhire/anonymise/anonymiser.h"

namespace fairhire::anonymise::testing {

// Gazetteers from the shared data directory (loaded once per process), or the built-in lists when
// the directory is absent.
inline std::shared_ptr<const Gazetteers> SharedGazetteers() {
  static std::shared_ptr<const Gazetteers> g = [] {
    Gazetteers::Options o;
    o.data_dir = std::string(FAIRHIRE_SHARED_DIR) + "/gazetteers";
    auto r = Gazetteers::Load(o);
    return r ? *r : Gazetteers::BuiltIn();
  }();
  return g;
}

inline std::unique_ptr<Anonymiser> MakeAnonymiser(std::string lang = "auto", Policy policy = Policy::Default()) {
  AnonymiserOptions o;
  o.language = std::move(lang);
  o.policy = policy;
  o.gazetteers = SharedGazetteers();
  return std::move(*Anonymiser::Create(std::move(o)));
}

// The anonymised text of `text` (plain text format).
inline std::string Anonymise(const Anonymiser& a, const std::string& text) {
  auto r = a.Anonymise(text, "test.txt", Format::kText);
  return r ? r->output : "<error: " + r.error().ToString() + ">";
}

// Categories found in `text`, in order.
inline std::vector<Category> CategoriesOf(const Anonymiser& a, const std::string& text) {
  Language lang;
  std::vector<Category> out;
  for (const Redaction& r : a.Analyse(text, {}, &lang)) out.push_back(r.finding.category);
  return out;
}

}  // namespace fairhire::anonymise::testing

#endif  // FAIRHIRE_TESTS_ANONYMISE_TEST_UTIL_H_
