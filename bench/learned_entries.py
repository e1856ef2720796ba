"""Measure a scorer of candidate entries learnt from fold A's gold, on fold B (issue 18).

``python bench/learned_entries.py --reader BEFORE.json`` asks whether weights fitted to the gold
carry to unseen texts better than the reader's hand-set evidence. ``BEFORE.json`` is
``bench/quality_reader.py --split tune --json`` of the same checkout (which signers the reader
missed, which entries it invented).

- **Candidates**: every non-blank line of every tune text (its list marker and closing
  punctuation off), and every part of a line that a comma, a semicolon or a spaced dash, slash,
  bar or dot parts into two or more (outside brackets).
- **Labels** (the gold's matching rule, ``quality_reader._only``): a candidate is a signer's when
  its folded text is the signer's name or an alias, or that and separators only; one that holds
  a name and more words is *near* and is neither taught nor counted; every other is a non-signer.
- **Features of form only** (no word of any text): words and letters, the share of capitalised
  words, type words and qualifiers (``orgwords.yaml``), an abbreviation, a country (CLDR), a name
  the authority knows, words of prose, a sentence, brackets, digits, the line's list marker, the
  script; whole line or part and how many parts; the run of short lines it stands in (its length,
  the share of its lines with a type word or a marker, its place in it), a line ending in a colon
  in the run or just above it, the position in the text, the distance from the last long
  paragraph above, a long paragraph below. ``--no-authority`` leaves out the authority's names.
- **Fit** on fold A (odd text numbers): a logistic regression in numpy (classes weighed alike,
  L2), or with ``--model trees`` a gradient-boosted tree (scikit-learn, only for this
  measurement); ``--model hand`` is the reader's hand score, ``--model form`` the phrase alone.
  Fold A is scored in five folds by text (each text by a model that never saw it), fold B by the
  model fitted on all of fold A. Thresholds are chosen on fold A alone.
- **Figures**, counts only (no text of fold B is printed): of the signers the reader missed, how
  many the scorer would take; how many non-signers it would take; of the reader's inventions, how
  many it would refuse, and how many found signers that refusal would lose.

The held-out texts are never read.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from gold import Gold, load_golds, match_key  # noqa: E402
from quality_reader import _only  # noqa: E402

TUNE = BENCH / "devcorpus" / "tune"
#: A line of at least this many words is a paragraph of prose.
LONG = 30
#: A line of at most this many words may stand in a run of entries.
SHORT = 14
_NUMBER = re.compile(r"^[a-z]+(\d+)")
_SPACED = re.compile(r"\s[–—|/·•]\s")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HAN", "OTHER")


def fold_of(file: str) -> str:
    """``A`` for an odd text number (may be studied), ``B`` for an even one (the gate)."""
    match = _NUMBER.match(file)
    return "A" if match and int(match.group(1)) % 2 else "B"


def language_of(file: str) -> str:
    """The language code in a tune text's file name (``a01-en-...`` -> ``en``)."""
    parts = file.split("-")
    return parts[1] if len(parts) > 2 else "?"


# --------------------------------------------------------------------------- candidates


@dataclass
class Candidate:
    """A piece of a text the scorer weighs."""

    file: str
    line: int  # index into the text's lines
    text: str
    whole: bool  # the whole line, or a part of it
    parts: int  # how many parts its line has
    key: str = ""
    signers: set[int] = field(default_factory=set)  # gold signers it is (exactly)
    near: bool = False  # holds a signer's name and more words
    near_signers: set[int] = field(default_factory=set)


def _parts(text: str) -> list[str]:
    """``text`` parted at commas, semicolons and spaced marks outside brackets."""
    from kzld.parse.separators import SEPARATORS

    masked = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        masked.append("\0" if depth and char not in "([)]" else char)
    plain = "".join(masked)
    plain = _SPACED.sub(lambda m: " " + ";" + " " * (len(m.group(0)) - 2), plain)
    pieces, start = [], 0
    for k, char in enumerate(plain):
        if char in SEPARATORS:
            pieces.append(text[start:k])
            start = k + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _unmarked(content: str) -> tuple[str, bool]:
    """The line without its list marker, and whether it had one."""
    from kzld.parse.likeness import unclosed
    from kzld.parse.lists import ITEM

    match = ITEM.match(content)
    rest = content[match.end() :] if match else content
    return unclosed(rest.strip()), bool(match)


