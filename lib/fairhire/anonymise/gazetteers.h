// Gazetteers: reference lists the detectors consult — first names (with frequency and sex), surnames,
// communes with their postcodes, département and région, French and world higher-education
// institutions and their e-mail domains. Loaded from a data directory of open-data files (the layout
// of shared/gazetteers; data/sources.yaml names the public sources) and compiled into hash sets and
// word-level PhraseMatchers. The compiled lists are cached on disk (keyed by the source files' sizes
// and modification times) so a second start-up skips parsing. Without a data directory only a small
// built-in list is available, and recall is reduced.
// Thread-safety: immutable after Load; share one instance between threads through shared_ptr.
#ifndef FAIRHIRE_ANONYMISE_GAZETTEERS_H_
#define FAIRHIRE_ANONYMISE_GAZETTEERS_H_

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "fairhire/anonymise/phrase_matcher.h"
#include "fairhire/anonymise/string_table.h"
#include "fairhire/core/result.h"

namespace fairhire::anonymise {

struct FirstNameInfo {
  std::uint32_t frequency = 0;  // occurrences in the INSEE list (0 when only in another list)
  char sex = 0;                 // 'm', 'f', 'b' (both) or 0 (unknown)
  char reserved[3] = {0, 0, 0};  // explicit padding: the record is written to the cache byte for byte
};
static_assert(sizeof(FirstNameInfo) == 8);

struct CommuneInfo {
  std::string name;        // official name, e.g. "Bobigny"
  std::string department;  // code, e.g. "93"
  std::string region;      // name, e.g. "Île-de-France"
  std::uint32_t population = 0;
  std::vector<std::string> postcodes;
};

struct SchoolInfo {
  std::string name;  // official or usual name
  bool french = false;
};

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class Gazetteers {
 public:
  struct Options {
    std::filesystem::path data_dir;   // empty: built-in lists only
    std::filesystem::path cache_dir;  // empty: FAIRHIRE_CACHE_DIR, $XDG_CACHE_HOME/fairhire, ~/.cache/fairhire
    bool use_cache = true;
  };

  // Loads the data directory (and the built-in lists). Errors: kNotFound (directory missing),
  // kInvalidInput (a source file is malformed; where = file). A missing optional file is skipped.
  static Result<std::shared_ptr<const Gazetteers>> Load(const Options& options);
  // The built-in lists only (never fails; shared, built once).
  static std::shared_ptr<const Gazetteers> BuiltIn();

  bool has_reference_data() const { return has_reference_data_; }

  // Look-ups take folded words (core::Fold).
  const FirstNameInfo* FirstName(std::string_view folded) const;
  bool IsSurname(std::string_view folded) const;

  const PhraseMatcher& communes() const { return communes_; }
  const CommuneInfo& commune(std::uint32_t id) const { return commune_info_[id]; }
  std::size_t commune_count() const { return commune_info_.size(); }
  // Communes that have this postcode (nullptr if none).
  const std::vector<std::uint32_t>* CommunesWithPostcode(std::string_view code) const;
  // Name of the région of a département code ("93" -> "Île-de-France"), or "".
  std::string_view RegionOfDepartment(std::string_view code) const;
  // Matches département and région names ("Seine-Saint-Denis", "Bretagne").
  const PhraseMatcher& territories() const { return territories_; }

  const PhraseMatcher& schools() const { return schools_; }
  const SchoolInfo& school(std::uint32_t id) const { return school_info_[id]; }
  std::size_t school_count() const { return school_info_.size(); }
  // True when the folded domain or one of its parent domains belongs to a school
  // ("etu.univ-lyon1.fr" is a school domain because "univ-lyon1.fr" is).
  bool IsSchoolDomain(std::string_view folded_domain) const;

  std::size_t first_name_count() const { return first_names_.size(); }
  std::size_t surname_count() const { return surnames_.size(); }

  // Builders used by the loaders (and tests).
  void AddFirstName(std::string_view name, std::uint32_t frequency, char sex);
  void AddSurname(std::string_view name);
  std::uint32_t AddCommune(CommuneInfo info);
  void AddDepartment(std::string_view code, std::string_view name, std::string_view region);
  void AddRegion(std::string_view name);
  void AddSchool(std::string_view name, bool french);
  void AddSchoolAlias(std::string_view alias, std::uint32_t id);
  void AddSchoolDomain(std::string_view domain);
  void set_has_reference_data(bool v) { has_reference_data_ = v; }

  // Ends building: freezes the big word lists into their compact form (Load and BuiltIn call it).
  void Freeze();

  // Serialisation of the compiled lists (the on-disk cache).
  std::string Serialise() const;
  static Result<std::shared_ptr<Gazetteers>> Deserialise(std::string bytes);

 private:
  std::string cache_bytes_;  // the cache file the frozen tables point into (when deserialised)
  StringTable<FirstNameInfo> first_names_;
  StringTable<unsigned char> surnames_;
  std::vector<CommuneInfo> commune_info_;
  PhraseMatcher communes_;
  StringMap<std::vector<std::uint32_t>> postcodes_;
  StringMap<std::string> region_of_department_;
  PhraseMatcher territories_;
  std::vector<std::pair<std::string, std::string>> departments_;  // code, name (for Serialise)
  std::vector<std::string> regions_;
  std::vector<SchoolInfo> school_info_;
  std::vector<std::pair<std::string, std::uint32_t>> school_aliases_;  // (alias, id) for Serialise
  PhraseMatcher schools_;
  StringSet school_domains_;
  bool has_reference_data_ = false;
};

// Adds the project's own built-in lists (common names of many origins, large communes, well-known
// schools) to `g`.
void AddBuiltInLists(Gazetteers* g);

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_GAZETTEERS_H_
