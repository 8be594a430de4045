"""CV content shared by all layouts: the style of a document, experiences, education, skills."""
import re

from .rich import K, R
from .people import weighted
from . import pii

FR_MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Style:
    """Typography of one document: headings, bullets, label separators, date ranges."""

    def __init__(self, rng, markdown=False):
        self.rng = rng
        self.markdown = markdown
        if markdown:
            self.heading_kind = rng.choice(["##", "##", "###", "# "])
            self.bullet = rng.choice(["- ", "- ", "* ", "+ "])
        else:
            self.heading_kind = rng.choice(["UPPER", "UPPER", "Title", "underline=", "underline-", "square",
                                            "colon", "dash", "bracket", "UPPERcolon"])
            self.bullet = rng.choice(["- ", "• ", "* ", "– ", "▪ ", "> ", "✓ ", "o ", "", "  - ", "• "])
        self.sep = rng.choice([" : ", " : ", ": ", ": ", " - ", "\t", " – "])
        self.range_sep = rng.choice([" – ", " - ", " – ", "-", " → ", " / "])
        self.blank_lines = rng.choice([1, 1, 1, 2])
        self.bold_labels = markdown and rng.random() < 0.6

    def heading(self, text):
        k = self.heading_kind
        if self.markdown:
            return [f"{k.strip()} {text}"]
        return {
            "UPPER": [text.upper()], "Title": [text], "underline=": [text.upper(), "=" * len(text)],
            "underline-": [text, "-" * len(text)], "square": ["■ " + text.upper()], "colon": [text + " :"],
            "dash": ["—— " + text.upper() + " ——"], "bracket": ["[ " + text + " ]"], "UPPERcolon": [text.upper() + ":"],
        }[k]

    def label(self, name):
        return f"**{name}**{self.sep.rstrip() if self.sep.strip() else ':'} " if self.bold_labels else name + self.sep

    def item(self, *parts):
        return R(self.bullet, *parts)


def date_range(rng, lang, start, end, current):
    """Experience dates, kept in the output (kind 'date')."""
    sy, sm = start
    ey, em = end
    if lang == "fr":
        form = weighted(rng, [("years", 4), ("mm/yyyy", 3), ("month", 3), ("since", 1), ("de", 1)])
        if current and form == "since":
            return K("date", f"Depuis {rng.choice(pii.FR_MONTHS)} {sy}" if rng.random() < 0.6 else f"depuis {sy}")
        now = rng.choice(["aujourd'hui", "à ce jour", "présent", "en cours", "Aujourd'hui"])
        if form == "years":
            return K("date", f"{sy} – {now if current else ey}" if sy != ey or current else str(sy))
        if form == "mm/yyyy":
            return K("date", f"{sm:02d}/{sy} - {now if current else f'{em:02d}/{ey}'}")
        if form == "de":
            return K("date", f"De {sy} à {'aujourd' + chr(39) + 'hui' if current else ey}")
        months = FR_MONTHS_SHORT if rng.random() < 0.5 else pii.FR_MONTHS
        s = f"{months[sm - 1]} {sy}"
        e = now if current else f"{months[em - 1]} {ey}"
        return K("date", (s + " – " + e)[:1].upper() + (s + " – " + e)[1:])
    form = weighted(rng, [("years", 3), ("mon", 4), ("mm/yyyy", 2), ("since", 1), ("to", 1)])
    now = rng.choice(["Present", "present", "Current", "Till date", "Now"])
    if current and form == "since":
        return K("date", rng.choice([f"since {pii.EN_MONTHS[sm - 1]} {sy}", f"Since {sy}"]))
    if form == "years":
        return K("date", f"{sy} - {now if current else ey}")
    if form == "mm/yyyy":
        return K("date", f"{sm:02d}/{sy} – {now if current else f'{em:02d}/{ey}'}")
    if form == "to":
        return K("date", f"{pii.EN_MONTHS[sm - 1]} {sy} to {now if current else pii.EN_MONTHS[em - 1] + ' ' + str(ey)}")
    return K("date", f"{EN_MONTHS_SHORT[sm - 1]} {sy} – {now if current else EN_MONTHS_SHORT[em - 1] + ' ' + str(ey)}")


def market_of(lang, origin):
    if lang == "fr":
        return "fr"
    return {"uk": "uk", "india": "in", "sri_lanka": "in", "nigeria": "ng", "usa": "us", "china_en": "uk"}.get(origin, "uk")


def employer(lex, rng, market):
    pool = lex.employers.get(market, lex.employers["fr"])
    if market == "in" and rng.random() < 0.2:
        pool = lex.employers["us"]
    if market == "uk" and rng.random() < 0.1:
        pool = lex.employers["cn"]
    return rng.choice(pool)


