"""Job-board exports: the plain text that Indeed produces for a résumé (the shape of many real corpora).

Blank line between every field, 'Email me on Indeed: indeed.com/r/First-Last/<hex>', work places after the
employer, skills with durations ('Python (Less than 1 year)').
"""
from .rich import P, K, R, Doc, join

TEXT = {
    "fr": {"contact": "Me contacter sur Indeed : ", "relocate": "Prêt à déménager : ", "anywhere": "Partout",
           "exp": "EXPÉRIENCE PROFESSIONNELLE", "edu": "FORMATION", "skills": "COMPÉTENCES",
           "more": "INFORMATIONS COMPLÉMENTAIRES", "less": "Moins d'1 an", "years": "{n} ans",
           "links": "LIENS", "to": " à ", "present": "aujourd'hui"},
    "en": {"contact": "Email me on Indeed: ", "relocate": "Willing to relocate to: ", "anywhere": "Anywhere",
           "exp": "WORK EXPERIENCE", "edu": "EDUCATION", "skills": "SKILLS", "more": "ADDITIONAL INFORMATION",
           "less": "Less than 1 year", "years": "{n} years", "links": "LINKS", "to": " to ", "present": "Present"},
}


def _work_place(lex, rng, p):
    if p.lang == "fr":
        return rng.choice(lex.plist("fr_communes_big") + lex.plist("fr_communes_qpv"))
    if p.market == "in":
        city, state, _ = rng.choice(lex.prows("in_cities"))
        return f"{city}, {state}"
    if p.market == "us":
        city, state, _, _ = rng.choice(lex.prows("us_cities"))
        return f"{city}, {state}"
    if p.market == "ng":
        return rng.choice(lex.prows("ng_cities"))[0]
    return rng.choice(lex.prows("uk_towns"))[0]


def _residence(rng, p):
    if p.lang == "fr":
        return p.residence if p.address_lines is None else p.address_lines[-1]
    state = {"us": getattr(p, "state", None)}.get(p.market)
    city = f"{p.city}, {state}" if state else p.city
    return P("CITY", city)


def indeed_export(lex, rng, p):
    t = TEXT[p.lang]
    doc = Doc()

    def field(*items):
        doc.add(*items)
        doc.add("")

    slug = p.person.slug(rng, sep="-", digits=False).title()
    field(p.person.render(rng, "First Last"))
    field(K("job_title", p.title), " - ", K("employer", p.experiences[0]["employer"]))
    field(_residence(rng, p), " - ", t["contact"], P("URL", f"indeed.{'fr' if p.lang == 'fr' else 'com'}/r/{slug}/{rng.getrandbits(64):016x}"))
    if rng.random() < 0.6:
        field("• ", p._summary)
    if rng.random() < 0.4:
        field(t["relocate"], rng.choice([t["anywhere"], _work_place(lex, rng, p)]))
    field(t["exp"])
    for x in p.experiences:
        field(K("job_title", x["title"]))
        field(K("employer", x["employer"]), " - ", _work_place(lex, rng, p))
        field(x["dates"])
        for b in x["bullets"]:
            doc.add(b)
        doc.add("")
    field(t["edu"])
    for e in p.education:
        field(K("degree", e["degree"]))
        field(e["school"])
        field(f"{e['year'] - rng.randint(2, 4)}{t['to']}{e['year']}" if rng.random() < 0.7 else str(e["year"]))
    field(t["skills"])
    durations = [t["less"]] + [t["years"].format(n=n) for n in (1, 2, 3, 5, 6, 10)]
    field(join(", ", [R(K("skill", s), f" ({rng.choice(durations)})") for s in p.skills]))
    if rng.random() < 0.5:
        field(t["links"])
        for _kind, url in p.urls[:2]:
            field(P("URL", url))
    if rng.random() < 0.5:
        field(t["more"])
        field(rng.choice(["Technical Skills: ", "Langues : " if p.lang == "fr" else "Languages: "]),
              ", ".join(p.languages) if rng.random() < 0.5 else join(", ", [K("skill", s) for s in p.skills[:3]]))
    return doc