@dataclass
class Context:
    """What a text's lines say around each line (by line index)."""

    contents: list[str]
    marked: list[bool]
    words: list[int]
    typed: list[bool]
    run: list[tuple[int, int]]  # the run of short lines a line stands in (first, last index)
    colon_above: list[int]  # lines up from the run's first line to a line ending in a colon, -1
    long_above: list[int]  # lines up to the last long paragraph, -1 when none
    long_below: list[bool]


def context_of(contents: list[str]) -> Context:
    """The context of every line of a text (blank lines are ``""``)."""
    from kzld.parse.names import evidence
    from kzld.parse.text import words

    marked, counts, typed = [], [], []
    for content in contents:
        rest, mark = _unmarked(content)
        marked.append(mark)
        counts.append(len(words(rest)))
        typed.append(bool(rest) and evidence(rest).types > 0)
    n = len(contents)
    short = [bool(c) and 0 < counts[k] <= SHORT for k, c in enumerate(contents)]
    run: list[tuple[int, int]] = [(k, k) for k in range(n)]
    k = 0
    while k < n:
        if not short[k]:
            k += 1
            continue
        last = k
        j = k + 1
        while j < n and (short[j] or not contents[j]):
            if short[j]:
                last = j
            j += 1
        for m in range(k, last + 1):
            run[m] = (k, last)
        k = last + 1
    colon_above, long_above = [-1] * n, [-1] * n
    last_long = -1
    for k in range(n):
        if contents[k] and counts[k] >= LONG:
            last_long = k
        long_above[k] = k - last_long if last_long >= 0 and last_long < k else -1
        # the nearest line ending in a colon in the run above this line, or just above the run
        first = run[k][0]
        for up in range(k, -1, -1):
            if contents[up].rstrip().endswith((":", "：")):
                colon_above[k] = k - up
                break
            if up < first and contents[up]:
                break
    long_below = [False] * n
    seen = False
    for k in range(n - 1, -1, -1):
        long_below[k] = seen
        seen = seen or (bool(contents[k]) and counts[k] >= LONG)
    return Context(contents, marked, counts, typed, run, colon_above, long_above, long_below)


def _script(text: str) -> str:
    from kzld.model.scripts import script_of

    script = script_of(text)
    return script if script in _SCRIPTS else "OTHER"


def _bucket(value: float) -> float:
    return math.log1p(max(0.0, value))


def features(candidate: Candidate, context: Context, authority: bool) -> list[float]:
    """The features of ``candidate`` in its text (form and place only)."""
    from kzld.parse.names import evidence, name_score
    from kzld.parse.text import words

    text = candidate.text
    seen = evidence(text)
    found = words(text)
    long = [w for w in found if len(w) >= 4]
    k = candidate.line
    n = len(context.contents)
    first, last = context.run[k]
    members = [m for m in range(first, last + 1) if context.contents[m]]
    run_length = len(members)
    row = [
        _bucket(len(found)),
        _bucket(len(text)),
        seen.capitals,
        float(min(seen.types, 2)),
        float(min(seen.qualifiers, 2)),
        float(seen.abbreviation),
        float(seen.country),
        float(seen.known) if authority else 0.0,
        float(min(seen.prose, 3)),
        float(seen.sentence),
        float(seen.lower_start),
        float("(" in text and ")" in text),
        float(sum(c.isdigit() for c in text) > 0),
        float(len(long) >= 2 and all(w.isupper() for w in long)),
        float(text.rstrip().endswith((".", "!", "?"))),
        float(context.contents[k].rstrip().endswith((":", "："))),
        float(context.marked[k]),
        float(candidate.whole),
        _bucket(candidate.parts - 1),
        _bucket(run_length - 1),
        float(run_length >= 3),
        sum(context.typed[m] for m in members) / run_length,
        sum(context.marked[m] for m in members) / run_length,
        (members.index(k) / max(1, run_length - 1)) if k in members else 0.0,
        float(context.colon_above[k] >= 0),
        _bucket(context.colon_above[k]) if context.colon_above[k] >= 0 else 0.0,
        k / max(1, n - 1),
        float(context.long_above[k] >= 0),
        _bucket(context.long_above[k]) if context.long_above[k] >= 0 else 0.0,
        float(context.long_below[k]),
        _bucket(context.words[k]),
    ]
    script = _script(text)
    row += [float(script == s) for s in _SCRIPTS]
    row.append(name_score(text))  # the hand score: the baseline's only column, no feature
    return row


