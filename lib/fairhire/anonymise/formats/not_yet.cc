// Readers for formats not implemented yet (each moves to its own file when implemented).
#include "fairhire/anonymise/formats/readers.h"

namespace fairhire::anonymise::formats {

ReadResult ReadDocx(std::string_view, const std::string& name, const ReadLimits&) {
  return MakeError(ErrorCode::kUnsupportedFormat, "DOCX is not supported yet", name);
}
ReadResult ReadPdf(std::string_view, const std::string& name, const ReadLimits&) {
  return MakeError(ErrorCode::kUnsupportedFormat, "PDF is not supported yet", name);
}
ReadResult ReadHtml(std::string_view, const std::string& name, const ReadLimits&) {
  return MakeError(ErrorCode::kUnsupportedFormat, "HTML is not supported yet", name);
}
ReadResult ReadJsonResume(std::string_view, const std::string& name, const ReadLimits&) {
  return MakeError(ErrorCode::kUnsupportedFormat, "JSON Resume is not supported yet", name);
}

}  // namespace fairhire::anonymise::formats
