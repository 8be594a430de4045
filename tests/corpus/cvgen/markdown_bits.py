"""Markdown-specific shapes of contact data: front matter, autolinks, mailto: and tel: links."""
import re

from .rich import P, R

COUNTRY_CODE = {"fr": ("+33", 9), "uk": ("+44", 10), "us": ("+1", 10), "in": ("+91", 10), "ng": ("+234", 10)}


def tel_target(phone, market):
    code, n = COUNTRY_CODE.get(market, ("+33", 9))
    digits = re.sub(r"\D", "", phone)
    return code + digits[-n:]


def email(rng, address):
    form = rng.choice(["plain", "plain", "auto", "mailto", "mailto"])
    if form == "auto":
        return R("<", P("EMAIL", address), ">")
    if form == "mailto":
        return R("[", P("EMAIL", address), "](mailto:", P("EMAIL", address), ")")
    return P("EMAIL", address)


def phone(rng, number, market):
    if rng.random() < 0.25:
        return R("[", P("PHONE", number), "](tel:", P("PHONE", tel_target(number, market)), ")")
    return P("PHONE", number)


def front_matter(rng, p, lang, location):
    """YAML front matter as used by static-site CV templates (Hugo, Jekyll)."""
    q = rng.choice(['"', ""])
    lines = ["---", R("name: ", q, p.person.render(rng, rng.choice(["First Last", "First LAST"])), q)]
    lines.append(R("title: ", q, p.title, q))
    lines.append(R("email: ", P("EMAIL", p.email)))
    lines.append(R("phone: ", '"', P("PHONE", p.phones[0]), '"'))
    if location is not None:
        lines.append(R(rng.choice(["location: ", "city: ", "address: "]), location))
    for kind, url in p.urls[:2]:
        lines.append(R(f"{kind}: ", P("URL", url)))
    if rng.random() < 0.3:
        lines.append(R("photo: ", P("PHOTO", rng.choice(["/img/photo.jpg", "avatar.png", "assets/me.jpg"]))))
    lines.append(rng.choice(["lang: fr" if lang == "fr" else "lang: en", "layout: cv", "template: resume"]))
    lines += ["---", ""]
    return lines