FEATURES = [
    "words",
    "letters",
    "capitals",
    "types",
    "qualifiers",
    "abbreviation",
    "country",
    "authority",
    "prose",
    "sentence",
    "lower_start",
    "brackets",
    "digits",
    "capitals_line",
    "ends_stop",
    "ends_colon",
    "list_marker",
    "whole_line",
    "parts",
    "run_length",
    "in_run_3",
    "run_typed",
    "run_marked",
    "run_place",
    "colon_above",
    "colon_distance",
    "position",
    "long_above",
    "long_distance",
    "long_below",
    "line_words",
] + [f"script_{s.lower()}" for s in _SCRIPTS]
#: The features of the phrase alone (the rest say where it stands).
FORM = FEATURES[: FEATURES.index("ends_stop") + 1] + [f"script_{s.lower()}" for s in _SCRIPTS]


def text_candidates(file: str, text: str, gold: Gold) -> tuple[list[Candidate], Context]:
    """Every candidate of one text, labelled by ``gold``."""
    from kzld.parse.text import split_lines

    contents = [line.content for line in split_lines(text)]
    context = context_of(contents)
    forms = [
        sorted({match_key(f) for f in s.forms}, key=len, reverse=True) for s in gold.signatories
    ]
    index: dict[str, set[int]] = defaultdict(set)
    for number, own in enumerate(forms):
        for form in own:
            index[form].add(number)
    found: list[Candidate] = []
    for k, content in enumerate(contents):
        if not content:
            continue
        rest, _ = _unmarked(content)
        if not rest:
            continue
        parts = _parts(rest)
        pieces = [(rest, True)] + ([(p, False) for p in parts] if len(parts) > 1 else [])
        for piece, whole in pieces:
            candidate = Candidate(file, k, piece, whole, len(parts))
            label(candidate, index, forms)
            found.append(candidate)
    return found, context


def label(candidate: Candidate, index: dict[str, set[int]], forms: list[list[str]]) -> None:
    """Set ``candidate``'s key, the signers it is, and whether it is near one."""
    key = match_key(candidate.text)
    candidate.key = key
    candidate.signers = set(index.get(key, ()))
    candidate.signers |= {g for g, own in enumerate(forms) if own and _only(key, own)}
    if not candidate.signers:
        padded = f" {key} "
        candidate.near_signers = {
            g for g, own in enumerate(forms) if any(f" {form} " in padded for form in own if form)
        }
        candidate.near = bool(candidate.near_signers)


# --------------------------------------------------------------------------- the reader's outcome


@dataclass
class TextData:
    """One tune text: candidates, features, and what the reader did."""

    file: str
    fold: str
    candidates: list[Candidate]
    rows: list[list[float]]
    signers: int
    missed: set[int]  # gold signers the reader missed
    invented: list[int]  # per reader invention: index of its candidate (-1 when none is it)
    found_candidates: dict[int, list[int]]  # found signer -> its candidates


def _locate(quote: str, contents: list[str]) -> int:
    """The index of the first line that holds ``quote`` (folded), -1 when none does."""
    key = match_key(quote)
    return next((k for k, c in enumerate(contents) if key and key in match_key(c)), -1)


