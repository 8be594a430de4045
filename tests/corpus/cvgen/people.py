"""People: origin, sex, name shapes, and the identifiers built from a name (e-mail, profile URLs)."""
import re
import unicodedata

from .morph import can_compose, compose
from .rich import P, R, fold

FR_ORIGINS = [("france", 30), ("maghreb", 18), ("west_africa", 9), ("central_africa", 5), ("antilles", 4),
              ("portugal", 6), ("spain", 3), ("italy", 3), ("turkey", 4), ("vietnam", 3), ("china", 3),
              ("eastern_europe", 4), ("india", 2), ("sri_lanka", 2), ("comoros", 2), ("madagascar", 1),
              ("armenia", 1)]
EN_ORIGINS = [("uk", 25), ("india", 25), ("nigeria", 20), ("china_en", 10), ("usa", 18), ("maghreb", 1),
              ("sri_lanka", 1)]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for value, w in pairs:
        x -= w
        if x <= 0:
            return value
    return pairs[-1][0]


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def ascii_slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s))


class Person:
    def __init__(self, first, last, sex, origin, gazetteer_first, gazetteer_last):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin
        self.from_gazetteer = (gazetteer_first, gazetteer_last)
        self.middle = None     # "Robert" in James Robert Smith, "Emmanuel" in Chinedu Emmanuel Okafor
        self.alias = None      # English name used by a Chinese candidate: Wei (Kevin) Zhang
        self.maiden = None     # birth name of a married woman: Fatima MARTIN née BENALI
        self.maiden_gaz = False

    @property
    def fem(self):
        return self.sex == "f"

    def initials(self):
        """'J.-P.' for Jean-Pierre, 'M. A.' for 'Mohamed Amine', 'F.' for Fatima."""
        out = []
        for word in self.first.split(" "):
            out.append("-".join(p[0] + "." for p in word.split("-") if p))
        return " ".join(out)

    def header_styles(self):
        """Shapes of the candidate's name in a header, with weights."""
        styles = [("First Last", 6), ("First LAST", 5), ("LAST First", 2), ("FIRST LAST", 2), ("F. Last", 1),
                  ("Last First", 1)]
        if self.middle:
            styles += [("First Middle Last", 6), ("First M. Last", 3), ("FIRST MIDDLE LAST", 1)]
        if self.alias:
            styles += [("First (Alias) Last", 5), ("Alias First LAST", 2), ("LAST First (Alias)", 2), ("Alias Last", 3)]
        if self.maiden:
            styles += [("First LAST née MAIDEN", 4), ("First Last-Maiden", 2), ("First MAIDEN épouse LAST", 2)]
        if self.origin in ("india", "sri_lanka"):
            styles += [("L. First", 3), ("First L.", 2), ("First Last L.", 1)]
        return styles

    def render(self, rng, style=None):
        """The name as a NAME span, in one of the shapes seen on CVs."""
        style = style or weighted(rng, self.header_styles())
        text = self.text(style)
        if "'" in text and rng.random() < 0.25:
            text = text.replace("'", "’")
        if rng.random() < 0.05 and "-" in self.first and style in ("First Last", "First LAST"):
            text = text.replace(self.first, self.first.replace("-", " "), 1)
        return P("NAME", text)

    def text(self, style):
        first, last = self.first, self.last
        middle, alias, maiden = self.middle or "", self.alias or "", self.maiden or ""
        return {
            "First Middle Last": f"{first} {middle} {last}", "First M. Last": f"{first} {middle[:1]}. {last}",
            "FIRST MIDDLE LAST": f"{first} {middle} {last}".upper(), "First (Alias) Last": f"{first} ({alias}) {last}",
            "Alias First LAST": f"{alias} {first} {last.upper()}", "LAST First (Alias)": f"{last.upper()} {first} ({alias})",
            "Alias Last": f"{alias} {last}", "First LAST née MAIDEN": f"{first} {last.upper()} née {maiden.upper()}",
            "First Last-Maiden": f"{first} {last}-{maiden}", "First MAIDEN épouse LAST": f"{first} {maiden.upper()} épouse {last.upper()}",
            "L. First": f"{last[:1]}. {first}", "First L.": f"{first} {last[:1]}.", "First Last L.": f"{first} {last} {rng_initial(last)}",
            "First Last": f"{first} {last}", "First LAST": f"{first} {last.upper()}",
            "LAST First": f"{last.upper()} {first}", "FIRST LAST": f"{first} {last}".upper(),
            "F. Last": f"{self.initials()} {last}", "F. LAST": f"{self.initials()} {last.upper()}",
            "Last, First": f"{last}, {first}", "Last First": f"{last} {first}",
            "LAST, First": f"{last.upper()}, {first}", "Last": last, "LAST": last.upper(), "First": first,
        }[style]

    def parts(self):
        """(text, from_gazetteer) of every part of the name."""
        out = [(self.first, self.from_gazetteer[0]), (self.last, self.from_gazetteer[1])]
        for extra, gaz in ((self.middle, False), (self.alias, False), (self.maiden, self.maiden_gaz)):
            if extra:
                out.append((extra, gaz))
        return out

    def email(self, rng, domain, birth_year=None):
        f = [ascii_slug(p) for p in re.split(r"[ -]", self.first) if ascii_slug(p)]
        l = [ascii_slug(p) for p in re.split(r"[ -']", self.last) if ascii_slug(p)]
        first, last = "".join(f), "".join(l)
        last_core = l[-1] if l else last
        yy = str(birth_year)[2:] if birth_year else str(rng.randint(1, 99))
        num = rng.choice([yy, str(rng.randint(1, 99)), str(birth_year or 1990), "93", "95", "13", "59", "69"])
        shapes = [f"{first}.{last}", f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}",
                  f"{first[0]}{last}", f"{last}{first[0]}", f"{first}.{last}{num}", f"{first}_{last}",
                  f"{last}.{first}", f"{first}-{last}", f"{first}.{last_core[0]}", f"{first}{num}",
                  f"{first}{last}{num}", f"{'.'.join(f)}.{last}", f"{first}.{'-'.join(l)}",
                  f"{last}{num}", f"{first[0]}{last_core}{num}"]
        local = rng.choice(shapes).replace("..", ".")
        return f"{local}@{domain}"

    def slug(self, rng, sep="-", digits=True):
        parts = [ascii_slug(p) for p in re.split(r"[ \-']", f"{self.first} {self.last}") if ascii_slug(p)]
        base = sep.join(parts)
        if digits and rng.random() < 0.6:
            base += sep + rng.choice([str(rng.randint(10, 99)), "%x" % rng.getrandbits(28),
                                      "%06x" % rng.getrandbits(24), str(rng.randint(1, 9))])
        return base

    def handle(self, rng):
        first = ascii_slug(self.first)
        last = ascii_slug(self.last.split(" ")[-1])
        return rng.choice([f"{first[0]}{last}", f"{first}{last}", f"{first}-{last}", f"{last}{first[0]}",
                           f"{first}{rng.randint(1, 99)}", f"{first}-{last}-dev", f"{first}{last[0]}",
                           f"{ascii_slug(self.last)}", f"{first}_{last}"])


