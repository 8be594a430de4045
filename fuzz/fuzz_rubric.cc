// libFuzzer target: a rubric YAML (loader and validation), then — when it loads — the linter and
// the interviewer's kit in every locale and both formats.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fairhire/rubric/linter.h"
#include "fairhire/rubric/loader.h"
#include "fairhire/rubric/render.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fairhire::rubric;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto rubric = ParseRubric(text, "fuzz.yaml");
  if (!rubric) return 0;
  (void)LintRubric(*rubric);
  for (const std::string& locale : rubric->metadata.locales) {
    (void)RenderKit(*rubric, locale, KitFormat::kMarkdown);
    (void)RenderKit(*rubric, locale, KitFormat::kHtml);
  }
  return 0;
}
