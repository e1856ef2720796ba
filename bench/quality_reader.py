"""Score what a kzld build finds in a folder of texts against their gold records (issue 18).

``python bench/quality_reader.py --split tune`` builds ``bench/devcorpus/tune/`` with the
library (into a temporary folder, exactly as ``kzld build`` would), reads the published graph
back and compares it, text by text, with each ``ID.gold.yaml`` (the format is in
``bench/devcorpus/README.md``). It reports, per text and in total:

- **signatures**, by name: a published signature is matched to a gold signer when one of its
  evidence quotes, folded (:func:`match_key`), equals the signer's ``name`` or an alias; each gold
  signer is matched at most once (a maximum matching, so a signature quoting two signers takes
  the one no other signature can). An unmatched signature is a false positive (an invention):
  its quote is named, with the reason when it is one of the gold's ``not_signatories``;
- the **reader** of every published signature, found (``found_by``) or invented: the reader of
  :mod:`kzld.parse` that read the entries it quotes (``list:marked``, ``title_signers``, ...;
  :mod:`kzld.parse.provenance`), from what the build kept of each text, and per reader how many
  signatures were found and invented (``readers`` in the totals);
- **sections and positions** of the matched signers (the grouping into lists, whatever their
  numbers; the 1-based place in the list), and ``as_of`` dates;
- per text: **dates** (``created`` = ``schema:dateCreated``, ``published`` =
  ``schema:datePublished``), **languages** (the versions' ``schema:inLanguage`` in text order:
  the same sequence, and the same set), the **stated total** (``kzld:statedSignatoryCount``),
  the **title** (the first version's ``schema:name``);
- texts **left out** of the build (not readable, or their part of the graph broke a shape) and
  why; a left-out text counts as wrong on every per-text figure, and its signers as missed.

Before anything is built the gold records are validated by ``gold.py`` (keys, types, dates,
classes, and that every name, alias, title and not-signatory is an exact substring of its text);
every problem is listed as ``FILE: FIELD: message`` and the exit status is 2.
``--validate-only`` stops there.

Exit status: 0 when scored, 2 when the folder or a gold record cannot be used.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from gold import Gold, GoldSigner, load_golds, match_key  # noqa: E402

__all__ = [
    "Gold",
    "GoldSigner",
    "Predicted",
    "PredictedSignature",
    "TextScore",
    "evaluate",
    "load_golds",
    "main",
    "match_key",
    "predict",
    "read_graph",
    "score_text",
    "signature_matches",
    "summarise",
]

DEVCORPUS = BENCH / "devcorpus"
#: The splits of the development corpus ``--split`` names.
SPLITS = ("tune", "heldout")
SCHEMA = "http://schema.org/"
KZLD = "https://w3id.org/kzld/vocab#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredictedSignature:
    """A published signature: its evidence quotes, section, position and as-of date; the spans
    its evidence quotes (``(start, end)``), and the readers that read the entries it is derived
    from (:mod:`kzld.parse.provenance`; empty when only the graph was read)."""

    iri: str
    quotes: tuple[str, ...]
    section: str | None
    section_number: int | None
    position: int | None
    as_of: str | None
    spans: tuple[tuple[int, int], ...] = ()
    readers: tuple[str, ...] = ()

    @property
    def reader(self) -> str:
        """The readers of its entries, ``+`` between two (``""`` when unknown)."""
        return " + ".join(self.readers)


@dataclass(frozen=True)
class Predicted:
    """What the published graph says of one text."""

    file: str
    languages: tuple[str, ...]
    title: str | None
    created: str | None
    published: str | None
    stated_total: int | None
    signatures: tuple[PredictedSignature, ...]


_STATEMENTS = f"""
SELECT ?file ?st ?created ?published ?total WHERE {{
  ?st a <{KZLD}Statement> ; <{PROV}hadPrimarySource> ?src . ?src <{SCHEMA}name> ?file .
  OPTIONAL {{ ?st <{SCHEMA}dateCreated> ?created }}
  OPTIONAL {{ ?st <{SCHEMA}datePublished> ?published }}
  OPTIONAL {{ ?st <{KZLD}statedSignatoryCount> ?total }}
}}"""
_VERSIONS = f"""
SELECT ?st ?version ?language ?title ?start WHERE {{
  ?st <{SCHEMA}workExample> ?version . ?version <{SCHEMA}inLanguage> ?language .
  OPTIONAL {{ ?version <{SCHEMA}name> ?title }}
  OPTIONAL {{ ?version <{PROV}wasDerivedFrom>/<{OA}hasSelector>/<{OA}start> ?start }}
}}"""
_SIGNATURES = f"""
SELECT ?st ?sig ?section ?number ?position ?asof ?exact ?start WHERE {{
  ?sig a <{KZLD}Signature> ; <{SCHEMA}object> ?st .
  OPTIONAL {{ ?sig <{KZLD}section> ?section .
             OPTIONAL {{ ?section <{SCHEMA}position> ?number }} }}
  OPTIONAL {{ ?sig <{SCHEMA}position> ?position }}
  OPTIONAL {{ ?sig <{KZLD}asOf> ?asof }}
  OPTIONAL {{ ?sig <{PROV}wasDerivedFrom> ?evidence .
             ?evidence <{OA}hasSelector>/<{OA}exact> ?exact .
             OPTIONAL {{ ?evidence <{OA}hasSelector>/<{OA}start> ?start }} }}
}}"""


def _select(store: Any, query: str) -> Any:
    """The solutions of a SELECT query."""
    return store.query(query)


def _value(row: Any, name: str) -> str | None:
    term = row[name]
    return None if term is None else str(term.value)


def read_graph(path: Path) -> dict[str, Predicted]:
    """What the graph in ``path`` (Turtle) says of each text, by the text's file name."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    statements: dict[str, dict[str, Any]] = {}
    files: dict[str, str] = {}
    for row in _select(store, _STATEMENTS):
        st = str(row["st"].value)
        files[st] = str(row["file"].value)
        total = _value(row, "total")
        statements[st] = {
            "created": _value(row, "created"),
            "published": _value(row, "published"),
            "total": int(total) if total is not None else None,
        }
    versions: dict[str, dict[str, tuple[int, str, str | None]]] = defaultdict(dict)
    for row in _select(store, _VERSIONS):
        start = _value(row, "start")
        version = str(row["version"].value)
        here = (int(start) if start is not None else 1 << 62, str(row["language"].value))
        title = _value(row, "title")
        known = versions[str(row["st"].value)].get(version)
        # a version with two names keeps the first in code-point order (stable across runs)
        if known is None or (title is not None and (known[2] is None or title < known[2])):
            versions[str(row["st"].value)][version] = (*here, title)
    signatures: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in _select(store, _SIGNATURES):
        sig = str(row["sig"].value)
        found = signatures[str(row["st"].value)].setdefault(
            sig,
            {
                "section": _value(row, "section"),
                "number": _value(row, "number"),
                "position": _value(row, "position"),
                "asof": _value(row, "asof"),
                "quotes": set(),
                "spans": set(),
            },
        )
        exact = _value(row, "exact")
        if exact is not None:
            found["quotes"].add(exact)
            start = _value(row, "start")
            if start is not None:
                found["spans"].add((int(start), int(start) + len(exact)))
    predicted: dict[str, Predicted] = {}
    for st, file in files.items():
        ordered = sorted(versions[st].items(), key=lambda item: (item[1][0], item[0]))
        sigs = tuple(
            PredictedSignature(
                iri=sig,
                quotes=tuple(sorted(v["quotes"])),
                section=v["section"],
                section_number=int(v["number"]) if v["number"] is not None else None,
                position=int(v["position"]) if v["position"] is not None else None,
                as_of=v["asof"],
                spans=tuple(sorted(v["spans"])),
            )
            for sig, v in signatures[st].items()
        )
        predicted[file] = Predicted(
            file=file,
            languages=tuple(v[1] for _, v in ordered),
            title=ordered[0][1][2] if ordered else None,
            created=statements[st]["created"],
            published=statements[st]["published"],
            stated_total=statements[st]["total"],
            signatures=tuple(
                sorted(
                    sigs,
                    key=lambda s: (s.section_number or 0, s.position or 0, s.quotes, s.iri),
                )
            ),
        )
    return predicted


