"""Labelled text: runs of text carrying an optional gold label, assembled into a document.

A Rich value is a list of (text, label) pieces; label is None, ("pii", CATEGORY) or ("keep", kind).
Layouts build lines out of Rich values; Doc.finish() computes UTF-8 byte offsets of every labelled
piece, so gold spans are exact by construction.
"""
import re
import unicodedata

_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
                             "ß": "ss", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'"})

PARTICLES = {"de", "du", "des", "d", "le", "la", "les", "l", "da", "das", "do", "dos", "di", "del",
             "della", "lo", "van", "von", "der", "den", "ter", "el", "al", "ben", "bin", "ibn", "ould",
             "ait", "n", "mc", "mac", "o", "st", "saint", "sainte", "y", "e", "ap", "bint",
             "nee", "epouse", "ep", "veuve", "dit", "dite"}   # not names: "MARTIN née BENALI", "épouse"


def fold(text):
    """Lower case, accents stripped (same folding as evaluate.py)."""
    text = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens_of(text):
    """Tokens of a person name worth checking in the output: letters only, no particles, >= 2."""
    tokens = []
    for tok in re.split(r"[^\w]|[\d_]", fold(text)):
        if len(tok) >= 2 and tok not in PARTICLES:
            tokens.append(tok)
    return tokens


class Rich:
    __slots__ = ("parts",)

    def __init__(self, parts=None):
        self.parts = parts or []

    def __add__(self, other):
        return Rich(self.parts + as_rich(other).parts)

    def __radd__(self, other):
        return as_rich(other) + self

    def text(self):
        return "".join(t for t, _ in self.parts)

    def __len__(self):
        return len(self.text())

    def upper(self):
        return Rich([(t.upper(), lab) for t, lab in self.parts])


def as_rich(x):
    if x is None:
        return Rich()
    if isinstance(x, Rich):
        return x
    if isinstance(x, str):
        return Rich([(x, None)] if x else [])
    raise TypeError(type(x))


def P(category, text):
    """A personal-data span of the given category."""
    return Rich([(text, ("pii", category))]) if text else Rich()


def K(kind, text):
    """Text that must stay (skill, job_title, degree, employer, date, salary)."""
    return Rich([(text, ("keep", kind))]) if text else Rich()


def R(*items):
    out = Rich()
    for it in items:
        out = out + it
    return out


def join(sep, items):
    out = Rich()
    for i, it in enumerate(x for x in items if x is not None and len(as_rich(x))):
        out = out + (sep if i else "") + it
    return out


class Doc:
    """Lines of Rich text; finish() returns (text, pii spans, keep spans)."""

    def __init__(self):
        self.lines = []

    def add(self, *items):
        self.lines.append(R(*items))

    def blank(self):
        if self.lines and len(self.lines[-1]):
            self.lines.append(Rich())

    def extend(self, lines):
        for line in lines:
            self.lines.append(as_rich(line))

    def typography(self, rng, lang):
        """Word-processor habits: no-break spaces before French colons and inside phone numbers."""
        nbsp = rng.choice(["\u00a0", "\u00a0", "\u202f"])
        for line in self.lines:
            parts = []
            for text, label in line.parts:
                if label is None and lang == "fr":
                    text = text.replace(" :", nbsp + ":").replace(" ;", nbsp + ";")
                elif label == ("pii", "PHONE") and rng.random() < 0.5:
                    text = text.replace(" ", nbsp)
                parts.append((text, label))
            line.parts = parts

    def finish(self, trailing_newline=True, newline="\n", bom=False):
        while self.lines and not len(self.lines[-1]):
            self.lines.pop()
        pieces = [("\ufeff", None)] if bom else []
        for i, line in enumerate(self.lines):
            if i:
                pieces.append((newline, None))
            pieces.extend(line.parts)
        if trailing_newline:
            pieces.append((newline, None))
        out, pii, keep, pos = [], [], [], 0
        for text, label in pieces:
            data = text.encode("utf-8")
            if label is not None:
                lead = len(data) - len(data.lstrip())
                trail = len(data) - len(data.rstrip())
                span = {"start": pos + lead, "end": pos + len(data) - trail}
                if span["end"] > span["start"]:
                    if label[0] == "pii":
                        span["category"] = label[1]
                        pii.append(span)
                    else:
                        span["kind"] = label[1]
                        keep.append(span)
            out.append(text)
            pos += len(data)
        return "".join(out), pii, keep
