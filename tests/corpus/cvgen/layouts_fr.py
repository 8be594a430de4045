"""French CV layouts. Each layout takes (lex, rng, profile) and returns a Doc."""
from .rich import P, K, R, Doc, join
from .people import civility, gender_field, weighted
from .content import Style
from .profile import summary, referee_line
from . import pii
from . import markdown_bits as md
from .layouts_export import indeed_export
from .layouts_fr_forms import europass

H = {"exp": ["Expérience professionnelle", "Expériences professionnelles", "Parcours professionnel", "Expériences",
             "Expérience"],
     "edu": ["Formation", "Formations", "Diplômes", "Études", "Cursus", "Formation et diplômes"],
     "skills": ["Compétences", "Compétences techniques", "Savoir-faire", "Outils et technologies", "Compétences clés"],
     "lang": ["Langues", "Langues étrangères"],
     "hobbies": ["Centres d'intérêt", "Loisirs", "Divers", "Activités extra-professionnelles", "Intérêts"],
     "refs": ["Références", "Recommandations"],
     "perso": ["Informations personnelles", "État civil", "Coordonnées", "Contact", "Infos"],
     "profile": ["Profil", "À propos", "Objectif", "Résumé", "Profil professionnel"]}


def capitalized(rich):
    parts = list(rich.parts)
    if parts:
        text, label = parts[0]
        parts[0] = (text[:1].upper() + text[1:], label)
    return type(rich)(parts)


def h(rng, style, key):
    return style.heading(rng.choice(H[key]))


def email_item(rng, p, style, labelled):
    lab = rng.choice(["E-mail", "Email", "Mail", "Courriel", "Adresse e-mail", "E-Mail"])
    icon = rng.choice(["✉ ", "📧 ", "", "@ "])
    return R(style.label(lab) if labelled else icon, P("EMAIL", p.email))


def phone_items(rng, p, style, labelled):
    out = []
    for i, ph in enumerate(p.phones):
        lab = rng.choice(["Tél.", "Tél", "Téléphone", "Portable", "Mobile", "GSM", "Tel"] if i == 0 else ["Fixe", "Tél. fixe", "Domicile"])
        icon = rng.choice(["☎ ", "📱 ", "", "Tél. ", "T. "])
        out.append(R(style.label(lab) if labelled else icon, P("PHONE", ph)))
    return out


def url_items(rng, p, style, labelled):
    names = {"linkedin": ["LinkedIn", "Profil LinkedIn"], "github": ["GitHub", "Github", "Code"], "gitlab": ["GitLab"],
             "indeed": ["Indeed", "CV Indeed"], "site": ["Site", "Site web", "Portfolio", "Blog"], "pages": ["Portfolio"],
             "malt": ["Malt"], "behance": ["Behance"], "x": ["Twitter", "X"], "stackoverflow": ["Stack Overflow"]}
    return [R(style.label(rng.choice(names[k])) if labelled else "", P("URL", u)) for k, u in p.urls]


def address_items(rng, p, style, labelled, one_line):
    if p.address_lines is None:
        lab = rng.choice(["Domicile", "Ville", "Localisation", "Lieu de résidence", "Adresse"])
        verb = rng.choice(["", "", "Basé à " if not p.person.fem else "Basée à ", "Habite à ", "📍 "])
        return [R(style.label(lab), p.residence) if labelled else R(verb, p.residence)]
    lab = rng.choice(["Adresse", "Adresse postale", "Domicile", "Adresse personnelle"])
    if one_line or labelled:
        return [R(style.label(lab) if labelled else rng.choice(["", "📍 ", "🏠 "]),
                  join(rng.choice([", ", ", ", " – ", " - ", " "]), p.address_lines))]
    return list(p.address_lines)


