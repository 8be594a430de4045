"""Personal data values and their labelled renderings: phones, addresses, birth, identifiers, markers."""
import datetime

from .rich import P, R
from .people import weighted

REF_DATE = datetime.date(2025, 6, 1)   # "today" for ages: fixed so the corpus is deterministic
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- phones (ranges valid for libphonenumber)
def fr_national(rng, kind):
    if kind == "mobile":
        head = rng.choice(["6" + rng.choice("01245678"), "7" + rng.choice("3456789")])
    elif kind == "voip":
        head = "9" + rng.choice("123456789")
    else:
        head = rng.choice(["1", "2", "3", "5"]) + str(rng.randint(0, 9))
        if rng.random() < 0.2:
            head = "4" + rng.choice("123456789")
    return head + digits(rng, 7)          # 9 digits after the trunk 0


def fr_phone(rng, kind="mobile"):
    n = fr_national(rng, kind)
    pairs = [n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]
    nat = ["0" + pairs[0]] + pairs[1:]
    fmt = weighted(rng, [("sp", 30), ("dot", 12), ("dash", 6), ("none", 8), ("intl", 14), ("intl0", 6),
                         ("intl00", 5), ("intlnone", 4), ("intldot", 3), ("slash", 2), ("sp_odd", 2)])
    return {
        "sp": " ".join(nat), "dot": ".".join(nat), "dash": "-".join(nat), "none": "".join(nat),
        "intl": "+33 " + " ".join(pairs), "intl0": "+33 (0)" + rng.choice(["", " "]) + " ".join(pairs),
        "intl00": "0033 " + " ".join(pairs), "intlnone": "+33" + n, "intldot": "+33." + ".".join(pairs),
        "slash": nat[0] + "/" + "".join(nat[1:]), "sp_odd": nat[0] + " " + n[1:4] + " " + n[4:6] + " " + n[6:],
    }[fmt]


# First subscriber digits in use after each geographic area code (others are unallocated).
UK_LEAD = {"23": "80", "24": "76", "28": "90", "29": "20", "113": "2", "114": "2", "115": "9", "116": "2",
           "117": "9", "118": "9", "121": "4", "131": "2", "141": "2", "151": "2", "161": "2", "191": "2",
           "1274": "5", "1582": "4", "1753": "5", "1908": "6"}


def uk_phone(rng, area=None, mobile=True):
    if mobile:
        head = rng.choice(["71", "72", "73", "780", "781", "784", "785", "786", "787", "788", "789", "790",
                           "792", "794", "795", "796", "797", "798", "799", "751", "753", "754", "756",
                           "757", "758", "759"])
        n = "7" + head[1:] + digits(rng, 10 - len(head))
        return rng.choice([f"0{n[:4]} {n[4:]}", f"0{n}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}",
                           f"0{n[:3]} {n[3:6]} {n[6:]}", f"+44 {n[:4]} {n[4:7]} {n[7:]}", f"+44{n}"])
    area = area or "20"
    if area == "20":
        n = "20" + rng.choice("378") + digits(rng, 7)
        return rng.choice([f"020 {n[2:6]} {n[6:]}", f"+44 20 {n[2:6]} {n[6:]}", f"(020) {n[2:6]} {n[6:]}"])
    lead = UK_LEAD.get(area, "2")
    n = area + lead + digits(rng, 10 - len(area) - len(lead))
    return rng.choice([f"0{area} {n[len(area):]}", f"0{area} {n[len(area):len(area) + 3]} {n[len(area) + 3:]}",
                       f"+44 {area} {n[len(area):]}"])


def us_phone(rng, area):
    ex = str(rng.randint(2, 9)) + digits(rng, 2)
    while ex[1:] == "11" or ex == "555":
        ex = str(rng.randint(2, 9)) + digits(rng, 2)
    line = digits(rng, 4)
    return rng.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
                       f"+1 {area} {ex} {line}", f"+1 ({area}) {ex}-{line}", f"1-{area}-{ex}-{line}",
                       f"+1-{area}-{ex}-{line}"])


