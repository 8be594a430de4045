// Internal: one reader per format (formats/<format>.cc), dispatched by ReadDocument.
#ifndef FAIRHIRE_ANONYMISE_FORMATS_READERS_H_
#define FAIRHIRE_ANONYMISE_FORMATS_READERS_H_

#include <memory>
#include <string>
#include <string_view>

#include "fairhire/anonymise/document.h"

namespace fairhire::anonymise::formats {

using ReadResult = Result<std::unique_ptr<ParsedDocument>>;

ReadResult ReadPlainText(std::string_view bytes, Format format, const std::string& name,
                         const ReadLimits& limits);
ReadResult ReadDocx(std::string_view bytes, const std::string& name, const ReadLimits& limits);
ReadResult ReadPdf(std::string_view bytes, const std::string& name, const ReadLimits& limits);
ReadResult ReadHtml(std::string_view bytes, const std::string& name, const ReadLimits& limits);
ReadResult ReadJsonResume(std::string_view bytes, const std::string& name, const ReadLimits& limits);

}  // namespace fairhire::anonymise::formats

#endif  // FAIRHIRE_ANONYMISE_FORMATS_READERS_H_
