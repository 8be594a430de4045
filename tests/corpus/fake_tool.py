#!/usr/bin/env python3
"""A stand-in for fairhire-anonymise used by test_evaluate.py (same command line and report format).

--mode perfect   replaces exactly the gold spans (read from the corpus's gold.jsonl) by placeholders
--mode nothing   copies the inputs and reports no finding
--mode inword    like perfect, plus one placeholder glued to a word in the first document
--mode crash     writes nothing and exits 70
"""
import argparse
import json
import os
import sys


def find_gold(path):
    d = os.path.dirname(os.path.abspath(path))
    while d != os.path.dirname(d):
        if os.path.isfile(os.path.join(d, "gold.jsonl")):
            return d
        d = os.path.dirname(d)
    return None


def walk(inputs):
    for inp in inputs:
        if os.path.isdir(inp):
            for root, _dirs, files in sorted(os.walk(inp)):
                for name in sorted(files):
                    yield inp, os.path.join(root, name)
        else:
            yield os.path.dirname(inp) or ".", inp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="perfect")
    ap.add_argument("--data-dir")
    ap.add_argument("--report", required=True)
    ap.add_argument("-o", dest="out", required=True)
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    if a.mode == "crash":
        return 70
    golds = {}
    lines, first = [], True
    for base, path in walk(a.inputs):
        root = find_gold(path)
        if root not in golds:
            with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as f:
                golds[root] = {d["path"]: d for d in map(json.loads, f)}
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        doc = golds[root].get(rel)
        with open(path, "rb") as f:
            data = f.read()
        spans = [] if a.mode == "nothing" or doc is None else sorted(doc["pii"], key=lambda s: s["start"])
        out, pos, findings, numbers = [], 0, [], {}
        for s in spans:
            n = numbers.setdefault(s["category"], {})
            key = data[s["start"]:s["end"]]
            ph = f"[{s['category']}-{n.setdefault(key, len(n) + 1)}]"
            out += [data[pos:s["start"]], ph.encode()]
            pos = s["end"]
            findings.append({"category": s["category"], "rule": "gold", "start": s["start"], "end": s["end"],
                             "action": "replace", "confidence": 1.0, "placeholder": ph})
        out.append(data[pos:])
        text = b"".join(out)
        if a.mode == "inword" and first and doc and doc["keep"]:
            k = doc["keep"][0]
            text = text.replace(data[k["start"]:k["end"]], data[k["start"]:k["start"] + 1] + b"[NAME-9]", 1)
            findings.append({"category": "NAME", "rule": "bad", "start": k["start"] + 1, "end": k["end"],
                             "action": "replace", "confidence": 0.5, "placeholder": "[NAME-9]"})
            first = False
        dest = os.path.join(a.out, os.path.basename(os.path.normpath(base)), os.path.relpath(path, base))
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(text)
        counts = {}
        for fd in findings:
            counts[fd["category"]] = counts.get(fd["category"], 0) + 1
        lines.append(json.dumps({"input": path, "output": dest, "status": "ok", "format": "text",
                                 "lang": doc["lang"] if doc else "fr", "findings": findings, "counts": counts}))
    with open(a.report, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