def gather(reader: dict[str, Any], authority: bool) -> list[TextData]:
    """Every tune text's data (its text is read only to compute features and labels)."""
    from kzld.parse.text import decode

    golds, errors = load_golds(TUNE)
    if errors:
        # the problems may quote a gate text: only their number is said
        raise SystemExit(
            f"{len(errors)} problems in the gold records: run "
            "bench/quality_reader.py --split tune --validate-only"
        )
    scored = {t["file"]: t for t in reader["texts"]}
    data = []
    for file in sorted(golds):
        gold = golds[file]
        text = decode(file, (TUNE / file).read_bytes())
        candidates, context = text_candidates(file, text, gold)
        outcome = scored.get(file, {"missed": [], "invented": []})
        missed_names = [m["name"] for m in outcome["missed"]]
        missed: set[int] = set()
        for name in missed_names:
            number = next(
                (g for g, s in enumerate(gold.signatories) if s.name == name and g not in missed),
                None,
            )
            if number is not None:
                missed.add(number)
        by_key: dict[str, int] = {}
        for c_index, candidate in enumerate(candidates):
            by_key.setdefault(candidate.key, c_index)
        invented = []
        for invention in outcome["invented"]:
            quote = invention["quote"]
            at = by_key.get(match_key(quote), -1)
            if at < 0:
                line = _locate(quote, context.contents)
                if line >= 0:
                    extra = Candidate(file, line, quote, False, 1, key=match_key(quote))
                    candidates.append(extra)
                    at = len(candidates) - 1
                    by_key[extra.key] = at
            invented.append(at)
        found_candidates: dict[int, list[int]] = defaultdict(list)
        for c_index, candidate in enumerate(candidates):
            for g in candidate.signers:
                if g not in missed:
                    found_candidates[g].append(c_index)
        rows = [features(c, context, authority) for c in candidates]
        data.append(
            TextData(
                file,
                fold_of(file),
                candidates,
                rows,
                len(gold.signatories),
                missed,
                invented,
                dict(found_candidates),
            )
        )
    return data


# --------------------------------------------------------------------------- models


