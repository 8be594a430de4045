"""One candidate: person, contact, personal data and career, with every value as labelled text."""
import re

from .rich import P, K, R
from .people import (FR_ORIGINS, EN_ORIGINS, weighted, make_person, third_party, civility, ascii_slug)
from . import pii, content, schools

DOMAINS = [("dev", 24), ("devops", 8), ("data", 10), ("support", 10), ("security", 4), ("design", 5),
           ("accounting", 6), ("hr_admin", 6), ("sales", 6), ("logistics", 6), ("health", 5), ("hospitality", 4),
           ("engineering", 6), ("teaching", 3)]


class Profile:
    pass


def build_profile(lex, rng, lang):
    p = Profile()
    p.lang = lang
    p.origin = weighted(rng, FR_ORIGINS if lang == "fr" else EN_ORIGINS)
    p._lex = lex
    p._extra_people = []     # father, mother: names that appear besides the candidate and referees
    p.person = make_person(lex, rng, p.origin)
    p.market = content.market_of(lang, p.origin)
    p.domain = weighted(rng, DOMAINS)
    p.birth = pii.birth_date(rng)
    p.age = pii.age_of(p.birth)
    p.years = max(1, min(p.age - 20, rng.randint(1, 15)))
    _contact(lex, rng, p)
    _career(lex, rng, p)
    return p


def _contact(lex, rng, p):
    person, lang = p.person, p.lang
    if lang == "fr":
        p.email = person.email(rng, rng.choice(pii.FR_MAIL), p.birth.year)
        p.phones = [pii.fr_phone(rng, "mobile")]
        if rng.random() < 0.15:
            p.phones.append(pii.fr_phone(rng, rng.choice(["land", "voip"])))
        if rng.random() < 0.75:
            p.address_lines, p.city = pii.fr_address_lines(lex, rng)
        else:
            p.address_lines = None
            p.residence, p.city = pii.fr_residence(lex, rng)
        foreign = p.origin not in ("france", "antilles") and rng.random() < 0.45
        p.birthplace = rng.choice(lex.plist("birthplaces_abroad_fr")) if foreign else pii.city_text(rng, pii.fr_commune(lex, rng)[0])
        if p.origin == "antilles" and rng.random() < 0.6:
            p.birthplace = rng.choice(["Pointe-à-Pitre", "Fort-de-France", "Les Abymes", "Cayenne", "Le Lamentin"])
        p.nationality = pii.fr_nationality(rng, person)
        p.family = pii.fr_family(rng, person)
        p.health = pii.fr_health(rng, person)
        p.nir = pii.nir(rng, person, p.birth, foreign)
        p.iban = pii.iban(rng, rng.choice(["FR"] * 6 + ["PT", "ES", "BE", "DE", "IT", "MA"]))
    else:
        m = p.market
        p.email = person.email(rng, rng.choice(pii.EN_MAIL.get(m, pii.EN_MAIL["uk"])), p.birth.year)
        p.address_lines = None
        if m == "uk":
            p.address_lines, p.city, dial = pii.uk_address_lines(lex, rng)
            p.phones = [pii.uk_phone(rng)] + ([pii.uk_phone(rng, dial, mobile=False)] if rng.random() < 0.2 else [])
        elif m == "us":
            p.address_lines, p.city, p.state, area = pii.us_address_lines(lex, rng)
            p.phones = [pii.us_phone(rng, area)]
        elif m == "in":
            p.address_lines, p.city = pii.in_address_lines(lex, rng)
            p.phones = [pii.in_phone(rng)] + ([pii.in_phone(rng)] if rng.random() < 0.2 else [])
        else:
            p.address_lines, p.city = pii.ng_address_lines(lex, rng)
            p.phones = [pii.ng_phone(rng)] + ([pii.ng_phone(rng)] if rng.random() < 0.3 else [])
        p.birthplace = rng.choice(lex.plist("birthplaces_en"))
        p.nationality = rng.choice(pii.EN_NATIONALITY.get(p.origin, ["British"]))
        p.family = pii.en_family(rng)
        p.health = pii.en_health(rng, person)
        p.nino = pii.nino(rng)
        p.iban = pii.iban(rng, rng.choice(["GB", "GB", "GB", "DE", "FR"]))
    country = {"fr": "France", "uk": "United Kingdom", "in": "India", "ng": "Nigeria", "us": "United States"}.get(
        p.market if lang == "en" else "fr")
    if rng.random() < 0.06 and lex.uni_domains.get(country):
        # a student address: the school's domain is a leak too (@etu.univ-lyon1.fr)
        domain = rng.choice(lex.uni_domains[country])
        prefix = {"France": ["etu.", "etud.", "etudiant.", ""], "United Kingdom": ["student.", ""]}.get(country, [""])
        p.email = person.email(rng, rng.choice(prefix) + domain, p.birth.year)
    p.urls = pii.profile_urls(rng, person, lang)


