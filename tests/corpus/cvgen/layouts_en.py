"""English CV layouts: UK CV, US résumé, Indian and Nigerian CVs with personal details, Markdown..."""
from .rich import P, K, R, Doc, join
from .people import civility, gender_field, weighted, third_party
from .content import Style
from .profile import summary, referee_line
from . import pii
from . import markdown_bits as md
from .layouts_export import indeed_export

H = {"exp": ["Experience", "Work Experience", "Employment History", "Professional Experience", "Career History",
             "Work History"],
     "edu": ["Education", "Academic Qualifications", "Educational Qualifications", "Education & Training",
             "Qualifications"],
     "skills": ["Skills", "Technical Skills", "Key Skills", "Core Competencies", "Skills & Tools"],
     "lang": ["Languages", "Languages Known"], "hobbies": ["Interests", "Hobbies", "Hobbies & Interests"],
     "refs": ["References", "Referees"], "perso": ["Personal Details", "Personal Information", "Personal Profile",
                                                   "Personal Data"],
     "profile": ["Summary", "Profile", "Career Objective", "Objective", "Personal Statement", "Professional Summary"]}


def h(rng, style, key):
    return style.heading(rng.choice(H[key]))


def contact_items(rng, p, style, labelled, one_line_address=True):
    out = []
    if p.address_lines and rng.random() < 0.85:
        if one_line_address:
            out.append(R(style.label(rng.choice(["Address", "Home address", "Location"])) if labelled else "",
                         join(", ", p.address_lines)))
        else:
            out += p.address_lines
    elif p.address_lines:
        out.append(R(rng.choice(["Lives in ", "Based in ", "Location: ", "📍 "]), P("CITY", p.city)))
    for i, ph in enumerate(p.phones):
        lab = rng.choice(["Phone", "Mobile", "Tel", "Cell", "Mob", "Contact No", "Ph"]) if i == 0 else rng.choice(["Home", "Alt. Phone", "Landline"])
        out.append(R(style.label(lab) if labelled else rng.choice(["", "", "📞 ", "T: "]), P("PHONE", ph)))
    out.append(R(style.label(rng.choice(["Email", "E-mail", "Email ID", "Mail"])) if labelled else rng.choice(["", "", "✉ ", "E: "]),
                 P("EMAIL", p.email)))
    names = {"linkedin": "LinkedIn", "github": "GitHub", "gitlab": "GitLab", "indeed": "Indeed", "site": "Website",
             "pages": "Portfolio", "malt": "Malt", "behance": "Behance", "x": "Twitter", "stackoverflow": "Stack Overflow"}
    for k, u in p.urls:
        out.append(R(style.label(names[k]) if labelled else "", P("URL", u)))
    return out


def dob_value(rng, p, us=False):
    return P("DATE_OF_BIRTH", pii.en_date(rng, p.birth, us))