def in_phone(rng):
    n = rng.choice("6789") + digits(rng, 9)
    return rng.choice([f"+91 {n[:5]} {n[5:]}", f"+91-{n}", n, f"+91 {n}", f"0{n[:5]} {n[5:]}",
                       f"+91 {n[:5]}-{n[5:]}", f"(+91) {n}", f"91-{n}"])


NG_PREFIXES = ["803", "806", "813", "816", "703", "706", "810", "814", "903", "906", "805", "807", "815",
               "811", "905", "802", "808", "812", "701", "708", "902", "907", "901", "809", "817", "818",
               "909", "908"]


def ng_phone(rng):
    p = rng.choice(NG_PREFIXES)
    n = p + digits(rng, 7)
    return rng.choice([f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+234{n}",
                       f"+234 (0){n[:3]} {n[3:6]} {n[6:]}", f"+234-{n[:3]}-{n[3:6]}-{n[6:]}", f"0{n[:3]}-{n[3:]}"])


# ---------------------------------------------------------------- e-mail domains and URLs
FR_MAIL = ["gmail.com"] * 8 + ["yahoo.fr", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "orange.fr",
                               "free.fr", "laposte.net", "sfr.fr", "icloud.com", "protonmail.com", "gmx.fr",
                               "wanadoo.fr", "live.fr", "proton.me", "yahoo.com"]
EN_MAIL = {"uk": ["gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com",
                  "icloud.com", "live.co.uk", "sky.com"],
           "in": ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com",
                  "yahoo.com", "hotmail.com"],
           "ng": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "ymail.com", "hotmail.com"],
           "us": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
                  "comcast.net", "proton.me"]}


def profile_urls(rng, person, lang):
    """A few profile links with name-derived slugs (each a URL span)."""
    slug = person.slug(rng)
    handle = person.handle(rng)
    www = rng.choice(["", "www.", "https://www.", "https://", "http://www.", "fr." if lang == "fr" else "uk."])
    options = [
        ("linkedin", f"{www}linkedin.com/in/{slug}" + rng.choice(["", "/"])),
        ("github", rng.choice(["", "https://", "www."]) + f"github.com/{handle}"),
        ("gitlab", rng.choice(["", "https://"]) + f"gitlab.com/{handle}"),
        ("indeed", "https://" * rng.randint(0, 1) + f"www.indeed.{'fr' if lang == 'fr' else 'com'}/r/"
                   f"{person.slug(rng, sep='-', digits=False).title()}/{'%016x' % rng.getrandbits(64)}"),
        ("site", rng.choice(["https://", "", "http://www."]) + f"{person.slug(rng, digits=False)}."
                 + rng.choice(["dev", "fr", "com", "io", "me", "net"])),
        ("pages", f"https://{handle}.github.io" + rng.choice(["", "/", "/portfolio"])),
        ("malt", f"https://www.malt.fr/profile/{ascii_join(person)}"),
        ("behance", f"behance.net/{handle}"),
        ("x", rng.choice(["twitter.com/", "x.com/", "@"]) + handle),
        ("stackoverflow", f"stackoverflow.com/users/{rng.randint(100000, 9999999)}/{slug}"),
    ]
    weights = {"linkedin": 10, "github": 6, "gitlab": 2, "indeed": 2, "site": 3, "pages": 2,
               "malt": 1 if lang == "fr" else 0, "behance": 1, "x": 1, "stackoverflow": 1}
    chosen, n = [], weighted(rng, [(1, 5), (2, 4), (3, 2)])
    while len(chosen) < n:
        kind = weighted(rng, [(k, w) for k, w in weights.items() if w])
        if kind not in [k for k, _ in chosen]:
            chosen.append((kind, dict(options)[kind]))
    return chosen


def ascii_join(person):
    from .people import ascii_slug
    return ascii_slug(person.first + person.last)


