"""What organisation resolution saw: sightings, matches, near-misses, and the report of them.

:class:`OrgReport` is what ``kzld orgs`` prints (as text or as JSON) and what a curator of
``authority/organisations.yaml`` works from.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model.records import Organisation

__all__ = ["Match", "NearMiss", "OrgReport", "Sighting"]


@dataclass(frozen=True, slots=True, order=True)
class Sighting:
    """Organisation ``key`` seen as ``form`` in ``document`` (``position`` in its list, if any).

    ``role`` is ``signatory``, ``name`` (publisher or affiliation) or ``mention``; ``method`` how
    the key was found (``exact``, ``abbreviation``, ``loose``, ``fuzzy``, ``new``, ``prose``).
    """

    key: str
    document: str
    position: int | None
    form: str
    role: str
    method: str


@dataclass(frozen=True, slots=True, order=True)
class Match:
    """A loose or fuzzy match taken: ``form`` joined to ``key`` by similarity ``score``."""

    form: str
    key: str
    matched: str
    score: float
    method: str
    document: str


@dataclass(frozen=True, slots=True, order=True)
class NearMiss:
    """A candidate not taken, and why (so a curator can add the form or keep them apart)."""

    form: str
    key: str
    matched: str
    score: float
    reason: str
    document: str


@dataclass(frozen=True, slots=True)
class OrgReport:
    """What resolution saw, for ``kzld orgs`` and for curators of the authority."""

    organisations: tuple[Organisation, ...]
    sightings: tuple[Sighting, ...]
    new: tuple[Organisation, ...]
    matches: tuple[Match, ...]
    near_misses: tuple[NearMiss, ...]
    without_country: tuple[Organisation, ...]

    def new_summary(self) -> list[str]:
        """One line per new organisation: key, name and where it was seen."""
        documents: dict[str, set[str]] = defaultdict(set)
        for s in self.sightings:
            documents[s.key].add(s.document)
        lines = []
        for org in self.new:
            where = sorted(documents[org.key])
            lines.append(f"{org.key} ({org.names[0].text}) in {', '.join(where)}")
        return lines

    def as_text(self) -> str:
        """The report for a person: organisations with their sightings, then the review list."""
        by_key: dict[str, list[Sighting]] = defaultdict(list)
        for s in self.sightings:
            by_key[s.key].append(s)
        new = len(self.new)
        out = [
            f"{len(self.organisations)} organisations ({len(self.organisations) - new} known, "
            f"{new} new), {sum(s.role == 'signatory' for s in self.sightings)} signatures",
            "",
        ]
        for org in self.organisations:
            mark = "" if org.known else "  [new]"
            out.append(f"{org.key}: {org.names[0].text} [{org.country or '-'}]{mark}")
            for s in by_key.get(org.key, []):
                where = f"{s.document}" + (f" #{s.position}" if s.position is not None else "")
                out.append(f"    {s.form!r}  {where}  ({s.role}, {s.method})")
        out += ["", "Review", "  New organisations (add them to the authority or merge them):"]
        out += [f"    {line}" for line in self.new_summary()] or ["    none"]
        out.append("  Matches taken by similarity (check them):")
        out += [
            f"    {m.form!r} -> {m.key} (as {m.matched!r}, {m.method} {m.score:g}) in {m.document}"
            for m in self.matches
        ] or ["    none"]
        out.append("  Near-misses not taken (add the form, or keep them apart):")
        out += [
            f"    {m.form!r} ~ {m.key} ({m.matched!r}, {m.score:g}): {m.reason}, in {m.document}"
            for m in self.near_misses
        ] or ["    none"]
        out.append("  Without a country:")
        out += [f"    {o.key}: {o.names[0].text}" for o in self.without_country] or ["    none"]
        return "\n".join(out) + "\n"

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
                "matches": [vars_of(m) for m in self.matches],
                "near_misses": [vars_of(m) for m in self.near_misses],
                "without_country": [o.key for o in self.without_country],
            },
        }  # fmt: skip


def vars_of(record: Match | NearMiss) -> dict[str, object]:
    """The fields of a slotted record as a dict."""
    return {name: getattr(record, name) for name in record.__slots__}
