// HTML through libxml2's HTML parser (no network, no DTD entities). The text is the title and the
// body's text, one line per block element, whitespace collapsed as a browser would. Writing
// re-parses the input, removes active and embedded content (scripts, styles, images, frames, meta,
// link, comments), keeps only harmless attributes (an e-mail or profile URL hides in href, a name
// in alt or title), puts the rewritten text back into the text nodes and serialises.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <array>
#include <cstring>
#include <memory>

#include "fairhire/anonymise/formats/readers.h"
#include "fairhire/anonymise/formats/segments.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::formats {
namespace {

constexpr int kParseOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
constexpr int kMaxDepth = 512;

constexpr std::array<std::string_view, 22> kDropped = {
    "script", "style",  "img",      "meta",     "link",    "iframe", "frame", "frameset",
    "object", "embed",  "svg",      "math",     "picture", "video",  "audio", "source",
    "track",  "canvas", "noscript", "template", "base",    "applet"};
constexpr std::array<std::string_view, 36> kBlocks = {
    "p",     "div", "br",    "hr",      "li",         "ul",      "ol",      "dl",      "dt",
    "dd",    "h1",  "h2",    "h3",      "h4",         "h5",      "h6",      "table",   "tr",
    "td",    "th",  "thead", "tbody",   "tfoot",      "section", "article", "header",  "footer",
    "aside", "nav", "main",  "address", "blockquote", "pre",     "title",   "caption", "figure"};
constexpr std::array<std::string_view, 6> kKeptAttributes = {"class", "colspan", "rowspan",
                                                             "lang",  "dir",     "charset"};

bool IsOneOf(const xmlChar* name, const auto& list) {
  if (!name) return false;
  const std::string_view n(reinterpret_cast<const char*>(name));
  for (std::string_view x : list) {
    if (n == x) return true;
  }
  return false;
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

DocPtr Parse(std::string_view bytes) {
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  return DocPtr(htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8",
                               kParseOptions));
}

// Visits text nodes in document order with block boundaries; optionally removes what must not be
// kept.
class Walker {
 public:
  Walker(TextBuilder* builder, bool clean) : builder_(builder), clean_(clean) {}
  std::vector<xmlNode*>& texts() { return texts_; }

  void Walk(xmlNode* node, int depth) {
    for (xmlNode* child = node->children; child;) {
      xmlNode* next = child->next;
      Visit(child, depth);
      child = next;
    }
  }

 private:
  void Visit(xmlNode* node, int depth) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) return Text(node);
    if (node->type != XML_ELEMENT_NODE) {
      if (clean_ && node->type != XML_DTD_NODE) Remove(node);
      return;
    }
    if (IsOneOf(node->name, kDropped) || depth > kMaxDepth) {
      if (clean_) Remove(node);
      return;
    }
    if (clean_) CleanAttributes(node);
    const bool block = IsOneOf(node->name, kBlocks);
    if (block) builder_->EndLine();
    Walk(node, depth + 1);
    if (block) builder_->EndLine();
    if (node->name && std::strcmp(reinterpret_cast<const char*>(node->name), "td") == 0)
      builder_->EndLine();
  }

  void Text(xmlNode* node) {
    const char* content = reinterpret_cast<const char*>(node->content);
    std::string collapsed;
    bool space = false;
    for (const char* p = content ? content : ""; *p; ++p) {
      const bool ws = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f';
      if (ws) {
        space = true;
        continue;
      }
      if (space && !(collapsed.empty() && builder_->EndsWithSpace())) collapsed.push_back(' ');
      space = false;
      collapsed.push_back(*p);
    }
    if (space && !collapsed.empty()) collapsed.push_back(' ');
    if (collapsed.empty()) {
      if (space && !builder_->EndsWithSpace()) builder_->AddSeparator(" ");
      return;
    }
    builder_->AddSegment(collapsed);
    texts_.push_back(node);
  }

  void CleanAttributes(xmlNode* node) {
    for (xmlAttr* attr = node->properties; attr;) {
      xmlAttr* next = attr->next;
      const bool internal_link =
          attr->name && std::strcmp(reinterpret_cast<const char*>(attr->name), "href") == 0 &&
          attr->children && attr->children->content && attr->children->content[0] == '#';
      if (!IsOneOf(attr->name, kKeptAttributes) && !internal_link) xmlRemoveProp(attr);
      attr = next;
    }
  }

  static void Remove(xmlNode* node) {
    xmlUnlinkNode(node);
    xmlFreeNode(node);
  }

  TextBuilder* builder_;
  bool clean_;
  std::vector<xmlNode*> texts_;
};