@dataclass
class BuildOutcome:
    """What building a folder gave: the graph's view of each text, and the texts left out."""

    predicted: dict[str, Predicted]
    left_out: dict[str, str]
    failed: str | None = None


def predict(folder: Path) -> BuildOutcome:
    """Build ``folder`` with kzld (into a temporary folder) and read the graph back."""
    from kzld.errors import KzldError
    from kzld.pipeline import build

    with tempfile.TemporaryDirectory(prefix="kzld-quality-") as work:
        out = Path(work) / "out"
        try:
            result = build(folder, out)
        except KzldError as error:  # the whole build refused: every text is left out
            names = sorted(p.name for p in folder.glob("*.txt"))
            return BuildOutcome(
                {}, {name: f"the build failed: {error}" for name in names}, str(error)
            )
        left_out = {Path(problem.path).name: problem.message for problem in result.problems}
        left_out |= {text.file: str(text) for text in getattr(result, "left_out", ())}
        return BuildOutcome(with_readers(read_graph(out / "kzld.ttl"), out), left_out)


def entry_readers(out: Path) -> dict[str, dict[tuple[int, int], str]]:
    """The reader of every entry the build that wrote ``out`` read, by text and entry span: from
    what the build kept of each text (``OUT/.kzld-state/documents/``)."""
    from kzld.model.codec import from_json
    from kzld.model.records import Document
    from kzld.state import STATE_DIR

    readers: dict[str, dict[tuple[int, int], str]] = {}
    for path in sorted((out / STATE_DIR / "documents").glob("*.json")):
        document = from_json(Document, path.read_bytes())
        spans = readers.setdefault(document.name, {})
        for section in document.sections:
            for entry in section.entries:
                spans.setdefault((entry.span.start, entry.span.end), entry.reader)
    return readers