# ---------------------------------------------------------------- French addresses
def fr_commune(lex, rng):
    """(display name, postcode, acheminement, kind) of a real commune."""
    kind = weighted(rng, [("qpv", 35), ("big", 25), ("any", 35), ("dom", 5)])
    if not lex.gaz_ok:
        name = rng.choice(lex.plist("fr_communes_qpv"))
        return name, None, name.upper(), kind
    if kind == "any":
        name, pc, ach = lex.all_communes[rng.randrange(len(lex.all_communes))]
    else:
        key = {"qpv": "fr_communes_qpv", "big": "fr_communes_big", "dom": "fr_communes_dom"}[kind]
        name = rng.choice(lex.plist(key))
        rows = [r for r in lex.postcodes.get(name, []) if (r[0].startswith("97") == (kind == "dom"))]
        if not rows:
            rows = lex.postcodes.get(name) or [(None, name.upper())]
        if name in ("Paris", "Lyon", "Marseille"):
            arr = [(n, pc, a) for n, pc, a in lex.all_communes if n.startswith(name + " ")]
            name, pc, ach = arr[rng.randrange(len(arr))]
            return name, pc, ach, kind
        pc, ach = rng.choice(rows)
    return name, pc, ach, kind


def city_text(rng, name):
    """'Paris 18e Arrondissement' -> 'Paris 18e' / 'Paris' / 'Paris 18ème'."""
    if name.endswith(" Arrondissement"):
        base, num = name.split(" ")[0], name.split(" ")[1]
        return rng.choice([f"{base} {num}", base, f"{base} {num[:-1]}ème", f"{base} {num}", base])
    return name


def fr_street(lex, rng):
    num = str(rng.choice([rng.randint(1, 30), rng.randint(1, 250)]))
    if rng.random() < 0.12:
        num += rng.choice([" bis", " ter", "bis", "B", " B"])
    stype = rng.choice(lex.plist("fr_street_types"))
    sname = rng.choice(lex.plist("fr_street_names"))
    if stype in ("place", "cité", "square", "impasse", "allée", "route") and sname.startswith(("de ", "du ", "des ")):
        pass
    sep = rng.choice([" ", ", ", " "])
    return f"{num}{sep}{stype} {sname}"


def fr_address_lines(lex, rng):
    """The address as Rich lines; returns (lines, commune name) ."""
    name, pc, ach, kind = fr_commune(lex, rng)
    extra = []
    r = rng.random()
    if r < 0.12:
        extra.append(rng.choice(lex.plist("fr_residences")) + rng.choice(["", f", bât. {rng.choice('ABCDEFG')}",
                                                                          f", Bâtiment {rng.randint(1, 12)}"]))
    elif r < 0.22:
        extra.append(rng.choice([f"Appt {rng.randint(1, 120)}", f"Apt. {rng.randint(1, 80)}",
                                 f"Bât. {rng.choice('ABCD')}, esc. {rng.randint(1, 4)}",
                                 f"Appartement {rng.randint(1, 60)}, {rng.randint(1, 12)}e étage",
                                 f"Bâtiment {rng.choice('ABCDE')}{rng.randint(1, 9)}"]))
    if kind == "any" and rng.random() < 0.3:
        street = rng.choice(lex.plist("fr_lieudits"))
    else:
        street = fr_street(lex, rng)
    city_shown = city_text(rng, name)
    if rng.random() < 0.3:
        city_shown = ach if ach else city_shown.upper()
    pc_line = R(P("POSTCODE", pc), " ", P("CITY", city_shown)) if pc else P("CITY", city_shown)
    if rng.random() < 0.02 and pc:
        pc_line = pc_line + " " + P("ADDRESS", f"CEDEX {rng.randint(1, 9)}")
    if rng.random() < 0.15:
        pc_line = pc_line + rng.choice([", France", " – France", " (France)"])
    lines = [P("ADDRESS", e) for e in extra] + [P("ADDRESS", street), pc_line]
    if extra and rng.random() < 0.5:
        lines = [R(P("ADDRESS", street), ", ", P("ADDRESS", extra[0])), pc_line]
    return lines, name


