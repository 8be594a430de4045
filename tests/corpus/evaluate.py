#!/usr/bin/env python3
"""Measures an anonymiser on the generated corpus and checks the bars.

usage: evaluate.py --tool PATH --corpus DIR --bars FILE [--bars FILE...] [--data-dir DIR] [--lang fr|en|all]
                   [--json OUT] [--show-misses N] [--keep-output DIR] [--tool-arg ARG...] [--timeout S]

Runs the tool once on the whole corpus as a batch:
    TOOL --data-dir D --report R.jsonl -o OUT/ CORPUS/fr CORPUS/en
then compares its report (byte offsets of findings) and its outputs with CORPUS/gold.jsonl.
Exit 0 when every bar is met, 1 when one is not (or the tool failed), 2 on usage errors.
Metric definitions: tests/corpus/README.md and docs/corpus.md.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

CATEGORIES = ["NAME", "EMAIL", "PHONE", "URL", "ADDRESS", "POSTCODE", "CITY", "DATE_OF_BIRTH", "AGE", "BIRTHPLACE",
              "CIVILITY", "NATIONALITY", "FAMILY_STATUS", "HEALTH", "ID_NUMBER", "PHOTO", "SCHOOL"]
KEEP_KINDS = ["skill", "job_title", "degree", "employer", "date", "salary", "number"]
SCALAR_BARS = {"name_token_recall", "school_removal", "degree_kept", "zero_leak"}
MAX_BARS = {"placeholders_inside_words", "documents_failed"}
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*(?:-\d+)?\]")
PLACEHOLDER_IN_WORD = re.compile(r"[^\W_]\[[A-Z][A-Z_]*(?:-\d+)?\]|\[[A-Z][A-Z_]*(?:-\d+)?\][^\W_]")
ADDRESS_STOP = {"rue", "avenue", "boulevard", "allee", "impasse", "chemin", "place", "quai", "cite", "residence",
                "batiment", "bat", "route", "square", "cours", "sentier", "passage", "lieu", "dit", "hameau", "appt",
                "apt", "appartement", "etage", "esc", "escalier", "cedex", "les", "des", "del", "street", "road", "lane",
                "avenue", "drive", "close", "flat", "apartment", "unit", "block", "door", "plot", "cross", "main",
                "france", "india", "nigeria", "state", "the", "and", "bis", "ter", "way", "terrace", "gardens",
                "crescent", "grove", "view", "park", "nagar", "colony", "enclave", "apartments", "towers", "heights",
                "general", "saint", "sainte", "paris", "lyon", "marseille", "london"}
_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                             "ß": "ss", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'"})


class UsageError(Exception):
    pass


def fold(text):
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def word_re(token):
    return re.compile(r"(?<![^\W_])" + re.escape(token) + r"(?![^\W_])")


# ------------------------------------------------------------------------------------------ running the tool
def run_tool(args, inputs, out_dir, report):
    cmd = [args.tool]
    if args.data_dir:
        cmd += ["--data-dir", args.data_dir]
    cmd += ["--report", report, "-o", out_dir] + list(args.tool_arg or []) + inputs
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=args.timeout)
    except FileNotFoundError:
        raise UsageError(f"tool not found: {args.tool}")
    except PermissionError:
        raise UsageError(f"tool is not executable: {args.tool}")
    except subprocess.TimeoutExpired:
        print(f"evaluate: the tool did not finish within {args.timeout} s", file=sys.stderr)
        return 124, ""
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def load_report(path):
    entries = []
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    entries.append(json.loads(line))
                except json.JSONDecodeError as e:
                    print(f"evaluate: report line {n} is not JSON ({e.msg}); ignored", file=sys.stderr)
    return entries


def index_report(entries, corpus):
    """Maps 'fr/fr-0001.md' (gold path) to its report entry."""
    by_path = {}
    corpus_abs = os.path.realpath(corpus)
    for e in entries:
        inp = e.get("input", "")
        real = os.path.realpath(inp)
        rel = os.path.relpath(real, corpus_abs) if real.startswith(corpus_abs + os.sep) else inp
        rel = rel.replace(os.sep, "/")
        by_path[rel] = e
        parts = rel.split("/")
        if len(parts) >= 2:
            by_path.setdefault("/".join(parts[-2:]), e)
    return by_path


def output_text(entry, doc, out_dir):
    candidates = []
    if entry and entry.get("output") and entry.get("output") != "-":
        candidates.append(entry["output"])
    candidates += [os.path.join(out_dir, doc["path"]), os.path.join(out_dir, os.path.basename(doc["path"]))]
    for c in candidates:
        if os.path.isfile(c):
            with open(c, "rb") as f:
                return f.read().decode("utf-8", "replace")
    return None


# ------------------------------------------------------------------------------------------ per-document scoring
def removing_findings(entry, size):
    """Findings that remove text (action other than keep), with valid integer offsets clipped to the file."""
    out = []
    for f in entry.get("findings", []) if isinstance(entry.get("findings"), list) else []:
        try:
            s, e = max(0, int(f["start"])), min(size, int(f["end"]))
        except (KeyError, TypeError, ValueError):
            continue
        if e > s and f.get("action") != "keep":
            out.append(dict(f, start=s, end=e))
    return out


def coverage_mask(findings, size):
    mask = bytearray(size)
    for f in findings:
        mask[f["start"]:f["end"]] = b"\x01" * (f["end"] - f["start"])
    return mask


def distinctive_location_tokens(data, doc):
    """Words of address/postcode/city spans that occur nowhere else in the text that must stay."""
    residual = bytearray(data)
    for s in doc["pii"]:
        residual[s["start"]:s["end"]] = b" " * (s["end"] - s["start"])
    residual_folded = fold(residual.decode("utf-8", "replace"))
    tokens = set()
    for s in doc["pii"]:
        if s["category"] not in ("ADDRESS", "POSTCODE", "CITY"):
            continue
        for tok in re.findall(r"[^\W_]+", fold(data[s["start"]:s["end"]].decode("utf-8", "replace"))):
            if (tok.isdigit() and len(tok) >= 4) or (not tok.isdigit() and len(tok) >= 3 and tok not in ADDRESS_STOP):
                if not word_re(tok).search(residual_folded):
                    tokens.add(tok)
    return tokens


def phone_leaks(data, doc, output):
    digits_out = output
    for s in doc["pii"]:
        if s["category"] != "PHONE":
            continue
        d = re.sub(r"\D", "", data[s["start"]:s["end"]].decode("utf-8", "replace"))[-8:]
        if len(d) >= 6 and re.search(r"[\s.\-/()]*".join(d), digits_out):
            return True
    return False


def score_document(doc, data, entry, output):
    """Returns a dict of counts for one document."""
    size = len(data)
    ok = entry is not None and entry.get("status") == "ok"
    findings = removing_findings(entry, size) if ok else []
    mask = coverage_mask(findings, size)
    res = {"lang": doc["lang"], "failed": 0 if ok else 1, "recall": {}, "keep": {}, "misses": [], "damaged": [],
           "leaked_tokens": []}
    for s in doc["pii"]:
        cat = s["category"]
        positions = [i for i in range(s["start"], s["end"]) if data[i] not in b" \t\r\n"]
        covered_n = sum(1 for i in positions if mask[i])
        covered = covered_n == len(positions)
        over = [f for f in findings if f["start"] < s["end"] and s["start"] < f["end"]]
        agree = covered and any(f.get("category") == cat for f in over)
        c = res["recall"].setdefault(cat, [0, 0, 0])
        c[0] += 1
        c[1] += covered
        c[2] += agree
        if not covered:
            res["misses"].append((1 - covered_n / max(1, len(positions)), doc["id"], cat, s["start"], s["end"],
                                  ",".join(sorted({f"{f.get('category')}:{f.get('rule')}" for f in over})) or "no finding",
                                  data[s["start"]:s["end"]].decode("utf-8", "replace")))
    for k in doc["keep"]:
        hit = any(mask[k["start"]:k["end"]])
        c = res["keep"].setdefault(k["kind"], [0, 0])
        c[0] += 1
        c[1] += not hit
        if hit:
            rules = {f"{f.get('category')}:{f.get('rule')}" for f in findings if f["start"] < k["end"] and k["start"] < f["end"]}
            res["damaged"].append((doc["id"], k["kind"], k["start"], k["end"], ",".join(sorted(rules)),
                                   data[k["start"]:k["end"]].decode("utf-8", "replace")))
    text = output if (ok and output is not None) else data.decode("utf-8", "replace")
    folded = fold(PLACEHOLDER.sub(" ", text))     # "[CITY-1]" is not a leak of a token "city"
    tokens = [t for t in doc.get("name_tokens", []) if len(t) >= 2]
    survived = [t for t in tokens if word_re(t).search(folded)]
    res["name_tokens"] = (len(tokens), len(tokens) - len(survived))
    sources = doc.get("name_sources", {})
    res["name_by_source"] = {}
    for t in tokens:
        src = sources.get(t, "hand")
        c = res["name_by_source"].setdefault(src, [0, 0])
        c[0] += 1
        c[1] += t not in survived
    in_gaz = doc.get("name_in_gazetteers", {})
    for t in tokens:
        if t in in_gaz:
            c = res["name_by_source"].setdefault("in gazetteers" if in_gaz[t] else "not in gazetteers", [0, 0])
            c[0] += 1
            c[1] += t not in survived
    res["leaked_tokens"] = [(doc["id"], t) for t in survived]
    leak = bool(survived)
    lowered = text.lower()
    for s in doc["pii"]:
        if s["category"] == "EMAIL" and data[s["start"]:s["end"]].decode("utf-8", "replace").lower() in lowered:
            leak = True
    leak = leak or phone_leaks(data, doc, text)
    if not leak:
        leak = any(word_re(t).search(folded) for t in distinctive_location_tokens(data, doc))
    res["zero_leak"] = 0 if leak else 1
    before = len(PLACEHOLDER_IN_WORD.findall(data.decode("utf-8", "replace")))
    res["inside_words"] = max(0, len(PLACEHOLDER_IN_WORD.findall(text)) - before) if ok else 0
    return res


# ------------------------------------------------------------------------------------------ aggregation
def empty_totals():
    return {"documents": 0, "failed": 0, "recall": {}, "keep": {}, "name_tokens": [0, 0], "name_by_source": {},
            "zero_leak": [0, 0], "inside_words": 0}


def add(tot, res):
    tot["documents"] += 1
    tot["failed"] += res["failed"]
    for cat, c in res["recall"].items():
        t = tot["recall"].setdefault(cat, [0, 0, 0])
        for i in range(3):
            t[i] += c[i]
    for kind, c in res["keep"].items():
        t = tot["keep"].setdefault(kind, [0, 0])
        t[0] += c[0]
        t[1] += c[1]
    tot["name_tokens"][0] += res["name_tokens"][0]
    tot["name_tokens"][1] += res["name_tokens"][1]
    for src, c in res["name_by_source"].items():
        t = tot["name_by_source"].setdefault(src, [0, 0])
        t[0] += c[0]
        t[1] += c[1]
    tot["zero_leak"][0] += 1
    tot["zero_leak"][1] += res["zero_leak"]
    tot["inside_words"] += res["inside_words"]


def ratio(num, den):
    return None if den == 0 else num / den


def metrics_of(tot):
    m = {"documents": tot["documents"], "documents_failed": tot["failed"],
         "recall": {c: {"spans": v[0], "covered": v[1], "value": ratio(v[1], v[0]),
                        "category_agreement": ratio(v[2], v[1])} for c, v in sorted(tot["recall"].items())},
         "keep": {k: {"spans": v[0], "kept": v[1], "value": ratio(v[1], v[0])} for k, v in sorted(tot["keep"].items())},
         "name_token_recall": ratio(tot["name_tokens"][1], tot["name_tokens"][0]),
         "name_tokens": tot["name_tokens"][0],
         "name_token_recall_by_source": {s: ratio(v[1], v[0]) for s, v in sorted(tot["name_by_source"].items())},
         "zero_leak": ratio(tot["zero_leak"][1], tot["zero_leak"][0]),
         "placeholders_inside_words": tot["inside_words"]}
    m["school_removal"] = m["recall"].get("SCHOOL", {}).get("value")
    m["degree_kept"] = m["keep"].get("degree", {}).get("value")
    return m


# ------------------------------------------------------------------------------------------ bars
def load_bars(paths):
    bars = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            raise UsageError(f"cannot read bars file {path}: {e}")
        check_bar_keys(data, path, top=True)
        bars.append((path, data))
    return bars


def check_bar_keys(data, path, top):
    if not isinstance(data, dict):
        raise UsageError(f"{path}: bars must be a JSON object")
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key in ("recall", "keep"):
            known = CATEGORIES if key == "recall" else KEEP_KINDS
            for k, v in value.items():
                if k not in known or not isinstance(v, (int, float)):
                    raise UsageError(f"{path}: unknown or invalid {key} bar '{k}'")
        elif key == "by_lang" and top:
            for lang, sub in value.items():
                if lang not in ("fr", "en"):
                    raise UsageError(f"{path}: by_lang has unknown language '{lang}'")
                check_bar_keys(sub, path, top=False)
        elif key in SCALAR_BARS | MAX_BARS:
            if not isinstance(value, (int, float)):
                raise UsageError(f"{path}: bar '{key}' must be a number")
        else:
            raise UsageError(f"{path}: unknown bar '{key}'")


def check_bars(bars, metrics):
    """Returns a list of (label, value, bar, ok) rows; ok is None when there is no data."""
    rows = []

    def check(spec, m, scope, path):
        for key, value in spec.items():
            if key.startswith("_") or key == "by_lang":
                continue
            if key in ("recall", "keep"):
                for k, bar in value.items():
                    got = m[key].get(k, {}).get("value")
                    rows.append((f"{scope} {key} {k}", got, bar, None if got is None else got >= bar, path))
            elif key in MAX_BARS:
                got = m[key]
                rows.append((f"{scope} {key}", got, value, got <= value, path))
            else:
                got = m[key]
                rows.append((f"{scope} {key}", got, value, None if got is None else got >= value, path))

    for path, spec in bars:
        check(spec, metrics["all"], "all", path)
        for lang, sub in spec.get("by_lang", {}).items():
            if lang in metrics:
                check(sub, metrics[lang], lang, path)
    return rows


# ------------------------------------------------------------------------------------------ printing
def fmt(v):
    return "  n/a" if v is None else f"{v:.3f}"


def print_table(metrics, langs):
    cols = langs + ["all"]
    print(f"{'metric':34}" + "".join(f"{c:>16}" for c in cols))
    print(f"{'documents':34}" + "".join(f"{metrics[c]['documents']:>16}" for c in cols))
    for cat in CATEGORIES:
        cells = []
        for c in cols:
            r = metrics[c]["recall"].get(cat)
            cells.append(f"{fmt(r['value'])} ({r['spans']:>4})" if r else "-")
        print(f"{'recall ' + cat:34}" + "".join(f"{x:>16}" for x in cells))
    for cat in CATEGORIES:
        cells = [fmt(metrics[c]["recall"].get(cat, {}).get("category_agreement")) for c in cols]
        if any(x.strip() != "n/a" for x in cells):
            print(f"{'  category agreement ' + cat:34}" + "".join(f"{x:>16}" for x in cells))
    for kind in KEEP_KINDS:
        cells = []
        for c in cols:
            r = metrics[c]["keep"].get(kind)
            cells.append(f"{fmt(r['value'])} ({r['spans']:>4})" if r else "-")
        print(f"{'kept ' + kind:34}" + "".join(f"{x:>16}" for x in cells))
    for key in ("name_token_recall", "school_removal", "degree_kept", "zero_leak"):
        print(f"{key:34}" + "".join(f"{fmt(metrics[c][key]):>16}" for c in cols))
    for src, label in (("hand", "drawn from hand lists"), ("gazetteer", "drawn from gazetteers"),
                       ("in gazetteers", "found in the gazetteers"), ("not in gazetteers", "absent from gazetteers")):
        cells = [fmt(metrics[c]["name_token_recall_by_source"].get(src)) for c in cols]
        print(f"{'  tokens ' + label:34}" + "".join(f"{x:>16}" for x in cells))
    print(f"{'placeholders inside words':34}" + "".join(f"{metrics[c]['placeholders_inside_words']:>16}" for c in cols))
    print(f"{'documents failed':34}" + "".join(f"{metrics[c]['documents_failed']:>16}" for c in cols))


def print_misses(results, n):
    misses = sorted((m for r in results for m in r["misses"]), key=lambda m: (m[2], -m[0], m[1], m[3]))
    print(f"\nWorst misses (up to {n} per category): document, category, bytes, findings overlapping, text")
    for cat in CATEGORIES:
        for m in [m for m in misses if m[2] == cat][:n]:
            print(f"  {m[1]}  {m[2]:14} {m[3]}-{m[4]}  uncovered {m[0]:.0%}  [{m[5]}]  {m[6]!r}")
    damaged = [d for r in results for d in r["damaged"]]
    print(f"\nText that had to stay but was touched (up to {n} per kind)")
    for kind in KEEP_KINDS:
        for d in [d for d in damaged if d[1] == kind][:n]:
            print(f"  {d[0]}  {d[1]:10} {d[2]}-{d[3]}  [{d[4]}]  {d[5]!r}")
    leaked = [t for r in results for t in r["leaked_tokens"]]
    print(f"\nName tokens still in the output (up to {n})")
    for doc_id, tok in leaked[:n]:
        print(f"  {doc_id}  {tok}")


# ------------------------------------------------------------------------------------------ main
def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tool", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--bars", action="append", required=True, help="bars file (repeatable)")
    ap.add_argument("--data-dir")
    ap.add_argument("--lang", choices=["fr", "en", "all"], default="all")
    ap.add_argument("--json")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N")
    ap.add_argument("--keep-output", metavar="DIR", help="write the tool's outputs and report here (kept)")
    ap.add_argument("--tool-arg", action="append", help="extra argument passed to the tool (repeatable)")
    ap.add_argument("--timeout", type=float, default=900)
    return ap.parse_args(argv)


def load_gold(corpus, lang):
    path = os.path.join(corpus, "gold.jsonl")
    if not os.path.isfile(path):
        raise UsageError(f"no gold.jsonl in {corpus} (generate the corpus with gen_corpus.py)")
    with open(path, encoding="utf-8") as f:
        docs = [json.loads(l) for l in f if l.strip()]
    return [d for d in docs if lang == "all" or d["lang"] == lang]


def evaluate(args):
    bars = load_bars(args.bars)
    gold = load_gold(args.corpus, args.lang)
    langs = sorted({d["lang"] for d in gold}, key=["fr", "en"].index)
    inputs = [os.path.join(args.corpus, l) for l in langs]
    work = args.keep_output or tempfile.mkdtemp(prefix="fairhire-eval-")
    try:
        out_dir = os.path.join(work, "out")
        if os.path.isdir(out_dir):
            shutil.rmtree(out_dir)
        os.makedirs(out_dir)
        report = os.path.join(work, "report.jsonl")
        if os.path.exists(report):
            os.remove(report)
        rc, stderr = run_tool(args, inputs, out_dir, report)
        if rc != 0:
            print(f"evaluate: the tool exited with {rc}; last lines of its standard error:", file=sys.stderr)
            for line in stderr.strip().splitlines()[-8:]:
                print("  " + line, file=sys.stderr)
        by_path = index_report(load_report(report), args.corpus)
        results, totals = [], {l: empty_totals() for l in langs + ["all"]}
        for doc in gold:
            with open(os.path.join(args.corpus, doc["path"]), "rb") as f:
                data = f.read()
            entry = by_path.get(doc["path"])
            res = score_document(doc, data, entry, output_text(entry, doc, out_dir) if entry else None)
            results.append(res)
            add(totals[doc["lang"]], res)
            add(totals["all"], res)
    finally:
        if not args.keep_output:
            shutil.rmtree(work, ignore_errors=True)
    metrics = {k: metrics_of(v) for k, v in totals.items()}
    rows = check_bars(bars, metrics)
    print_table(metrics, langs)
    print("\nBars:")
    failed = [r for r in rows if r[3] is False]
    for label, got, bar, ok, path in rows:
        mark = "ok  " if ok else ("FAIL" if ok is False else "n/a ")
        got_s = fmt(got) if isinstance(got, float) or got is None else str(got)
        print(f"  {mark} {label:40} {got_s:>8}  bar {bar}  ({os.path.basename(path)})")
    if args.show_misses:
        print_misses(results, args.show_misses)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"tool_exit": rc, "metrics": metrics,
                       "bars": [{"bar": r[0], "value": r[1], "threshold": r[2], "ok": r[3], "file": r[4]} for r in rows]},
                      f, indent=2)
    if rc != 0:
        print(f"evaluate: FAIL (the tool exited with {rc})")
        return 1
    print(f"evaluate: {'FAIL' if failed else 'PASS'} ({len(rows) - len(failed)}/{len(rows)} bars met)")
    return 1 if failed else 0


def main(argv=None):
    try:
        args = parse_args(argv)
        return evaluate(args)
    except UsageError as e:
        print(f"evaluate: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
