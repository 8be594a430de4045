#include <algorithm>

#include "fairhire/anonymise/internal/detector_util.h"
#include "fairhire/anonymise/string_table.h"
#include "fairhire/core/utf8.h"

namespace fairhire::anonymise::detectors {
namespace {

bool IsMarkup(char c) { return c == '-' || c == '*' || c == '#' || c == '|' || c == '>' || c == '_' || c == '+'; }

// Skips spaces and markup (bullets, bold markers, table bars, bullets "•") from folded offset f.
std::size_t SkipLead(const std::string& folded, std::size_t f, std::size_t end) {
  while (f < end) {
    if (IsSpace(folded[f]) || IsMarkup(folded[f])) {
      ++f;
    } else if (folded.compare(f, 3, "\xE2\x80\xA2") == 0 || folded.compare(f, 3, "\xE2\x96\xAA") == 0) {
      f += 3;  // • ▪
    } else {
      break;
    }
  }
  return f;
}

// At folded offset f, `label` followed by optional markup/spaces and a separator. Returns the folded
// offset after the separator or npos.
std::size_t LabelAt(const std::string& folded, std::size_t f, std::size_t end, std::string_view label,
                    bool colon_optional) {
  if (folded.compare(f, label.size(), label) != 0) return std::string::npos;
  std::size_t p = f + label.size();
  if (p < end && IsAsciiAlnum(folded[p])) return std::string::npos;
  for (std::string_view plural : {"(s)", "(e)", "(es)"}) {  // "Adresse(s)", "Né(e)"
    if (folded.compare(p, plural.size(), plural) == 0) p += plural.size();
  }
  std::size_t spaces = 0;
  bool tab = false;
  while (p < end && (IsSpace(folded[p]) || folded[p] == '*' || folded[p] == '_' || folded[p] == '.')) {
    spaces += folded[p] == ' ';
    tab = tab || folded[p] == '\t';
    ++p;
  }
  if (p < end && (folded[p] == ':' || folded[p] == '=')) {
    ++p;
  } else if (p + 1 < end && folded[p] == '-' && IsSpace(folded[p + 1])) {
    ++p;
  } else if (p + 3 < end && folded.compare(p, 3, "\xE2\x80\x93") == 0) {  // "–" (en dash)
    p += 3;
  } else if (!colon_optional && spaces < 2 && !tab && !(p >= end || folded[p] == '\r')) {
    // A label alone at the end of its line takes the value from the next line (ValueStartAfterLabel).
    // Column layouts ("Nationality        British") separate label and value by 2+ spaces or a tab.
    return std::string::npos;
  }
  while (p < end && (IsSpace(folded[p]) || folded[p] == '*' || folded[p] == '_')) ++p;
  return p;
}

// True when the line has a character that can separate a label from its value (':', '=', '-', a tab, the
// first byte of a dash) or two spaces in a row. One pass: this runs for every line and label list.
bool HasSeparator(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    switch (line[i]) {
      case ':': case '=': case '-': case '\t': case '\xE2':
        return true;
      case ' ':
        if (i + 1 < line.size() && line[i + 1] == ' ') return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// A '.' at `dot` ends a sentence when the word before it is a lower-case word of 3+ letters
// ("j'habite à Roubaix. Animatrice…"), not an abbreviation ("St.", "H.No.", "bât.").
bool EndsSentence(std::string_view text, std::size_t from, std::size_t dot) {
  std::size_t s = dot;
  while (s > from && IsAsciiAlpha(text[s - 1])) --s;
  if (dot - s < 3) return false;
  return std::islower(static_cast<unsigned char>(text[dot - 1])) && std::islower(static_cast<unsigned char>(text[dot - 2]));
}

}  // namespace

void TrimSpan(std::string_view text, std::size_t* start, std::size_t* end, std::string_view trailing) {
  while (*start < *end && (IsSpace(text[*start]) || text[*start] == '\r')) ++*start;
  while (*end > *start && (IsSpace(text[*end - 1]) || text[*end - 1] == '\r' ||
                           trailing.find(text[*end - 1]) != std::string_view::npos)) {
    --*end;
  }
}

std::size_t MatchLineLabel(const TextView& view, std::size_t line, std::initializer_list<std::string_view> labels,
                           bool colon_optional) {
  const Line& l = view.lines()[line];
  const std::size_t fs = l.fstart, fe = l.fend;
  const std::size_t f = SkipLead(view.folded(), fs, fe);
  for (std::string_view label : labels) {
    const std::size_t after = LabelAt(view.folded(), f, fe, label, colon_optional);
    if (after != std::string::npos) return view.SourceOffset(after);
  }
  return std::string::npos;
}

LabelSet::LabelSet(std::initializer_list<std::string_view> labels)
    : LabelSet(std::span<const std::string_view>(labels.begin(), labels.size())) {}

LabelSet::LabelSet(std::span<const std::string_view> labels) {
  labels_.reserve(labels.size());
  for (std::string_view label : labels) labels_.push_back(Prepare(label));
}

LabelSet::Label LabelSet::Prepare(std::string_view label) {
  Label l;
  l.text = std::string(label);
  std::size_t k = 0;
  while (k < label.size() && IsAsciiAlnum(label[k])) ++k;
  l.has_head = k > 0;
  if (l.has_head) l.head_hash = StableHash(label.substr(0, k));
  return l;
}

std::size_t LabelSet::Find(const TextView& view, std::size_t line, bool colon_required) const {
  const Line& l = view.lines()[line];
  const std::string& folded = view.folded();
  const std::size_t fs = l.fstart, fe = l.fend;
  const std::string_view line_text = std::string_view(folded).substr(fs, fe - fs);
  // Fast path: a label needs a separator somewhere on the line (':', '=', '-', a dash, a tab or two
  // spaces) — but a short line may be a label alone, its value on the next line.
  if (colon_required && l.word_count > 3 && !HasSeparator(line_text)) return std::string::npos;
  const std::uint64_t mask = view.LineWordMask(line);
  for (const Label& label : labels_) {
    // Skip labels whose first word is not on the line (most of them): far cheaper than searching.
    if (label.has_head) {
      if (((mask >> (label.head_hash & 63)) & 1u) == 0) continue;
      bool present = false;
      for (std::size_t w = l.first_word; w < l.first_word + l.word_count && !present; ++w) {
        present = view.WordHash(w) == label.head_hash;
      }
      if (!present) continue;
    }
    std::size_t f = fs;
    while (f < fe) {
      const std::size_t rel = line_text.find(label.text, f - fs);
      if (rel == std::string_view::npos) break;
      const std::size_t hit = fs + rel;
      const bool left_ok = hit == 0 || !IsAsciiAlnum(folded[hit - 1]);
      if (left_ok) {
        const std::size_t after = LabelAt(folded, hit, fe, label.text, !colon_required);
        if (after != std::string::npos) return view.SourceOffset(after);
      }
      f = hit + 1;
    }
  }
  return std::string::npos;
}

std::size_t ValueEnd(const TextView& view, std::size_t pos, bool stop_at_comma) {
  const std::string_view text = view.text();
  const std::size_t line_end = view.lines()[view.LineOf(pos)].end;
  std::size_t e = pos;
  for (; e < line_end; ++e) {
    const char c = text[e];
    if (c == '\t' || c == ';' || c == '|' || c == '\r') break;
    if (c == ' ' && e + 1 < line_end && text[e + 1] == ' ') break;
    if (stop_at_comma && c == ',') break;
    if (c == '*' && e + 1 < line_end && text[e + 1] == '*') break;
    // " — ", " – ", " · ", " • " separate fields on one line.
    if (c == ' ' && e + 4 < line_end &&
        (text.compare(e + 1, 3, "\xE2\x80\x94") == 0 || text.compare(e + 1, 3, "\xE2\x80\x93") == 0 ||
         text.compare(e + 1, 3, "\xE2\x80\xA2") == 0 || text.compare(e + 1, 2, "\xC2\xB7") == 0)) {
      break;
    }
    if (c == ' ' && e + 2 < line_end && text[e + 1] == '-' && text[e + 2] == ' ') break;
    if (c == '.' && e + 2 < line_end && text[e + 1] == ' ' && EndsSentence(text, pos, e)) break;
  }
  std::size_t s = pos;
  TrimSpan(text, &s, &e, ".,;:");
  return e;
}

bool FoldedWordAt(const TextView& view, std::size_t f, std::string_view word) {
  const std::string& folded = view.folded();
  if (folded.compare(f, word.size(), word) != 0) return false;
  const std::size_t e = f + word.size();
  return e >= folded.size() || !IsAsciiAlnum(folded[e]);
}

bool InHeader(const TextView& view, std::size_t line) { return view.IsPersonalLine(line); }

std::size_t ValueStartAfterLabel(const TextView& view, std::size_t after) {
  const std::size_t line = view.LineOf(after);
  const std::string_view rest = core::TrimWhitespace(view.text().substr(after, view.lines()[line].end - after));
  if (!rest.empty() && rest != ":" && rest != "\r") return after;
  for (std::size_t next = line + 1; next < view.lines().size() && next <= line + 2; ++next) {
    const Line& l = view.lines()[next];
    if (l.word_count == 0) continue;
    if (l.word_count > 5) return after;
    return view.words()[l.first_word].start;
  }
  return after;
}

}  // namespace fairhire::anonymise::detectors
