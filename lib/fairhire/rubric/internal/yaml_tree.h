// Internal: one YAML document read through yaml-cpp's event API (YAML::Parser + EventHandler) into
// a flat, read-only tree. It keeps exactly what the scorecard reader used from YAML::Node — kind,
// scalar text, 1-based mark, map pairs in document order, aliases sharing their anchored node — but
// none of YAML::Node's per-node shared_ptr, memory_holder merging and key conversion on lookup,
// which took about a third of the time of a YAML scorecard (docs/rubrics.md, Benchmark).
// The scanner and parser are still yaml-cpp's. Not installed; no YAML type leaves rubric.
#ifndef FAIRHIRE_RUBRIC_INTERNAL_YAML_TREE_H_
#define FAIRHIRE_RUBRIC_INTERNAL_YAML_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "fairhire/core/result.h"

namespace fairhire::rubric::internal {

class YamlTree {
 public:
  enum class Kind : unsigned char { kNull, kScalar, kSequence, kMap };
  struct Node {
    Kind kind = Kind::kNull;
    int line = 0;    // 1-based; 0 = no mark (the null node of a text without any document)
    int column = 0;
    std::string scalar;         // kScalar only
    std::vector<int> children;  // kSequence: items; kMap: key, value, key, value... (document order)
  };

  // A node, or "undefined" (a missing map key), like a const YAML::Node.
  class Ref {
   public:
    Ref() = default;
    Ref(const YamlTree* tree, int index) : tree_(tree), index_(index) {}
    bool IsDefined() const { return index_ >= 0; }
    bool IsNull() const { return IsDefined() && node().kind == Kind::kNull; }
    bool IsScalar() const { return IsDefined() && node().kind == Kind::kScalar; }
    bool IsSequence() const { return IsDefined() && node().kind == Kind::kSequence; }
    bool IsMap() const { return IsDefined() && node().kind == Kind::kMap; }
    // The scalar text; "" for anything else (as YAML::Node::Scalar()).
    const std::string& Scalar() const;
    // The value of the first key that is a scalar equal to `key` (as const YAML::Node::operator[]);
    // undefined when absent or when this is not a map.
    Ref Get(std::string_view key) const;
    // Sequence items, or map keys and values alternating.
    std::size_t size() const { return IsDefined() ? node().children.size() : 0; }
    Ref Child(std::size_t i) const { return Ref(tree_, node().children[i]); }
    int line() const { return IsDefined() ? node().line : 0; }
    int column() const { return IsDefined() ? node().column : 0; }

   private:
    const Node& node() const { return tree_->nodes_[static_cast<std::size_t>(index_)]; }
    const YamlTree* tree_ = nullptr;
    int index_ = -1;
  };

  Ref root() const { return Ref(this, root_); }

 private:
  friend class YamlTreeBuilder;
  std::vector<Node> nodes_;
  int root_ = -1;
};

// Parses the first document of `text` (as YAML::Load; a text without a document gives a null root
// without position). Errors: kInvalidInput "YAML syntax error: ..." at "name:line:col", and, when
// `check_utf8`, "invalid UTF-8 byte sequence" at "name@offset" — the messages of core::yaml::Parse.
Result<YamlTree> ParseYamlTree(std::string_view text, const std::string& name, bool check_utf8 = true);

}  // namespace fairhire::rubric::internal

#endif  // FAIRHIRE_RUBRIC_INTERNAL_YAML_TREE_H_