def rng_initial(last):
    return "ABCDEFGHKMNPRSTV"[sum(map(ord, last)) % 16] + "."


def make_person(lex, rng, origin, sex=None, hand_share=0.5):
    """Half the name parts come from the hand lists, half from the gazetteers (when they fit)."""
    sex = sex or rng.choice("mf")
    table = lex.names[origin]
    compose_share = 0.3 if origin in ("india", "nigeria", "sri_lanka", "china_en") else 0.15
    gaz_first = lex.gazetteer_first(origin, sex) if lex.gaz_ok else []
    use_gaz_first = bool(gaz_first) and rng.random() >= hand_share
    if use_gaz_first:
        first = rng.choice(gaz_first)
    elif can_compose(origin, sex) and rng.random() < compose_share / hand_share:
        first = compose(rng, origin, sex)
    else:
        first = rng.choice(table[sex])
    use_gaz_last = lex.gaz_ok and rng.random() >= hand_share and origin not in ("vietnam", "china", "china_en")
    if use_gaz_last:
        last = lex.insee_surnames[rng.randrange(len(lex.insee_surnames))]
        last = "-".join(p.capitalize() for p in last.lower().split("-"))
        last = " ".join(p[:1].upper() + p[1:] for p in last.split(" "))
    elif can_compose(origin, "s") and rng.random() < compose_share / hand_share:
        last = compose(rng, origin, "s")
    else:
        last = rng.choice(table["s"])
    if rng.random() < 0.06 and origin in ("france", "antilles", "maghreb", "portugal", "spain"):
        last = f"{last}-{rng.choice(table['s'])}"          # double-barrelled surname
    if rng.random() < 0.12:
        first, last = strip_accents(first), strip_accents(last)   # accents often dropped
    person = Person(first, last, sex, origin, use_gaz_first, use_gaz_last)
    if origin in ("uk", "usa", "nigeria") and rng.random() < 0.3:
        pool = table[sex] + (["Emmanuel", "Chukwudi", "Oluwaseun", "Blessing", "Grace"] if origin == "nigeria" else [])
        middle = rng.choice([x for x in pool if x != first] or pool)
        person.middle = middle.split(" ")[0]
    if origin == "china_en" and rng.random() < 0.4:
        person.alias = rng.choice(["Kevin", "Jason", "Eric", "Tony", "Vincent", "Alan"] if sex == "m" else
                                  ["Vivian", "Cindy", "Grace", "Iris", "Crystal", "Jenny", "Winnie"])
    if origin not in ("uk", "usa", "nigeria", "china_en", "india") and sex == "f" and rng.random() < 0.12:
        other = lex.names["france" if rng.random() < 0.6 else origin]["s"]
        person.maiden, person.last = person.last, rng.choice(other)
        person.maiden_gaz, person.from_gazetteer = person.from_gazetteer[1], (person.from_gazetteer[0], False)
    return person


def third_party(lex, rng, lang):
    origins = FR_ORIGINS if lang == "fr" else EN_ORIGINS
    return make_person(lex, rng, weighted(rng, origins))


def civility(rng, person, lang, form=None):
    if lang == "fr":
        choices = ["Mme", "Madame", "Mme."] if person.fem else ["M.", "Monsieur", "Mr"]
        if person.fem and rng.random() < 0.1:
            choices = ["Mlle", "Mademoiselle"]
    else:
        choices = ["Mrs", "Ms", "Miss", "Ms."] if person.fem else ["Mr", "Mr."]
        if rng.random() < 0.03:
            choices = ["Mx"]
    text = form or rng.choice(choices)
    core = text.rstrip(".") if text not in ("M.",) else "M"
    return R(P("CIVILITY", core), text[len(core):])


def gender_field(rng, person, lang):
    """'Sexe : Féminin', 'Gender: Male' values (a gender marker, gold category CIVILITY)."""
    if lang == "fr":
        return P("CIVILITY", rng.choice(["Féminin", "F", "Femme"] if person.fem else ["Masculin", "M", "Homme"]))
    return P("CIVILITY", rng.choice(["Female", "F"] if person.fem else ["Male", "M"]))
