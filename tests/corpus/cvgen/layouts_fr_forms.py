"""French Europass-like form: labels in a left column padded with spaces, values on the right."""
from .rich import P, K, Doc, join
from .people import gender_field
from .content import Style
from . import pii


def europass(lex, rng, p):
    style = Style(rng)
    doc = Doc()
    w = rng.choice([28, 32, 36])
    pad = lambda lab: lab + " " * max(2, w - len(lab))
    doc.add(rng.choice(["Curriculum Vitae Europass", "CURRICULUM VITAE", "Europass Curriculum Vitae"]))
    doc.blank()
    doc.add("INFORMATIONS PERSONNELLES" if rng.random() < 0.6 else "Information personnelle")
    doc.add(pad("Nom(s) / Prénom(s)"), p.person.render(rng, rng.choice(["LAST First", "Last First", "First LAST"])))
    if p.address_lines:
        doc.add(pad("Adresse(s)"), join(", ", p.address_lines))
    else:
        doc.add(pad("Adresse(s)"), p.residence)
    doc.add(pad("Téléphone(s)"), join(rng.choice(["    ", " / "]), [P("PHONE", x) for x in p.phones]))
    doc.add(pad("Courrier électronique"), P("EMAIL", p.email))
    for k, u in p.urls[:1]:
        doc.add(pad("Site web"), P("URL", u))
    doc.add(pad("Nationalité"), P("NATIONALITY", p.nationality.capitalize() if rng.random() < 0.5 else p.nationality))
    doc.add(pad("Date de naissance"), P("DATE_OF_BIRTH", pii.fr_date(rng, p.birth)))
    if rng.random() < 0.7:
        doc.add(pad("Sexe"), gender_field(rng, p.person, "fr"))
    if rng.random() < 0.3:
        doc.add(pad("Situation familiale"), P("FAMILY_STATUS", p.family[0]))
    if rng.random() < 0.25:
        doc.add(pad(rng.choice(["N° de sécurité sociale", "Numéro INSEE"])), P("ID_NUMBER", p.nir))
    if rng.random() < 0.1:
        doc.add(pii.photo_line(rng, p.person, "fr", False))
    doc.blank()
    doc.add(pad("Emploi recherché"), K("job_title", p.title))
    doc.blank()
    doc.add("EXPÉRIENCE PROFESSIONNELLE")
    for x in p.experiences:
        doc.add(pad("Dates"), x["dates"])
        doc.add(pad("Fonction ou poste occupé"), K("job_title", x["title"]))
        if x["bullets"]:
            doc.add(pad("Principales activités"), join(" ; ", x["bullets"][:2]))
        doc.add(pad("Nom de l'employeur"), K("employer", x["employer"]))
        doc.blank()
    doc.add("ÉDUCATION ET FORMATION")
    for e in p.education:
        doc.add(pad("Dates"), str(e["year"]))
        doc.add(pad("Intitulé du diplôme"), K("degree", e["degree"]))
        doc.add(pad("Établissement"), e["school"])
        doc.blank()
    doc.add("COMPÉTENCES PERSONNELLES")
    doc.add(pad("Langue(s) maternelle(s)"), p.languages[0].split(" :")[0])
    doc.add(pad("Compétences informatiques"), join(", ", [K("skill", s) for s in p.skills]))
    doc.add(pad("Permis de conduire"), rng.choice(["B", "B, C", "Non"]))
    return doc
