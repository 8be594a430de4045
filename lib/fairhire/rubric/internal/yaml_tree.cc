#include "fairhire/rubric/internal/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

#include "fairhire/core/utf8.h"

namespace fairhire::rubric::internal {

const std::string& YamlTree::Ref::Scalar() const {
  static const std::string kEmpty;
  return IsScalar() ? node().scalar : kEmpty;
}

YamlTree::Ref YamlTree::Ref::Get(std::string_view key) const {
  if (!IsMap()) return {};
  const auto& c = node().children;
  for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
    const Node& k = tree_->nodes_[static_cast<std::size_t>(c[i])];
    if (k.kind == Kind::kScalar && k.scalar == key) return Ref(tree_, c[i + 1]);
  }
  return {};
}

// Builds the tree the way YAML::NodeBuilder builds nodes: a node's anchor is registered when the
// node starts (so an alias inside it refers to it), an alias is the anchored node itself (shared,
// never copied: no exponential "billion laughs" growth).
class YamlTreeBuilder : public YAML::EventHandler {
 public:
  explicit YamlTreeBuilder(YamlTree* tree) : tree_(tree) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { Add(Start(mark, anchor, YamlTree::Kind::kNull)); }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    // The parser rejects an alias to an unknown anchor before this is called.
    Add(anchor < anchors_.size() ? anchors_[anchor] : Start(YAML::Mark::null_mark(), 0, YamlTree::Kind::kNull));
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    const int i = Start(mark, anchor, YamlTree::Kind::kScalar);
    tree_->nodes_[static_cast<std::size_t>(i)].scalar = value;
    Add(i);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open_.push_back(Start(mark, anchor, YamlTree::Kind::kSequence));
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open_.push_back(Start(mark, anchor, YamlTree::Kind::kMap));
  }
  void OnMapEnd() override { Close(); }

  // No document: a null root without position, as YAML::Load's Node().
  void Finish() {
    if (tree_->root_ >= 0) return;
    tree_->root_ = static_cast<int>(tree_->nodes_.size());
    tree_->nodes_.emplace_back();
  }

 private:
  int Start(const YAML::Mark& mark, YAML::anchor_t anchor, YamlTree::Kind kind) {
    YamlTree::Node n;
    n.kind = kind;
    if (!mark.is_null()) {
      n.line = mark.line + 1;
      n.column = mark.column + 1;
    }
    const int index = static_cast<int>(tree_->nodes_.size());
    tree_->nodes_.push_back(std::move(n));
    if (anchor > 0) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, -1);
      anchors_[anchor] = index;
    }
    return index;
  }
  // A finished node goes to the open container, or becomes the root.
  void Add(int index) {
    if (open_.empty()) {
      if (tree_->root_ < 0) tree_->root_ = index;
      return;
    }
    tree_->nodes_[static_cast<std::size_t>(open_.back())].children.push_back(index);
  }
  void Close() {
    const int index = open_.back();
    open_.pop_back();
    Add(index);
  }

  YamlTree* tree_;
  std::vector<int> open_;
  std::vector<int> anchors_;
};

namespace {

// Reads a string_view in place (YAML::Load would copy the text into a stringstream).
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string_view text) {
    char* p = const_cast<char*>(text.data());  // read only: no put area, no putback of other chars
    setg(p, p, p + text.size());
  }
};

std::string MarkString(const std::string& name, const YAML::Mark& mark) {
  if (mark.is_null()) return name;
  return name + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

}  // namespace

Result<YamlTree> ParseYamlTree(std::string_view text, const std::string& name, bool check_utf8) {
  if (check_utf8) {
    if (auto bad = core::FindInvalidUtf8(text)) {
      return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence", name + "@" + std::to_string(*bad));
    }
  }
  YamlTree tree;
  try {
    ViewBuf buf(text);
    std::istream in(&buf);
    YAML::Parser parser(in);
    YamlTreeBuilder builder(&tree);
    parser.HandleNextDocument(builder);  // the first document only, as YAML::Load
    builder.Finish();
  } catch (const YAML::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, "YAML syntax error: " + e.msg, MarkString(name, e.mark));
  }
  return tree;
}

}  // namespace fairhire::rubric::internal
