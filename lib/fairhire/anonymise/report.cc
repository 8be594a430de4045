#include "fairhire/anonymise/report.h"

#include "fairhire/core/json_writer.h"

namespace fairhire::anonymise {

std::string ReportLine(const AnonymisedDocument& doc, const std::string& input, const std::string& output) {
  core::JsonWriter w;
  w.BeginObject();
  w.Key("input").String(input).Key("output").String(output).Key("status").String("ok");
  w.Key("format").String(FormatName(doc.input_format));
  w.Key("output_format").String(FormatName(doc.output_format));
  w.Key("lang").String(LanguageCode(doc.language));
  int counts[kCategoryCount] = {};
  w.Key("findings").BeginArray();
  for (const Redaction& r : doc.redactions) {
    const Finding& f = r.finding;
    ++counts[static_cast<int>(f.category)];
    w.BeginObject();
    w.Key("category").String(CategoryName(f.category)).Key("rule").String(f.rule);
    w.Key("start").Uint(f.start).Key("end").Uint(f.end);
    w.Key("action").String(ActionName(r.action)).Key("confidence").Double(f.confidence);
    // Placeholders are ours; generalised values (a région, an EQF level) are not personal data.
    w.Key("placeholder").String(r.placeholder);
    w.EndObject();
  }
  w.EndArray();
  w.Key("counts").BeginObject();
  for (Category c : AllCategories()) {
    if (counts[static_cast<int>(c)] > 0) w.Key(CategoryName(c)).Int(counts[static_cast<int>(c)]);
  }
  w.EndObject();
  w.EndObject();
  return w.str();
}

std::string ErrorReportLine(const std::string& input, const Error& error) {
  core::JsonWriter w;
  w.BeginObject();
  w.Key("input").String(input).Key("status").String("error");
  w.Key("error").BeginObject();
  w.Key("code").String(core::ErrorCodeName(error.code)).Key("message").String(error.message);
  w.Key("where").String(error.where);
  w.EndObject();
  w.EndObject();
  return w.str();
}

}  // namespace fairhire::anonymise
