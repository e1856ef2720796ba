"""What organisation resolution saw, and the review a curator of the authority acts on.

:class:`OrgReport` is what ``kzld orgs`` prints: every organisation with where and how it was
seen, then the review: each new or doubtful name once, with the number of files it is in, its
best candidates and their evidence, and a ready-to-paste snippet for
``authority/organisations.yaml``. It is printed as text, JSON, YAML or CSV (for tools such as
OpenRefine); :meth:`OrgReport.summary` is the one line ``kzld build`` ends with.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

import yaml
from rapidfuzz import fuzz

from ...model.countries import UNSPACED
from ...model.records import Organisation
from .analysis import is_abbreviation, signature
from .candidates import STRENGTH, Candidate, Evidence
from .names import NEW_PREFIX, abbreviation_key, tokens, transliterate

__all__ = [
    "MIN_ALIKE_LETTERS",
    "SPELT_ALIKE",
    "Doubt",
    "OrgReport",
    "Sighting",
    "alike_new",
    "spelt_alike",
    "summary_line",
]


@dataclass(frozen=True, slots=True, order=True)
class Sighting:
    """Organisation ``key`` seen as ``form`` in ``document`` (``position`` in its list, if any).

    ``role`` is ``signatory``, ``name`` (publisher or affiliation) or ``mention``; ``method`` how
    the key was found (``exact``, ``unspaced``, ``abbreviation``, ``transliteration``,
    ``signature``, ``near-signature``, ``sense``, ``fuzzy``, ``short``, ``proper``, ``paired``,
    ``new``, ``defined``, ``prose``).
    """

    key: str
    document: str
    position: int | None
    form: str
    role: str
    method: str


@dataclass(frozen=True, slots=True)
class Doubt:
    """A name to review: new (``method`` ``new``) or taken on evidence a curator should check.

    ``documents`` are the files it is in; ``candidates`` the best authority entries with their
    evidence (and why each was not taken); ``reason`` why it is doubtful.
    """

    form: str
    key: str
    method: str
    documents: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    reason: str = ""
    #: Every form written for it (a new organisation may be written several ways).
    forms: tuple[str, ...] = ()
    #: Other new organisations of the corpus that may be this one: (key, the abbreviation both
    #: were written with, or :data:`SPELT_ALIKE`), see :func:`alike_new`.
    alike: tuple[tuple[str, str], ...] = ()

    @property
    def is_new(self) -> bool:
        """Whether the name became a new organisation."""
        return self.method == "new"


#: The fewest letters an abbreviation must have for two new organisations written with it to be
#: suggested as one.
MIN_ALIKE_LETTERS = 3

#: What :func:`alike_new` says of two new organisations whose names are :func:`spelt_alike`.
SPELT_ALIKE = "spelt alike"

#: Two words of names spelt alike that differ start with this many letters alike ...
ALIKE_PREFIX = 3
#: ... are at least this long ...
ALIKE_WORD_LETTERS = 5
#: ... and at least this similar (rapidfuzz ratio): an ending, a letter left out or doubled.
ALIKE_WORD_RATIO = 75.0
#: The fewest letters a name spelt alike has (shorter names are alike by chance).
ALIKE_NAME_LETTERS = 8

#: Scripts written without spaces between words (Chinese, Japanese, Korean as the resolver reads
#: them, Thai, Lao, Khmer, Myanmar): their romanised names run syllables together, so two
#: names that share most letters may share only common syllables.
_UNSPACED_SCRIPT = re.compile(f"[{UNSPACED}\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def alike_new(
    organisations: Iterable[Organisation], known: Iterable[str] = ()
) -> dict[str, tuple[tuple[str, str], ...]]:
    """For each new organisation, the other new ones a curator should check as the same: those
    written with the same abbreviation of three letters or more ("Zeta Party (ZP)" and "ZP"
    alone, or its translation "Partido Zeta (ZP)"), where no authority entry has it (``known``:
    abbreviation keys) and the organisations of that abbreviation state no two countries; and
    those whose names are :func:`spelt_alike` (``SPELT_ALIKE`` instead of the abbreviation).

    A suggestion only: each keeps its key (a key depends on its name alone, never on what else a
    corpus holds), and the curator who adds an entry with their forms makes them one.
    """
    organisations = list(organisations)
    taken = set(known)
    by_abbreviation: dict[str, dict[str, tuple[str, str | None]]] = defaultdict(dict)
    for org in organisations:
        if org.known:
            continue
        for abbreviation in org.abbreviations:
            akey = abbreviation_key(abbreviation)
            if len(akey) >= MIN_ALIKE_LETTERS and akey not in taken:
                by_abbreviation[akey].setdefault(org.key, (abbreviation, org.country))
    alike: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for owners in by_abbreviation.values():
        countries = {country for _, country in owners.values() if country}
        if len(owners) < 2 or len(countries) > 1:
            continue
        for key in owners:
            alike[key].update((other, owners[other][0]) for other in owners if other != key)
    for left, right in spelt_alike(organisations):
        if not any(other == right for other, _ in alike[left]):
            alike[left].add((right, SPELT_ALIKE))
            alike[right].add((left, SPELT_ALIKE))
    return {key: tuple(sorted(others)) for key, others in alike.items()}


def spelt_alike(organisations: Iterable[Organisation]) -> list[tuple[str, str]]:
    """Pairs of new organisations (keys, each pair sorted) whose names are one name spelt two
    ways: the same words in the same order but for spelling (an inflected ending, a letter left
    out, doubled or changed: "Xandia Teachers Federation" / "Xandia Teacher's Federasion").

    Each pair of words that differ starts with the same :data:`ALIKE_PREFIX` letters, has at
    least :data:`ALIKE_WORD_LETTERS` letters and is at least :data:`ALIKE_WORD_RATIO` alike;
    the names have :data:`ALIKE_NAME_LETTERS` letters or more and words of their own (a name of
    type words alone, "Socialist Party", names one organisation in each country); their
    organisations state no two countries. Names in a script written without spaces are not
    compared (see ``_UNSPACED_SCRIPT``), nor abbreviations (:func:`alike_new` compares those).
    """
    # words that differ share their first letters, so names alike share every word's first
    # letters: filed by those, only names of one file are compared
    files: dict[tuple[str, ...], dict[str, tuple[tuple[str, ...], str | None]]] = defaultdict(dict)
    for org in organisations:
        if org.known:
            continue
        for name in {org.names[0].text, *org.alternate_names}:
            words = _alike_words(name)
            if words is not None:
                files[tuple(w[:ALIKE_PREFIX] for w in words)].setdefault(
                    f"{org.key}\x00{' '.join(words)}", (words, org.country)
                )
    pairs: set[tuple[str, str]] = set()
    for filed in files.values():
        for (one, (left, left_country)), (two, (right, right_country)) in combinations(
            sorted(filed.items()), 2
        ):
            keys = tuple(sorted((one.split("\x00")[0], two.split("\x00")[0])))
            if keys[0] == keys[1] or keys in pairs:
                continue
            if left_country and right_country and left_country != right_country:
                continue
            if _words_alike(left, right):
                pairs.add((keys[0], keys[1]))
    return sorted(pairs)


def _alike_words(name: str) -> tuple[str, ...] | None:
    """The words of ``name`` in Latin letters, when it is a name to compare by spelling."""
    if is_abbreviation(name) or _UNSPACED_SCRIPT.search(name):
        return None
    words = tuple(transliterate(w) for w in tokens(name))
    if sum(map(len, words)) < ALIKE_NAME_LETTERS or not signature(name).words:
        return None
    return words


def _words_alike(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether two names' words are the same words but for spelling (see :func:`spelt_alike`)."""
    if left == right or len(left) != len(right):
        return False
    return all(
        a == b
        or (min(len(a), len(b)) >= ALIKE_WORD_LETTERS and fuzz.ratio(a, b) >= ALIKE_WORD_RATIO)
        for a, b in zip(left, right, strict=True)
    )


