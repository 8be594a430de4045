// StringTable<V>: a string-keyed hash table for large, read-mostly word lists (first names, surnames).
// While building it is an ordinary hash map; Freeze() turns it into one open-addressing array plus a
// string blob, which serialises as is — so loading a cached gazetteer is one read and no per-entry
// allocation. V must be trivially copyable.
// Thread-safety: const methods are safe from many threads once building is over.
#ifndef FAIRHIRE_ANONYMISE_STRING_TABLE_H_
#define FAIRHIRE_ANONYMISE_STRING_TABLE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace fairhire::anonymise {

// 64-bit FNV-1a: stable across builds and runs (the cache stores it).
inline std::uint64_t StableHash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

template <typename V>
class StringTable {
  static_assert(std::is_trivially_copyable_v<V>);

 public:
  StringTable() = default;
  StringTable(const StringTable&) = delete;  // the frozen form points into its own blob
  StringTable& operator=(const StringTable&) = delete;

  // Build phase: the value for `key`, inserted value-initialised when new (a frozen table thaws).
  V& Upsert(std::string_view key) {
    if (frozen_) Thaw();
    auto it = building_.find(std::string(key));
    if (it == building_.end()) it = building_.emplace(std::string(key), V{}).first;
    return it->second;
  }

  // Moves the entries into the open-addressing layout (idempotent).
  void Freeze() {
    if (frozen_) return;
    std::size_t capacity = 16;
    while (capacity < building_.size() * 2) capacity *= 2;
    slots_.resize(capacity);
    // Zero every byte, padding included: the frozen form is written to disk and hashed.
    std::memset(static_cast<void*>(slots_.data()), 0, capacity * sizeof(Slot));
    own_blob_.clear();
    for (const auto& [key, value] : building_) {
      const auto hash = static_cast<std::uint32_t>(StableHash(key));
      std::size_t i = hash & (capacity - 1);
      while (slots_[i].length != 0) i = (i + 1) & (capacity - 1);
      Slot& slot = slots_[i];
      slot.hash = hash;
      slot.offset = static_cast<std::uint32_t>(own_blob_.size());
      slot.length = static_cast<std::uint32_t>(key.size());
      std::memcpy(static_cast<void*>(&slot.value), &value, sizeof(V));
      own_blob_.append(key);
    }
    blob_ = own_blob_;
    size_ = building_.size();
    building_.clear();
    frozen_ = true;
  }

  const V* Find(std::string_view key) const {
    if (!frozen_) {
      auto it = building_.find(std::string(key));
      return it == building_.end() ? nullptr : &it->second;
    }
    if (slots_.empty() || key.empty()) return nullptr;
    const auto h = static_cast<std::uint32_t>(StableHash(key));
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.length == 0) return nullptr;
      if (s.hash == h && s.length == key.size() && std::memcmp(blob_.data() + s.offset, key.data(), key.size()) == 0) {
        return &s.value;
      }
    }
  }

  std::size_t size() const { return frozen_ ? size_ : building_.size(); }

  void Thaw() {
    if (!frozen_) return;
    std::unordered_map<std::string, V> entries;
    ForEach([&](std::string_view k, const V& v) { entries.emplace(std::string(k), v); });
    building_ = std::move(entries);
    slots_.clear();
    own_blob_.clear();
    blob_ = {};
    frozen_ = false;
  }

  // Calls f(key, value) for every entry.
  template <typename F>
  void ForEach(F f) const {
    if (!frozen_) {
      for (const auto& [k, v] : building_) f(std::string_view(k), v);
      return;
    }
    for (const Slot& s : slots_) {
      if (s.length != 0) f(blob_.substr(s.offset, s.length), s.value);
    }
  }

  // Frozen form as bytes: [u64 slots][u64 size][u64 blob bytes][slots][blob].
  void AppendTo(std::string* out) const {
    if (!frozen_) {
      StringTable<V> copy;
      ForEach([&](std::string_view k, const V& v) { copy.Upsert(k) = v; });
      copy.Freeze();
      copy.AppendTo(out);
      return;
    }
    const std::uint64_t header[3] = {slots_.size(), size_, blob_.size()};
    out->append(reinterpret_cast<const char*>(header), sizeof header);
    out->append(reinterpret_cast<const char*>(slots_.data()), slots_.size() * sizeof(Slot));
    out->append(blob_);
  }

  // Reads what AppendTo wrote from *in (advancing it). The blob is referenced, not copied: `in` must
  // outlive the table. Returns false on malformed input.
  bool ReadFrom(std::string_view* in) {
    std::uint64_t header[3];
    if (in->size() < sizeof header) return false;
    std::memcpy(header, in->data(), sizeof header);
    in->remove_prefix(sizeof header);
    const std::uint64_t slot_bytes = header[0] * sizeof(Slot);
    if ((header[0] & (header[0] - 1)) != 0 || in->size() < slot_bytes + header[2]) return false;
    slots_.resize(header[0]);
    std::memcpy(static_cast<void*>(slots_.data()), in->data(), slot_bytes);
    in->remove_prefix(slot_bytes);
    blob_ = in->substr(0, header[2]);
    in->remove_prefix(header[2]);
    for (const Slot& s : slots_) {
      if (s.length != 0 && static_cast<std::uint64_t>(s.offset) + s.length > blob_.size()) return false;
    }
    size_ = header[1];
    building_.clear();
    frozen_ = true;
    return true;
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // 0 = empty slot (keys are never empty)
    V value{};
  };
  std::unordered_map<std::string, V> building_;
  std::vector<Slot> slots_;
  std::string own_blob_;
  std::string_view blob_;
  std::size_t size_ = 0;
  bool frozen_ = false;
};

}  // namespace fairhire::anonymise

#endif  // FAIRHIRE_ANONYMISE_STRING_TABLE_H_
