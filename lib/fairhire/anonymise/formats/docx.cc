// DOCX: the text of the headers, body (tables cell by cell, text boxes), footnotes, endnotes and
// footers, one line per paragraph, runs joined so that a name split across runs is one word.
// Writing accepts tracked changes, drops comments, images, custom XML and personal metadata, and
// rewrites the text elements in place (a placeholder goes into the first run of its span).
#include <algorithm>
#include <array>

#include "fairhire/anonymise/formats/docx_internal.h"
#include "fairhire/anonymise/formats/readers.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::formats {
namespace docx {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr std::array<std::string_view, 14> kImageExtensions = {
    ".png", ".jpg",  ".jpeg", ".jpe", ".jfif", ".gif",  ".bmp",
    ".tif", ".tiff", ".emf",  ".wmf", ".svg",  ".webp", ".ico"};
constexpr std::array<std::string_view, 11> kDroppedPrefixes = {
    "word/media/",          "word/embeddings/", "customXml/",   "word/glossary/", "word/comments",
    "docProps/thumbnail",   "word/vbaProject",  "word/vbaData", "word/activeX/",  "media/",
    "word/_rels/vbaProject"};
constexpr std::array<std::string_view, 3> kDroppedParts = {"word/people.xml", "docProps/custom.xml",
                                                           "word/_rels/comments.xml.rels"};

// The part a ".rels" file describes: "word/_rels/document.xml.rels" -> "word/document.xml".
std::string SourceOfRels(std::string_view rels) {
  const auto pos = rels.rfind("_rels/");
  std::string source(rels.substr(0, pos));
  source.append(rels.substr(pos + 6, rels.size() - pos - 6 - 5));
  return source;
}

}  // namespace

bool IsDroppedPart(std::string_view part) {
  const std::string lower = core::AsciiLower(part);
  for (std::string_view ext : kImageExtensions) {
    if (EndsWith(lower, ext)) return true;
  }
  for (std::string_view prefix : kDroppedPrefixes) {
    if (StartsWith(part, prefix)) return true;
  }
  if (std::find(kDroppedParts.begin(), kDroppedParts.end(), part) != kDroppedParts.end())
    return true;
  // A relationships file goes with the part it describes.
  return EndsWith(part, ".rels") && part.find("_rels/") != std::string_view::npos &&
         IsDroppedPart(SourceOfRels(part));
}

bool IsContentPart(std::string_view part) {
  if (!StartsWith(part, "word/") || !EndsWith(part, ".xml") ||
      part.find('/', 5) != std::string_view::npos)
    return false;
  const std::string_view base = part.substr(5, part.size() - 9);
  return base == "document" || base == "footnotes" || base == "endnotes" ||
         StartsWith(base, "header") || StartsWith(base, "footer");
}

std::vector<std::size_t> ContentPartOrder(const std::vector<Member>& members) {
  auto rank = [](std::string_view part) {
    if (StartsWith(part, "word/header")) return 0;
    if (part == "word/document.xml") return 1;
    if (part == "word/footnotes.xml") return 2;
    if (part == "word/endnotes.xml") return 3;
    return 4;
  };
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (IsContentPart(members[i].name)) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const int ra = rank(members[a].name), rb = rank(members[b].name);
    if (ra != rb) return ra < rb;
    if (members[a].name.size() != members[b].name.size())
      return members[a].name.size() < members[b].name.size();
    return members[a].name < members[b].name;  // header2 before header10
  });
  return order;
}

}  // namespace docx

namespace {

class DocxDocument : public ParsedDocument {
 public:
  DocxDocument(std::vector<docx::Member> members, std::string text, std::vector<Segment> segments)
      : members_(std::move(members)), text_(std::move(text)), segments_(std::move(segments)) {}
  Format format() const override { return Format::kDocx; }
  const std::string& text() const override { return text_; }
  std::vector<Format> OutputFormats() const override {
    return {Format::kDocx, Format::kText, Format::kMarkdown};
  }
  Result<std::string> Write(const std::vector<Replacement>& replacements,
                            Format out) const override;