def fr_residence(lex, rng):
    """A residence line without street: 'Bobigny (93)', 'Lyon, France', '93000 Bobigny', 'Paris 18e'."""
    name, pc, ach, kind = fr_commune(lex, rng)
    city = city_text(rng, name)
    dept = pc[:2] if pc else None
    if pc and pc.startswith("97"):
        dept = pc[:3]
    form = weighted(rng, [("dept", 3), ("country", 3), ("pc", 3), ("plain", 3), ("region", 1)])
    if form == "dept" and dept:
        return P("CITY", f"{city} ({dept})"), name
    if form == "country":
        return P("CITY", f"{city}, France"), name
    if form == "pc" and pc:
        return R(P("POSTCODE", pc), " ", P("CITY", city)), name
    if form == "region":
        return R(P("CITY", city), rng.choice([" et alentours", ", Île-de-France", " (Hauts-de-France)"])), name
    return P("CITY", city), name


# ---------------------------------------------------------------- foreign addresses
UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(rng, area):
    district = str(rng.randint(1, 20 if len(area) == 1 else 15))
    if area in ("E", "N", "SE", "NW") and rng.random() < 0.2:
        district = str(rng.randint(1, 9))
    return f"{area}{district} {rng.randint(0, 9)}{rng.choice(UK_LETTERS)}{rng.choice(UK_LETTERS)}"


def uk_address_lines(lex, rng):
    town, area, dial = rng.choice(lex.prows("uk_towns"))
    street = f"{rng.randint(1, 240)} {rng.choice(lex.plist('uk_streets'))}"
    lines = []
    if rng.random() < 0.3:
        lines.append(P("ADDRESS", rng.choice([f"Flat {rng.randint(1, 40)}", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}",
                                              f"Apartment {rng.randint(1, 90)}"]) + ", " + street))
    else:
        lines.append(P("ADDRESS", street))
    pc = uk_postcode(rng, area)
    if rng.random() < 0.5:
        lines.append(R(P("CITY", town), rng.choice([" ", ", "]), P("POSTCODE", pc)))
    else:
        lines += [P("CITY", town), P("POSTCODE", pc)]
    return lines, town, dial


def us_address_lines(lex, rng):
    city, state, zp, area = rng.choice(lex.prows("us_cities"))
    street = f"{rng.randint(10, 9999)} {rng.choice(lex.plist('us_streets'))}"
    if rng.random() < 0.35:
        street += rng.choice([f", Apt {rng.randint(1, 40)}", f", Apt. {rng.randint(1, 9)}{rng.choice('ABCD')}",
                              f" #{rng.randint(1, 500)}", f", Unit {rng.randint(1, 30)}"])
    zipc = zp + digits(rng, 2)
    return [P("ADDRESS", street), R(P("CITY", f"{city}, {state}"), " ", P("POSTCODE", zipc))], city, state, area


def in_address_lines(lex, rng):
    city, state, pin = rng.choice(lex.prows("in_cities"))
    parts = [rng.choice([f"Flat No. {rng.randint(1, 12)}0{rng.randint(1, 9)}", f"#{rng.randint(1, 999)}",
                         f"Door No. {rng.randint(1, 99)}/{rng.randint(1, 9)}", f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 9)}-{rng.randint(10, 999)}",
                         f"Plot No. {rng.randint(1, 300)}"])]
    if rng.random() < 0.6:
        parts.append(rng.choice(lex.plist("in_buildings")))
    parts.append(rng.choice([f"{rng.randint(1, 12)}th Cross", f"{rng.randint(2, 9)}th Main Road", "Gandhi Road",
                             "Nehru Street", "MG Road", "Temple Street", "2nd Street"]))
    locality = rng.choice(lex.plist("in_localities"))
    pin_code = pin + digits(rng, 3)
    shape = rng.random()
    if shape < 0.4:
        return [P("ADDRESS", ", ".join(parts) + ", " + locality),
                R(P("CITY", f"{city}, {state}"), rng.choice([" - ", " – ", " "]), P("POSTCODE", pin_code))], city
    if shape < 0.7:
        return [R(P("ADDRESS", ", ".join(parts)), ", ", P("ADDRESS", locality), ", ", P("CITY", city),
                  " - ", P("POSTCODE", pin_code), ", ", P("CITY", state))], city
    return [P("ADDRESS", ", ".join(parts)), P("ADDRESS", locality),
            R(P("CITY", city), " ", P("POSTCODE", pin_code)), P("CITY", state + ", India")], city


