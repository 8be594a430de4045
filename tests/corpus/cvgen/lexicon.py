"""Loads the hand-written lists in tests/corpus/data and the public gazetteers.

Everything is sorted after loading so that the corpus depends only on the seed and the file contents.
"""
import csv
import json
import os
import re
import sys

from .rich import name_tokens_of

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")

# behindthename language column -> our origins.
BTN_ORIGINS = {
    "maghreb": ["arabic"], "comoros": ["arabic"], "west_africa": ["african"],
    "central_africa": ["african", "french"], "nigeria": ["african"], "portugal": ["portuguese"],
    "spain": ["spanish", "catalan"], "italy": ["italian"], "turkey": ["turkish"],
    "vietnam": ["vietnamese"], "china": ["chinese"], "china_en": ["chinese"],
    "eastern_europe": ["polish", "russian", "romanian", "ukrainian", "serbian", "bulgarian", "czech",
                       "croatian"],
    "india": ["indian", "hindu mythology"], "sri_lanka": ["indian"], "armenia": ["armenian"],
    "uk": ["english", "irish", "scottish", "welsh"], "usa": ["english", "english (modern)"],
    "antilles": ["french", "english (modern)"], "madagascar": [],
}


def _split(value):
    return [v.strip() for v in value.split("|") if v.strip()]


def read_sections(name):
    """[section] headers, then lines; '#' starts a comment line."""
    sections, current = {}, None
    with open(os.path.join(DATA_DIR, name), encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            m = re.fullmatch(r"\[(\w+)\]", line)
            if m:
                current = m.group(1)
                sections[current] = []
            else:
                sections[current].append(line)
    return sections


def _keyed(lines):
    out = {}
    for line in lines:
        key, _, value = line.partition(":")
        out[key.strip()] = _split(value)
    return out


def _nice_case(name):
    parts = re.split(r"([- '])", name)
    return "".join(p[:1].upper() + p[1:] if p not in ("-", " ", "'") else p for p in parts)


class Lexicon:
    def __init__(self, gazetteer_dir):
        self.names = {k: _keyed(v) for k, v in read_sections("names.txt").items()}
        self.domains = {k: _keyed(v) for k, v in read_sections("domains.txt").items()}
        self.employers = {k: sum((_split(l) for l in v), []) for k, v in read_sections("employers.txt").items()}
        self.degrees = {k: [tuple(x.strip() for x in l.split("|", 1)) for l in v]
                        for k, v in read_sections("degrees.txt").items()}
        self.places = read_sections("places.txt")
        self.schools = {k: sum((_split(l) for l in v), []) for k, v in read_sections("schools.txt").items()}
        self.misc = {k: sum((_split(l) for l in v), []) for k, v in read_sections("misc.txt").items()}
        self.plist = lambda key: sum((_split(l) for l in self.places[key]), [])
        self.prows = lambda key: [tuple(x.strip() for x in l.split("|")) for l in self.places[key]]
        self.gaz_ok = bool(gazetteer_dir) and os.path.isdir(gazetteer_dir)
        if not self.gaz_ok:
            print("gen_corpus: no gazetteer directory; names and communes come from the hand lists only",
                  file=sys.stderr)
        self._load_gazetteers(gazetteer_dir)

    def _load_gazetteers(self, gdir):
        self.insee_first = {"m": [], "f": []}
        self.gazetteer_tokens = set()
        self.btn_first = {}
        self.insee_surnames = []
        self.postcodes = {}          # nomCommune -> [(postcode, acheminement)]
        self.all_communes = []       # (nomCommune, postcode, acheminement)
        self.fr_universities = []
        self.world_unis = {}
        self.uni_domains = {}      # country -> e-mail domains of its universities
        if not self.gaz_ok:
            return
        counts = {}
        with open(os.path.join(gdir, "fr_firstnames_insee_deces.csv"), encoding="utf-8") as f:
            for row in csv.DictReader(f):
                c = counts.setdefault(row["firstname"], [0, 0])
                c[0 if row["sexe"] == "1" else 1] += int(row["occurrences"])
        self.gazetteer_tokens = set()      # every folded name token of the gazetteers, for the gold's statistics
        for name in counts:
            self.gazetteer_tokens.update(name_tokens_of(name))
        for name, (m, fem) in sorted(counts.items()):
            # frequent enough, and borne by one sex at least 95 % of the time (names follow grammatical gender)
            if len(name) >= 2 and m + fem >= 300 and max(m, fem) >= 0.95 * (m + fem):
                self.insee_first["m" if m > fem else "f"].append(_nice_case(name))
        with open(os.path.join(gdir, "prenoms_behindthename_datagouv.csv"), encoding="utf-8") as f:
            reader = csv.reader(f, delimiter=";")
            next(reader)
            for row in reader:
                name = re.sub(r"\s*\(\d+\)$", "", row[0]).strip()
                if len(name) < 2:
                    continue
                for lang in (x.strip() for x in row[2].split(",")):
                    for sex in (x.strip() for x in row[1].split(",")):
                        if sex in ("m", "f"):
                            self.btn_first.setdefault((lang, sex), set()).add(_nice_case(name))
        self.btn_first = {k: sorted(v) for k, v in self.btn_first.items()}
        for names in self.btn_first.values():
            for name in names:
                self.gazetteer_tokens.update(name_tokens_of(name))
        with open(os.path.join(gdir, "fr_surnames_insee_noms2008_namesonly.txt"), encoding="utf-8") as f:
            self.insee_surnames = sorted({l.strip().rstrip("[").strip() for l in f if len(l.strip()) > 3})
        for name in self.insee_surnames:
            self.gazetteer_tokens.update(name_tokens_of(name))
        with open(os.path.join(gdir, "fr_codes_postaux_ban.json"), encoding="utf-8") as f:
            for r in json.load(f):
                self.postcodes.setdefault(r["nomCommune"], []).append((r["codePostal"], r["libelleAcheminement"]))
                self.all_communes.append((r["nomCommune"], r["codePostal"], r["libelleAcheminement"]))
        self.all_communes.sort()
        with open(os.path.join(gdir, "fr-esr-principaux-etablissements-enseignement-superieur.csv"),
                  encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter=";"):
                if row.get("uo_lib"):
                    self.fr_universities.append(row["uo_lib"].strip())
        self.fr_universities.sort()
        with open(os.path.join(gdir, "world_universities_and_domains.json"), encoding="utf-8") as f:
            for u in json.load(f):
                self.world_unis.setdefault(u["country"], []).append(u["name"].strip())
                for d in u.get("domains") or []:
                    self.uni_domains.setdefault(u["country"], []).append(d)
        for v in list(self.world_unis.values()) + list(self.uni_domains.values()):
            v.sort()

    def gazetteer_first(self, origin, sex):
        """A first-name list from the gazetteers for this origin, or [] when none fits."""
        if origin == "france":
            return self.insee_first[sex]
        pool = []
        for lang in BTN_ORIGINS.get(origin, []):
            pool.extend(self.btn_first.get((lang, sex), []))
        return sorted(set(pool))