def with_readers(predicted: dict[str, Predicted], out: Path) -> dict[str, Predicted]:
    """``predicted`` with each signature's readers: those of the entries its evidence quotes."""
    readers = entry_readers(out)
    found: dict[str, Predicted] = {}
    for file, text in predicted.items():
        spans = readers.get(file, {})
        sigs = tuple(
            replace(sig, readers=tuple(sorted({spans.get(s, "?") for s in sig.spans})))
            for sig in text.signatures
        )
        found[file] = replace(text, signatures=sigs)
    return found


# --------------------------------------------------------------------------- scoring


@dataclass
class TextScore:
    """How one text came out against its gold."""

    file: str
    classes: tuple[str, ...]
    gold_signers: int
    predicted_signatures: int
    matched: int
    missed: list[dict[str, Any]] = field(default_factory=list)
    invented: list[dict[str, Any]] = field(default_factory=list)
    found_by: list[dict[str, Any]] = field(default_factory=list)
    misplaced: list[dict[str, Any]] = field(default_factory=list)
    list_signers_matched: int = 0
    positions_right: int = 0
    sections_right: bool | None = None
    as_of_checked: int = 0
    as_of_right: int = 0
    created_right: bool = False
    published_right: bool = False
    languages_right: bool = False
    language_set_right: bool = False
    total_right: bool = False
    title_right: bool = False
    left_out: str | None = None
    found: dict[str, Any] = field(default_factory=dict)

    @property
    def dates_right(self) -> bool:
        """Both dates as the gold gives them (a date the gold does not give counts wrong)."""
        return self.created_right and self.published_right

    @property
    def perfect(self) -> bool:
        """Every signer found and in its place, nothing invented, and the dates, languages and
        stated total right."""
        return (
            self.left_out is None
            and self.matched == self.gold_signers == self.predicted_signatures
            and not self.misplaced
            and self.dates_right
            and self.languages_right
            and self.total_right
        )


