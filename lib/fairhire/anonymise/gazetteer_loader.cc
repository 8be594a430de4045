// Gazetteers::Load: parses the open-data files of a data directory (layout of shared/gazetteers) and
// caches the compiled lists. Poco JSON is used privately here; the public header stays Poco-free.
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <sys/stat.h>

#include <cstdlib>
#include <mutex>

#include "fairhire/anonymise/gazetteers.h"
#include "fairhire/core/crypto.h"
#include "fairhire/core/csv.h"
#include "fairhire/core/file.h"
#include "fairhire/core/log.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFiles[] = {
    "fr_firstnames_insee_deces.csv", "prenoms_behindthename_datagouv.csv",
    "fr_surnames_insee_noms2008_namesonly.txt", "fr_regions_etalab.json",
    "fr_departements_etalab.json", "fr_communes_etalab.json",
    "fr-esr-principaux-etablissements-enseignement-superieur.csv",
    "world_universities_and_domains.json"};

// One CSV record; an unterminated quote ends the file's records (the loader keeps what it read).
std::vector<std::string> NextCsvRecord(std::string_view text, std::size_t* pos, char sep) {
  auto record = core::ReadCsvRecord(text, pos, sep);
  if (!record) {
    *pos = text.size();
    return {};
  }
  return std::move(*record);
}

Result<std::string> ReadSource(const fs::path& path) {
  auto text = core::ReadFile(path, 256u << 20);
  if (!text) return text.error();
  FAIRHIRE_RETURN_IF_ERROR(core::ValidateUtf8(*text, path.filename().string()));
  return text;
}

Result<Poco::JSON::Array::Ptr> ParseJsonArray(const fs::path& path) {
  auto text = ReadSource(path);
  if (!text) return text.error();
  try {
    Poco::JSON::Parser parser;
    auto array = parser.parse(*text).extract<Poco::JSON::Array::Ptr>();
    if (!array) return MakeError(ErrorCode::kInvalidInput, "expected a JSON array", path.string());
    return array;
  } catch (const Poco::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, "malformed JSON: " + e.displayText(), path.string());
  } catch (const std::exception& e) {
    return MakeError(ErrorCode::kInvalidInput, std::string("malformed JSON: ") + e.what(), path.string());
  }
}

std::string Field(const Poco::JSON::Object::Ptr& o, const std::string& key) {
  return o && o->has(key) && !o->isNull(key) ? o->getValue<std::string>(key) : std::string();
}

Status LoadFirstNames(const fs::path& dir, Gazetteers* g) {
  auto text = ReadSource(dir / kFiles[0]);
  if (!text) return text.error();
  std::size_t pos = 0;
  NextCsvRecord(*text, &pos, ',');  // header
  while (pos < text->size()) {
    auto f = NextCsvRecord(*text, &pos, ',');
    if (f.size() < 3) continue;
    g->AddFirstName(f[0], static_cast<std::uint32_t>(std::strtoul(f[2].c_str(), nullptr, 10)),
                    f[1] == "1" ? 'm' : f[1] == "2" ? 'f' : 0);
  }
  auto intl = ReadSource(dir / kFiles[1]);
  if (!intl) return intl.error();
  pos = 0;
  NextCsvRecord(*intl, &pos, ';');
  while (pos < intl->size()) {
    auto f = NextCsvRecord(*intl, &pos, ';');
    if (f.size() < 2) continue;
    const char sex = f[1].find(',') != std::string::npos ? 'b' : f[1] == "m" ? 'm' : f[1] == "f" ? 'f' : 0;
    // Compound entries ("jean-pierre") are split: each part is a first name.
    g->AddFirstName(f[0], 0, sex);
  }
  return OkStatus();
}

Status LoadSurnames(const fs::path& dir, Gazetteers* g) {
  auto text = ReadSource(dir / kFiles[2]);
  if (!text) return text.error();
  std::string_view rest = *text;
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    line = core::TrimWhitespace(line);
    if (!line.empty() && line.back() == '[') line.remove_suffix(1);
    g->AddSurname(line);
  }
  return OkStatus();
}

