#!/usr/bin/env python3
"""Self-test of the corpus generator and the evaluator (ctest: corpus_evaluator_selftest, label unit_py).

The evaluator must pass a tool that removes exactly the gold spans, fail one that finds nothing, catch a
placeholder glued to a word, and fail a crashing tool. The generator must be deterministic, write
consistent gold spans, and reach the size and variety the issues ask for.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import evaluate  # noqa: E402

GEN = os.path.join(HERE, "gen_corpus.py")
EVAL = os.path.join(HERE, "evaluate.py")
BARS = [os.path.join(HERE, "bars.json"), os.path.join(HERE, "bars_names.json")]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def run(cmd):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return proc.returncode, proc.stdout, proc.stderr


class Corpus(unittest.TestCase):
    """One full-size corpus (300 + 300) shared by the tests below."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="fairhire-corpus-test-")
        cls.corpus = os.path.join(cls.tmp, "corpus")
        rc, _, err = run([sys.executable, GEN, "--out", cls.corpus, "--seed", "7"])
        assert rc == 0, err
        with open(os.path.join(cls.corpus, "gold.jsonl"), encoding="utf-8") as f:
            cls.gold = [json.loads(line) for line in f]
        cls.tools = {}
        for mode in ("perfect", "nothing", "inword", "crash"):
            path = os.path.join(cls.tmp, f"tool-{mode}")
            with open(path, "w") as f:
                f.write(f"#!/bin/sh\nexec '{sys.executable}' '{os.path.join(HERE, 'fake_tool.py')}' --mode {mode} \"$@\"\n")
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
            cls.tools[mode] = path

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def evaluate(self, mode, *extra, bars=BARS):
        out = os.path.join(self.tmp, f"metrics-{mode}.json")
        cmd = [sys.executable, EVAL, "--tool", self.tools[mode], "--corpus", self.corpus, "--json", out]
        for b in bars:
            cmd += ["--bars", b]
        rc, stdout, stderr = run(cmd + list(extra))
        metrics = None
        if os.path.exists(out):
            with open(out) as f:
                metrics = json.load(f)
            os.remove(out)
        return rc, stdout + stderr, metrics

    # ----------------------------------------------------------------------------- evaluator
    def test_perfect_tool_meets_every_bar(self):
        rc, out, m = self.evaluate("perfect")
        self.assertEqual(rc, 0, out)
        self.assertTrue(all(b["ok"] for b in m["bars"]), [b for b in m["bars"] if not b["ok"]])
        allm = m["metrics"]["all"]
        for cat, r in allm["recall"].items():
            self.assertEqual(r["value"], 1.0, cat)
            self.assertEqual(r["category_agreement"], 1.0, cat)
        for kind, r in allm["keep"].items():
            self.assertEqual(r["value"], 1.0, kind)
        self.assertEqual(allm["name_token_recall"], 1.0)
        self.assertEqual(allm["zero_leak"], 1.0)
        self.assertEqual(allm["placeholders_inside_words"], 0)

    def test_tool_finding_nothing_fails(self):
        rc, out, m = self.evaluate("nothing", "--show-misses", "2")
        self.assertEqual(rc, 1, out)
        allm = m["metrics"]["all"]
        self.assertEqual(allm["recall"]["EMAIL"]["value"], 0.0)
        self.assertEqual(allm["name_token_recall"], 0.0)
        self.assertLess(allm["zero_leak"], 0.1)        # only documents without any personal data are clean
        self.assertEqual(allm["keep"]["skill"]["value"], 1.0)    # nothing removed, nothing damaged
        self.assertIn("FAIL all recall EMAIL", out)
        self.assertIn("Worst misses", out)

    def test_placeholder_inside_a_word_is_caught(self):
        rc, out, m = self.evaluate("inword")
        self.assertEqual(rc, 1, out)
        self.assertGreaterEqual(m["metrics"]["all"]["placeholders_inside_words"], 1)
        failed = [b["bar"] for b in m["bars"] if b["ok"] is False]
        self.assertTrue(failed and all("placeholders_inside_words" in b for b in failed), failed)

    def test_crashing_tool_fails(self):
        rc, out, m = self.evaluate("crash")
        self.assertEqual(rc, 1, out)
        self.assertEqual(m["metrics"]["all"]["documents_failed"], len(self.gold))

    def test_language_filter(self):
        rc, out, m = self.evaluate("perfect", "--lang", "en")
        self.assertEqual(rc, 0, out)
        self.assertNotIn("fr", m["metrics"])
        self.assertEqual(m["metrics"]["all"]["documents"], sum(1 for d in self.gold if d["lang"] == "en"))

    def test_unknown_bar_is_a_usage_error(self):
        bad = os.path.join(self.tmp, "bad-bars.json")
        with open(bad, "w") as f:
            json.dump({"recall": {"EMAILS": 0.99}}, f)
        rc, out, _ = self.evaluate("perfect", bars=[bad])
        self.assertEqual(rc, 2, out)
        self.assertIn("EMAILS", out)

    # ----------------------------------------------------------------------------- generator
    def test_size_layouts_and_origins(self):
        by_lang = {"fr": [d for d in self.gold if d["lang"] == "fr"], "en": [d for d in self.gold if d["lang"] == "en"]}
        for lang, docs in by_lang.items():
            self.assertGreaterEqual(len(docs), 200, lang)
            self.assertGreaterEqual(len({d["layout"] for d in docs}), 9, lang)
            self.assertEqual({d["format"] for d in docs}, {"text", "markdown"}, lang)
            cats = {}
            for d in docs:
                for s in d["pii"]:
                    cats[s["category"]] = cats.get(s["category"], 0) + 1
            for cat in evaluate.CATEGORIES:
                self.assertGreaterEqual(cats.get(cat, 0), 5, f"{lang} {cat}")
        self.assertGreaterEqual(len({d["origin"] for d in by_lang["fr"]}), 14)
        self.assertTrue({"uk", "india", "nigeria", "china_en", "usa"} <= {d["origin"] for d in by_lang["en"]})
        sources = {s for d in self.gold for s in d["name_sources"].values()}
        self.assertTrue({"hand", "gazetteer"} <= sources, sources)

    def test_gold_spans_are_consistent(self):
        for d in self.gold:
            data = read(os.path.join(self.corpus, d["path"]))
            text = data.decode("utf-8")
            spans = sorted(d["pii"], key=lambda s: s["start"])
            for a, b in zip(spans, spans[1:]):
                self.assertLessEqual(a["end"], b["start"], d["id"])
            for s in d["pii"] + d["keep"]:
                piece = data[s["start"]:s["end"]].decode("utf-8")       # on character boundaries
                self.assertEqual(piece, piece.strip(), (d["id"], s))
                self.assertTrue(piece, (d["id"], s))
            for s in d["pii"]:
                self.assertIn(s["category"], evaluate.CATEGORIES)
            for tok in d["name_tokens"]:
                self.assertRegex(evaluate.fold(text), evaluate.word_re(tok).pattern, (d["id"], tok))

    def test_deterministic_and_seed_dependent(self):
        a, b, c = (os.path.join(self.tmp, x) for x in ("a", "b", "c"))
        for path, seed in ((a, "3"), (b, "3"), (c, "4")):
            rc, _, err = run([sys.executable, GEN, "--out", path, "--seed", seed, "--fr", "15", "--en", "15"])
            self.assertEqual(rc, 0, err)
        gold = lambda p: read(os.path.join(p, "gold.jsonl"))
        self.assertEqual(gold(a), gold(b))
        self.assertNotEqual(gold(a), gold(c))
        for name in os.listdir(os.path.join(a, "fr")):
            self.assertEqual(read(os.path.join(a, "fr", name)), read(os.path.join(b, "fr", name)))

    def test_min_bytes_extends_without_changing_earlier_documents(self):
        small, big = os.path.join(self.tmp, "small"), os.path.join(self.tmp, "big")
        run([sys.executable, GEN, "--out", small, "--seed", "5", "--fr", "3", "--en", "3"])
        rc, _, err = run([sys.executable, GEN, "--out", big, "--seed", "5", "--fr", "3", "--en", "3", "--min-bytes", "60000"])
        self.assertEqual(rc, 0, err)
        total = sum(os.path.getsize(os.path.join(big, l, n)) for l in ("fr", "en") for n in os.listdir(os.path.join(big, l)))
        self.assertGreaterEqual(total, 60000)
        for lang in ("fr", "en"):
            for name in os.listdir(os.path.join(small, lang)):
                self.assertEqual(read(os.path.join(small, lang, name)), read(os.path.join(big, lang, name)))