def _kind(name: str) -> str:
    """The organisation kind a name's type words suggest (for the snippet; the curator checks)."""
    concepts = signature(name).concepts
    for concept, kind in (
        ("youth", "youth-organisation"), ("trade-union", "trade-union"), ("party", "party"),
        ("movement", "movement"), ("front", "movement"),
    ):  # fmt: skip
        if concept in concepts:
            return kind
    return "other"


def _strongest(evidence: tuple[Evidence, ...], most: int = 2) -> tuple[Evidence, ...]:
    """The strongest pieces of evidence, one of each kind."""
    kinds: dict[str, Evidence] = {}
    for item in sorted(evidence, key=lambda e: (-STRENGTH.get(e.kind, e.score), -e.score)):
        kinds.setdefault(item.kind, item)
    return tuple(kinds.values())[:most]


def summary_line(new: int, doubtful: int) -> str | None:
    """ "3 new organisations, 2 doubtful matches: run `kzld orgs`", or None when nothing."""
    if not new and not doubtful:
        return None
    parts = [
        f"{new} new organisation{'s' if new != 1 else ''}",
        f"{doubtful} doubtful match{'es' if doubtful != 1 else ''}",
    ]
    return ", ".join(parts) + ": run `kzld orgs`"


@dataclass(frozen=True, slots=True)
class OrgReport:
    """What resolution saw, for ``kzld orgs`` and for curators of the authority."""

    organisations: tuple[Organisation, ...]
    sightings: tuple[Sighting, ...]
    new: tuple[Organisation, ...]
    doubts: tuple[Doubt, ...]
    without_country: tuple[Organisation, ...]

    # ------------------------------------------------------------------ the review

    def doubtful_matches(self) -> tuple[Doubt, ...]:
        """Names taken as an authority entry on evidence to check."""
        return tuple(d for d in self.doubts if not d.is_new)

    def summary(self) -> str | None:
        """ "3 new organisations, 2 doubtful matches: run `kzld orgs`", or None when nothing."""
        return summary_line(len(self.new), len(self.doubtful_matches()))

    def new_summary(self) -> list[str]:
        """One line per new organisation: key, name and where it was seen."""
        documents: dict[str, set[str]] = defaultdict(set)
        for s in self.sightings:
            documents[s.key].add(s.document)
        return [
            f"{org.key} ({org.names[0].text}) in {', '.join(sorted(documents[org.key]))}"
            for org in self.new
        ]

    def _organisation(self, key: str) -> Organisation | None:
        return next((o for o in self.organisations if o.key == key), None)

    def snippet(self, doubt: Doubt) -> str:
        """YAML to paste into ``authority/organisations.yaml`` for this name."""
        if not doubt.is_new:
            return (
                f"# the entry {doubt.key}: add the form, if it is this organisation\n"
                + yaml.safe_dump({"forms": [doubt.form]}, allow_unicode=True, width=1000)
            )
        org = self._organisation(doubt.key)
        name = org.names[0].text if org is not None else doubt.form
        entry: dict[str, object] = {
            "key": doubt.key.removeprefix(NEW_PREFIX),
            "name": name,
        }
        if org is not None and org.alternate_names:
            entry["forms"] = list(org.alternate_names)
        if org is not None and org.abbreviations:
            entry["abbreviations"] = list(org.abbreviations)
        if org is not None and org.country:
            entry["country"] = org.country
        entry["kinds"] = [_kind(name)]
        text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=1000)
        return "".join(f"  {line}\n" for line in text.splitlines())

    def review_items(self) -> list[dict[str, object]]:
        """The review, one item per new organisation or doubtful name (plain values)."""
        items: list[dict[str, object]] = []
        for doubt in self.doubts:
            items.append(
                {
                    "form": doubt.form,
                    "status": "new" if doubt.is_new else "doubtful",
                    "key": doubt.key,
                    "method": doubt.method,
                    "forms": list(doubt.forms or (doubt.form,)),
                    "files": len(doubt.documents),
                    "documents": list(doubt.documents),
                    "reason": doubt.reason,
                    "may_be": [
                        {"key": k, "spelt_alike": True}
                        if a == SPELT_ALIKE
                        else {"key": k, "abbreviation": a}
                        for k, a in doubt.alike
                    ],
                    "candidates": [
                        {
                            "key": c.key,
                            "score": c.score,
                            "blocked": c.blocked,
                            "evidence": [
                                {"kind": e.kind, "matched": e.matched, "note": e.note}
                                for e in c.evidence
                            ],
                        }
                        for c in doubt.candidates
                    ],
                    "snippet": self.snippet(doubt),
                }
            )
        return items

    # ------------------------------------------------------------------ formats

    def as_text(self) -> str:
        """The report for a person: organisations with their sightings, then the review."""
        out = [*self._organisations_text(), "", "Review"]
        for title, doubts in (
            ("New organisations (paste the snippet into authority/organisations.yaml, or add "
             "the form to the entry it is)", [d for d in self.doubts if d.is_new]),
            ("Doubtful matches (taken; add the form to the entry if right, or a separate "
             "entry if not)", list(self.doubtful_matches())),
        ):  # fmt: skip
            out.append(f"  {title}:")
            if not doubts:
                out.append("    none")
            for doubt in doubts:
                out += self._doubt_text(doubt)
        out.append("  Without a country:")
        out += [f"    {o.key}: {o.names[0].text}" for o in self.without_country] or ["    none"]
        return "\n".join(out) + "\n"

    def _organisations_text(self) -> list[str]:
        """The report's first part: the counts, then each organisation with its sightings."""
        by_key: dict[str, list[Sighting]] = defaultdict(list)
        for s in self.sightings:
            by_key[s.key].append(s)
        new = len(self.new)
        # one signature per organisation per text, however often its list names it
        signed = {(s.document, s.key) for s in self.sightings if s.role == "signatory"}
        out = [
            f"{len(self.organisations)} organisations ({len(self.organisations) - new} known, "
            f"{new} new), {len(signed)} signatures",
            "",
        ]
        for org in self.organisations:
            mark = "" if org.known else "  [new]"
            out.append(f"{org.key}: {org.names[0].text} [{org.country or '-'}]{mark}")
            for s in by_key.get(org.key, []):
                where = f"{s.document}" + (f" #{s.position}" if s.position is not None else "")
                out.append(f"    {s.form!r}  {where}  ({s.role}, {s.method})")
        return out

    def _doubt_text(self, doubt: Doubt) -> list[str]:
        """The review's lines for one new or doubtful name: where it is, its other forms, why,
        the names it may be, its candidates with their evidence, and its snippet."""
        files = len(doubt.documents)
        where = ", ".join(doubt.documents[:3]) + (", ..." if files > 3 else "")
        out = [
            f"    {doubt.form!r} -> {doubt.key} ({doubt.method}) in {files} "
            f"file{'s' if files != 1 else ''}: {where}"
        ]
        others = [f for f in doubt.forms if f != doubt.form]
        if others:
            out.append(f"      also written: {', '.join(map(repr, others))}")
        if doubt.reason:
            out.append(f"      why: {doubt.reason}")
        if doubt.alike:
            out.append(f"      may be the same as: {_alike_text(doubt)}")
        for candidate in doubt.candidates:
            evidence = "; ".join(
                f"{e.kind} {e.matched!r}" + (f" ({e.note})" if e.note else "")
                for e in _strongest(candidate.evidence)
            )
            blocked = f" - not taken: {candidate.blocked}" if candidate.blocked else ""
            out.append(f"      candidate {candidate.key}: {evidence}{blocked}")
        out.extend(f"      {line}" for line in self.snippet(doubt).splitlines())
        return out

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form (lists and plain values, sorted)."""
        seen: dict[str, list[dict[str, object]]] = defaultdict(list)
        for s in self.sightings:
            seen[s.key].append(
                {"form": s.form, "document": s.document, "position": s.position,
                 "role": s.role, "method": s.method}
            )  # fmt: skip
        return {
            "organisations": [
                {"key": o.key, "name": o.names[0].text, "known": o.known, "country": o.country,
                 "kinds": list(o.kinds), "seen": seen.get(o.key, [])}
                for o in self.organisations
            ],
            "review": {
                "new": [{"key": o.key, "name": o.names[0].text, "country": o.country}
                        for o in self.new],
                "names": self.review_items(),
                "without_country": [o.key for o in self.without_country],
            },
        }  # fmt: skip

    def as_yaml(self) -> str:
        """The review as YAML."""
        return yaml.safe_dump(
            {"review": self.review_items()}, allow_unicode=True, sort_keys=False, width=100
        )

    def as_csv(self) -> str:
        """The review as CSV, one row per name (for spreadsheets and OpenRefine)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["form", "status", "key", "method", "files", "reason", "best_candidate",
             "evidence", "not_taken_because", "may_be_the_same_as"]
        )  # fmt: skip
        for doubt in self.doubts:
            best = doubt.candidates[0] if doubt.candidates else None
            evidence = "; ".join(f"{e.kind} {e.matched}" for e in best.evidence) if best else ""
            writer.writerow(
                [doubt.form, "new" if doubt.is_new else "doubtful", doubt.key, doubt.method,
                 len(doubt.documents), doubt.reason, best.key if best else "", evidence,
                 (best.blocked or "") if best else "", _alike_text(doubt)]
            )  # fmt: skip
        return out.getvalue()


def _alike_text(doubt: Doubt) -> str:
    """ "x-zeta-party (ZP), x-zeta-partei (spelt alike)": the new organisations it may be."""
    return ", ".join(f"{key} ({abbreviation})" for key, abbreviation in doubt.alike)