def birth_items(rng, p, style, labelled):
    fem = p.person.fem
    e = "e" if fem else ""
    dob = P("DATE_OF_BIRTH", pii.fr_date(rng, p.birth))
    place = P("BIRTHPLACE", p.birthplace)
    age = P("AGE", f"{p.age} ans")
    form = weighted(rng, [("ne_le_a", 4), ("label", 4), ("age", 4), ("ne_le", 2), ("label_place", 2), ("date_lieu", 1),
                          ("ne_age", 1), ("age_label", 2), ("ne_en", 1)])
    if form == "ne_en":
        out = [R(f"Né{e} en ", P("DATE_OF_BIRTH", str(p.birth.year)), rng.choice(["", R(" à ", place)]))]
    elif form == "ne_le_a":
        out = [R(f"Né{e} le ", dob, " à ", place)]
    elif form == "ne_le":
        out = [R(f"Né{e} le ", dob)]
    elif form == "label":
        out = [R(style.label(rng.choice(["Date de naissance", "Né(e) le", "Naissance"])), dob)]
    elif form == "label_place":
        out = [R(style.label("Date de naissance"), dob), R(style.label("Lieu de naissance"), place)]
    elif form == "date_lieu":
        out = [R(style.label("Date et lieu de naissance"), dob, " à ", place)]
    elif form == "ne_age":
        out = [R(f"Né{e} le ", dob, " (", age, ")")]
    elif form == "age_label":
        out = [R(style.label(rng.choice(["Âge", "Age"])), age)]
    else:
        out = [age]
    return out


def nationality_item(rng, p, style):
    nat = p.nationality
    form = rng.choice(["label", "label", "de", "plain", "dual"])
    if form == "dual" and nat not in ("française", "français") and "-" not in nat:
        return R(style.label("Nationalité"), P("NATIONALITY", "française"),
                 rng.choice([" et ", " / ", ", "]), P("NATIONALITY", nat))
    if form == "label":
        return R(style.label("Nationalité"), P("NATIONALITY", nat if rng.random() < 0.6 else nat.capitalize()))
    if form == "de":
        return R("De nationalité ", P("NATIONALITY", nat))
    return R("Nationalité ", P("NATIONALITY", nat))


def family_item(rng, p, style):
    fam = p.family
    if rng.random() < 0.2 and len(fam) == 2 and "enfant" in fam[1] and fam[1] != "sans enfant":
        n = fam[1].split(" ")[0]
        return P("FAMILY_STATUS", f"{'Mère' if p.person.fem else 'Père'} de {n} enfant{'s' if n not in ('1', 'un') else ''}")
    value = R(P("FAMILY_STATUS", fam[0]), *( [", ", P("FAMILY_STATUS", fam[1])] if len(fam) > 1 else []))
    return R(style.label(rng.choice(["Situation familiale", "Situation de famille", "État civil"])), value) if rng.random() < 0.6 else value


def health_item(rng, p, style):
    return R(style.label(rng.choice(["Statut", "Situation", "Handicap", "Santé"])) if rng.random() < 0.4 else "",
             P("HEALTH", p.health))


def id_items(rng, p, style):
    out = []
    if rng.random() < 0.6:
        out.append(R(style.label(rng.choice(["N° de sécurité sociale", "Numéro de sécurité sociale", "N° SS", "NIR",
                                             "Sécurité sociale"])), P("ID_NUMBER", p.nir)))
    if not out or rng.random() < 0.4:
        out.append(R(style.label(rng.choice(["IBAN", "RIB", "Coordonnées bancaires (IBAN)"])), P("ID_NUMBER", p.iban)))
    return out