def _augment(i: int, candidates: list[list[int]], owner: list[int | None], seen: set[int]) -> bool:
    """Give prediction ``i`` a signer: a free one if it has one (in its order of preference),
    else one it can free by moving an earlier prediction to another."""
    for g in candidates[i]:
        if owner[g] is None and g not in seen:
            seen.add(g)
            owner[g] = i
            return True
    for g in candidates[i]:
        if g in seen:
            continue
        seen.add(g)
        holder = owner[g]
        if holder is None or _augment(holder, candidates, owner, seen):
            owner[g] = i
            return True
    return False


def _matching(candidates: list[list[int]], size: int) -> list[int | None]:
    """A maximum matching of predictions to gold signers (``candidates[i]``: the signers
    prediction ``i`` may be), trying each prediction's candidates in gold order."""
    owner: list[int | None] = [None] * size
    for start in range(len(candidates)):
        _augment(start, candidates, owner, set())
    matched: list[int | None] = [None] * len(candidates)
    for g, i in enumerate(owner):
        if i is not None:
            matched[i] = g
    return matched


_MARKER = re.compile(r"^(?:\d{1,3}[.)]|[-–•*])\s+")


def _unmarked(text: str) -> str:
    """:func:`match_key` of ``text`` without a list marker (``32. Rif`` -> ``rif``)."""
    return _MARKER.sub("", match_key(text))


def _only(quote: str, forms: list[str]) -> bool:
    """True when ``quote`` (folded) is one signer's ``forms`` (folded, longest first) and nothing
    else but separators: an entry that writes the name in two languages (``Parti communiste du
    Danemark - Κομμουνιστικό Κόμμα Δανίας``) is that signer."""
    rest = quote
    for form in forms:
        rest = rest.replace(form, " ")
    return rest != quote and not any(c.isalnum() for c in rest)


def signature_matches(
    signers: Sequence[GoldSigner], sigs: Sequence[PredictedSignature]
) -> tuple[list[list[int]], list[int | None]]:
    """Each published signature's candidates among the gold ``signers`` (those whose name or an
    alias its quote is, the nearest in place first) and the signer it is matched to in a maximum
    matching, ``None`` for an invention."""
    index: dict[str, set[int]] = defaultdict(set)
    for number, signer in enumerate(signers):
        for form in signer.forms:
            index[match_key(form)].add(number)
    forms = [
        sorted({match_key(f) for f in signer.forms}, key=len, reverse=True) for signer in signers
    ]
    # Two signers may be written alike: each signature tries first the one nearest its place.
    candidates = []
    for sig in sigs:
        found = {g for k in map(match_key, sig.quotes) for g in index.get(k, ())}
        found |= {g for q in sig.quotes for g, own in enumerate(forms) if _only(match_key(q), own)}
        here = sig.position or 0
        candidates.append(sorted(found, key=lambda g: (abs(signers[g].position - here), g)))
    return candidates, _matching(candidates, len(signers))