MOTHER_TONGUES = {
    "fr": {"maghreb": ["Arabe", "Kabyle", "Arabe dialectal", "Tamazight"], "west_africa": ["Wolof", "Bambara", "Peul", "Soninké", "Dioula"],
           "central_africa": ["Lingala", "Kikongo", "Ewondo"], "antilles": ["Créole"], "portugal": ["Portugais"],
           "spain": ["Espagnol"], "italy": ["Italien"], "turkey": ["Turc", "Kurde"], "vietnam": ["Vietnamien"],
           "china": ["Mandarin", "Cantonais", "Wu (wenzhouhua)"], "eastern_europe": ["Polonais", "Roumain", "Russe", "Ukrainien", "Serbe"],
           "india": ["Tamoul", "Hindi", "Pendjabi"], "sri_lanka": ["Tamoul", "Cingalais"], "comoros": ["Comorien (shikomori)"],
           "madagascar": ["Malgache"], "armenia": ["Arménien"]},
    "en": {"india": ["Hindi", "Tamil", "Telugu", "Kannada", "Malayalam", "Bengali", "Marathi"], "nigeria": ["Yoruba", "Igbo", "Hausa", "Pidgin"],
           "china_en": ["Mandarin", "Cantonese"], "maghreb": ["Arabic"], "sri_lanka": ["Tamil", "Sinhala"], "usa": ["Spanish"]},
}


def _languages(rng, p):
    if p.lang == "fr":
        out = [rng.choice(["Anglais : courant (C1)", "Anglais : B2", "Anglais professionnel (TOEIC 850)", "Anglais : intermédiaire",
                           "Anglais : notions", "Anglais : bilingue"])]
        tongue = MOTHER_TONGUES["fr"].get(p.origin)
        if tongue and rng.random() < 0.7:
            out.insert(0, f"{rng.choice(tongue)} : {rng.choice(['langue maternelle', 'bilingue', 'courant', 'notions'])}")
        if rng.random() < 0.4:
            out.append(rng.choice(["Espagnol : intermédiaire", "Allemand : scolaire", "Italien : B1", "Espagnol : A2"]))
        return out
    out = [rng.choice(["English (fluent)", "English (native)", "English"])]
    tongue = MOTHER_TONGUES["en"].get(p.origin)
    if tongue:
        out += rng.sample(tongue, min(len(tongue), rng.randint(1, 2)))
    if rng.random() < 0.3:
        out.append(rng.choice(["French (B1)", "Spanish (conversational)", "German (basic)", "Hindi"]))
    return out