class Logistic:
    """A logistic regression in numpy: standardised features, classes weighed alike, L2."""

    def __init__(self, penalty: float = 1e-3, steps: int = 600, rate: float = 0.05) -> None:
        self.penalty, self.steps, self.rate = penalty, steps, rate

    def fit(self, x: np.ndarray, y: np.ndarray) -> Logistic:
        self.mean = x.mean(axis=0)
        self.std = x.std(axis=0) + 1e-9
        z = (x - self.mean) / self.std
        positives = max(1, int(y.sum()))
        weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
        w = np.zeros(z.shape[1])
        b = 0.0
        m1, v1 = np.zeros_like(w), np.zeros_like(w)
        mb = vb = 0.0
        for step in range(1, self.steps + 1):
            p = 1 / (1 + np.exp(-(z @ w + b)))
            g = weight * (p - y) / len(y)
            gw = z.T @ g + self.penalty * w
            gb = g.sum()
            m1 = 0.9 * m1 + 0.1 * gw
            v1 = 0.999 * v1 + 0.001 * gw * gw
            mb = 0.9 * mb + 0.1 * gb
            vb = 0.999 * vb + 0.001 * gb * gb
            c1, c2 = 1 - 0.9**step, 1 - 0.999**step
            w -= self.rate * (m1 / c1) / (np.sqrt(v1 / c2) + 1e-8)
            b -= self.rate * (mb / c1) / (math.sqrt(vb / c2) + 1e-8)
        self.w, self.b = w, b
        return self

    def score(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.std
        return np.asarray(1 / (1 + np.exp(-(z @ self.w + self.b))))


class Hand:
    """The reader's hand-set evidence of a name (:func:`kzld.parse.names.name_score`): nothing
    fitted, the baseline."""

    def fit(self, x: np.ndarray, y: np.ndarray) -> Hand:
        return self

    def score(self, x: np.ndarray) -> np.ndarray:
        return x[:, -1]


class Trees:
    """A small gradient-boosted tree (scikit-learn), classes weighed alike."""

    def fit(self, x: np.ndarray, y: np.ndarray) -> Trees:
        from sklearn.ensemble import HistGradientBoostingClassifier

        positives = max(1, int(y.sum()))
        weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
        self.model = HistGradientBoostingClassifier(
            max_iter=200, max_depth=4, learning_rate=0.1, random_state=0
        ).fit(x, y, sample_weight=weight)
        return self

    def score(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(self.model.predict_proba(x)[:, 1])


#: The models ``--model`` names, and the columns each reads.
MODELS: dict[str, Any] = {"logistic": Logistic, "form": Logistic, "trees": Trees, "hand": Hand}
COLUMNS = {
    "logistic": list(range(len(FEATURES))),
    "trees": list(range(len(FEATURES))),
    "form": [FEATURES.index(name) for name in FORM],
    "hand": [len(FEATURES)],
}


def _training(texts: list[TextData]) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for text in texts:
        for candidate, row in zip(text.candidates, text.rows, strict=True):
            if candidate.near:
                continue
            rows.append(row)
            labels.append(1.0 if candidate.signers else 0.0)
    return np.array(rows), np.array(labels)


def scores_of(model_kind: str, train: list[TextData], test: list[TextData]) -> list[np.ndarray]:
    """Each ``test`` text's candidate scores by a model fitted on ``train``."""
    x, y = _training(train)
    model: Logistic | Trees | Hand = MODELS[model_kind]()
    keep = COLUMNS[model_kind]
    model.fit(x[:, keep], y)
    return [model.score(np.array(t.rows)[:, keep]) if t.rows else np.zeros(0) for t in test]


def cross_scores(model_kind: str, texts: list[TextData], folds: int = 5) -> list[np.ndarray]:
    """Each text's scores by a model fitted on the other ``folds - 1`` parts (by text)."""
    out: list[np.ndarray] = [np.zeros(0)] * len(texts)
    for part in range(folds):
        test = [k for k in range(len(texts)) if k % folds == part]
        train = [texts[k] for k in range(len(texts)) if k % folds != part]
        for k, scores in zip(
            test, scores_of(model_kind, train, [texts[k] for k in test]), strict=True
        ):
            out[k] = scores
    return out


# --------------------------------------------------------------------------- figures


def finder(
    texts: list[TextData], scores: list[np.ndarray], threshold: float, bare: bool = False
) -> dict[str, Any]:
    """What the scorer would take at ``threshold``: missed signers found, non-signers taken
    (with ``bare``, only in the texts where the reader found no signer)."""
    missed = reachable = near = gained = taken_bad = already = 0
    gain_texts: set[str] = set()
    gain_languages: set[str] = set()
    bad_texts: set[str] = set()
    positives_taken = positives = negatives = 0
    used = 0
    for text, s in zip(texts, scores, strict=True):
        if bare and len(text.missed) < text.signers:
            continue
        used += 1
        invented = {i for i in text.invented if i >= 0}
        missed += len(text.missed)
        best: dict[int, float] = {}
        held = {g for candidate in text.candidates for g in candidate.near_signers}
        near += len((text.missed & held) - {g for c in text.candidates for g in c.signers})
        for c, candidate in enumerate(text.candidates):
            for g in candidate.signers:
                best[g] = max(best.get(g, 0.0), float(s[c]))
            if candidate.signers:
                positives += 1
                positives_taken += int(s[c] >= threshold)
            elif not candidate.near:
                negatives += 1
                if s[c] >= threshold:
                    if c in invented:
                        already += 1
                    else:
                        taken_bad += 1
                        bad_texts.add(text.file)
        for g in text.missed:
            if g in best:
                reachable += 1
                if best[g] >= threshold:
                    gained += 1
                    gain_texts.add(text.file)
                    gain_languages.add(language_of(text.file))
    return {
        "threshold": threshold,
        "texts": used,
        "candidates": [positives, negatives],
        "signer_candidates_taken": positives_taken,
        "missed": missed,
        "missed_reachable": reachable,
        "missed_only_near": near,
        "missed_taken": gained,
        "gain_texts": len(gain_texts),
        "gain_languages": len(gain_languages),
        "non_signers_taken": taken_bad,
        "non_signer_texts": len(bad_texts),
        "inventions_taken_again": already,
    }


def refusal(texts: list[TextData], scores: list[np.ndarray], threshold: float) -> dict[str, Any]:
    """Of the reader's inventions, how many the scorer would refuse below ``threshold``, and how
    many found signers every candidate of which it scores below."""
    inventions = placed = refused = found = lost = 0
    for text, s in zip(texts, scores, strict=True):
        inventions += len(text.invented)
        for at in text.invented:
            if at >= 0:
                placed += 1
                refused += int(s[at] < threshold)
        for candidates in text.found_candidates.values():
            found += 1
            lost += int(max(float(s[c]) for c in candidates) < threshold)
    return {
        "threshold": threshold,
        "inventions": inventions,
        "inventions_placed": placed,
        "inventions_refused": refused,
        "found_with_candidate": found,
        "found_lost": lost,
    }


def auc(texts: list[TextData], scores: list[np.ndarray]) -> float:
    """The area under the ROC curve of the candidates (near ones left out)."""
    pos, neg = [], []
    for text, s in zip(texts, scores, strict=True):
        for c, candidate in enumerate(text.candidates):
            if candidate.signers:
                pos.append(s[c])
            elif not candidate.near:
                neg.append(s[c])
    both = np.array(pos + neg)
    ranks = both.argsort().argsort() + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def _best_finder(texts: list[TextData], scores: list[np.ndarray], bare: bool) -> float:
    """The threshold at which the missed signers the finder takes outnumber the new non-signers
    by most (the highest such)."""
    best_net, find_at = -(10**9), 0.99
    for t in GRID:
        f = finder(texts, scores, t, bare)
        net = f["missed_taken"] - f["non_signers_taken"]
        if net >= best_net:
            best_net, find_at = net, t
    return find_at


#: The thresholds tried.
GRID = [k / 100 for k in range(1, 100)]


def choose(texts: list[TextData], scores: list[np.ndarray]) -> tuple[float, float, float]:
    """Thresholds chosen on fold A: the finder's (:func:`_best_finder`), in every text and in
    the texts where the reader found no signer; the refusal's, the highest at which it loses no
    more than one found signer in two hundred."""
    grid = GRID
    refuse_at = 0.01
    for t in grid:
        r = refusal(texts, scores, t)
        if r["found_lost"] * 200 <= r["found_with_candidate"]:
            refuse_at = t
    return _best_finder(texts, scores, False), _best_finder(texts, scores, True), refuse_at


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reader", type=Path, required=True, help="quality_reader --json of tune")
    parser.add_argument(
        "--model",
        choices=sorted(MODELS),
        default="logistic",
        help="logistic (default); form: logistic on the phrase alone; trees: gradient-boosted "
        "(scikit-learn); hand: the reader's hand score, nothing fitted",
    )
    parser.add_argument("--no-authority", action="store_true", help="leave out the authority")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cache", type=Path, help="keep the gathered candidates in this file")
    args = parser.parse_args(argv)
    kind = args.model
    if args.cache and args.cache.is_file():
        texts = pickle.loads(args.cache.read_bytes())
    else:
        texts = gather(json.loads(args.reader.read_text(encoding="utf-8")), not args.no_authority)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(texts))
    fold_a = [t for t in texts if t.fold == "A"]
    fold_b = [t for t in texts if t.fold == "B"]
    cross = cross_scores(kind, fold_a)
    find_at, bare_at, refuse_at = choose(fold_a, cross)
    on_b = scores_of(kind, fold_a, fold_b)
    report: dict[str, Any] = {"model": kind, "authority": not args.no_authority}
    for name, group, scores in (("A (five folds)", fold_a, cross), ("B", fold_b, on_b)):
        report[name] = {
            "texts": len(group),
            "auc": round(auc(group, scores), 4),
            "finder": finder(group, scores, find_at),
            "finder_at_0.5": finder(group, scores, 0.5),
            "finder_at_0.9": finder(group, scores, 0.9),
            "finder_bare": finder(group, scores, bare_at, True),
            "finder_bare_at_0.95": finder(group, scores, 0.95, True),
            "refusal": refusal(group, scores, refuse_at),
            "refusal_at_0.1": refusal(group, scores, 0.1),
            "refusal_at_0.2": refusal(group, scores, 0.2),
        }
    if kind in ("logistic", "form"):
        x, y = _training(fold_a)
        model = Logistic().fit(x[:, COLUMNS[kind]], y)
        names = [FEATURES[k] for k in COLUMNS[kind]]
        report["weights"] = {n: round(float(w), 3) for n, w in zip(names, model.w, strict=True)}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for key, value in report.items():
            print(key, json.dumps(value))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
