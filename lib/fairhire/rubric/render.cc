#include "fairhire/rubric/render.h"

#include <algorithm>

namespace fairhire::rubric {
namespace {

struct Labels {
  const char* kit;
  const char* instructions[5];
  const char* stage;
  const char* measures;
  const char* probes;
  const char* level;
  const char* anchor;
  const char* rating;
  const char* not_assessed;
  const char* evidence;
  const char* minutes;
  const char* candidate;
  const char* interviewer;
  const char* exercise[4];  // "Exercise: raw score", "level", "from", "blind grading"
};

const Labels kFr = {
    "Guide d'entretien structuré",
    {"Posez les mêmes questions, dans le même ordre, à chaque candidat ; n'utilisez que les relances prévues.",
     "Notez chaque réponse seule, d'après les ancres comportementales, et écrivez les faits observés.",
     "Si la réponse ne permet pas de juger, cochez « non évalué » : ce n'est pas une note basse.",
     "Ne posez aucune question sur la vie privée, la famille, l'âge, l'origine, la santé, les convictions ou le lieu de résidence.",
     "Remettez votre grille avant de lire celles des autres ; la décision suit la formule, pas le débriefing."},
    "Étape", "Mesure", "Relances prévues", "Niveau", "Comportement observé", "Note", "non évalué",
    "Faits observés (obligatoire)", "min", "Candidat (pseudonyme)", "Recruteur",
    {"Exercice : score brut", "niveau", "dès", "correction à l'aveugle"}};

const Labels kEn = {
    "Structured interview kit",
    {"Ask every candidate the same questions in the same order; use only the scripted probes.",
     "Rate each answer on its own against the behavioural anchors, and write down the evidence.",
     "When the answer gives no basis for a rating, tick \"not assessed\": it is not a low score.",
     "Ask nothing about private life, family, age, origin, health, beliefs or where the candidate lives.",
     "Submit your scorecard before reading the others'; the decision follows the formula, not the debrief."},
    "Stage", "Measures", "Scripted probes", "Level", "Observed behaviour", "Rating", "not assessed",
    "Evidence (required)", "min", "Candidate (pseudonym)", "Interviewer",
    {"Exercise: raw score", "level", "from", "blind grading"}};

std::string Html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string Md(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '`') out.push_back('\\');
    out.push_back(c == '\n' ? ' ' : c);
  }
  return out;
}