def score_text(gold: Gold, predicted: Predicted | None, left_out: str | None = None) -> TextScore:
    """Compare one text's published graph with its gold."""
    signers = gold.signatories
    score = TextScore(
        file=gold.file,
        classes=gold.classes,
        gold_signers=len(signers),
        predicted_signatures=0,
        matched=0,
        left_out=left_out,
    )
    if predicted is None:
        score.left_out = left_out or "not in the published graph"
        score.missed = [{"name": s.name, "why": "the text was left out"} for s in signers]
        return score
    sigs = predicted.signatures
    score.predicted_signatures = len(sigs)
    refused = {_unmarked(text): reason for text, reason in gold.not_signatories}
    candidates, matched = signature_matches(signers, sigs)
    by_gold = {g: i for i, g in enumerate(matched) if g is not None}
    score.matched = len(by_gold)

    for i, (sig, g) in enumerate(zip(sigs, matched, strict=True)):
        if g is not None:
            score.found_by.append({"name": signers[g].name, "reader": sig.reader})
            continue
        quote = " | ".join(sig.quotes) or "(no evidence)"
        if candidates[i]:
            why = f"a second signature of {signers[candidates[i][0]].name!r}"
        else:
            reasons = sorted({refused[k] for k in map(_unmarked, sig.quotes) if k in refused})
            why = f"not a signatory ({', '.join(reasons)})" if reasons else "not in the gold"
        score.invented.append({"quote": quote, "why": why, "reader": sig.reader})
    for g, signer in enumerate(signers):
        if g in by_gold:
            continue
        keys = {match_key(form) for form in signer.forms}
        holders = [
            signers[other].name
            for i, other in enumerate(matched)
            if other is not None and keys & set(map(match_key, sigs[i].quotes))
        ]
        why = f"merged into the signature of {holders[0]!r}" if holders else "not found"
        score.missed.append({"name": signer.name, "section": signer.section, "why": why})

    # Sections and positions of the matched signers in lists.
    groups: dict[int, set[str | None]] = defaultdict(set)
    for g, i in sorted(by_gold.items()):
        signer, sig = signers[g], sigs[i]
        as_of_wrong = signer.as_of != sig.as_of
        if signer.as_of is not None or sig.as_of is not None:
            score.as_of_checked += 1
            score.as_of_right += not as_of_wrong
        in_list = signer.section > 0
        if in_list:
            score.list_signers_matched += 1
            score.positions_right += signer.position == sig.position
            groups[signer.section].add(sig.section)
        if as_of_wrong or (in_list and signer.position != sig.position):
            score.misplaced.append(
                {
                    "name": signer.name,
                    "gold": [signer.section, signer.position, signer.as_of],
                    "found": [sig.section_number, sig.position, sig.as_of],
                }
            )
    if groups:
        targets = [next(iter(s)) for s in groups.values() if len(s) == 1]
        score.sections_right = len(targets) == len(groups) and len(set(targets)) == len(targets)

    score.created_right = predicted.created == gold.created
    score.published_right = predicted.published == gold.published
    score.languages_right = predicted.languages == gold.languages
    score.language_set_right = set(predicted.languages) == set(gold.languages)
    score.total_right = predicted.stated_total == gold.stated_total
    score.title_right = _same_text(predicted.title, gold.title)
    score.found = {
        "created": [gold.created, predicted.created],
        "published": [gold.published, predicted.published],
        "languages": [list(gold.languages), list(predicted.languages)],
        "stated_total": [gold.stated_total, predicted.stated_total],
        "title": [gold.title, predicted.title],
    }
    return score


