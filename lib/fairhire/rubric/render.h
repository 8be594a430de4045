// Renders the interviewer's kit for one language: instructions, then for each stage its questions
// with scripted probes, the competencies they measure, the anchored scale and space for evidence.
// HTML output is one self-contained page (inline CSS, no external resource) laid out for A4
// printing; Markdown output suits wikis and ATS notes. Thread-safety: pure function.
#ifndef FAIRHIRE_RUBRIC_RENDER_H_
#define FAIRHIRE_RUBRIC_RENDER_H_

#include <string>

#include "fairhire/core/result.h"
#include "fairhire/rubric/model.h"

namespace fairhire::rubric {

enum class KitFormat { kHtml, kMarkdown };

// Errors: kInvalidArgument when `locale` is not one of metadata.locales.
Result<std::string> RenderKit(const Rubric& rubric, const std::string& locale, KitFormat format);

}  // namespace fairhire::rubric

#endif  // FAIRHIRE_RUBRIC_RENDER_H_
