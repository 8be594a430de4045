// Internal: the pieces of the DOCX reader. docx_zip.cc reads and writes the archive through
// Poco::Zip with the ReadLimits checked before anything is inflated; docx_xml.cc cleans and
// walks the WordprocessingML parts through Poco::XML (DOM, no DTD, no external entities).
#ifndef FAIRHIRE_ANONYMISE_FORMATS_DOCX_INTERNAL_H_
#define FAIRHIRE_ANONYMISE_FORMATS_DOCX_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "fairhire/anonymise/document.h"
#include "fairhire/anonymise/formats/segments.h"

namespace fairhire::anonymise::formats::docx {

struct Member {
  std::string name;  // path inside the archive, e.g. "word/document.xml"
  std::string data;  // uncompressed bytes
};

// Every file of the archive, uncompressed. Errors: kInvalidInput (corrupt, truncated, encrypted),
// kLimitExceeded (too many members, total size or per-member ratio above the limits).
Result<std::vector<Member>> ReadZip(std::string_view bytes, const std::string& name,
                                    const ReadLimits& limits);
// A ZIP archive of the members, in order ([Content_Types].xml should come first).
Result<std::string> WriteZip(const std::vector<Member>& members);

// Parts removed from the output: images and other media, embedded objects, comments, tracked-change
// authors, custom XML, thumbnails, macros, the glossary.
bool IsDroppedPart(std::string_view part);
// Parts whose text is analysed: document, headers, footers, footnotes, endnotes.
bool IsContentPart(std::string_view part);
// Content parts in reading order: headers, document, footnotes, endnotes, footers.
std::vector<std::size_t> ContentPartOrder(const std::vector<Member>& members);

// Appends the text of a content part (after accepting tracked changes and removing comments and
// images) to `builder`. Errors: kInvalidInput (malformed XML, DTD, nesting too deep).
Status ExtractText(std::string_view xml, const std::string& where, TextBuilder* builder);
// The cleaned part with the text elements set from `values` (consumed from *next, in the same order
// as ExtractText produced the segments).
Result<std::string> RewriteContentPart(std::string_view xml, const std::vector<std::string>& values,
                                       std::size_t* next);
// Relationships without external targets (hyperlinks, templates) or targets in dropped parts.
// `part` is the .rels member name.
Result<std::string> CleanRelationships(std::string_view xml, std::string_view part);
// [Content_Types].xml without the overrides of dropped parts.
Result<std::string> CleanContentTypes(std::string_view xml);
// word/settings.xml without the attached template, mail merge source and document variables.
Result<std::string> CleanSettings(std::string_view xml);
// Minimal replacements of docProps/core.xml and docProps/app.xml (no author, company, template...).
std::string EmptyCoreProperties();
std::string EmptyAppProperties();

}  // namespace fairhire::anonymise::formats::docx

#endif  // FAIRHIRE_ANONYMISE_FORMATS_DOCX_INTERNAL_H_
