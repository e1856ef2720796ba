"""Train the reader's name-likeness model (``src/kzld/parse/likeness.json``) from data (issue 18).

``python bench/train_likeness.py`` learns, by logistic regression over the hashed features of
:mod:`kzld.parse.likeness`, what an organisation's name looks like:

- positives: every name, native name, form and abbreviation of ``authority/organisations.yaml``,
  and every signer (name and aliases) of the gold records of ``bench/devcorpus/tune/``;
- negatives: the other lines of those tune texts, their sentences and their comma and semicolon
  items (argument, furniture, headings, datelines, persons, fragments), and every
  ``not_signatories`` entry of their gold records. A piece that holds a signer's name and little
  more ("1. Name – ABC") is neither: it is left out rather than taught as a non-name.

The held-out texts are never read. ``--fold 0`` or ``--fold 1`` trains on one half of the tune
texts (split by a hash of the file name) and leaves out of the authority every organisation that
only the other half's gold names, so that ``bench/likeness_folds.py`` can score the other half
on names the model never saw. The output is deterministic: the same data give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from gold import Gold, load_golds, match_key  # noqa: E402

TUNE = BENCH / "devcorpus" / "tune"
AUTHORITY = ROOT / "authority" / "organisations.yaml"
OUT = ROOT / "src" / "kzld" / "parse" / "likeness.json"
#: The size of the hashed feature space, the L2 penalty, and the training steps.
SIZE = 1 << 14
PENALTY = 1e-4
STEPS = 400
RATE = 0.1

_MARKER = re.compile(r"^\s*(?:[-–—•*·▪►○●>]+|\(?\d{1,3}[.)\]:]|\(?[a-zа-я][.)])\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ITEMS = re.compile(r"\s*[,;]\s*")


def fold_of(name: str) -> int:
    """The fold (0 or 1) of a text, by a hash of its file name without its suffixes."""
    stem = name.split(".")[0]
    return zlib.crc32(stem.encode("utf-8")) % 2


def _pieces(text: str) -> Iterable[str]:
    """Each line of ``text`` without its list marker, its sentences and its comma items."""
    for line in text.splitlines():
        line = _MARKER.sub("", line.strip()).strip()
        if not line:
            continue
        yield line
        sentences = [s for s in _SENTENCE_END.split(line) if s]
        if len(sentences) > 1:
            yield from sentences
        items = [i for i in _ITEMS.split(line) if i]
        if len(items) > 1:
            yield from items


def _near(piece: str, forms: list[str]) -> bool:
    """True when ``piece`` holds one of the signer ``forms`` and few words more."""
    key = match_key(piece)
    size = len(key.split())
    return any(form in key and size <= len(form.split()) + 3 for form in forms)


def text_examples(gold: Gold, text: str) -> tuple[list[str], list[str]]:
    """The positives and negatives one tune text gives."""
    positives = [form for signer in gold.signatories for form in signer.forms]
    forms = sorted({match_key(p) for p in positives})
    negatives = [piece for piece, _ in gold.not_signatories]
    negatives += [p for p in _pieces(text) if match_key(p) not in forms and not _near(p, forms)]
    negatives = [n for n in negatives if match_key(n) not in forms]
    return positives, negatives


def _authority_names(entry: dict[str, Any]) -> list[str]:
    values: list[Any] = [entry.get("name"), *(entry.get("forms") or [])]
    values += list(entry.get("abbreviations") or [])
    for names in (entry.get("names") or {}).values():
        values += names if isinstance(names, list) else [names]
    return [str(v) for v in values if v]


def authority_names(unseen: set[str]) -> list[str]:
    """Every name of the authority's entries, but those of an entry one of whose names is in
    ``unseen`` (folded keys of signers the model must not have seen)."""
    from kzld.model.yamlio import safe_load

    with AUTHORITY.open(encoding="utf-8") as handle:
        data = safe_load(handle) or {}
    found: list[str] = []
    for entry in data.get("organisations") or []:
        names = _authority_names(entry)
        if not any(match_key(n) in unseen for n in names):
            found += names
    return found


@dataclass(frozen=True)
class Data:
    """Labelled phrases: what the model learns from."""

    phrases: tuple[str, ...]
    labels: tuple[int, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {"positives": sum(self.labels), "negatives": len(self.labels) - sum(self.labels)}


def gather(fold: int | None) -> Data:
    """The training data: all tune texts, or those of ``fold`` (the authority without the
    organisations only the other fold's gold names)."""
    golds, errors = load_golds(TUNE)
    if errors:
        raise SystemExit("\n".join(errors))
    positives: dict[str, str] = {}
    negatives: dict[str, str] = {}
    mine: set[str] = set()
    theirs: set[str] = set()
    for name, gold in sorted(golds.items()):
        keys = {match_key(f) for s in gold.signatories for f in s.forms}
        if fold is not None and fold_of(name) != fold:
            theirs |= keys
            continue
        mine |= keys
        text = (TUNE / name).read_text(encoding="utf-8")
        pos, neg = text_examples(gold, text)
        positives.update((match_key(p), p) for p in pos)
        negatives.update((match_key(n), n) for n in neg)
    positives.update((match_key(p), p) for p in authority_names(theirs - mine))
    keys = sorted(set(positives) | set(negatives))
    phrases = [positives.get(k) or negatives[k] for k in keys]
    labels = [int(k in positives) for k in keys]
    return Data(tuple(phrases), tuple(labels))


def train(data: Data, size: int | None = None) -> tuple[float, np.ndarray]:
    """A logistic regression on the hashed features (``size`` of them, :data:`SIZE` unless
    given), the classes weighed alike (full-batch Adam, a fixed number of steps: the same data
    give the same weights)."""
    from kzld.parse.likeness import features

    size = size or SIZE
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for row, phrase in enumerate(data.phrases):
        for index, value in features(phrase, size):
            rows.append(row)
            cols.append(index)
            vals.append(value)
    r, c, v = np.array(rows), np.array(cols), np.array(vals)
    y = np.array(data.labels, dtype=float)
    n = len(y)
    weight = np.where(y == 1, n / (2 * y.sum()), n / (2 * (n - y.sum())))
    w = np.zeros(size + 1)
    m = np.zeros(size + 1)
    s = np.zeros(size + 1)
    for step in range(1, STEPS + 1):
        z = np.bincount(r, weights=w[c] * v, minlength=n) + w[size]
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * weight / n
        grad = np.zeros(size + 1)
        grad[:size] = np.bincount(c, weights=err[r] * v, minlength=size) + PENALTY * w[:size]
        grad[size] = err.sum()
        m = 0.9 * m + 0.1 * grad
        s = 0.999 * s + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(s / (1 - 0.999**step)) + 1e-8)
    return float(w[size]), w[:size]


def write(path: Path, bias: float, weights: np.ndarray, data: Data, fold: int | None) -> None:
    """The model as JSON, its numbers rounded so that two runs write the same bytes."""
    model = {
        "about": "kzld name-likeness model, written by bench/train_likeness.py; do not edit",
        "trained_on": {"fold": fold, **data.counts},
        "bias": round(bias, 4),
        "weights": [round(float(x), 4) for x in weights],
    }
    path.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", type=int, choices=(0, 1), help="train on one fold of tune")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    data = gather(args.fold)
    bias, weights = train(data)
    write(args.out, bias, weights, data, args.fold)
    print(f"{args.out}: {data.counts['positives']} positives, {data.counts['negatives']} negatives")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