def _career(lex, rng, p):
    lang = p.lang
    degrees = content.education_degrees(lex, rng, lang, p.market, p.domain, weighted(rng, [(1, 3), (2, 4), (3, 2)]))
    top_level = degrees[0][0]
    after_bac = {3: -1, 4: 0, 5: 2, 6: 3, 7: 5, 8: 8}[top_level]
    year = min(2024, p.birth.year + 18 + after_bac + rng.choice([0, 0, 1, 2, 4, 9]))
    p.education = []
    for level, degree in degrees:
        school = (schools.fr_school(lex, rng, level, degree, p.origin) if lang == "fr"
                  else schools.en_school(lex, rng, level, p.origin, p.market))
        p.education.append({"level": level, "degree": degree, "school": school, "year": year})
        year -= rng.randint(2, 3)
    career = 2025 - p.education[0]["year"]
    n_exp = max(1, min(8, career // rng.randint(2, 6) + rng.choice([-1, 0, 0, 1])))
    p.experiences = content.experiences(lex, rng, lang, p.domain, p.person, n_exp, p.market, p.education[0]["year"])
    p.years = max(1, 2025 - p.education[0]["year"])
    p.title = p.experiences[0]["title"]
    p.skills = content.skills_list(lex, rng, p.domain, rng.randint(4, 14), lang)
    p.languages = _languages(rng, p)
    p.hobbies = rng.sample(lex.misc[f"{lang}_hobbies"], rng.randint(1, 5))
    p.referees = [(third_party(lex, rng, lang)) for _ in range(rng.choice([0, 0, 1, 2]))]
    p.tutor = third_party(lex, rng, lang) if rng.random() < 0.25 else None
    p._summary = summary(lex, rng, p)


def summary(lex, rng, p):
    tpl = rng.choice(lex.misc[f"{p.lang}_summaries"])
    if p.lang == "fr":      # candidates write about themselves in their own grammatical gender
        fem = p.person.fem
        tpl = re.sub(r"(\w+)x\(se\)", r"\1se" if fem else r"\1x", tpl)
        tpl = tpl.replace("(e)", "e" if fem else "")
    s1, s2 = rng.sample(p.skills, 2) if len(p.skills) > 1 else (p.skills[0], p.skills[0])
    out = R()
    parts = tpl.replace("{years}", str(p.years)).split("{")
    out = out + parts[0]
    for part in parts[1:]:
        key, _, rest = part.partition("}")
        value = {"title": K("job_title", p.title), "skill": K("skill", s1), "skill2": K("skill", s2)}[key]
        out = out + value + rest
    return out


def referee_line(lex, rng, p, ref):
    """'M. Jean Dupont, responsable d'équipe chez Orange – 06 12 34 56 78'."""
    lang = p.lang
    role = rng.choice(["responsable d'équipe", "manager", "directrice technique" if ref.fem else "directeur technique",
                       "cheffe de projet" if ref.fem else "chef de projet", "tutrice" if ref.fem else "tuteur",
                       "DRH"] if lang == "fr" else ["Line Manager", "Team Lead", "Head of Engineering", "Director",
                                                    "Senior Lecturer", "Supervisor", "HR Manager"])
    emp = content.employer(lex, rng, p.market)
    contact = rng.choice([
        lambda: P("PHONE", pii.fr_phone(rng) if lang == "fr" else (
            pii.in_phone(rng) if p.market == "in" else pii.ng_phone(rng) if p.market == "ng" else
            pii.us_phone(rng, rng.choice(lex.prows("us_cities"))[3]) if p.market == "us" else pii.uk_phone(rng))),
        lambda: P("EMAIL", ref.email(rng, rng.choice(["gmail.com", "outlook.com"]) if rng.random() < 0.4 else
                                     ascii_slug(emp)[:12] + rng.choice([".com", ".fr" if lang == "fr" else ".co.uk"]))),
        lambda: None])()
    with_civ = rng.random() < 0.7
    name = ref.render(rng, rng.choice(["First Last", "First LAST", "First Last", "F. Last", "Last"] if with_civ else ["First Last", "First LAST"]))
    head = R(civility(rng, ref, lang), " ", name) if with_civ else name
    at = " chez " if lang == "fr" else rng.choice([", ", " at "])
    return R(head, ", ", role, at, K("employer", emp), R(rng.choice([" – ", ", ", " · "]), contact) if contact else "")
