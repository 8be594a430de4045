// WordprocessingML parts through Poco::XML DOM (namespace processing off, so prefixes and xmlns
// declarations are written back exactly; external entities off, documents with a DTD refused).
#include <Poco/DOM/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/DOMWriter.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NamedNodeMap.h>
#include <Poco/DOM/Text.h>
#include <Poco/Exception.h>
#include <Poco/SAX/XMLReader.h>
#include <Poco/XML/NamePool.h>
#include <Poco/XML/XMLWriter.h>

#include <algorithm>
#include <array>
#include <sstream>

#include "fairhire/anonymise/formats/docx_internal.h"

namespace fairhire::anonymise::formats::docx {
namespace {

using Poco::XML::AutoPtr;
using Poco::XML::Element;
using Poco::XML::Node;

constexpr int kMaxDepth = 200;
constexpr std::string_view kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// Removed with their content: deletions (tracked changes accepted), revision records, comment
// anchors, permissions naming editors, template and data-source references.
constexpr std::array<std::string_view, 25> kRemoved = {"del",
                                                       "moveFrom",
                                                       "delText",
                                                       "delInstrText",
                                                       "rPrChange",
                                                       "pPrChange",
                                                       "sectPrChange",
                                                       "tblPrChange",
                                                       "trPrChange",
                                                       "tcPrChange",
                                                       "tblGridChange",
                                                       "numberingChange",
                                                       "commentRangeStart",
                                                       "commentRangeEnd",
                                                       "commentReference",
                                                       "moveFromRangeStart",
                                                       "moveFromRangeEnd",
                                                       "moveToRangeStart",
                                                       "moveToRangeEnd",
                                                       "permStart",
                                                       "permEnd",
                                                       "attachedTemplate",
                                                       "mailMerge",
                                                       "docVars",
                                                       "annotationRef"};
// Replaced by their children: insertions and moves (accepted), custom XML and smart tags, external
// hyperlinks (their target URL often names the candidate), simple fields (HYPERLINK "..." in an
// attribute).
constexpr std::array<std::string_view, 6> kUnwrapped = {"ins",      "moveTo",    "customXml",
                                                        "smartTag", "hyperlink", "fldSimple"};

std::string_view LocalName(const std::string& qualified) {
  const auto colon = qualified.find(':');
  return colon == std::string::npos ? std::string_view(qualified)
                                    : std::string_view(qualified).substr(colon + 1);
}

bool In(std::string_view name, const auto& list) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// Refuses DTDs (entity expansion) and nesting deep enough to exhaust the stack in DOM code.
Status CheckXml(std::string_view xml, const std::string& where) {
  if (xml.find("<!DOCTYPE") != std::string_view::npos ||
      xml.find("<!ENTITY") != std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidInput,
                     "XML part with a DTD (entity declarations are refused)", where);
  }
  int depth = 0;
  for (std::size_t i = xml.find('<'); i != std::string_view::npos; i = xml.find('<', i + 1)) {
    if (i + 1 >= xml.size()) break;
    const char next = xml[i + 1];
    if (next == '/') {
      --depth;
    } else if (next != '?' && next != '!') {
      const std::size_t close = xml.find('>', i);
      if (close == std::string_view::npos) break;
      if (xml[close - 1] != '/' && ++depth > kMaxDepth) {
        return MakeError(ErrorCode::kInvalidInput, "XML nested too deeply", where);
      }
    }
  }
  return OkStatus();
}

// A parsed part. The name pool must outlive the document (its elements refer to pooled names).
struct Xml {
  AutoPtr<Poco::XML::NamePool> pool;
  AutoPtr<Poco::XML::Document> doc;
  Poco::XML::Document* operator->() { return doc.get(); }
  Poco::XML::Document* get() { return doc.get(); }
};

Result<Xml> ParseXml(std::string_view xml, const std::string& where) {
  if (auto s = CheckXml(xml, where); !s) return s.error();
  try {
    Xml result;
    result.pool = new Poco::XML::NamePool(251);
    Poco::XML::DOMParser parser(result.pool.get());
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser.setFeature(Poco::XML::DOMParser::FEATURE_FILTER_WHITESPACE, false);
    result.doc = parser.parseMemory(xml.data(), xml.size());
    if (!result.doc->documentElement()) {
      return MakeError(ErrorCode::kInvalidInput, "XML part without a root element", where);
    }
    return result;
  } catch (const Poco::Exception&) {
    return MakeError(ErrorCode::kInvalidInput, "malformed XML", where);
  }
}

std::string Serialise(Poco::XML::Document* doc) {
  Poco::XML::DOMWriter writer;
  writer.setOptions(Poco::XML::XMLWriter::WRITE_XML_DECLARATION);
  std::ostringstream os;
  writer.writeNode(os, doc);
  return os.str();
}

// Nodes built by the parser belong to the document's release pool: a removed node must not be
// released here (it is freed with the document).
void Remove(Node* node) { node->parentNode()->removeChild(node); }

void Unwrap(Node* node) {
  Node* parent = node->parentNode();
  while (Node* child = node->firstChild()) parent->insertBefore(child, node);
  Remove(node);
}

bool HasDescendant(Node* node, std::string_view local) {
  for (Node* c = node->firstChild(); c; c = c->nextSibling()) {
    if (c->nodeType() == Node::ELEMENT_NODE &&
        (LocalName(c->nodeName()) == local || HasDescendant(c, local)))
      return true;
  }
  return false;
}

// Accepts tracked changes, drops comment anchors and images. Text boxes keep their text: a drawing
// that holds one loses only its pictures.
void Clean(Node* node, const std::string& w) {
  for (Node* child = node->firstChild(); child;) {
    Node* next = child->nextSibling();
    if (child->nodeType() == Node::COMMENT_NODE ||
        child->nodeType() == Node::PROCESSING_INSTRUCTION_NODE) {
      Remove(child);
    } else if (child->nodeType() == Node::ELEMENT_NODE) {
      const std::string& qname = child->nodeName();
      const std::string_view local = LocalName(qname);
      const bool word =
          qname.size() == w.size() + 1 + local.size() && qname.compare(0, w.size(), w) == 0;
      if (local == "pic" || local == "imagedata" || local == "blip" ||
          (word && In(local, kRemoved))) {
        Remove(child);
      } else if ((local == "drawing" || local == "pict" || local == "object") &&
                 !HasDescendant(child, "txbxContent")) {
        Remove(child);
      } else if (word && In(local, kUnwrapped) &&
                 !(local == "hyperlink" &&
                   static_cast<Element*>(child)->getAttribute("r:id").empty())) {
        Node* first = child->firstChild();
        Unwrap(child);
        if (first) next = first;  // clean the moved children too
      } else {
        if (local == "docPr" ||
            local == "cNvPr") {  // a kept shape's name and alt text may name someone
          Element* e = static_cast<Element*>(child);
          e->removeAttribute("descr");
          e->removeAttribute("title");
          if (e->hasAttribute("name")) e->setAttribute("name", "Shape");
        }
        Clean(child, w);
      }
    }
    child = next;
  }
}

// The prefix bound to the WordprocessingML namespace on the root ("w" in practice).
std::string WordPrefix(Element* root) {
  Poco::XML::NamedNodeMap* attrs = root->attributes();
  std::string prefix = "w";
  for (unsigned long i = 0; i < attrs->length(); ++i) {
    Node* a = attrs->item(i);
    if (a->nodeName().rfind("xmlns:", 0) == 0 && a->nodeValue() == kWordNamespace)
      prefix = a->nodeName().substr(6);
  }
  attrs->release();
  return prefix;
}

// Walks paragraphs in document order: text elements become segments, tabs and breaks separators.
class TextWalker {
 public:
  TextWalker(std::string w, TextBuilder* builder) : w_(std::move(w)), builder_(builder) {}
  std::vector<Element*>& texts() { return texts_; }