class Scoring(unittest.TestCase):
    """score_document on hand-made cases."""

    DOC = {"id": "x", "lang": "fr", "path": "fr/x.txt",
           "pii": [{"start": 0, "end": 13, "category": "NAME"}, {"start": 16, "end": 33, "category": "EMAIL"}],
           "keep": [{"start": 36, "end": 40, "kind": "skill"}], "name_tokens": ["fatima", "benali"],
           "name_sources": {"fatima": "hand", "benali": "gazetteer"}}
    TEXT = "Fatima BENALI - f.benali@gmail.com - Rust\n"

    def score(self, findings, output):
        entry = {"status": "ok", "findings": findings}
        return evaluate.score_document(self.DOC, self.TEXT.encode(), entry, output)

    def test_partial_cover_is_a_miss_and_whitespace_need_not_be_covered(self):
        r = self.score([{"category": "NAME", "start": 0, "end": 6, "action": "replace"},
                        {"category": "NAME", "start": 7, "end": 13, "action": "replace"},
                        {"category": "EMAIL", "start": 16, "end": 30, "action": "replace"}],
                       "[NAME-1] [NAME-2] - [EMAIL-1].com - Rust\n")
        self.assertEqual(r["recall"]["NAME"], [1, 1, 1])
        self.assertEqual(r["recall"]["EMAIL"], [1, 0, 0])

    def test_any_category_counts_for_removal_but_not_for_agreement(self):
        r = self.score([{"category": "URL", "start": 16, "end": 33, "action": "replace"}], "")
        self.assertEqual(r["recall"]["EMAIL"], [1, 1, 0])

    def test_malformed_findings_are_ignored(self):
        r = self.score([{"category": "NAME", "start": "x", "end": 13}, {"category": "NAME"},
                        {"category": "NAME", "start": 0, "end": 10 ** 9, "action": "replace"}], "[NAME]")
        self.assertEqual(r["recall"]["NAME"], [1, 1, 1])

    def test_keep_action_removes_nothing(self):
        r = self.score([{"category": "NAME", "start": 0, "end": 13, "action": "keep"}], self.TEXT)
        self.assertEqual(r["recall"]["NAME"], [1, 0, 0])

    def test_damaged_skill_and_name_tokens_in_output(self):
        r = self.score([{"category": "NAME", "start": 0, "end": 13, "action": "replace"},
                        {"category": "NAME", "start": 36, "end": 40, "action": "replace"}],
                       "[NAME-1] - f.benali@gmail.com - [NAME-2]\n")
        self.assertEqual(r["keep"]["skill"], [1, 0])
        self.assertEqual(r["name_tokens"], (2, 1))          # "benali" survives in the e-mail
        self.assertEqual(r["zero_leak"], 0)

    def test_placeholder_glued_to_a_word(self):
        r = self.score([], "Fatima[NAME-1] - x - [SKILL]s\n")
        self.assertEqual(r["inside_words"], 2)
        r = self.score([], "[NAME-1], ([EMAIL-1]) - **[NAME-2]**\n")
        self.assertEqual(r["inside_words"], 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