def _same_text(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return " ".join(a.split()) == " ".join(b.split())


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def by_reader(scores: Iterable[TextScore]) -> dict[str, dict[str, int]]:
    """How many signatures each reader (:attr:`PredictedSignature.reader`) published that were
    found and invented in ``scores``."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"found": 0, "invented": 0})
    for score in scores:
        for sig in score.found_by:
            counts[sig["reader"]]["found"] += 1
        for sig in score.invented:
            counts[sig["reader"]]["invented"] += 1
    return {reader: counts[reader] for reader in sorted(counts)}


def summarise(scores: Iterable[TextScore]) -> dict[str, Any]:
    """The totals over ``scores``, and per class of text."""
    scores = list(scores)

    def totals(group: list[TextScore]) -> dict[str, Any]:
        gold = sum(s.gold_signers for s in group)
        found = sum(s.predicted_signatures for s in group)
        right = sum(s.matched for s in group)
        precision, recall = _ratio(right, found), _ratio(right, gold)
        f1 = (
            round(2 * precision * recall / (precision + recall), 4)
            if precision and recall
            else None
        )
        texts = len(group)
        with_sections = [s for s in group if s.sections_right is not None]
        return {
            "texts": texts,
            "gold_signers": gold,
            "signatures": found,
            "matched": right,
            "missed": gold - right,
            "invented": found - right,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "positions_right": [
                sum(s.positions_right for s in group),
                sum(s.list_signers_matched for s in group),
            ],
            "sections_right": [
                sum(bool(s.sections_right) for s in with_sections),
                len(with_sections),
            ],
            "as_of_right": [sum(s.as_of_right for s in group), sum(s.as_of_checked for s in group)],
            "dates_right": [sum(s.dates_right for s in group), texts],
            "created_right": [sum(s.created_right for s in group), texts],
            "published_right": [sum(s.published_right for s in group), texts],
            "languages_right": [sum(s.languages_right for s in group), texts],
            "language_sets_right": [sum(s.language_set_right for s in group), texts],
            "totals_right": [sum(s.total_right for s in group), texts],
            "titles_right": [sum(s.title_right for s in group), texts],
            "perfect": [sum(s.perfect for s in group), texts],
            "left_out": sorted(s.file for s in group if s.left_out is not None),
            "readers": by_reader(group),
        }

    by_class: dict[str, list[TextScore]] = defaultdict(list)
    for score in scores:
        for name in score.classes:
            by_class[name].append(score)
    return {
        "total": totals(scores),
        "classes": {name: totals(by_class[name]) for name in sorted(by_class)},
    }


# --------------------------------------------------------------------------- report


def _share(pair: Sequence[int]) -> str:
    right, whole = pair
    return f"{right}/{whole}" + (f" ({right / whole:.2f})" if whole else "")


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def text_report(scores: list[TextScore], summary: dict[str, Any], folder: Path) -> str:
    """The report for people: one block per text that is not perfect, then the totals."""
    lines: list[str] = []
    for score in scores:
        if score.perfect:
            continue
        head = (
            f"{score.file}: {score.matched}/{score.gold_signers} signers found, "
            f"{len(score.invented)} invented"
        )
        lines.append(head)
        if score.left_out is not None:
            lines.append(f"  LEFT OUT: {score.left_out}")
        for name in ("created", "published", "languages", "stated_total", "title"):
            values = score.found.get(name)
            if values is not None and not _right(score, name):
                lines.append(f"  {name}: gold {values[0]!r}, found {values[1]!r}")
        if score.left_out is not None and score.missed:
            lines.append(f"  missed   all {len(score.missed)} signers (the text was left out)")
        for missed in score.missed if score.left_out is None else ():
            lines.append(f"  missed   {missed['name']!r} ({missed['why']})")
        for invented in score.invented:
            by = f" [{invented['reader']}]" if invented["reader"] else ""
            lines.append(f"  invented {invented['quote']!r} ({invented['why']}){by}")
        for placed in score.misplaced:
            (gs, gp, ga), (fs, fp, fa) = placed["gold"], placed["found"]
            lines.append(
                f"  placed   {placed['name']!r}: gold list {gs} #{gp} as of {ga}, "
                f"found list {fs} #{fp} as of {fa}"
            )
    total = summary["total"]
    lines += ["", f"Scored {total['texts']} texts of {folder}:"]
    lines += _totals_lines(total)
    lines += ["", "By reader (signatures found, invented):"]
    for name, figures in total["readers"].items():
        lines.append(f"  {name or '?':<40} {figures['found']:>5} {figures['invented']:>5}")
    lines += ["", "By class (texts, recall, precision, dates, languages, perfect):"]
    for name, figures in summary["classes"].items():
        lines.append(
            f"  {name:<18} {figures['texts']:>3}  R {_figure(figures['recall'])}  "
            f"P {_figure(figures['precision'])}  dates {_share(figures['dates_right'])}  "
            f"languages {_share(figures['languages_right'])}  "
            f"perfect {_share(figures['perfect'])}"
        )
    return "\n".join(lines)


def _right(score: TextScore, name: str) -> bool:
    return {
        "created": score.created_right,
        "published": score.published_right,
        "languages": score.languages_right,
        "stated_total": score.total_right,
        "title": score.title_right,
    }[name]


def _totals_lines(total: dict[str, Any]) -> list[str]:
    return [
        f"  signatures: precision {_figure(total['precision'])}, recall {_figure(total['recall'])}"
        f", F1 {_figure(total['f1'])} ({total['matched']} of {total['gold_signers']} gold signers"
        f" found; {total['signatures']} published, {total['invented']} invented)",
        f"  positions right {_share(total['positions_right'])}, "
        f"sections right {_share(total['sections_right'])} texts, "
        f"as-of dates right {_share(total['as_of_right'])}",
        f"  dates right {_share(total['dates_right'])} texts "
        f"(created {_share(total['created_right'])}, published {_share(total['published_right'])})",
        f"  languages right {_share(total['languages_right'])} texts "
        f"(as a set {_share(total['language_sets_right'])})",
        f"  stated totals right {_share(total['totals_right'])}, "
        f"titles right {_share(total['titles_right'])}, perfect {_share(total['perfect'])}",
        f"  left out {len(total['left_out'])}"
        + (f": {', '.join(total['left_out'])}" if total["left_out"] else ""),
    ]


def markdown_report(summary: dict[str, Any]) -> str:
    """The totals and the figures per class as Markdown tables (for ``bench/QUALITY.md``)."""
    total = summary["total"]
    rows = [
        ("signature precision", _figure(total["precision"])),
        ("signature recall", _figure(total["recall"])),
        ("signature F1", _figure(total["f1"])),
        (
            "gold signers found / published signatures / invented",
            f"{total['matched']} of {total['gold_signers']} / {total['signatures']} / "
            f"{total['invented']}",
        ),
        ("positions right (signers in lists)", _share(total["positions_right"])),
        ("sections right (texts)", _share(total["sections_right"])),
        ("as-of dates right", _share(total["as_of_right"])),
        ("dates right (texts: created and published)", _share(total["dates_right"])),
        ("created right", _share(total["created_right"])),
        ("published right", _share(total["published_right"])),
        ("languages right (texts: the versions in order)", _share(total["languages_right"])),
        ("languages right as a set", _share(total["language_sets_right"])),
        ("stated totals right", _share(total["totals_right"])),
        ("titles right", _share(total["titles_right"])),
        ("texts perfect", _share(total["perfect"])),
        ("texts left out", f"{len(total['left_out'])} of {total['texts']}"),
    ]
    lines = ["| figure | value |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)]
    lines += [
        "",
        "| class | texts | recall | precision | dates right | languages right | perfect |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, figures in summary["classes"].items():
        lines.append(
            f"| {name} | {figures['texts']} | {_figure(figures['recall'])} "
            f"| {_figure(figures['precision'])} | {_share(figures['dates_right'])} "
            f"| {_share(figures['languages_right'])} | {_share(figures['perfect'])} |"
        )
    return "\n".join(lines)


def evaluate(folder: Path, data: Path | None = None) -> tuple[list[TextScore], dict[str, Any]]:
    """Score ``folder`` (its gold records must be valid): build it, or read the graph ``data``."""
    golds, errors = load_golds(folder)
    if errors:
        raise ValueError("\n".join(errors))
    outcome = BuildOutcome(read_graph(data), {}) if data is not None else predict(folder)
    scores = [
        score_text(gold, outcome.predicted.get(name), outcome.left_out.get(name))
        for name, gold in sorted(golds.items())
    ]
    return scores, summarise(scores)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Exit status: 0 scored; 2 the folder or a gold record cannot be used.",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--split", choices=SPLITS, help="a split of bench/devcorpus/")
    where.add_argument("folder", nargs="?", type=Path, help="a folder of texts and gold records")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="every figure as JSON on stdout")
    output.add_argument(
        "--markdown", action="store_true", help="the totals and the classes as Markdown tables"
    )
    parser.add_argument(
        "--data", type=Path, help="score this Turtle graph instead of building the folder"
    )
    parser.add_argument("--validate-only", action="store_true", help="only check the gold records")
    args = parser.parse_args(argv)
    folder: Path = DEVCORPUS / args.split if args.split else args.folder
    golds, errors = load_golds(folder)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s) in the gold records of {folder}", file=sys.stderr)
        return 2
    if args.validate_only:
        signers = sum(len(g.signatories) for g in golds.values())
        print(f"{len(golds)} gold records in {folder} are valid ({signers} signers)")
        return 0
    scores, summary = evaluate(folder, args.data)
    if args.json:
        payload = {
            "folder": str(folder),
            "summary": summary,
            "texts": [asdict(s) | {"perfect": s.perfect} for s in scores],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True))
    elif args.markdown:
        print(markdown_report(summary))
    else:
        print(text_report(scores, summary, folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