  void Walk(Node* node) {
    for (Node* c = node->firstChild(); c; c = c->nextSibling()) {
      if (c->nodeType() != Node::ELEMENT_NODE) continue;
      const std::string& qname = c->nodeName();
      if (qname.compare(0, w_.size(), w_) != 0 || qname.size() <= w_.size() ||
          qname[w_.size()] != ':') {
        Walk(c);
        continue;
      }
      const std::string_view local = std::string_view(qname).substr(w_.size() + 1);
      if (local == "t" || local == "instrText") {
        if (local == "instrText" && !builder_->EndsWithSpace()) builder_->AddSeparator(" ");
        builder_->AddSegment(c->innerText());
        if (local == "instrText") builder_->AddSeparator(" ");
        texts_.push_back(static_cast<Element*>(c));
      } else if (local == "tab" || local == "ptab") {
        builder_->AddSeparator("\t");
      } else if (local == "br" || local == "cr") {
        builder_->AddSeparator("\n");
      } else if (local == "noBreakHyphen") {
        builder_->AddSeparator("-");
      } else if (local == "tr") {
        const std::size_t outer = row_start_;
        row_start_ = builder_->text().size();
        Walk(c);
        builder_->EndRow();
        row_start_ = outer;
      } else {
        Walk(c);
        if (local == "p") builder_->AddSeparator("\n");  // empty paragraphs are blank lines
        if (local == "tc") builder_->EndCell(row_start_);
      }
    }
  }

