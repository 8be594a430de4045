// JSON Resume (jsonresume.org schema v1). The text holds one "key: value" line per scalar value, in
// document order; the fields whose meaning the schema fixes (basics.name, basics.email, ...) become
// structural findings. Writing re-parses the input, puts each rewritten value back in place (a
// rewritten number becomes a string), removes basics.image and serialises with the same key order.
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <functional>
#include <sstream>

#include "fairhire/anonymise/formats/readers.h"
#include "fairhire/anonymise/formats/segments.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::formats {
namespace {

constexpr std::size_t kMaxDepth = 64;

// Categories of the schema's personal fields, by path with array indices written "[]".
struct FieldRule {
  std::string_view path;
  Category category;
};
constexpr FieldRule kFieldRules[] = {
    {"basics.name", Category::kName},
    {"basics.email", Category::kEmail},
    {"basics.phone", Category::kPhone},
    {"basics.url", Category::kUrl},
    {"basics.image", Category::kPhoto},
    {"basics.picture", Category::kPhoto},
    {"basics.location.address", Category::kAddress},
    {"basics.location.postalCode", Category::kPostcode},
    {"basics.location.city", Category::kCity},
    {"basics.profiles[].url", Category::kUrl},
    {"basics.profiles[].username", Category::kName},
    {"education[].institution", Category::kSchool},
    {"references[].name", Category::kName},
};

// Visits every scalar value in document order; `assign` (when set) replaces the value.
class Walker {
 public:
  using Visit = std::function<void(const std::string& path, const std::string& key,
                                   const Poco::Dynamic::Var&)>;
  using Assign = std::function<std::optional<Poco::Dynamic::Var>()>;
  Walker(Visit visit, Assign assign) : visit_(std::move(visit)), assign_(std::move(assign)) {}

  void Walk(Poco::JSON::Object& object, const std::string& path) {
    for (const std::string& key : object.getNames()) {
      const std::string child = path.empty() ? key : path + "." + key;
      Poco::Dynamic::Var value = object.get(key);
      if (auto replaced = Value(value, child, key)) object.set(key, *replaced);
    }
  }

 private:
  std::optional<Poco::Dynamic::Var> Value(Poco::Dynamic::Var& value, const std::string& path,
                                          const std::string& key) {
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
      Poco::JSON::Object::Ptr object = value.extract<Poco::JSON::Object::Ptr>();
      Walk(*object, path);
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
      Poco::JSON::Array::Ptr array = value.extract<Poco::JSON::Array::Ptr>();
      for (std::size_t i = 0; i < array->size(); ++i) {
        Poco::Dynamic::Var item = array->get(static_cast<unsigned>(i));
        if (auto replaced = Value(item, path + "[]", key))
          array->set(static_cast<unsigned>(i), *replaced);
      }
    } else if (!value.isEmpty() && (value.isString() || value.isNumeric())) {
      visit_(path, key, value);
      if (assign_) return assign_();
    }
    return std::nullopt;
  }

  Visit visit_;
  Assign assign_;
};

Result<Poco::JSON::Object::Ptr> Parse(std::string_view bytes, const std::string& name) {
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
    parser.setDepth(kMaxDepth);
    Poco::Dynamic::Var root = parser.parse(std::string(bytes));
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) {
      return MakeError(ErrorCode::kInvalidInput, "JSON Resume must be a JSON object", name);
    }
    return root.extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput, "invalid JSON (" + std::string(e.name()) + ")",
                     name);
  } catch (const std::exception&) {
    return MakeError(ErrorCode::kInvalidInput, "invalid JSON", name);
  }
}

class JsonResumeDocument : public ParsedDocument {
 public:
  JsonResumeDocument(std::string source, std::string text, std::vector<Segment> segments,
                     std::vector<Finding> structural)
      : source_(std::move(source)),
        text_(std::move(text)),
        segments_(std::move(segments)),
        structural_(std::move(structural)) {}
  Format format() const override { return Format::kJsonResume; }
  const std::string& text() const override { return text_; }
  std::vector<Finding> StructuralFindings() const override { return structural_; }
  std::vector<Format> OutputFormats() const override {
    return {Format::kJsonResume, Format::kText, Format::kMarkdown};
  }
  Result<std::string> Write(const std::vector<Replacement>& replacements,
                            Format out) const override;