def personal_lines(rng, p, style, probs):
    out = []
    person = p.person
    if rng.random() < probs.get("father", 0):
        father = third_party(p._lex, rng, "en")
        if rng.random() < 0.5:
            father.last, father.from_gazetteer = person.last, (father.from_gazetteer[0], person.from_gazetteer[1])
        father.origin = person.origin
        p._extra_people.append(father)
        out.append(R(style.label(rng.choice(["Father's Name", "Father's name", "Father Name", "S/o" if not person.fem else "D/o"])),
                     civility(rng, father, "en", "Mr.") + " " if rng.random() < 0.4 else "", father.render(rng, rng.choice(["First Last", "FIRST LAST"]))))
    if rng.random() < probs.get("mother", 0):
        mother = third_party(p._lex, rng, "en")
        mother.sex, mother.origin, mother.last = "f", person.origin, person.last
        mother.first = rng.choice(p._lex.names[person.origin]["f"])
        mother.from_gazetteer = (False, person.from_gazetteer[1])
        out.append(R(style.label(rng.choice(["Mother's Name", "Mother's name"])), mother.render(rng, "First Last")))
        p._extra_people.append(mother)
    if rng.random() < probs.get("dob", 0):
        out.append(R(style.label(rng.choice(["Date of Birth", "DOB", "D.O.B", "Date of birth", "Born"])), dob_value(rng, p)))
    if rng.random() < probs.get("age", 0):
        out.append(R(style.label("Age"), P("AGE", rng.choice([str(p.age), f"{p.age} years", f"{p.age} yrs"]))))
    if rng.random() < probs.get("pob", 0):
        out.append(R(style.label(rng.choice(["Place of Birth", "Birthplace", "Place of birth"])), P("BIRTHPLACE", p.birthplace)))
    if rng.random() < probs.get("gender", 0):
        out.append(R(style.label(rng.choice(["Gender", "Sex"])), gender_field(rng, person, "en")))
    if rng.random() < probs.get("pronouns", 0):
        out.append(R(rng.choice(["Pronouns: ", "", "("]), P("CIVILITY", rng.choice(["she/her", "she/they"] if person.fem else ["he/him", "he/they"])),
                     ""))
        if out[-1].parts[0][0] == "(":
            out[-1] = out[-1] + ")"
    if rng.random() < probs.get("blood", 0):
        out.append(R(style.label("Blood Group"), P("HEALTH", rng.choice(["O+", "B+ve", "A+", "AB-", "O positive", "B+"]))))
    if rng.random() < probs.get("marital", 0):
        out.append(R(style.label(rng.choice(["Marital Status", "Marital status", "Status"])),
                     join(", ", [P("FAMILY_STATUS", f) for f in p.family])))
    if rng.random() < probs.get("nationality", 0):
        out.append(R(style.label(rng.choice(["Nationality", "Citizenship", "Nationality"])), P("NATIONALITY", p.nationality)))
    if rng.random() < probs.get("health", 0):
        label = rng.choice(["", "", "Health: ", "Disability: ", "Health status: "])
        out.append(R(label, P("HEALTH", p.health)))
    if rng.random() < probs.get("origin", 0):
        out.append(R(style.label("State of Origin"), P("BIRTHPLACE", rng.choice(["Lagos State", "Anambra", "Imo State", "Oyo", "Ogun State",
                                                                                 "Enugu State", "Kano", "Delta State", "Edo"]))))
    if rng.random() < probs.get("ids", 0) and p.market == "uk":
        if rng.random() < 0.65:
            out.append(R(style.label(rng.choice(["National Insurance No", "NI Number", "NINO", "National Insurance number"])),
                         P("ID_NUMBER", p.nino)))
        else:
            out.append(R(style.label(rng.choice(["IBAN", "Bank (IBAN)"])), P("ID_NUMBER", p.iban)))
    if rng.random() < probs.get("languages", 0):
        out.append(R(style.label("Languages Known"), ", ".join(p.languages)))
    if rng.random() < probs.get("photo", 0):
        out.append(pii.photo_line(rng, person, "en", style.markdown))
    return out


def exp_lines(rng, p, style, us=False):
    fmt = rng.choice(["title_first", "employer_first", "dates_first", "pipe"])
    out = []
    for x in p.experiences:
        title, emp = K("job_title", x["title"]), K("employer", x["employer"])
        if x["intern"]:
            title = R(rng.choice(["Intern – ", "Internship: ", "Trainee "]), title)
        if fmt == "title_first":
            out.append(R(title, rng.choice([", ", " — ", " at ", " | "]), emp))
            out.append(x["dates"])
        elif fmt == "employer_first":
            out.append(R(emp.upper() if us else emp, rng.choice(["  ", " – ", " | "]), x["dates"]))
            out.append(R("_", title, "_") if style.markdown else title)
        elif fmt == "pipe":
            out.append(R(title, " | ", emp, " | ", x["dates"]))
        else:
            out.append(R(x["dates"], rng.choice(["  ", "\t", " : "]), title, ", ", emp))
        for b in x["bullets"]:
            out.append(style.item(b))
        if x["intern"] and p.tutor is not None:
            out.append(style.item(rng.choice(["Supervisor: ", "Mentor: ", "Reported to "]),
                                  R(civility(rng, p.tutor, "en"), " ") if rng.random() < 0.4 else "", p.tutor.render(rng, "First Last")))
            p.tutor = None
        out.append("")
    return out