std::string Num(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// "Exercise: raw score 0–100; level 1 from 0, level 2 from 40…; blind grading" (plain text).
std::string ExerciseLine(const Exercise& e, const Labels& l) {
  std::string out = l.exercise[0];
  if (e.score_min && e.score_max) out += " " + Num(*e.score_min) + "–" + Num(*e.score_max);
  for (std::size_t i = 0; i < e.points.size(); ++i) {
    out += std::string(i ? ", " : "; ") + l.exercise[1] + " " + std::to_string(e.points[i].second) + " " +
           l.exercise[2] + " " + Num(e.points[i].first);
  }
  if (e.blind_grading) out += std::string("; ") + l.exercise[3];
  return out;
}

std::string T(const LocalizedText& t, const std::string& locale) {
  auto it = t.find(locale);
  return it == t.end() ? std::string() : it->second;
}

std::string LevelLabel(const Scale& s, int level, const std::string& locale) {
  for (const auto& l : s.levels) {
    if (l.value == level) return T(l.label, locale);
  }
  return {};
}

std::vector<const Question*> StageQuestions(const Rubric& r, const Stage* s) {
  std::vector<const Question*> out;
  if (s && !s->questions.empty()) {
    for (const auto& id : s->questions) if (const Question* q = r.FindQuestion(id)) out.push_back(q);
  } else {
    for (const auto& q : r.questions) out.push_back(&q);
  }
  return out;
}

std::string CompetencyNames(const Rubric& r, const Question& q, const std::string& locale) {
  std::string out;
  for (const auto& id : q.competencies) {
    const Competency* c = r.FindCompetency(id);
    out += (out.empty() ? "" : ", ") + (c ? T(c->name, locale) : id);
  }
  return out;
}

constexpr char kCss[] =
    "@page{size:A4;margin:16mm 14mm}body{font:10.5pt/1.4 'DejaVu Sans',Arial,sans-serif;color:#111;max-width:182mm;"
    "margin:auto}h1{font-size:17pt;margin:0 0 4pt}h2{font-size:13pt;border-bottom:1.5pt solid #333;margin-top:14pt}"
    "h3{font-size:11pt;margin:10pt 0 4pt}.meta{color:#444}.q{break-inside:avoid;page-break-inside:avoid;"
    "border:0.75pt solid #999;padding:6pt 8pt;margin:8pt 0}.qt{font-weight:bold}table{border-collapse:collapse;"
    "width:100%;margin:4pt 0}td,th{border:0.5pt solid #aaa;padding:2pt 4pt;vertical-align:top;text-align:left}"
    "th{background:#eee}.box{display:inline-block;width:9pt;height:9pt;border:0.75pt solid #111;margin:0 2pt 0 8pt}"
    ".notes{border:0.75pt dashed #777;height:28mm;margin-top:4pt;padding:2pt 4pt;color:#666}"
    ".stage{break-before:page;page-break-before:always}.stage:first-of-type{break-before:auto;"
    "page-break-before:auto}@media print{a{color:inherit}}";

class HtmlKit {
 public:
  HtmlKit(const Rubric& r, const std::string& locale, const Labels& l) : r_(r), loc_(locale), l_(l) {}
  std::string Render();

 private:
  void Question(const rubric::Question& q, int number);
  void Anchors(const rubric::Question& q, const Scale& s);
  const Rubric& r_;
  const std::string& loc_;
  const Labels& l_;
  std::string out_;
};

std::string HtmlKit::Render() {
  const std::string title = T(r_.metadata.title, loc_).empty() ? r_.metadata.id : T(r_.metadata.title, loc_);
  out_ = "<!DOCTYPE html>\n<html lang=\"" + Html(loc_) + "\"><head><meta charset=\"utf-8\"><title>" + Html(title) +
         "</title><style>" + kCss + "</style></head><body>\n<h1>" + Html(l_.kit) + " — " + Html(title) +
         "</h1>\n<p class=\"meta\">" + Html(r_.metadata.id) + " v" + Html(r_.metadata.version) + " · " +
         Html(l_.candidate) + ": ________ · " + Html(l_.interviewer) + ": ________</p>\n<ol>";
  for (const char* i : l_.instructions) out_ += "<li>" + Html(i) + "</li>";
  out_ += "</ol>\n";
  std::vector<const Stage*> stages;
  for (const auto& s : r_.stages) stages.push_back(&s);
  if (stages.empty()) stages.push_back(nullptr);
  int number = 0;
  for (const Stage* s : stages) {
    out_ += "<section class=\"stage\">";
    if (s) {
      out_ += "<h2>" + Html(l_.stage) + " — " + Html(T(s->name, loc_).empty() ? s->id : T(s->name, loc_));
      out_ += s->duration_min > 0 ? " (" + std::to_string(s->duration_min) + " " + l_.minutes + ")</h2>\n" : "</h2>\n";
    }
    for (const auto* q : StageQuestions(r_, s)) Question(*q, ++number);
    out_ += "</section>\n";
  }
  out_ += "</body></html>\n";
  return out_;
}

void HtmlKit::Question(const rubric::Question& q, int number) {
  out_ += "<div class=\"q\"><h3>" + std::to_string(number) + ". " + Html(CompetencyNames(r_, q, loc_)) +
          (q.time_min > 0 ? " · " + std::to_string(q.time_min) + " " + l_.minutes : "") +
          " <small>(" + Html(q.id) + ")</small></h3>\n<p class=\"qt\">" + Html(T(q.text, loc_)) + "</p>\n";
  if (!q.probes.empty()) {
    out_ += "<p>" + Html(l_.probes) + ":</p><ul>";
    for (const auto& p : q.probes) out_ += "<li>" + Html(T(p, loc_)) + "</li>";
    out_ += "</ul>\n";
  }
  if (q.exercise) out_ += "<p>" + Html(ExerciseLine(*q.exercise, l_)) + "</p>\n";
  if (const Scale* s = r_.FindScale(q.scale)) Anchors(q, *s);
  out_ += "<div class=\"notes\">" + Html(l_.evidence) + "</div></div>\n";
}

void HtmlKit::Anchors(const rubric::Question& q, const Scale& s) {
  out_ += "<table><tr><th>" + Html(l_.level) + "</th><th>" + Html(l_.anchor) + "</th></tr>";
  for (int level = s.max; level >= s.min; --level) {
    auto it = q.anchors.find(level);
    const std::string label = LevelLabel(s, level, loc_);
    out_ += "<tr><td>" + std::to_string(level) + (label.empty() ? "" : " — " + Html(label)) + "</td><td>" +
            (it == q.anchors.end() ? "" : Html(T(it->second, loc_))) + "</td></tr>";
  }
  out_ += "</table>\n<p>" + Html(l_.rating) + ":";
  for (int level = s.min; level <= s.max; ++level) out_ += "<span class=\"box\"></span>" + std::to_string(level);
  out_ += "<span class=\"box\"></span>" + Html(l_.not_assessed) + "</p>\n";
}

std::string MarkdownKit(const Rubric& r, const std::string& loc, const Labels& l) {
  const std::string title = T(r.metadata.title, loc).empty() ? r.metadata.id : T(r.metadata.title, loc);
  std::string out = "# " + std::string(l.kit) + " — " + Md(title) + "\n\n" + Md(r.metadata.id) + " v" +
                    Md(r.metadata.version) + "\n\n";
  for (const char* i : l.instructions) out += "1. " + Md(i) + "\n";
  std::vector<const Stage*> stages;
  for (const auto& s : r.stages) stages.push_back(&s);
  if (stages.empty()) stages.push_back(nullptr);
  int number = 0;
  for (const Stage* s : stages) {
    if (s) out += "\n## " + std::string(l.stage) + " — " + Md(T(s->name, loc).empty() ? s->id : T(s->name, loc)) + "\n";
    for (const auto* q : StageQuestions(r, s)) {
      out += "\n### " + std::to_string(++number) + ". " + Md(CompetencyNames(r, *q, loc)) + " (" + Md(q->id) + ")\n\n**" +
             Md(T(q->text, loc)) + "**\n\n";
      for (const auto& p : q->probes) out += "- " + std::string(l.probes) + ": " + Md(T(p, loc)) + "\n";
      if (q->exercise) out += "\n" + Md(ExerciseLine(*q->exercise, l)) + "\n";
      const Scale* sc = r.FindScale(q->scale);
      if (!sc) continue;
      out += "\n| " + std::string(l.level) + " | " + l.anchor + " |\n|---|---|\n";
      for (int level = sc->max; level >= sc->min; --level) {
        auto it = q->anchors.find(level);
        out += "| " + std::to_string(level) + " " + Md(LevelLabel(*sc, level, loc)) + " | " +
               (it == q->anchors.end() ? "" : Md(T(it->second, loc))) + " |\n";
      }
      out += "\n" + std::string(l.rating) + ": ☐ " + std::to_string(sc->min) + "…" + std::to_string(sc->max) + " ☐ " +
             l.not_assessed + " — " + l.evidence + ":\n";
    }
  }
  return out;
}

}  // namespace

Result<std::string> RenderKit(const Rubric& rubric, const std::string& locale, KitFormat format) {
  const auto& ls = rubric.metadata.locales;
  if (std::find(ls.begin(), ls.end(), locale) == ls.end()) {
    return MakeError(ErrorCode::kInvalidArgument, "the rubric has no '" + locale + "' texts (declared: metadata.locales)");
  }
  const Labels& labels = locale == "fr" ? kFr : kEn;
  if (format == KitFormat::kMarkdown) return MarkdownKit(rubric, locale, labels);
  return HtmlKit(rubric, locale, labels).Render();
}

}  // namespace fairhire::rubric