def personal_lines(rng, p, style, probs, labelled=True):
    """Personal-data lines; probs maps item -> probability."""
    out = []
    if rng.random() < probs.get("infoline", 0):
        # "32 ans, célibataire, permis B" on one line, as French CVs often do
        items = [P("AGE", f"{p.age} ans")] + [P("FAMILY_STATUS", f.lower() if f != "En couple" else f) for f in p.family]
        items += rng.sample(["permis B", "véhiculé" + ("e" if p.person.fem else ""), "disponible immédiatement"], rng.randint(0, 2))
        out.append(capitalized(join(rng.choice([", ", " – ", " | ", " · "]), items)))
        probs = dict(probs, birth=0, family=0, permis=0)
    if rng.random() < probs.get("civility", 0):
        out.append(R(style.label("Civilité"), civility(rng, p.person, "fr", rng.choice(["Madame", "Mme"] if p.person.fem else ["Monsieur", "M."]))))
    if rng.random() < probs.get("gender", 0):
        out.append(R(style.label("Sexe"), gender_field(rng, p.person, "fr")))
    if rng.random() < probs.get("birth", 0):
        out += birth_items(rng, p, style, labelled)
    if rng.random() < probs.get("nationality", 0):
        out.append(nationality_item(rng, p, style))
    if rng.random() < probs.get("family", 0):
        out.append(family_item(rng, p, style))
    if rng.random() < probs.get("health", 0):
        out.append(health_item(rng, p, style))
    if rng.random() < probs.get("ids", 0):
        out += id_items(rng, p, style)
    if rng.random() < probs.get("permis", 0.5):
        out.append(rng.choice(["Permis B", "Permis B, véhiculé" + ("e" if p.person.fem else ""), "Permis B et C",
                               "Titulaire du permis B"]))
    if rng.random() < probs.get("photo", 0):
        out.append(pii.photo_line(rng, p.person, "fr", style.markdown))
    return out


def exp_lines(rng, p, style, fmt=None):
    fmt = fmt or rng.choice(["dates_first", "title_first", "employer_first", "oneline", "pipe"])
    out = []
    for x in p.experiences:
        title = K("job_title", x["title"])
        if x["intern"]:
            title = R("Stage – " if rng.random() < 0.5 else "Alternance – ", title)
        emp = K("employer", x["employer"])
        if style.markdown and fmt != "oneline":
            title = R("**", title, "**")
        if fmt == "dates_first":
            out.append(R(x["dates"], rng.choice([" : ", "  ", "\t", " | "]), title, rng.choice([" – ", ", ", " chez "]), emp))
        elif fmt == "title_first":
            out.append(R(title, rng.choice([" — ", " - ", ", "]), emp))
            out.append(R(rng.choice(["", "  ", "_"]) if not style.markdown else "*", x["dates"], "*" if style.markdown else ""))
        elif fmt == "employer_first":
            out.append(R(emp.upper() if rng.random() < 0.3 else emp, rng.choice([" | ", " – ", "\n"]), x["dates"]))
            out.append(title)
        elif fmt == "pipe":
            out.append(R(title, " | ", emp, " | ", x["dates"]))
        else:
            out.append(style.item(x["dates"], " ", title, " (", emp, ")"))
            continue
        for b in x["bullets"]:
            out.append(style.item(b))
        if x["intern"] and p.tutor is not None:
            lab = rng.choice(["Maître de stage", "Tuteur", "Tutrice" if p.tutor.fem else "Tuteur", "Encadrant"])
            civ = R(civility(rng, p.tutor, "fr"), " ") if rng.random() < 0.6 else R()
            out.append(style.item(f"{lab} : ", civ, p.tutor.render(rng, rng.choice(["First Last", "First LAST", "F. Last"]))))
            p.tutor = None
        out.append("")
    return out