def edu_lines(rng, p, style, table=False):
    out = []
    if table:
        out.append(rng.choice(["Qualification | Institution | Year | Score", "Degree        Institute                 Year   %"]))
        for e in p.education:
            out.append(R(K("degree", e["degree"]), " | ", e["school"], " | ", str(e["year"]), " | ",
                         rng.choice([f"{rng.randint(60, 95)}%", f"{rng.randint(6, 9)}.{rng.randint(0, 9)} CGPA", "First Class"])))
        return out
    fmt = rng.choice(["degree_first", "school_first", "year_first"])
    for e in p.education:
        deg = K("degree", e["degree"])
        if fmt == "degree_first":
            out.append(style.item(deg, rng.choice([", ", " – ", " from "]), e["school"], f" ({e['year']})"))
        elif fmt == "school_first":
            out.append(R(e["school"], rng.choice([" — ", ", ", "  "]), str(e["year"])))
            suffix = {"uk": ["", " (2:1)", " – First Class Honours", " (2:2)"], "us": ["", f", GPA 3.{rng.randint(1, 9)}", " magna cum laude"],
                      "in": ["", f" – {rng.randint(60, 92)}%", f" (CGPA {rng.randint(6, 9)}.{rng.randint(0, 9)})", " – First Class with Distinction"],
                      "ng": ["", " – Second Class Upper", " – Second Class Lower", " (Upper Credit)"]}[p.market]
            out.append(style.item(deg, rng.choice(suffix) if e["level"] >= 5 else ""))
        else:
            out.append(style.item(f"{e['year']}", rng.choice(["  ", " - ", " : "]), deg, ", ", e["school"]))
    return out


