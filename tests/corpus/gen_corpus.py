#!/usr/bin/env python3
"""Generates the labelled synthetic CV corpus (French and English) with gold spans.

usage: gen_corpus.py --out DIR --seed N [--fr 300] [--en 300] [--min-bytes 0] [--gazetteers DIR]

Writes DIR/fr/<id>.txt|.md, DIR/en/<id>.txt|.md and DIR/gold.jsonl (one JSON object per document:
id, lang, path, layout, format, origin, pii[{start,end,category}], keep[{start,end,kind}], name_tokens,
name_sources, name_in_gazetteers). Offsets are UTF-8 byte offsets into the file. Deterministic given --seed and the data files:
each document has its own random stream, so adding documents never changes earlier ones.
See tests/corpus/README.md and docs/corpus.md.
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cvgen.lexicon import Lexicon                       # noqa: E402
from cvgen.people import weighted                       # noqa: E402
from cvgen.profile import build_profile                 # noqa: E402
from cvgen.rich import fold, name_tokens_of             # noqa: E402
from cvgen import layouts_fr, layouts_en                # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_GAZ = os.environ.get("FAIRHIRE_GAZETTEER_DIR") or os.path.join(os.path.dirname(REPO), "shared", "gazetteers")
CATEGORIES = {"NAME", "EMAIL", "PHONE", "URL", "ADDRESS", "POSTCODE", "CITY", "DATE_OF_BIRTH", "AGE", "BIRTHPLACE",
              "CIVILITY", "NATIONALITY", "FAMILY_STATUS", "HEALTH", "ID_NUMBER", "PHOTO", "SCHOOL"}
FILE_RE = re.compile(r"^(fr|en)-\d{4,}\.(txt|md)$")


def word_re(token):
    return re.compile(r"(?<![^\W_])" + re.escape(token) + r"(?![^\W_])")


def choose_layout(rng, lang, profile):
    if lang == "fr":
        table = layouts_fr.LAYOUTS
    else:
        table = layouts_en.LAYOUTS
        if rng.random() < 0.7:
            name = rng.choice(layouts_en.MARKET_LAYOUTS[profile.market])
            return next(t for t in table if t[0] == name)
    return weighted(rng, [(t, t[3]) for t in table])


def check(text, pii, keep):
    """Raises ValueError when gold spans are inconsistent (a generator bug, not bad luck)."""
    data = text.encode("utf-8")
    spans = sorted(pii, key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping pii spans {a} {b}")
    for s in pii:
        if s["category"] not in CATEGORIES:
            raise ValueError(f"unknown category {s}")
        before = data[:s["start"]].decode("utf-8")[-1:]
        after = data[s["end"]:].decode("utf-8")[:1]
        if (before and (before.isalnum())) or (after and after.isalnum()):
            raise ValueError(f"pii span inside a word: {s} {data[s['start'] - 5:s['end'] + 5]!r}")
    for k in keep:
        for s in pii:
            if k["start"] < s["end"] and s["start"] < k["end"]:
                raise ValueError(f"keep span overlaps pii: {k} {s}")


def name_token_info(text, pii, profile, people):
    """Name tokens present in the document (word boundaries, folded), with their source list."""
    data = text.encode("utf-8")
    folded = fold(text)
    tokens, sources = [], {}
    for s in pii:
        if s["category"] == "NAME":
            for tok in name_tokens_of(data[s["start"]:s["end"]].decode("utf-8")):
                if tok not in tokens:
                    tokens.append(tok)
    for person in people:
        for part, gaz in person.parts():
            for tok in name_tokens_of(part):
                if tok not in tokens and word_re(tok).search(folded):
                    tokens.append(tok)
                src = "gazetteer" if gaz else "hand"
                if tok in sources and sources[tok] != src:
                    src = "both"
                sources[tok] = src
    return tokens, {t: sources.get(t, "hand") for t in tokens}


def residual_clash(text, pii, tokens):
    """True when a name token also occurs in text that must stay (it could never be removed)."""
    data = bytearray(text.encode("utf-8"))
    for s in pii:
        data[s["start"]:s["end"]] = b" " * (s["end"] - s["start"])
    residual = fold(data.decode("utf-8", errors="replace"))
    return any(word_re(t).search(residual) for t in tokens)


def make_document(lex, seed, lang, index):
    rng = random.Random(f"fairhire-corpus/{seed}/{lang}/{index}")
    for _attempt in range(200):
        profile = build_profile(lex, rng, lang)
        tutor = profile.tutor
        layout, fn, ext, _w = choose_layout(rng, lang, profile)
        doc = fn(lex, rng, profile)
        if rng.random() < (0.15 if lang == "fr" else 0.05):
            doc.typography(rng, lang)
        text, pii, keep = doc.finish(newline="\r\n" if rng.random() < 0.08 else "\n", bom=rng.random() < 0.02)
        people = [profile.person] + list(profile.referees) + ([tutor] if tutor else []) + profile._extra_people
        tokens, sources = name_token_info(text, pii, profile, people)
        check(text, pii, keep)
        if not residual_clash(text, pii, tokens):
            return layout, ext, profile, text, pii, keep, tokens, sources
    raise RuntimeError(f"could not generate {lang} document {index}")


def clean(out):
    for lang in ("fr", "en"):
        d = os.path.join(out, lang)
        if os.path.isdir(d):
            for name in os.listdir(d):
                if FILE_RE.match(name):
                    os.remove(os.path.join(d, name))
        os.makedirs(d, exist_ok=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--fr", type=int, default=300)
    ap.add_argument("--en", type=int, default=300)
    ap.add_argument("--min-bytes", type=int, default=0)
    ap.add_argument("--gazetteers", default=DEFAULT_GAZ, help="directory of ../shared/gazetteers (default %(default)s)")
    args = ap.parse_args(argv)
    lex = Lexicon(args.gazetteers)
    clean(args.out)
    total, counts, plan = 0, {"fr": 0, "en": 0}, [("fr", i) for i in range(args.fr)] + [("en", i) for i in range(args.en)]
    gold_path = os.path.join(args.out, "gold.jsonl")
    with open(gold_path + ".tmp", "w", encoding="utf-8") as gold:
        i = 0
        while i < len(plan) or total < args.min_bytes:
            lang, index = plan[i] if i < len(plan) else (("fr", "en")[i % 2], counts[("fr", "en")[i % 2]])
            i += 1
            layout, ext, profile, text, pii, keep, tokens, sources = make_document(lex, args.seed, lang, index)
            doc_id = f"{lang}-{index + 1:04d}"
            rel = f"{lang}/{doc_id}.{ext}"
            data = text.encode("utf-8")
            with open(os.path.join(args.out, rel), "wb") as f:
                f.write(data)
            total += len(data)
            counts[lang] = max(counts[lang], index + 1)
            gold.write(json.dumps({"id": doc_id, "lang": lang, "path": rel, "layout": layout,
                                   "format": "markdown" if ext == "md" else "text", "origin": profile.origin,
                                   "pii": sorted(pii, key=lambda s: s["start"]),
                                   "keep": sorted(keep, key=lambda s: s["start"]),
                                   "name_tokens": tokens, "name_sources": sources,
                                   "name_in_gazetteers": {t: t in lex.gazetteer_tokens for t in tokens}},
                                  ensure_ascii=False) + "\n")
    os.replace(gold_path + ".tmp", gold_path)
    print(f"gen_corpus: {counts['fr']} fr + {counts['en']} en documents, {total} bytes -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