def edu_lines(rng, p, style):
    fmt = rng.choice(["year_first", "degree_first", "school_first", "prose"])
    out = []
    for e in p.education:
        deg = K("degree", e["degree"])
        if style.markdown and rng.random() < 0.5:
            deg = R("**", deg, "**")
        y = str(e["year"]) if rng.random() < 0.7 else f"{e['year'] - rng.randint(1, 3)}-{e['year']}"
        if fmt == "year_first":
            out.append(style.item(y, rng.choice([" : ", " – ", "  ", "\t"]), deg, rng.choice([", ", " – ", " | ", " — "]), e["school"]))
        elif fmt == "degree_first":
            out.append(style.item(deg, rng.choice([", ", " – ", " @ ", " - "]), e["school"], f" ({y})"))
        elif fmt == "school_first":
            out.append(R(e["school"], rng.choice([", ", " — ", " | "]), y))
            out.append(style.item(deg, rng.choice(["", "", " (mention bien)", " – mention assez bien", " en alternance"])))
        else:
            out.append(style.item(rng.choice(["Obtention du ", "Diplômé" + ("e" if p.person.fem else "") + " : "]), deg,
                                  " – ", e["school"], f", {y}"))
    return out


def skills_lines(rng, p, style):
    fmt = rng.choice(["comma", "bullets", "groups", "levels", "table" if style.markdown else "comma"])
    sk = [K("skill", s) for s in p.skills]
    if fmt == "comma":
        return [join(rng.choice([", ", " · ", " / ", " | ", " • "]), sk)]
    if fmt == "bullets":
        return [style.item(s) for s in sk]
    if fmt == "levels":
        return [style.item(s, rng.choice([" (avancé)", " (intermédiaire)", " – 3 ans", " ★★★★☆", " : expert", "", " (notions)"])) for s in sk]
    if fmt == "table":
        rows = ["| Domaine | Outils |", "|---|---|"]
        half = max(1, len(sk) // 2)
        rows.append(R("| Principal | ", join(", ", sk[:half]), " |"))
        rows.append(R("| Autres | ", join(", ", sk[half:]) if sk[half:] else "—", " |"))
        return rows
    half = max(1, len(sk) // 2)
    return [R(style.label(rng.choice(["Langages", "Techniques", "Outils", "Logiciels"])), join(", ", sk[:half])),
            R(style.label(rng.choice(["Environnement", "Méthodes", "Autres", "Frameworks"])), join(", ", sk[half:]) if sk[half:] else "Pack Office")]


def tail_sections(lex, rng, p, style, doc, refs=True):
    if rng.random() < 0.8:
        doc.extend(h(rng, style, "lang"))
        doc.extend([style.item(l) for l in p.languages] if rng.random() < 0.5 else [", ".join(p.languages)])
        doc.blank()
    if rng.random() < 0.7:
        doc.extend(h(rng, style, "hobbies"))
        doc.extend([style.item(x) for x in p.hobbies])
        doc.blank()
    if rng.random() < 0.1:
        doc.add("Prétentions salariales : ", K("salary", rng.choice(["45000 € brut annuel", "38 000 € bruts", "75000 €/an",
                                                                     "42 K€", "35000 euros brut", "31000 € brut"])))
        doc.blank()
    if refs and p.referees:
        doc.extend(h(rng, style, "refs"))
        for ref in p.referees:
            doc.add(style.item(referee_line(lex, rng, p, ref)))
        doc.blank()
    elif refs and rng.random() < 0.3:
        doc.add(rng.choice(["Références disponibles sur demande.", "Références sur demande"]))


def signature(rng, p, doc):
    doc.blank()
    city = P("CITY", pii.city_text(rng, p.city))
    date = K("date", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025")
    form = rng.choice(["fait", "fait", "a", "bare"])
    if form == "fait":
        doc.add("Fait à ", city, rng.choice([", le ", " le "]), date)
    elif form == "a":
        doc.add("À ", city, ", le ", date)
    else:
        doc.add(city, ", le ", date)
    doc.add(p.person.render(rng, rng.choice(["First Last", "First LAST"])))


def header(rng, p, style, doc, with_civility=0.15):
    name = p.person.render(rng)
    if rng.random() < with_civility:
        name = R(civility(rng, p.person, "fr"), " ", name)
    elif rng.random() < 0.1:
        name = name.upper()
    form = weighted(rng, [("plain", 12), ("cv", 2), ("title", 2), ("age", 1)])
    title_done = form == "title"
    if form == "cv":
        name = R(rng.choice(["CV – ", "Curriculum vitae de ", "CV de ", "Curriculum Vitae : ", "CV : "]), name)
    elif form == "title":
        name = R(name, rng.choice([" – ", " | ", ", ", " — "]), K("job_title", p.title))
    elif form == "age":
        name = R(name, rng.choice([", ", " – ", " ("]), P("AGE", f"{p.age} ans"))
        name = name + ")" if name.parts[-2][0] == " (" else name
    doc.add("# " if style.markdown else "", name)
    if not title_done and rng.random() < 0.8:
        title = K("job_title", p.title)
        doc.add(R("**", title, "**") if style.markdown and rng.random() < 0.5 else title)


# ---------------------------------------------------------------------------------------------- layouts
def classic(lex, rng, p, long=False):
    style = Style(rng)
    doc = Doc()
    header(rng, p, style, doc)
    labelled = rng.random() < 0.5
    contact = address_items(rng, p, style, labelled, one_line=rng.random() < 0.5) + phone_items(rng, p, style, labelled) \
        + [email_item(rng, p, style, labelled)] + url_items(rng, p, style, labelled)
    if rng.random() < 0.3:
        doc.add(join(rng.choice([" | ", " · ", " – ", " • "]), contact))
    else:
        doc.extend(contact)
    doc.extend(personal_lines(rng, p, style, {"birth": 0.6, "nationality": 0.3, "family": 0.4, "health": 0.12,
                                              "photo": 0.15, "ids": 0.22, "civility": 0.05, "infoline": 0.2}))
    doc.blank()
    if rng.random() < 0.6:
        doc.extend(h(rng, style, "profile"))
        doc.add(summary(lex, rng, p))
        doc.blank()
    sections = [("exp", lambda: exp_lines(rng, p, style)), ("edu", lambda: edu_lines(rng, p, style)),
                ("skills", lambda: skills_lines(rng, p, style))]
    if rng.random() < 0.4:
        sections = [sections[2], sections[0], sections[1]]
    for key, fn in sections:
        doc.extend(h(rng, style, key))
        doc.extend(fn())
        doc.blank()
    if long and p.domain in ("dev", "devops", "data", "support", "security", "design"):
        doc.extend(style.heading(rng.choice(["Projets", "Réalisations", "Projets personnels"])))
        for _ in range(rng.randint(2, 4)):
            doc.add(style.item(rng.choice(["Application de covoiturage en ", "Bot Discord en ", "Site e-commerce avec ",
                                           "Tableau de bord de suivi en ", "Outil de gestion de stock en "]),
                               K("skill", rng.choice(p.skills)), rng.choice(["", " (projet de groupe)", " – 3 mois"])))
        doc.blank()
        doc.extend(style.heading(rng.choice(["Certifications", "Formations complémentaires"])))
        doc.add(style.item(rng.choice(["AWS Certified Cloud Practitioner", "PSM I", "TOEIC 905", "CCNA", "ITIL v4 Foundation",
                                       "Certificat Voltaire", "SST (Sauveteur Secouriste du Travail)"]), f" ({rng.randint(2016, 2024)})"))
        doc.blank()
    tail_sections(lex, rng, p, style, doc)
    if rng.random() < 0.15:
        signature(rng, p, doc)
    if long and rng.random() < 0.5:
        doc.blank()
        doc.add(p.person.render(rng, rng.choice(["First LAST", "First Last"])), rng.choice([" – CV – page 2/2", " — Curriculum vitae", " | 2"]))
    return doc


def labels(lex, rng, p):
    """French form with 'Nom :' / 'Prénom :' labels."""
    style = Style(rng)
    style.sep = rng.choice([" : ", ": ", " : ", "\t: ", " :\t"])
    doc = Doc()
    if rng.random() < 0.5:
        doc.add(rng.choice(["CURRICULUM VITAE", "Curriculum Vitae", "CV", "C.V."]))
        doc.blank()
    doc.extend(style.heading(rng.choice(H["perso"])))
    if rng.random() < 0.3:
        doc.add(style.label("Civilité"), civility(rng, p.person, "fr", rng.choice(["Madame", "Mme"] if p.person.fem else ["Monsieur", "M."])))
    order = [("Nom", p.person.render(rng, rng.choice(["LAST", "Last", "LAST"]))),
             ("Prénom", p.person.render(rng, "First"))]
    if rng.random() < 0.3:
        order.reverse()
    if rng.random() < 0.2:
        order = [(rng.choice(["Nom et prénom", "Nom - Prénom", "Nom / Prénom"]), p.person.render(rng, rng.choice(["LAST First", "Last First"])))]
    if p.person.maiden and rng.random() < 0.7:
        order = [("Nom d'usage", P("NAME", p.person.last.upper())), ("Nom de naissance", P("NAME", p.person.maiden.upper())),
                 ("Prénom", p.person.render(rng, "First"))]
    if rng.random() < 0.2 and len(order) > 1:
        doc.add(join(rng.choice(["    ", "\t\t", " – "]), [R(style.label(lab), val) for lab, val in order]))
    else:
        for lab, val in order:
            doc.add(style.label(lab), val)
    doc.extend(address_items(rng, p, style, True, True))
    doc.extend(phone_items(rng, p, style, True))
    doc.add(email_item(rng, p, style, True))
    doc.extend(personal_lines(rng, p, style, {"birth": 0.95, "nationality": 0.7, "family": 0.7, "health": 0.2,
                                              "photo": 0.2, "ids": 0.4, "gender": 0.1}))
    doc.extend(url_items(rng, p, style, True)[:rng.randint(0, 2)])
    doc.blank()
    if rng.random() < 0.5:
        doc.add(style.label(rng.choice(["Poste recherché", "Objectif", "Emploi recherché"])), K("job_title", p.title))
        doc.blank()
    for key, fn in [("edu", lambda: edu_lines(rng, p, style)), ("exp", lambda: exp_lines(rng, p, style)),
                    ("skills", lambda: skills_lines(rng, p, style))]:
        doc.extend(h(rng, style, key))
        doc.extend(fn())
        doc.blank()
    tail_sections(lex, rng, p, style, doc)
    if rng.random() < 0.3:
        signature(rng, p, doc)
    return doc


def markdown(lex, rng, p):
    style = Style(rng, markdown=True)
    doc = Doc()
    if rng.random() < 0.12:
        loc = p.residence if p.address_lines is None else p.address_lines[-1]
        doc.extend(md.front_matter(rng, p, "fr", loc))
    if rng.random() < 0.15:
        doc.add(pii.photo_line(rng, p.person, "fr", True))
        doc.blank()
    header(rng, p, style, doc)
    doc.blank()
    icons = rng.random() < 0.5
    contact = address_items(rng, p, style, not icons, True) + phone_items(rng, p, style, not icons) + \
        [email_item(rng, p, style, not icons)]
    if rng.random() < 0.4:
        contact[-1] = R(rng.choice(["", "✉ ", "**E-mail** : "]), md.email(rng, p.email))
        contact[-2] = R(rng.choice(["", "📱 ", "**Tél.** : "]), md.phone(rng, p.phones[-1], "fr"))
    urls = p.urls
    if rng.random() < 0.5:
        contact += [R(f"[{ {'linkedin': 'LinkedIn', 'github': 'GitHub'}.get(k, k.capitalize()) }](", P("URL", u if u.startswith("http") else "https://" + u.lstrip("@")), ")") for k, u in urls]
    else:
        contact += url_items(rng, p, style, not icons)
    if rng.random() < 0.5:
        doc.add(join(rng.choice([" · ", " | ", " — ", "  \u2022  "]), contact))
    else:
        doc.extend([R(style.bullet, c) for c in contact])
    perso = personal_lines(rng, p, style, {"birth": 0.4, "nationality": 0.25, "family": 0.3, "health": 0.1,
                                           "photo": 0.08, "ids": 0.1, "infoline": 0.15})
    if perso:
        doc.blank()
        if rng.random() < 0.5:
            doc.extend(h(rng, style, "perso"))
        doc.extend([R(style.bullet, x) for x in perso])
    doc.blank()
    if rng.random() < 0.5:
        doc.extend(h(rng, style, "profile"))
        doc.add(R("> ", summary(lex, rng, p)) if rng.random() < 0.3 else summary(lex, rng, p))
        doc.blank()
    doc.extend(h(rng, style, "exp"))
    if rng.random() < 0.25:
        doc.add("| Période | Poste | Entreprise |")
        doc.add("|---|---|---|")
        for x in p.experiences:
            doc.add("| ", x["dates"], " | ", K("job_title", x["title"]), " | ", K("employer", x["employer"]), " |")
        doc.blank()
    else:
        for x in p.experiences:
            doc.add(rng.choice(["### ", "**", "#### "]) if rng.random() < 0.7 else "", K("job_title", x["title"]),
                    rng.choice([" — ", " @ ", " · ", ", "]), K("employer", x["employer"]))
            doc.add("*", x["dates"], "*")
            for b in x["bullets"]:
                doc.add(style.bullet, b)
            doc.blank()
    for key, fn in [("edu", lambda: edu_lines(rng, p, style)), ("skills", lambda: skills_lines(rng, p, style))]:
        doc.extend(h(rng, style, key))
        doc.extend(fn())
        doc.blank()
    tail_sections(lex, rng, p, style, doc)
    return doc


def two_column(lex, rng, p):
    """Fields side by side, separated by runs of spaces or ' | ' (text extracted from a 2-column PDF)."""
    style = Style(rng)
    doc = Doc()
    width = rng.choice([38, 42, 48, 56])
    sep_pipe = rng.random() < 0.35
    name = p.person.render(rng)
    if rng.random() < 0.25:
        name = R(civility(rng, p.person, "fr"), " ", name)
    left = [name, K("job_title", p.title)]
    left += personal_lines(rng, p, style, {"birth": 0.6, "nationality": 0.3, "family": 0.4, "health": 0.08,
                                           "ids": 0.1, "photo": 0.08, "infoline": 0.2})
    right = phone_items(rng, p, style, rng.random() < 0.5) + [email_item(rng, p, style, False)] + \
        address_items(rng, p, style, False, rng.random() < 0.5) + url_items(rng, p, style, False)
    for i in range(max(len(left), len(right))):
        lft = left[i] if i < len(left) else R()
        rgt = right[i] if i < len(right) else R()
        if not len(rgt):
            doc.add(lft)
        elif sep_pipe:
            doc.add(lft, " | " if len(lft) else "", rgt)
        else:
            doc.add(lft, " " * max(3, width - len(lft)), rgt)
    doc.blank()
    # body: section title on the left, content on the right of the first line
    for key, fn in [("exp", lambda: exp_lines(rng, p, style, rng.choice(["pipe", "dates_first", "oneline"]))),
                    ("edu", lambda: edu_lines(rng, p, style)), ("skills", lambda: skills_lines(rng, p, style))]:
        head = rng.choice(H[key]).upper()
        lines = [l for l in fn() if len(R(l))]
        for i, line in enumerate(lines):
            doc.add(head if i == 0 else "", " " * max(3, 24 - (len(head) if i == 0 else 0)), line)
        doc.blank()
    tail_sections(lex, rng, p, style, doc, refs=rng.random() < 0.5)
    return doc


def short(lex, rng, p):
    style = Style(rng)
    doc = Doc()
    doc.add(p.person.render(rng))
    doc.add(K("job_title", p.title))
    doc.add(P("PHONE", p.phones[0]), rng.choice([" / ", " | ", " – "]), P("EMAIL", p.email))
    if rng.random() < 0.5:
        doc.add(p.residence if p.address_lines is None else p.address_lines[-1])
    doc.blank()
    x = p.experiences[0]
    doc.add(x["dates"], " ", K("job_title", x["title"]), " chez ", K("employer", x["employer"]))
    e = p.education[0]
    doc.add(K("degree", e["degree"]), " – ", e["school"])
    doc.add(style.label("Compétences"), join(", ", [K("skill", s) for s in p.skills[:5]]))
    return doc


def no_personal(lex, rng, p):
    """A CV with no personal section: only the career (the name may appear in a footer)."""
    style = Style(rng)
    doc = Doc()
    doc.add(K("job_title", p.title))
    doc.blank()
    for key, fn in [("exp", lambda: exp_lines(rng, p, style)), ("edu", lambda: edu_lines(rng, p, style)),
                    ("skills", lambda: skills_lines(rng, p, style))]:
        doc.extend(h(rng, style, key))
        doc.extend(fn())
        doc.blank()
    if rng.random() < 0.5:
        doc.add("— ", p.person.render(rng, rng.choice(["First Last", "F. Last"])), " · ", P("EMAIL", p.email))
    return doc


def prose(lex, rng, p):
    """Narrative profile with personal data inside sentences."""
    style = Style(rng)
    doc = Doc()
    header(rng, p, style, doc, with_civility=0.3)
    doc.add(P("EMAIL", p.email), " – ", P("PHONE", p.phones[0]))
    doc.blank()
    doc.extend(h(rng, style, "profile"))
    e = "e" if p.person.fem else ""
    bits = []
    if rng.random() < 0.7:
        bits.append(R(f"Âgé{e} de ", P("AGE", f"{p.age} ans")) if rng.random() < 0.5 else R("J'ai ", P("AGE", f"{p.age} ans")))
    if rng.random() < 0.6:
        fam = p.family
        bits.append(join(" et ", [P("FAMILY_STATUS", f.lower() if f[0].isupper() and f != "En couple" else f) for f in fam]))
    if rng.random() < 0.4:
        bits.append(R("de nationalité ", P("NATIONALITY", p.nationality)))
    city = P("CITY", pii.city_text(rng, p.city))
    e = "e" if p.person.fem else ""
    bits.append(R(rng.choice(["je vis à ", "j'habite à ", "je réside à ", f"domicilié{e} à ", f"installé{e} à ",
                              "résidant à ", "actuellement à ", "j'habite sur "]), city))
    sentence = join(", ", bits)
    doc.add(capitalized(sentence), ". ", summary(lex, rng, p))
    if rng.random() < 0.15:
        doc.add(rng.choice(["Je bénéficie de la ", "Titulaire de la "]), P("HEALTH", "RQTH"), ".")
    doc.blank()
    for key, fn in [("exp", lambda: exp_lines(rng, p, style)), ("edu", lambda: edu_lines(rng, p, style)),
                    ("skills", lambda: skills_lines(rng, p, style))]:
        doc.extend(h(rng, style, key))
        doc.extend(fn())
        doc.blank()
    tail_sections(lex, rng, p, style, doc)
    return doc


LAYOUTS = [("fr_indeed", lambda l, r, p: indeed_export(l, r, p), "txt", 4), ("fr_classic", classic, "txt", 20), ("fr_long", lambda l, r, p: classic(l, r, p, long=True), "txt", 6),
           ("fr_labels", labels, "txt", 14), ("fr_markdown", markdown, "md", 18), ("fr_two_column", two_column, "txt", 12),
           ("fr_europass", europass, "txt", 8), ("fr_short", short, "txt", 6), ("fr_no_personal", no_personal, "md", 5),
           ("fr_prose", prose, "md", 8)]
