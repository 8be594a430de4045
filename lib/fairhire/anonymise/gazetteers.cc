#include "fairhire/anonymise/gazetteers.h"

#include <cstring>

#include "fairhire/core/utf8.h"

namespace fairhire::anonymise {
namespace {

constexpr std::string_view kMagic = "FHGZ0003";

class Writer {
 public:
  void U32(std::uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string Take() { return std::move(out_); }
  std::string* raw() { return &out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool U32(std::uint32_t* v) {
    if (in_.size() < sizeof *v) return Fail();
    std::memcpy(v, in_.data(), sizeof *v);
    in_.remove_prefix(sizeof *v);
    return true;
  }
  bool Str(std::string_view* s) {
    std::uint32_t n = 0;
    if (!U32(&n) || in_.size() < n) return Fail();
    *s = in_.substr(0, n);
    in_.remove_prefix(n);
    return true;
  }
  bool ok() const { return ok_; }
  std::string_view* rest() { return &in_; }
  bool Fail() {
    ok_ = false;
    return false;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

void Gazetteers::AddFirstName(std::string_view name, std::uint32_t frequency, char sex) {
  const std::string key = core::Fold(core::TrimWhitespace(name));
  if (key.size() < 2) return;
  const bool is_new = first_names_.Find(key) == nullptr;
  FirstNameInfo& info = first_names_.Upsert(key);
  info.frequency += frequency;
  if (is_new || info.sex == 0) info.sex = sex;
  else if (sex != 0 && sex != info.sex) info.sex = 'b';
}

void Gazetteers::AddSurname(std::string_view name) {
  const std::string key = core::Fold(core::TrimWhitespace(name));
  if (key.size() >= 2) surnames_.Upsert(key) = 1;
}

void Gazetteers::Freeze() {
  first_names_.Freeze();
  surnames_.Freeze();
}

std::uint32_t Gazetteers::AddCommune(CommuneInfo info) {
  const auto id = static_cast<std::uint32_t>(commune_info_.size());
  communes_.Add(info.name, id);
  for (const std::string& pc : info.postcodes) postcodes_[pc].push_back(id);
  commune_info_.push_back(std::move(info));
  return id;
}

void Gazetteers::AddDepartment(std::string_view code, std::string_view name, std::string_view region) {
  region_of_department_[std::string(code)] = std::string(region);
  departments_.emplace_back(std::string(code), std::string(name));
  territories_.Add(name, 0);
}

void Gazetteers::AddRegion(std::string_view name) {
  regions_.emplace_back(name);
  territories_.Add(name, 1);
}

void Gazetteers::AddSchool(std::string_view name, bool french) {
  const auto id = static_cast<std::uint32_t>(school_info_.size());
  school_info_.push_back(SchoolInfo{std::string(name), french});
  schools_.Add(name, id);
}

void Gazetteers::AddSchoolAlias(std::string_view alias, std::uint32_t id) {
  school_aliases_.emplace_back(std::string(alias), id);
  schools_.Add(alias, id);
}

void Gazetteers::AddSchoolDomain(std::string_view domain) {
  std::string d = core::AsciiLower(core::TrimWhitespace(domain));
  if (d.rfind("www.", 0) == 0) d.erase(0, 4);
  if (!d.empty()) school_domains_.insert(std::move(d));
}

const FirstNameInfo* Gazetteers::FirstName(std::string_view folded) const { return first_names_.Find(folded); }

bool Gazetteers::IsSurname(std::string_view folded) const { return surnames_.Find(folded) != nullptr; }

const std::vector<std::uint32_t>* Gazetteers::CommunesWithPostcode(std::string_view code) const {
  auto it = postcodes_.find(code);
  return it == postcodes_.end() ? nullptr : &it->second;
}

std::string_view Gazetteers::RegionOfDepartment(std::string_view code) const {
  auto it = region_of_department_.find(code);
  return it == region_of_department_.end() ? std::string_view() : std::string_view(it->second);
}

bool Gazetteers::IsSchoolDomain(std::string_view folded_domain) const {
  std::string_view d = folded_domain;
  while (true) {
    if (school_domains_.find(d) != school_domains_.end()) return true;
    const auto dot = d.find('.');
    if (dot == std::string_view::npos) return false;
    d.remove_prefix(dot + 1);
    if (d.find('.') == std::string_view::npos) return false;  // never match a bare TLD
  }
}

std::string Gazetteers::Serialise() const {
  Writer w;
  w.Str(kMagic);
  w.U32(has_reference_data_ ? 1 : 0);
  first_names_.AppendTo(w.raw());
  surnames_.AppendTo(w.raw());
  w.U32(static_cast<std::uint32_t>(regions_.size()));
  for (const auto& r : regions_) w.Str(r);
  w.U32(static_cast<std::uint32_t>(departments_.size()));
  for (const auto& [code, name] : departments_) {
    w.Str(code);
    w.Str(name);
    w.Str(RegionOfDepartment(code));
  }
  w.U32(static_cast<std::uint32_t>(commune_info_.size()));
  for (const auto& c : commune_info_) {
    w.Str(c.name);
    w.Str(c.department);
    w.Str(c.region);
    w.U32(c.population);
    w.U32(static_cast<std::uint32_t>(c.postcodes.size()));
    for (const auto& pc : c.postcodes) w.Str(pc);
  }
  w.U32(static_cast<std::uint32_t>(school_info_.size()));
  for (const auto& s : school_info_) {
    w.Str(s.name);
    w.U32(s.french ? 1 : 0);
  }
  w.U32(static_cast<std::uint32_t>(school_aliases_.size()));
  for (const auto& [alias, id] : school_aliases_) {
    w.Str(alias);
    w.U32(id);
  }
  w.U32(static_cast<std::uint32_t>(school_domains_.size()));
  for (const auto& d : school_domains_) w.Str(d);
  return w.Take();
}

Result<std::shared_ptr<Gazetteers>> Gazetteers::Deserialise(std::string bytes) {
  auto g = std::make_shared<Gazetteers>();
  g->cache_bytes_ = std::move(bytes);
  Reader r(g->cache_bytes_);
  std::string_view s, s2, s3;
  std::uint32_t n = 0, v = 0;
  if (!r.Str(&s) || s != kMagic) return MakeError(ErrorCode::kInvalidInput, "not a gazetteer cache");
  r.U32(&v);
  g->has_reference_data_ = v != 0;
  if (!g->first_names_.ReadFrom(r.rest()) || !g->surnames_.ReadFrom(r.rest())) {
    return MakeError(ErrorCode::kInvalidInput, "truncated gazetteer cache");
  }
  r.U32(&n);
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    r.Str(&s);
    g->AddRegion(s);
  }
  r.U32(&n);
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    r.Str(&s), r.Str(&s2), r.Str(&s3);
    g->AddDepartment(s, s2, s3);
  }
  r.U32(&n);
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    CommuneInfo c;
    r.Str(&s), r.Str(&s2), r.Str(&s3), r.U32(&c.population), r.U32(&v);
    c.name = s, c.department = s2, c.region = s3;
    for (std::uint32_t k = 0; k < v && r.ok(); ++k) {
      r.Str(&s);
      c.postcodes.emplace_back(s);
    }
    g->AddCommune(std::move(c));
  }
  r.U32(&n);
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    r.Str(&s), r.U32(&v);
    g->AddSchool(s, v != 0);
  }
  r.U32(&n);
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    r.Str(&s), r.U32(&v);
    if (v < g->school_info_.size()) g->AddSchoolAlias(s, v);
  }
  r.U32(&n);
  for (std::uint32_t i = 0; i < n && r.ok(); ++i) {
    r.Str(&s);
    g->school_domains_.emplace(s);
  }
  if (!r.ok()) return MakeError(ErrorCode::kInvalidInput, "truncated gazetteer cache");
  return g;
}

}  // namespace fairhire::anonymise