def ng_address_lines(lex, rng):
    city, state = rng.choice(lex.prows("ng_cities"))
    street = f"{rng.randint(1, 120)}, {rng.choice(lex.plist('ng_streets'))}"
    if rng.random() < 0.3:
        street = f"Block {rng.randint(1, 30)}, Flat {rng.randint(1, 12)}, " + street
    if rng.random() < 0.5:
        return [R(P("ADDRESS", street), ", ", P("CITY", f"{city}, {state}"))], city
    return [P("ADDRESS", street), P("CITY", f"{city}, {state}" + rng.choice(["", ", Nigeria"]))], city


# ---------------------------------------------------------------- birth and age
def birth_date(rng):
    return datetime.date(rng.randint(1966, 2004), rng.randint(1, 12), rng.randint(1, 28))


def age_of(d):
    return REF_DATE.year - d.year - ((REF_DATE.month, REF_DATE.day) < (d.month, d.day))


def fr_date(rng, d):
    day = "1er" if d.day == 1 and rng.random() < 0.7 else str(d.day)
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                       f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                       f"{day} {FR_MONTHS[d.month - 1]} {d.year}", f"{d.day}/{d.month}/{d.year}",
                       f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"])


def en_date(rng, d, us=False):
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if us:
        return rng.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"])
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                       f"{d.day}{suffix} {EN_MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
                       f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}-{EN_MONTHS[d.month - 1][:3]}-{d.year}",
                       f"{d.day}{suffix} {EN_MONTHS[d.month - 1][:3]}, {d.year}"])


# ---------------------------------------------------------------- nationality, family, health, photo
FR_NATIONALITY = {
    "france": ["française"], "maghreb": ["algérienne", "marocaine", "tunisienne", "franco-algérienne", "française"],
    "west_africa": ["sénégalaise", "malienne", "ivoirienne", "guinéenne", "mauritanienne", "française"],
    "central_africa": ["camerounaise", "congolaise", "gabonaise", "centrafricaine", "française"],
    "antilles": ["française"], "portugal": ["portugaise", "française", "franco-portugaise"],
    "spain": ["espagnole", "française"], "italy": ["italienne", "française"], "turkey": ["turque", "française"],
    "vietnam": ["vietnamienne", "française"], "china": ["chinoise", "française"],
    "eastern_europe": ["polonaise", "roumaine", "ukrainienne", "moldave", "serbe", "française"],
    "india": ["indienne", "française"], "sri_lanka": ["sri-lankaise", "française"], "comoros": ["comorienne", "française"],
    "madagascar": ["malgache", "française"], "armenia": ["arménienne", "française"],
}
EN_NATIONALITY = {"uk": ["British", "British", "British Citizen", "UK national"],
                  "india": ["Indian", "Indian", "Indian national"], "nigeria": ["Nigerian", "Nigerian"],
                  "china_en": ["Chinese", "British", "Hong Kong SAR"], "usa": ["American", "US citizen", "U.S. Citizen"],
                  "maghreb": ["Moroccan", "Algerian"], "sri_lanka": ["Sri Lankan"]}


def fr_nationality(rng, person):
    """The adjective after 'nationalité' agrees with it: always feminine ('Nationalité : française')."""
    return rng.choice(FR_NATIONALITY[person.origin])


def fr_family(rng, person):
    """List of FAMILY_STATUS texts, e.g. ['Mariée', '2 enfants'] ."""
    e = "e" if person.fem else ""
    status = rng.choice([f"Marié{e}", f"Célibataire", f"Pacsé{e}", f"Divorcé{e}", "En couple",
                         "Veuve" if person.fem else "Veuf", f"Marié{e}", "Célibataire", "Vie maritale"])
    kids = rng.choice([None, None, "1 enfant", "2 enfants", "3 enfants", "deux enfants", "trois enfants", "4 enfants",
                       "sans enfant"])
    return [status] + ([kids] if kids else [])


def en_family(rng):
    status = rng.choice(["Married", "Single", "Unmarried", "Divorced", "Married", "Single", "Widowed"])
    kids = rng.choice([None, None, None, "2 children", "one child", "3 children", "1 child"])
    return [status] + ([kids] if kids else [])