Status LoadTerritories(const fs::path& dir, Gazetteers* g, StringMap<std::string>* region_names) {
  auto regions = ParseJsonArray(dir / kFiles[3]);
  if (!regions) return regions.error();
  for (std::size_t i = 0; i < (*regions)->size(); ++i) {
    auto o = (*regions)->getObject(static_cast<unsigned>(i));
    (*region_names)[Field(o, "code")] = Field(o, "nom");
    g->AddRegion(Field(o, "nom"));
  }
  auto deps = ParseJsonArray(dir / kFiles[4]);
  if (!deps) return deps.error();
  for (std::size_t i = 0; i < (*deps)->size(); ++i) {
    auto o = (*deps)->getObject(static_cast<unsigned>(i));
    g->AddDepartment(Field(o, "code"), Field(o, "nom"), (*region_names)[Field(o, "region")]);
  }
  return OkStatus();
}

Status LoadCommunes(const fs::path& dir, Gazetteers* g, const StringMap<std::string>& region_names) {
  auto communes = ParseJsonArray(dir / kFiles[5]);
  if (!communes) return communes.error();
  for (std::size_t i = 0; i < (*communes)->size(); ++i) {
    auto o = (*communes)->getObject(static_cast<unsigned>(i));
    if (!o) continue;
    CommuneInfo c;
    c.name = Field(o, "nom");
    c.department = Field(o, "departement");
    auto region = region_names.find(Field(o, "region"));
    if (region != region_names.end()) c.region = region->second;
    if (o->has("population") && !o->isNull("population")) c.population = o->getValue<std::uint32_t>("population");
    if (auto pcs = o->getArray("codesPostaux")) {
      for (std::size_t k = 0; k < pcs->size(); ++k) c.postcodes.push_back(pcs->getElement<std::string>(static_cast<unsigned>(k)));
    }
    if (!c.name.empty()) g->AddCommune(std::move(c));
  }
  return OkStatus();
}

std::string DomainOfUrl(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find('/'));
  return core::AsciiLower(url);
}

Status LoadFrenchSchools(const fs::path& dir, Gazetteers* g) {
  auto text = ReadSource(dir / kFiles[6]);
  if (!text) return text.error();
  std::size_t pos = 0;
  const auto header = NextCsvRecord(*text, &pos, ';');
  auto column = [&](std::string_view name) -> std::size_t {
    for (std::size_t i = 0; i < header.size(); ++i) if (header[i] == name) return i;
    return std::string::npos;
  };
  const std::size_t lib = column("uo_lib"), court = column("nom_court"), sigle = column("sigle"),
                    officiel = column("uo_lib_officiel"), en = column("uo_lib_en"),
                    synonyms = column("champ_recherche"), url = column("url");
  if (lib == std::string::npos) {
    return MakeError(ErrorCode::kInvalidInput, "missing column uo_lib", (dir / kFiles[6]).string());
  }
  while (pos < text->size()) {
    auto f = NextCsvRecord(*text, &pos, ';');
    if (f.size() <= lib || f[lib].empty()) continue;
    const auto id = static_cast<std::uint32_t>(g->school_count());
    g->AddSchool(f[lib], true);
    for (std::size_t col : {court, sigle, officiel, en}) {
      if (col < f.size() && f[col].size() >= 3) g->AddSchoolAlias(f[col], id);
    }
    if (synonyms < f.size()) {
      std::string_view rest = f[synonyms];
      while (!rest.empty()) {
        const auto bar = rest.find('|');
        std::string_view item = rest.substr(0, bar);
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        const auto colon = item.find(':');
        if (colon != std::string_view::npos) item.remove_prefix(colon + 1);
        while (!item.empty()) {  // "Synonymes:a;b;c" may list several
          const auto semi = item.find(';');
          std::string_view one = core::TrimWhitespace(item.substr(0, semi));
          item = semi == std::string_view::npos ? std::string_view() : item.substr(semi + 1);
          if (one.size() >= 3) g->AddSchoolAlias(one, id);
        }
      }
    }
    if (url < f.size() && !f[url].empty()) g->AddSchoolDomain(DomainOfUrl(f[url]));
  }
  return OkStatus();
}

Status LoadWorldSchools(const fs::path& dir, Gazetteers* g) {
  auto unis = ParseJsonArray(dir / kFiles[7]);
  if (!unis) return unis.error();
  for (std::size_t i = 0; i < (*unis)->size(); ++i) {
    auto o = (*unis)->getObject(static_cast<unsigned>(i));
    if (!o) continue;
    const std::string name = Field(o, "name");
    if (name.size() >= 4) g->AddSchool(name, Field(o, "alpha_two_code") == "FR");
    if (auto domains = o->getArray("domains")) {
      for (std::size_t k = 0; k < domains->size(); ++k) {
        g->AddSchoolDomain(domains->getElement<std::string>(static_cast<unsigned>(k)));
      }
    }
  }
  return OkStatus();
}