// The whole document in order (the head's title comes first). Walking from the document node, not
// from elements found by name, keeps every node visited once even when the markup nests <body> or
// <head> somewhere odd.
void WalkDocument(xmlDoc* doc, Walker* walker) { walker->Walk(reinterpret_cast<xmlNode*>(doc), 0); }

class HtmlDocument : public ParsedDocument {
 public:
  HtmlDocument(std::string source, std::string text, std::vector<Segment> segments)
      : source_(std::move(source)), text_(std::move(text)), segments_(std::move(segments)) {}
  Format format() const override { return Format::kHtml; }
  const std::string& text() const override { return text_; }
  std::vector<Format> OutputFormats() const override {
    return {Format::kHtml, Format::kMarkdown, Format::kText};
  }
  Result<std::string> Write(const std::vector<Replacement>& replacements,
                            Format out) const override;

 private:
  std::string source_;
  std::string text_;
  std::vector<Segment> segments_;
};

Result<std::string> HtmlDocument::Write(const std::vector<Replacement>& replacements,
                                        Format out) const {
  if (out == Format::kText || out == Format::kMarkdown)
    return ApplyReplacements(text_, replacements);
  if (out != Format::kHtml)
    return MakeError(ErrorCode::kInvalidArgument, "HTML can be written as html, markdown or text");
  DocPtr doc = Parse(source_);
  if (!doc) return MakeError(ErrorCode::kInternal, "HTML changed between reading and writing");
  TextBuilder builder(std::string::npos);
  Walker walker(&builder, /*clean=*/true);
  WalkDocument(doc.get(), &walker);
  if (walker.texts().size() != segments_.size())
    return MakeError(ErrorCode::kInternal, "HTML text nodes changed");
  const std::vector<std::string> values = RewriteSegments(text_, segments_, replacements);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (std::string_view(text_).substr(segments_[i].start, segments_[i].end - segments_[i].start) ==
        values[i])
      continue;
    // Text node content is stored unescaped; the serialiser escapes it.
    xmlNodeSetContent(walker.texts()[i], reinterpret_cast<const xmlChar*>(values[i].c_str()));
  }
  htmlSetMetaEncoding(
      doc.get(), reinterpret_cast<const xmlChar*>("UTF-8"));  // else non-ASCII becomes entities
  xmlChar* buffer = nullptr;
  int size = 0;
  htmlDocDumpMemoryFormat(doc.get(), &buffer, &size, 0);
  if (!buffer) return MakeError(ErrorCode::kInternal, "cannot serialise the HTML document");
  std::string result(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
  xmlFree(buffer);
  return result;
}

}  // namespace

ReadResult ReadHtml(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (auto bad = core::FindInvalidUtf8(bytes)) {
    return MakeError(ErrorCode::kInvalidInput,
                     "invalid UTF-8 byte sequence (convert the file to UTF-8)",
                     name + "@" + std::to_string(*bad));
  }
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    return MakeError(ErrorCode::kLimitExceeded, "HTML too large", name);
  DocPtr doc = Parse(bytes);
  if (!doc) return MakeError(ErrorCode::kInvalidInput, "unreadable HTML document", name);
  TextBuilder builder(limits.max_text_bytes);
  Walker walker(&builder, /*clean=*/false);
  WalkDocument(doc.get(), &walker);
  if (builder.overflow()) return TextLimitError(name, limits.max_text_bytes);
  if (core::FindInvalidUtf8(builder.text()))
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 in the HTML text", name);
  std::string text = builder.TakeText();
  return std::unique_ptr<ParsedDocument>(
      new HtmlDocument(std::string(bytes), std::move(text), builder.TakeSegments()));
}

}  // namespace fairhire::anonymise::formats