def bullet_text(rng, template, skills):
    """A bullet line with its skills (and postcode-like figures) marked as keep spans."""
    s1, s2 = rng.sample(skills, 2) if len(skills) > 1 else (skills[0], skills[0])
    n = rng.choice([3, 5, 8, 12, 20, 40, 150, 300])
    if re.search(r"utilisateurs|users|customers|lignes de|Cleaned|postes\)|devices|abonnés|serving", template):
        n = rng.choice([1200, 15000, 13000, 20000, 45000, 75000, 93000, 350])
    values = {"{skill}": K("skill", s1), "{skill2}": K("skill", s2),
              "{n}": K("number", str(n)) if n >= 10000 else str(n),      # looks like a postcode, must stay
              "{pct}": str(rng.choice([15, 20, 30, 35, 40, 60, 80, 85, 90]))}
    out = R()
    for piece in re.split(r"(\{skill2?\}|\{n\}|\{pct\})", template):
        out = out + values.get(piece, piece)
    return out


def experiences(lex, rng, lang, domain, person, count, market, earliest):
    """Experiences newest first: dicts with title, employer, dates, bullets (Rich); none starts before earliest."""
    dom = lex.domains[domain]
    titles = dom["en_titles"] if lang == "en" else dom["fr_titles_f" if person.fem else "fr_titles_m"]
    year, month = 2025, rng.randint(1, 5)
    out = []
    for i in range(count):
        length = rng.randint(6, 40)
        sy, sm = year - length // 12, max(1, month - length % 12)
        if out and sy < earliest:
            break
        current = i == 0 and rng.random() < 0.6
        out.append({
            "title": rng.choice(titles), "employer": employer(lex, rng, market),
            "dates": date_range(rng, lang, (sy, sm), (year, month), current),
            "bullets": [bullet_text(rng, t, skills_of(dom, lang)) for t in
                        rng.sample(dom[f"{lang}_bullets"], min(len(dom[f"{lang}_bullets"]), rng.randint(1, 4)))],
            "intern": False,
        })
        year, month = (sy, sm - 1) if sm > 1 else (sy - 1, 12)
        if rng.random() < 0.3:
            year -= 1
    if len(out) > 1 and rng.random() < 0.35:
        out[-1]["intern"] = True
    return out


def skills_of(dom, lang):
    return dom.get("skills_en", dom["skills"]) if lang == "en" else dom["skills"]


def skills_list(lex, rng, domain, n, lang):
    pool = skills_of(lex.domains[domain], lang)
    picked = rng.sample(pool, min(n, len(pool)))
    if domain not in ("dev", "devops", "data") and rng.random() < 0.5:
        extra = [s for s in skills_of(lex.domains["hr_admin"], lang) if s not in picked]
        picked += rng.sample(extra, 2)
    return picked


_IT = ["informati", "sio", "comput", "software", " it", "(it", "développeur", "miage", "concepteur", "b.tech", "b.e. computer",
       "bca", "mca", "information", "ingénieur", "data", "réseau", "network", "systèmes", "cyber", "geii"]
DEGREE_KEYS = {
    "dev": _IT, "devops": _IT, "security": _IT, "support": _IT + ["technicien"],
    "data": ["data", "statisti", "miashs", "informati", "comput", "économie", "econom", "ingénieur", "mca", "m.tech"],
    "design": ["design", "graphic", "arts", "licence", "bachelor", "lea", "b.a."],
    "accounting": ["compta", "gestion", "gea", "accounting", "accountancy", "b.com", "m.com", "contrôle", "finance",
                   "économie", "econom", "mba", "bba", "stmg"],
    "hr_admin": ["ressources", "lea", "business", "administration", "stmg", "gestion", "psychology", "management",
                 "human", "bba", "économie"],
    "sales": ["commerce", "mco", "ndrc", "commercialisation", "business", "mba", "économie", "econom", "bba", "stmg",
              "grande école"],
    "logistics": ["logistique", "bac pro", "cap ", "bep", "gcse", "high school", "ssce", "waec", "neco", "diploma in",
                  "stmg", "général", "ged", "ond"],
    "health": ["infirmier", "aide-soignant", "nursing", "microbiology", "health", "petite enfance", "bsn", "scientifique",
               "chimie"],
    "hospitality": ["cuisine", "culinary", "cookery", "cap ", "bac pro", "commerce", "gcse", "high school", "ged"],
    "engineering": ["mécanique", "mechanical", "electrical", "électrotechnique", "geii", "ingénieur", "engineering",
                    "sti2d", "b.e.", "b.eng", "beng"],
    "teaching": ["licence", "master", "b.a.", "ba (hons)", "arts", "psychology", "english", "b.sc.", "m.sc", "phd",
                 "doctorat", "economics"],
}


def degree_section(lang, market):
    return "fr" if lang == "fr" else {"uk": "en_uk", "in": "en_in", "ng": "en_ng", "us": "en_us"}.get(market, "en_uk")


def education_degrees(lex, rng, lang, market, domain, count):
    """(level, name) pairs, highest first, with strictly decreasing levels."""
    pool = lex.degrees[degree_section(lang, market)]
    keys = DEGREE_KEYS.get(domain, [])
    fitting = [d for d in pool if any(k in d[1].lower() for k in keys) and int(d[0]) >= 5] or pool
    top = rng.choice(fitting)
    out = [(int(top[0]), top[1])]
    while len(out) < count:
        below = [d for d in pool if int(d[0]) < out[-1][0]]
        if not below:
            break
        fit = [d for d in below if any(k in d[1].lower() for k in keys)] if int(below[0][0]) >= 5 else []
        d = rng.choice(fit or below)
        out.append((int(d[0]), d[1]))
    return out