Result<std::shared_ptr<Gazetteers>> ParseSources(const fs::path& dir) {
  auto g = std::make_shared<Gazetteers>();
  FAIRHIRE_RETURN_IF_ERROR(LoadFirstNames(dir, g.get()));
  FAIRHIRE_RETURN_IF_ERROR(LoadSurnames(dir, g.get()));
  StringMap<std::string> region_names;
  FAIRHIRE_RETURN_IF_ERROR(LoadTerritories(dir, g.get(), &region_names));
  FAIRHIRE_RETURN_IF_ERROR(LoadCommunes(dir, g.get(), region_names));
  FAIRHIRE_RETURN_IF_ERROR(LoadFrenchSchools(dir, g.get()));
  FAIRHIRE_RETURN_IF_ERROR(LoadWorldSchools(dir, g.get()));
  AddBuiltInLists(g.get());
  g->set_has_reference_data(true);
  g->Freeze();
  return g;
}

fs::path DefaultCacheDir() {
  if (const char* env = std::getenv("FAIRHIRE_CACHE_DIR"); env && *env) return env;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return fs::path(xdg) / "fairhire";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".cache" / "fairhire";
  return {};
}

// Cache key: the format version plus each source file's name, size and modification time.
Result<std::string> CacheKey(const fs::path& dir) {
  std::string key = "v2";
  for (const char* name : kFiles) {
    struct stat st {};
    const fs::path p = dir / name;
    if (::stat(p.c_str(), &st) != 0) {
      return MakeError(ErrorCode::kNotFound, "gazetteer file missing", p.string());
    }
    key += std::string("|") + name + ":" + std::to_string(st.st_size) + ":" +
           std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec);
  }
  // The cache holds the built-in lists too: a new build with other built-in lists must not reuse it.
  key += "|builtin:" + core::Sha256Hex(Gazetteers::BuiltIn()->Serialise());
  return core::Sha256Hex(key).substr(0, 24);
}

// Caches of other data or builds are removed when a new one is written, so the folder stays small.
void RemoveStaleCaches(const fs::path& dir, const fs::path& keep) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.path() != keep && name.rfind("gazetteers-", 0) == 0 && e.path().extension() == ".bin") {
      fs::remove(e.path(), ec);
    }
  }
}

}  // namespace

Result<std::shared_ptr<const Gazetteers>> Gazetteers::Load(const Options& options) {
  if (options.data_dir.empty()) return BuiltIn();
  std::error_code ec;
  if (!fs::is_directory(options.data_dir, ec)) {
    return MakeError(ErrorCode::kNotFound, "data directory not found", options.data_dir.string());
  }
  auto key = CacheKey(options.data_dir);
  if (!key) return key.error();
  const fs::path cache_dir = options.cache_dir.empty() ? DefaultCacheDir() : options.cache_dir;
  const fs::path cache_file = cache_dir / ("gazetteers-" + *key + ".bin");
  if (options.use_cache && !cache_dir.empty()) {
    if (auto bytes = core::ReadFile(cache_file, 512u << 20)) {
      if (auto g = Deserialise(std::move(*bytes))) return std::shared_ptr<const Gazetteers>(std::move(*g));
      core::Log(core::LogLevel::kWarning, "ignoring a damaged gazetteer cache; rebuilding it");
    }
  }
  auto g = ParseSources(options.data_dir);
  if (!g) return g.error();
  if (options.use_cache && !cache_dir.empty()) {
    fs::create_directories(cache_dir, ec);
    if (auto s = core::WriteFileAtomic(cache_file, (*g)->Serialise()); !s) {
      core::Log(core::LogLevel::kInfo, "gazetteer cache not written: " + s.error().ToString());
    } else {
      RemoveStaleCaches(cache_dir, cache_file);
    }
  }
  return std::shared_ptr<const Gazetteers>(std::move(*g));
}

std::shared_ptr<const Gazetteers> Gazetteers::BuiltIn() {
  static std::once_flag once;
  static std::shared_ptr<const Gazetteers> builtin;
  std::call_once(once, [] {
    auto g = std::make_shared<Gazetteers>();
    AddBuiltInLists(g.get());
    g->Freeze();
    builtin = std::move(g);
  });
  return builtin;
}

}  // namespace fairhire::anonymise