 private:
  std::string w_;
  TextBuilder* builder_;
  std::vector<Element*> texts_;
  std::size_t row_start_ = 0;
};

void SetText(Element* element, const std::string& value) {
  while (Node* child = element->firstChild()) Remove(child);
  AutoPtr<Poco::XML::Text> text = element->ownerDocument()->createTextNode(value);
  element->appendChild(text);
  if (element->nodeName().size() > 2 && LocalName(element->nodeName()) == "t")
    element->setAttribute("xml:space", "preserve");
}

// "word/" + "../customXml/item1.xml" -> "customXml/item1.xml"; "/word/x" -> "word/x".
std::string ResolvePath(const std::string& base, const std::string& target) {
  std::vector<std::string> parts;
  const std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : base + target;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    const std::string piece = path.substr(start, slash - start);
    if (piece == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!piece.empty() && piece != ".") {
      parts.push_back(piece);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

}  // namespace

Status ExtractText(std::string_view xml, const std::string& where, TextBuilder* builder) {
  auto doc = ParseXml(xml, where);
  if (!doc) return doc.error();
  Element* root = (*doc)->documentElement();
  const std::string w = WordPrefix(root);
  Clean(root, w);
  TextWalker walker(w, builder);
  walker.Walk(root);
  builder->EndLine();
  return OkStatus();
}

Result<std::string> RewriteContentPart(std::string_view xml, const std::vector<std::string>& values,
                                       std::size_t* next) {
  auto doc = ParseXml(xml, "");
  if (!doc) return doc.error();
  Element* root = (*doc)->documentElement();
  const std::string w = WordPrefix(root);
  Clean(root, w);
  TextBuilder scratch(std::string::npos);
  TextWalker walker(w, &scratch);
  walker.Walk(root);
  for (Element* text : walker.texts()) {
    if (*next >= values.size())
      return MakeError(ErrorCode::kInternal, "DOCX text elements changed");
    const std::string& value = values[(*next)++];
    if (value != text->innerText()) SetText(text, value);
  }
  return Serialise(doc->get());
}

Result<std::string> CleanRelationships(std::string_view xml, std::string_view part) {
  auto doc = ParseXml(xml, std::string(part));
  if (!doc) return doc.error();
  // "word/_rels/document.xml.rels" -> targets are relative to "word/".
  std::string base(part.substr(0, part.rfind("_rels/")));
  Element* root = (*doc)->documentElement();
  for (Node* child = root->firstChild(); child;) {
    Node* next = child->nextSibling();
    if (child->nodeType() == Node::ELEMENT_NODE) {
      Element* rel = static_cast<Element*>(child);
      std::string target = rel->getAttribute("Target");
      const std::string resolved = ResolvePath(base, target);
      if (rel->getAttribute("TargetMode") == "External" || IsDroppedPart(resolved)) Remove(child);
    }
    child = next;
  }
  return Serialise(doc->get());
}

Result<std::string> CleanContentTypes(std::string_view xml) {
  auto doc = ParseXml(xml, "[Content_Types].xml");
  if (!doc) return doc.error();
  Element* root = (*doc)->documentElement();
  for (Node* child = root->firstChild(); child;) {
    Node* next = child->nextSibling();
    if (child->nodeType() == Node::ELEMENT_NODE && LocalName(child->nodeName()) == "Override") {
      std::string part = static_cast<Element*>(child)->getAttribute("PartName");
      if (!part.empty() && part[0] == '/') part.erase(0, 1);
      if (IsDroppedPart(part)) Remove(child);
    }
    child = next;
  }
  return Serialise(doc->get());
}

Result<std::string> CleanSettings(std::string_view xml) {
  auto doc = ParseXml(xml, "word/settings.xml");
  if (!doc) return doc.error();
  Element* root = (*doc)->documentElement();
  Clean(root, WordPrefix(root));
  return Serialise(doc->get());
}

std::string EmptyCoreProperties() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
         "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
         "</cp:coreProperties>";
}

std::string EmptyAppProperties() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Properties "
         "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
         "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"></"
         "Properties>";
}

}  // namespace fairhire::anonymise::formats::docx