 private:
  std::string source_;
  std::string text_;
  std::vector<Segment> segments_;
  std::vector<Finding> structural_;
};

Result<std::string> JsonResumeDocument::Write(const std::vector<Replacement>& replacements,
                                              Format out) const {
  if (out == Format::kText || out == Format::kMarkdown)
    return ApplyReplacements(text_, replacements);
  if (out != Format::kJsonResume) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "a JSON Resume can be written as json-resume, text or markdown");
  }
  auto root = Parse(source_, "");
  if (!root)
    return MakeError(ErrorCode::kInternal, "JSON Resume changed between reading and writing");
  const std::vector<std::string> values = RewriteSegments(text_, segments_, replacements);
  std::size_t index = 0;
  std::string current;
  Walker walker([&](const std::string&, const std::string&,
                    const Poco::Dynamic::Var& v) { current = v.toString(); },
                [&]() -> std::optional<Poco::Dynamic::Var> {
                  if (index >= values.size()) return std::nullopt;
                  const std::string& value = values[index++];
                  if (value == current) return std::nullopt;
                  return Poco::Dynamic::Var(value);
                });
  try {
    walker.Walk(**root, "");
    if ((*root)->has("basics") && (*root)->isObject("basics")) {
      auto basics = (*root)->getObject("basics");
      basics->remove("image");
      basics->remove("picture");
    }
    std::ostringstream os;
    (*root)->stringify(os, 2);
    os << "\n";
    return os.str();
  } catch (const Poco::Exception& e) {
    return MakeError(ErrorCode::kInternal,
                     "cannot write the JSON Resume (" + std::string(e.name()) + ")");
  }
}

std::optional<Category> CategoryOfPath(const std::string& path) {
  for (const FieldRule& rule : kFieldRules) {
    if (rule.path == path) return rule.category;
  }
  return std::nullopt;
}

}  // namespace

ReadResult ReadJsonResume(std::string_view bytes, const std::string& name,
                          const ReadLimits& limits) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (auto bad = core::FindInvalidUtf8(bytes)) {
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 byte sequence",
                     name + "@" + std::to_string(*bad));
  }
  auto root = Parse(bytes, name);
  if (!root) return root.error();
  TextBuilder builder(limits.max_text_bytes);
  std::vector<Finding> structural;
  Walker walker(
      [&](const std::string& path, const std::string& key, const Poco::Dynamic::Var& value) {
        // Labels only where they help the detectors ("email: ..."); elsewhere "name: Datanova" (an
        // employer) would read as a person's name.
        if (path.rfind("basics.", 0) == 0) builder.AddSeparator(key + ": ");
        const std::string text = value.toString();
        const std::size_t start = builder.text().size();
        builder.AddSegment(text);
        builder.AddSeparator("\n");
        if (auto category = CategoryOfPath(path); category && !text.empty()) {
          Finding f;
          f.start = start;
          f.end = start + text.size();
          f.category = *category;
          f.rule = "json_resume." + path;
          structural.push_back(std::move(f));
        }
      },
      nullptr);
  try {
    walker.Walk(**root, "");
  } catch (const Poco::Exception& e) {
    return MakeError(ErrorCode::kInvalidInput,
                     "unreadable JSON value (" + std::string(e.name()) + ")", name);
  }
  if (builder.overflow()) return TextLimitError(name, limits.max_text_bytes);
  if (auto bad = core::FindInvalidUtf8(builder.text())) {
    return MakeError(ErrorCode::kInvalidInput, "invalid UTF-8 in a JSON string escape", name);
  }
  std::string text = builder.TakeText();
  return std::unique_ptr<ParsedDocument>(new JsonResumeDocument(
      std::string(bytes), std::move(text), builder.TakeSegments(), std::move(structural)));
}

}  // namespace fairhire::anonymise::formats