 private:
  Result<std::string> Rewrite(const docx::Member& m, const std::vector<std::string>& values,
                              std::size_t* next) const;

  std::vector<docx::Member> members_;
  std::string text_;
  std::vector<Segment> segments_;
};

Result<std::string> DocxDocument::Rewrite(const docx::Member& m,
                                          const std::vector<std::string>& values,
                                          std::size_t* next) const {
  if (docx::IsContentPart(m.name)) return docx::RewriteContentPart(m.data, values, next);
  if (m.name == "[Content_Types].xml") return docx::CleanContentTypes(m.data);
  if (m.name == "word/settings.xml") return docx::CleanSettings(m.data);
  if (m.name == "docProps/core.xml") return docx::EmptyCoreProperties();
  if (m.name == "docProps/app.xml") return docx::EmptyAppProperties();
  if (m.name.size() > 5 && m.name.compare(m.name.size() - 5, 5, ".rels") == 0)
    return docx::CleanRelationships(m.data, m.name);
  return m.data;
}

Result<std::string> DocxDocument::Write(const std::vector<Replacement>& replacements,
                                        Format out) const {
  if (out == Format::kText || out == Format::kMarkdown)
    return ApplyReplacements(text_, replacements);
  if (out != Format::kDocx)
    return MakeError(ErrorCode::kInvalidArgument,
                     "a DOCX can be written as docx, text or markdown");
  const std::vector<std::string> values = RewriteSegments(text_, segments_, replacements);
  std::vector<docx::Member> written;
  std::size_t next = 0;
  for (std::size_t index : docx::ContentPartOrder(members_)) {  // values are consumed in text order
    auto data = Rewrite(members_[index], values, &next);
    if (!data) return data.error();
    written.push_back(docx::Member{members_[index].name, std::move(*data)});
  }
  for (const docx::Member& m : members_) {
    if (docx::IsDroppedPart(m.name) || docx::IsContentPart(m.name)) continue;
    auto data = Rewrite(m, values, &next);
    if (!data) return data.error();
    written.push_back(docx::Member{m.name, std::move(*data)});
  }
  std::stable_partition(written.begin(), written.end(),
                        [](const docx::Member& m) { return m.name == "[Content_Types].xml"; });
  return docx::WriteZip(written);
}

}  // namespace

ReadResult ReadDocx(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
  auto members = docx::ReadZip(bytes, name, limits);
  if (!members) return members.error();
  const auto has = [&](std::string_view part) {
    return std::any_of(members->begin(), members->end(),
                       [&](const docx::Member& m) { return m.name == part; });
  };
  if (!has("word/document.xml")) {
    return MakeError(ErrorCode::kInvalidInput, "ZIP archive without word/document.xml (not a DOCX)",
                     name);
  }
  TextBuilder builder(limits.max_text_bytes);
  for (std::size_t index : docx::ContentPartOrder(*members)) {
    const docx::Member& m = (*members)[index];
    if (auto s = docx::ExtractText(m.data, name + ":" + m.name, &builder); !s) return s.error();
    if (builder.overflow()) return TextLimitError(name, limits.max_text_bytes);
  }
  for (const docx::Member& m :
       *members) {  // fail now, not when writing, on unreadable package parts
    if (m.name == "[Content_Types].xml" ||
        (m.name.find("_rels/") != std::string::npos && !docx::IsDroppedPart(m.name))) {
      auto cleaned = m.name[0] == '[' ? docx::CleanContentTypes(m.data)
                                      : docx::CleanRelationships(m.data, m.name);
      if (!cleaned)
        return MakeError(cleaned.error().code, cleaned.error().message, name + ":" + m.name);
    }
  }
  std::string text = builder.TakeText();
  return std::unique_ptr<ParsedDocument>(
      new DocxDocument(std::move(*members), std::move(text), builder.TakeSegments()));
}

}  // namespace fairhire::anonymise::formats
