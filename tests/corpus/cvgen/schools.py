"""School names (gold category SCHOOL, the school's city included when written with it)."""
from .rich import P
from .people import weighted

FOREIGN_COUNTRIES = {"maghreb": ["Algeria", "Morocco", "Tunisia"], "west_africa": ["Senegal", "Mali", "Côte d'Ivoire"],
                     "central_africa": ["Cameroon"], "portugal": ["Portugal"], "vietnam": ["Viet Nam", "Vietnam"],
                     "china": ["China"], "china_en": ["China", "Hong Kong"], "eastern_europe": ["Poland", "Romania"],
                     "india": ["India"], "sri_lanka": ["Sri Lanka"], "madagascar": ["Madagascar"],
                     "nigeria": ["Nigeria"], "uk": ["United Kingdom"], "usa": ["United States"]}


def _town(lex, rng):
    if lex.gaz_ok and rng.random() < 0.4:
        name = lex.all_communes[rng.randrange(len(lex.all_communes))][0]
        return name.replace(" Arrondissement", "")
    return rng.choice(lex.plist(rng.choice(["fr_communes_qpv", "fr_communes_big"])))


def with_city(rng, name, city):
    return rng.choice([f"{name}, {city}", f"{name} ({city})", f"{name} – {city}", f"{name}, {city}", name])


def lycee(lex, rng):
    kind = rng.choice(lex.schools["fr_lycee_kinds"])
    city = _town(lex, rng)
    name = f"{kind} {rng.choice(lex.schools['fr_lycee_names'])}"
    if rng.random() < 0.15:
        name = rng.choice(lex.schools["fr_lycee_famous"])
    return with_city(rng, name, city) if rng.random() < 0.75 else f"{name} de {city}"


def world(lex, rng, origin):
    names = []
    for country in FOREIGN_COUNTRIES.get(origin, []):
        names.extend(lex.world_unis.get(country, []))
    return rng.choice(names) if names else None


def fr_school(lex, rng, level, degree, origin):
    if level <= 4 or degree.startswith(("BTS", "CAP", "BEP", "Bac")):
        return P("SCHOOL", lycee(lex, rng) if rng.random() < 0.9 else rng.choice(lex.schools["fr_colleges"]) + ", " + _town(lex, rng))
    if degree.startswith(("DUT", "BUT")):
        iut = rng.choice(lex.schools["fr_iut"])
        return P("SCHOOL", iut if rng.random() < 0.7 else f"{iut}, {rng.choice(lex.schools['fr_universities_hand'])}")
    if degree.startswith(("Titre", "Diplôme d'État")):
        return P("SCHOOL", rng.choice(["OpenClassrooms", "Simplon", f"AFPA de {_town(lex, rng)}", f"GRETA {_town(lex, rng)}",
                                       "Le Wagon", "Wild Code School", f"IFSI de {_town(lex, rng)}", "M2i Formation",
                                       f"CFA {_town(lex, rng)}", "ENI École Informatique"]))
    kind = weighted(rng, [("mesr", 35), ("hand", 25), ("ecole", 25), ("foreign", 15)])
    if kind == "foreign":
        name = world(lex, rng, origin) if rng.random() < 0.5 else None
        name = name or rng.choice(lex.schools["foreign_fr"])
    elif kind == "mesr" and lex.fr_universities:
        name = rng.choice(lex.fr_universities)
    elif kind == "ecole":
        name = rng.choice(lex.schools["fr_grandes_ecoles"])
    else:
        name = rng.choice(lex.schools["fr_universities_hand"])
    return P("SCHOOL", name)


def en_school(lex, rng, level, origin, market):
    if level <= 4:
        if market == "in":
            city = rng.choice(lex.prows("in_cities"))[0]
            name = rng.choice([f"Kendriya Vidyalaya, {city}", f"Government Higher Secondary School, {city}",
                               f"St. Mary's Convent School, {city}", f"DAV Public School, {city}",
                               f"Sri Chaitanya Junior College, {city}", f"Narayana Junior College, {city}",
                               f"Holy Cross Matriculation School, {city}"])
        elif market == "ng":
            city = rng.choice(lex.prows("ng_cities"))[0]
            name = rng.choice([f"Federal Government College, {city}", f"Queen's College, Lagos", "King's College Lagos",
                               f"Command Secondary School, {city}", f"Loyola College, Ibadan", f"Government Secondary School, {city}"])
        elif market == "us":
            city = rng.choice(lex.prows("us_cities"))[0]
            name = rng.choice([f"{city} High School", f"{rng.choice(lex.schools['en_us_hs'])}, {city}"] + lex.schools["en_us_hs"])
        else:
            town = rng.choice(lex.prows("uk_towns"))[0]
            name = rng.choice([f"{town} College", f"St Joseph's Catholic School, {town}", f"{town} Grammar School",
                               f"The Sixth Form College, {town}", f"{town} Academy"] + lex.schools["en_uk_fe"])
        return P("SCHOOL", name)
    country = {"uk": "United Kingdom", "in": "India", "ng": "Nigeria", "us": "United States"}.get(market, "United Kingdom")
    if origin == "china_en" and rng.random() < 0.5:
        name = rng.choice(lex.world_unis.get("China") or lex.schools["en_cn"]) if rng.random() < 0.5 else rng.choice(lex.schools["en_cn"])
    elif rng.random() < 0.5 and lex.world_unis.get(country):
        name = rng.choice(lex.world_unis[country])
    else:
        name = rng.choice(lex.schools[f"en_{market}"] if f"en_{market}" in lex.schools else lex.schools["en_uk"])
    return P("SCHOOL", name)