def fr_health(rng, person):
    e = "e" if person.fem else ""
    options = [f"Travailleu{'se' if person.fem else 'r'} handicapé{e}", "RQTH", "Reconnaissance RQTH",
               "Travailleur handicapé (RQTH)", "Bénéficiaire de l'obligation d'emploi (RQTH)", "Statut RQTH"]
    if person.fem:
        options += ["Enceinte", "Enceinte de 5 mois", "Congé maternité prévu en mars"]
    return rng.choice(options)


def en_health(rng, person):
    options = ["Registered disabled", "Disabled (wheelchair user)", "Hearing impaired", "Physically challenged",
               "Type 1 diabetic", "Visually impaired"]
    if person.fem:
        options += ["Pregnant", "Pregnant (due in March)", "Currently on maternity leave"]
    return rng.choice(options)


def photo_line(rng, person, lang, markdown):
    from .people import ascii_slug
    base = ascii_slug(person.first)
    files = ["photo.jpg", "moi.jpg", "photo_identite.png", f"{base}.jpg", "IMG_4032.JPG", "profil.png",
             "photo-cv.jpeg", "avatar.png"] if lang == "fr" else ["photo.jpg", "me.png", "passport_photo.jpg",
                                                                   f"{base}.jpg", "profile.png", "headshot.jpeg"]
    f = rng.choice(files)
    if markdown and rng.random() < 0.7:
        alt = rng.choice(["photo", "Photo", "", "Photo de profil" if lang == "fr" else "profile photo", "moi"])
        if rng.random() < 0.2:
            return P("PHOTO", f'<img src="{f}" alt="{alt}" width="{rng.choice([96, 120, 150])}">')
        return P("PHOTO", f"![{alt}]({rng.choice(['', 'images/', './'])}{f})")
    if lang == "fr":
        return R(rng.choice(["Photo : ", "Photo: ", "Photo d'identité : ", "[Photo] "]),
                 P("PHOTO", rng.choice([f, f, "[jointe]", "voir pièce jointe", f"({f})"])))
    return R(rng.choice(["Photo: ", "Photograph: ", "Photo - "]), P("PHOTO", rng.choice([f, "[attached]", "(attached)", f])))


# ---------------------------------------------------------------- identifiers
def nir(rng, person, birth, foreign):
    sex = "2" if person.fem else "1"
    yy, mm = f"{birth.year % 100:02d}", f"{birth.month:02d}"
    if foreign:
        dept, com = "99", f"{rng.randint(100, 450):03d}"
    else:
        dept = rng.choice([f"{rng.randint(1, 95):02d}", "93", "75", "13", "69", "59", "2A", "2B", "971", "972", "974"])
        if dept == "20":
            dept = "21"
        com = f"{rng.randint(1, 99):02d}" if len(dept) == 3 else f"{rng.randint(1, 400):03d}"
    order = f"{rng.randint(1, 999):03d}"
    body = sex + yy + mm + dept + com + order
    numeric = int(body.replace("2A", "19").replace("2B", "18"))
    key = f"{97 - numeric % 97:02d}"
    d = dept if len(dept) == 2 else dept
    parts = [sex, yy, mm, d + (com if len(dept) == 3 else ""), com if len(dept) == 2 else "", order, key]
    spaced = " ".join(p for p in parts if p)
    return rng.choice([spaced, body + key, spaced[:-3] + " - " + key, f"{body} {key}", spaced])


def _iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def _rib_key(bank, branch, account):
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def iban(rng, country):
    if country == "FR":
        bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        bban = bank + branch + acct + _rib_key(bank, branch, acct)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "ES":
        bban = digits(rng, 20)
    elif country == "PT":
        bban = digits(rng, 21)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 10) + digits(rng, 12)
    elif country == "BE":
        bban = digits(rng, 12)
    else:  # MA
        bban = digits(rng, 24)
    code = country + _iban_check(country, bban) + bban
    if rng.random() < 0.65:
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return code


NINO_BAD = set("DFIQUV")


def nino(rng):
    while True:
        a, b = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if b != "O" and a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    return rng.choice([f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}", f"{a}{b}{d}{rng.choice('ABCD')}"])