def skills_lines(rng, p, style):
    sk = [K("skill", s) for s in p.skills]
    fmt = rng.choice(["comma", "bullets", "groups"])
    if fmt == "comma":
        return [join(rng.choice([", ", " · ", " | ", " • "]), sk)]
    if fmt == "bullets":
        return [style.item(s) for s in sk]
    half = max(1, len(sk) // 2)
    return [R(style.label(rng.choice(["Languages", "Technologies", "Tools", "Software"])), join(", ", sk[:half])),
            R(style.label(rng.choice(["Other", "Frameworks", "Platforms", "Methods"])), join(", ", sk[half:]) if sk[half:] else "MS Office")]


def body(lex, rng, p, style, doc, order=("profile", "exp", "edu", "skills"), us=False, edu_table=False):
    for key in order:
        if key == "profile":
            if rng.random() < 0.7:
                doc.extend(h(rng, style, "profile"))
                doc.add(summary(lex, rng, p))
                doc.blank()
            continue
        doc.extend(h(rng, style, key))
        doc.extend({"exp": lambda: exp_lines(rng, p, style, us), "edu": lambda: edu_lines(rng, p, style, edu_table),
                    "skills": lambda: skills_lines(rng, p, style)}[key]())
        doc.blank()


def references(lex, rng, p, style, doc):
    if p.referees:
        doc.extend(h(rng, style, "refs"))
        for ref in p.referees:
            doc.add(style.item(referee_line(lex, rng, p, ref)))
        doc.blank()
    elif rng.random() < 0.5:
        doc.extend(h(rng, style, "refs"))
        doc.add(rng.choice(["Available upon request.", "References available on request", "Available on request"]))


def header(rng, p, style, doc, civ=0.1):
    styles = [(s, w) for s, w in p.person.header_styles() if s not in ("LAST First", "Last First") or p.origin == "china_en"]
    name = p.person.render(rng, weighted(rng, styles + [("Last, First", 1), ("FIRST LAST", 2)]))
    if rng.random() < civ:
        name = R(civility(rng, p.person, "en"), " ", name)
    form = weighted(rng, [("plain", 12), ("resume", 2), ("title", 2)])
    if form == "resume":
        name = R(rng.choice(["Résumé – ", "CV – ", "Curriculum Vitae of ", "RESUME: "]), name)
    elif form == "title":
        name = R(name, rng.choice([", ", " – ", " | "]), K("job_title", p.title))
    doc.add(R("# ", name) if style.markdown else name)


# ---------------------------------------------------------------------------------------------- layouts
def uk_cv(lex, rng, p):
    style = Style(rng)
    doc = Doc()
    if rng.random() < 0.3:
        doc.add(rng.choice(["Curriculum Vitae", "CURRICULUM VITAE"]))
    header(rng, p, style, doc, civ=0.15)
    doc.extend(contact_items(rng, p, style, rng.random() < 0.5, one_line_address=rng.random() < 0.4))
    doc.extend(personal_lines(rng, p, style, {"dob": 0.25, "nationality": 0.25, "marital": 0.1, "ids": 0.35, "pronouns": 0.06,
                                              "health": 0.1, "photo": 0.1, "age": 0.05, "pob": 0.05}))
    doc.blank()
    body(lex, rng, p, style, doc, order=("profile", "exp", "edu", "skills") if rng.random() < 0.6 else ("profile", "skills", "exp", "edu"))
    if rng.random() < 0.5:
        doc.extend(h(rng, style, "hobbies"))
        doc.add(", ".join(p.hobbies))
        doc.blank()
    references(lex, rng, p, style, doc)
    return doc


def us_resume(lex, rng, p):
    style = Style(rng)
    doc = Doc()
    header(rng, p, style, doc, civ=0.02)
    items = contact_items(rng, p, style, False, one_line_address=True)
    if p.address_lines and rng.random() < 0.5:
        items[0] = R(P("CITY", f"{p.city}, {getattr(p, 'state', '')}".rstrip(", ")))
    doc.add(join(rng.choice([" | ", " • ", " · ", "  "]), items))
    doc.blank()
    body(lex, rng, p, style, doc, us=True)
    if rng.random() < 0.3:
        doc.extend(style.heading("Certifications"))
        doc.add(style.item(rng.choice(["AWS Certified Solutions Architect – Associate", "CompTIA Security+", "PMP", "CKA",
                                       "Google Data Analytics Certificate"])))
    return doc


def in_resume(lex, rng, p):
    """Indian résumé: objective, academic table, projects, Personal Details, Declaration with place."""
    style = Style(rng)
    p._lex = lex
    doc = Doc()
    doc.add(rng.choice(["RESUME", "CURRICULUM VITAE", "Resume", "CURRICULUM-VITAE"]))
    header(rng, p, style, doc)
    contact = contact_items(rng, p, style, True)
    address = [c for c in contact if "Address" in c.text()[:20]]
    doc.extend([c for c in contact if c not in address])
    doc.blank()
    body(lex, rng, p, style, doc, order=("profile", "edu", "skills", "exp"), edu_table=rng.random() < 0.5)
    if rng.random() < 0.6:
        doc.extend(style.heading(rng.choice(["Projects", "Academic Projects", "PROJECTS UNDERTAKEN"])))
        for _ in range(rng.randint(1, 3)):
            doc.add(style.item(rng.choice(["Online Library Management System using ", "Smart Attendance System in ",
                                           "E-commerce website with ", "Hospital Management System in "]), K("skill", rng.choice(p.skills))))
        doc.blank()
    doc.extend(h(rng, style, "perso"))
    doc.extend(personal_lines(rng, p, style, {"father": 0.6, "mother": 0.15, "dob": 0.9, "gender": 0.7, "marital": 0.8, "nationality": 0.8, "blood": 0.1,
                                              "languages": 0.7, "age": 0.15, "pob": 0.2, "health": 0.08,
                                              "photo": 0.1}))
    if rng.random() < 0.6:
        doc.add(style.label(rng.choice(["Permanent Address", "Address"])), join(", ", p.address_lines))
    doc.add(style.label("Hobbies"), ", ".join(p.hobbies))
    doc.blank()
    if rng.random() < 0.8:
        doc.extend(style.heading("Declaration"))
        doc.add("I hereby declare that the above information is true to the best of my knowledge and belief.")
        doc.blank()
        doc.add("Place: ", P("CITY", p.city))
        doc.add("Date: ", rng.choice(["", "__/__/____", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025"]))
        doc.add("(", p.person.render(rng, rng.choice(["FIRST LAST", "First Last"])), ")")
    return doc


def ng_cv(lex, rng, p):
    style = Style(rng)
    p._lex = lex
    doc = Doc()
    doc.add("CURRICULUM VITAE")
    doc.blank()
    doc.extend(h(rng, style, "perso"))
    doc.add(style.label("Name"), p.person.render(rng, rng.choice(["First Last", "LAST First", "Last First", "FIRST LAST"])))
    doc.extend(contact_items(rng, p, style, True))
    doc.extend(personal_lines(rng, p, style, {"dob": 0.9, "gender": 0.8, "marital": 0.8, "nationality": 0.8, "origin": 0.7,
                                              "pob": 0.25, "age": 0.15, "health": 0.08, "photo": 0.08}))
    doc.blank()
    body(lex, rng, p, style, doc, order=("profile", "edu", "exp", "skills"))
    if rng.random() < 0.5:
        doc.extend(h(rng, style, "hobbies"))
        doc.add(", ".join(p.hobbies))
        doc.blank()
    references(lex, rng, p, style, doc)
    return doc


def en_markdown(lex, rng, p):
    style = Style(rng, markdown=True)
    p._lex = lex
    doc = Doc()
    if rng.random() < 0.12:
        doc.extend(md.front_matter(rng, p, "en", p.address_lines[-1] if p.address_lines else None))
    header(rng, p, style, doc)
    doc.add(R("**", K("job_title", p.title), "**"))
    doc.blank()
    items = contact_items(rng, p, style, rng.random() < 0.5)
    if rng.random() < 0.4:
        items = [it for it in items if not any(lab and lab[1] in ("EMAIL", "PHONE") for _, lab in it.parts)]
        items += [md.email(rng, p.email), md.phone(rng, p.phones[0], p.market)]
    if rng.random() < 0.5:
        doc.add(join(" · ", items))
    else:
        doc.extend([R(style.bullet, c) for c in items])
    perso = personal_lines(rng, p, style, {"dob": 0.2, "nationality": 0.2, "marital": 0.1, "photo": 0.15, "age": 0.08, "pronouns": 0.08,
                                           "health": 0.08, "ids": 0.25, "pob": 0.08})
    doc.extend([R(style.bullet, c) for c in perso])
    doc.blank()
    body(lex, rng, p, style, doc)
    references(lex, rng, p, style, doc)
    return doc


def en_two_column(lex, rng, p):
    style = Style(rng)
    p._lex = lex
    doc = Doc()
    width = rng.choice([36, 44, 52])
    left = [p.person.render(rng), K("job_title", p.title)] + personal_lines(
        rng, p, style, {"dob": 0.3, "nationality": 0.3, "marital": 0.2, "gender": 0.2, "age": 0.1, "pob": 0.1,
                   "ids": 0.25, "health": 0.06, "photo": 0.05})
    right = contact_items(rng, p, style, False, one_line_address=False)
    pipe = rng.random() < 0.4
    for i in range(max(len(left), len(right))):
        lft = left[i] if i < len(left) else R()
        rgt = right[i] if i < len(right) else R()
        if not len(rgt):
            doc.add(lft)
        else:
            doc.add(lft, (" | " if len(lft) else "") if pipe else " " * max(3, width - len(lft)), rgt)
    doc.blank()
    body(lex, rng, p, style, doc)
    return doc


def en_europass(lex, rng, p):
    style = Style(rng)
    doc = Doc()
    w = 26
    pad = lambda lab: lab + " " * (w - len(lab))
    doc.add("Europass Curriculum Vitae")
    doc.blank()
    doc.add("PERSONAL INFORMATION")
    doc.add(pad("Surname(s) / First name(s)"), p.person.render(rng, rng.choice(["LAST, First", "Last, First"])))
    if p.address_lines:
        doc.add(pad("Address"), join(", ", p.address_lines))
    doc.add(pad("Telephone"), P("PHONE", p.phones[0]))
    doc.add(pad("E-mail"), P("EMAIL", p.email))
    doc.add(pad("Nationality"), P("NATIONALITY", p.nationality))
    doc.add(pad("Date of birth"), dob_value(rng, p))
    doc.add(pad("Gender"), gender_field(rng, p.person, "en"))
    doc.blank()
    doc.add(pad("Desired employment"), K("job_title", p.title))
    doc.blank()
    doc.add("WORK EXPERIENCE")
    for x in p.experiences:
        doc.add(pad("Dates"), x["dates"])
        doc.add(pad("Occupation or position"), K("job_title", x["title"]))
        doc.add(pad("Name of employer"), K("employer", x["employer"]))
        doc.blank()
    doc.add("EDUCATION AND TRAINING")
    for e in p.education:
        doc.add(pad("Dates"), str(e["year"]))
        doc.add(pad("Title of qualification"), K("degree", e["degree"]))
        doc.add(pad("Organisation"), e["school"])
        doc.blank()
    doc.add(pad("Computer skills"), join(", ", [K("skill", s) for s in p.skills]))
    return doc


def en_short(lex, rng, p):
    doc = Doc()
    doc.add(p.person.render(rng), " — ", K("job_title", p.title))
    doc.add(P("EMAIL", p.email), " | ", P("PHONE", p.phones[0]))
    doc.blank()
    x = p.experiences[0]
    doc.add(K("job_title", x["title"]), ", ", K("employer", x["employer"]), " (", x["dates"], ")")
    e = p.education[0]
    doc.add(K("degree", e["degree"]), ", ", e["school"])
    doc.add("Skills: ", join(", ", [K("skill", s) for s in p.skills[:6]]))
    return doc


def en_no_personal(lex, rng, p):
    style = Style(rng, markdown=rng.random() < 0.5)
    doc = Doc()
    doc.add(K("job_title", p.title))
    doc.blank()
    body(lex, rng, p, style, doc, order=("exp", "edu", "skills"))
    if rng.random() < 0.4:
        doc.add("Contact: ", P("EMAIL", p.email))
    return doc


def en_prose(lex, rng, p):
    style = Style(rng)
    doc = Doc()
    header(rng, p, style, doc)
    doc.add(P("EMAIL", p.email), " / ", P("PHONE", p.phones[0]))
    doc.blank()
    doc.extend(h(rng, style, "profile"))
    bits = [R("I am a ", P("AGE", f"{p.age}-year-old"), " ", P("NATIONALITY", p.nationality.replace(" national", "").replace("US citizen", "American").replace("U.S. Citizen", "American").replace("British Citizen", "British")), " ", K("job_title", p.title))]
    if rng.random() < 0.5:
        bits.append(R(rng.choice(["living in ", "based in ", "residing in ", "currently in ", "located in ",
                                  "from "]), P("CITY", p.city)))
    if rng.random() < 0.4:
        bits.append(R(rng.choice(["", "currently "]), P("FAMILY_STATUS", p.family[0].lower()),
                      R(" with ", P("FAMILY_STATUS", p.family[1])) if len(p.family) > 1 else ""))
    if rng.random() < 0.3:
        bits.append(R("born in ", P("BIRTHPLACE", p.birthplace)))
    doc.add(join(", ", bits), ". ", summary(lex, rng, p))
    doc.blank()
    body(lex, rng, p, style, doc, order=("exp", "edu", "skills"))
    return doc


LAYOUTS = [("en_indeed", indeed_export, "txt", 8), ("uk_cv", uk_cv, "txt", 18), ("us_resume", us_resume, "txt", 12), ("in_resume", in_resume, "txt", 18),
           ("ng_cv", ng_cv, "txt", 10), ("en_markdown", en_markdown, "md", 14), ("en_two_column", en_two_column, "txt", 8),
           ("en_europass", en_europass, "txt", 5), ("en_short", en_short, "txt", 5), ("en_no_personal", en_no_personal, "md", 4),
           ("en_prose", en_prose, "txt", 6)]

# Layouts that fit a market best (others are chosen less often).
MARKET_LAYOUTS = {"uk": ["uk_cv", "en_markdown", "en_two_column", "en_europass", "en_short", "en_no_personal", "en_prose"],
                  "us": ["us_resume", "en_indeed", "en_markdown", "en_two_column", "en_short", "en_no_personal", "en_prose"],
                  "in": ["in_resume", "in_resume", "en_indeed", "en_indeed", "en_markdown", "en_two_column", "en_short", "uk_cv"],
                  "ng": ["ng_cv", "ng_cv", "uk_cv", "en_markdown", "en_two_column", "en_prose"]}
