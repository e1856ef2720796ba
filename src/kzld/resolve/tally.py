"""What a corpus' organisations are made of, counted over its texts: a build puts the corpus
together from the last build's tally and the records of the texts that changed, not from every
text's record.

A corpus' organisations (:meth:`~kzld.resolve.corpus.CorpusResolver.corpus`) are the union of
what each text's :class:`~kzld.resolve.orgs.ResolverRecord` saw: each organisation's forms,
abbreviations, countries and first names, and the forms a curator should review. A union cannot
take a text out again; a :class:`Tally` counts, for each thing seen, the texts that saw it, so a
text's record can be added and taken away in any order, and what is seen at least once is the
union of the records of the texts it holds. The abbreviations the texts define
(:mod:`.orgs.defined`) are counted too: a build knows from the tally what the corpus defines.
The sightings (which text named which organisation where) are not counted: the corpus does not
need them (``kzld orgs`` resolves the texts again).

A tally remembers what it changed since it was made or last :meth:`~Tally.settled` (the
organisations, doubts and definitions whose counts moved), so that the build's state rewrites
only those rows of it (:mod:`kzld.state_index`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .orgs import ResolverRecord
from .orgs.authority import Authority
from .orgs.defined import Definition, Definitions
from .orgs.resolver import SeenForms
from .orgs.review import summary_line

__all__ = ["Tally", "definition_value"]

#: The fields of :class:`~kzld.resolve.orgs.resolver.SeenForms` a tally counts, in order.
_FIELDS = ("forms", "abbreviations", "countries", "primary")


class Tally:
    """The records of a set of texts, counted (see the module's docstring)."""

    def __init__(self) -> None:
        #: organisation key -> the texts that saw it
        self.texts: Counter[str] = Counter()
        #: organisation key -> each field's values, with the texts that saw each
        self.seen: dict[str, tuple[Counter[str], ...]] = {}
        #: a form to review, as ``normalised form\0key`` -> the texts it is in
        self.doubts: Counter[str] = Counter()
        #: an abbreviation a text defines (:mod:`.orgs.defined`) -> the texts that define it so
        self.defined: Counter[Definition] = Counter()
        #: what :meth:`add` changed since the tally was made or :meth:`settled`: organisation
        #: keys, doubts' slots and definitions
        self.touched: tuple[set[str], set[str], set[Definition]] = (set(), set(), set())

    def add(self, record: ResolverRecord, times: int = 1) -> None:
        """Count what ``record`` saw (``times`` -1: take it away again)."""
        keys, slots, definitions = self.touched
        keys.update(one.key for one in record.seen)
        doubts = {f"{d.normal}\0{d.key}" for d in record.doubts}
        slots.update(doubts)
        definitions.update(record.definitions)
        for one in record.seen:
            self.texts[one.key] += times
            counts = self.seen.get(one.key)
            if counts is None:
                counts = self.seen[one.key] = tuple(Counter() for _ in _FIELDS)
            for counter, values in zip(counts, _values(one), strict=True):
                counter.update(dict.fromkeys(values, times))
        # a form in several documents of one record is one text's
        self.doubts.update(dict.fromkeys(doubts, times))
        self.defined.update(dict.fromkeys(record.definitions, times))

    def remove(self, record: ResolverRecord) -> None:
        """Take away what ``record`` saw (it must have been added)."""
        self.add(record, -1)

    def record(self) -> ResolverRecord:
        """What the texts saw together, as one record without sightings nor doubts (what
        :meth:`~kzld.resolve.orgs.OrganisationResolver.add_record` makes the organisations
        from)."""
        seen = []
        for key in sorted(key for key, n in self.texts.items() if n > 0):
            values = [tuple(sorted(v for v, n in c.items() if n > 0)) for c in self.seen[key]]
            seen.append(SeenForms(key, *values))
        return ResolverRecord((), tuple(seen), ())

    def warnings(self, authority: Authority) -> tuple[str, ...]:
        """The resolver's warning (:meth:`~kzld.resolve.orgs.review.OrgReport.summary`) on the
        corpus of these texts: its new organisations and its doubtful matches counted."""
        new = sum(1 for key, n in self.texts.items() if n > 0 and key not in authority)
        doubtful = sum(
            1 for slot, n in self.doubts.items() if n > 0 and slot.rpartition("\0")[2] in authority
        )
        line = summary_line(new, doubtful)
        return (line,) if line else ()

    def definitions(self) -> Definitions:
        """The abbreviations the texts define (:mod:`.orgs.defined`)."""
        return Definitions(d for d, n in self.defined.items() if n > 0)

    def settled(self) -> Tally:
        """The tally, with nothing counted as changed from now on (see :attr:`touched`)."""
        self.touched = (set(), set(), set())
        return self

    def value(self) -> dict[str, object]:
        """The tally as JSON-ready values (see :meth:`from_value`), without what no text sees."""
        return self.value_of(self.texts, self.doubts, self.defined)

    def value_of(
        self, keys: Iterable[str], slots: Iterable[str], definitions: Iterable[Definition]
    ) -> dict[str, object]:
        """The part of :meth:`value` that counts the organisations ``keys``, the doubts
        ``slots`` and the ``definitions`` (those no text sees left out)."""
        seen = {
            key: [texts, *({v: n for v, n in c.items() if n > 0} for c in self.seen[key])]
            for key in keys
            if (texts := self.texts.get(key, 0)) > 0
        }
        defined = [
            [*definition_value(d), n]
            for d in sorted(definitions)
            if (n := self.defined.get(d, 0)) > 0
        ]
        return {
            "seen": seen,
            "doubts": {s: n for s in slots if (n := self.doubts.get(s, 0)) > 0},
            "defined": defined,
        }

    @classmethod
    def from_value(cls, value: object) -> Tally:
        """The tally :meth:`value` gave; raises ``ValueError`` (or ``TypeError``,
        ``AttributeError``) for a value that does not hold one."""
        if not isinstance(value, dict):
            raise ValueError(f"not a tally: {value!r}")
        tally = cls()
        for key, (texts, *counts) in value["seen"].items():
            if len(counts) != len(_FIELDS):
                raise ValueError(f"not the counts of an organisation: {counts!r}")
            tally.texts[str(key)] = int(texts)
            tally.seen[str(key)] = tuple(
                Counter({str(v): int(n) for v, n in c.items()}) for c in counts
            )
        tally.doubts = Counter({str(s): int(n) for s, n in value["doubts"].items()})
        for abbreviation, key, country, concepts, known, *alias, n in value["defined"]:
            definition = Definition(
                str(abbreviation),
                str(key),
                None if country is None else str(country),
                tuple(map(str, concepts)),
                bool(known),
                str(alias[0]) if alias else "",
            )
            tally.defined[definition] = int(n)
        return tally.settled()

    @classmethod
    def of(cls, records: Iterable[ResolverRecord]) -> Tally:
        """The tally of ``records``."""
        tally = cls()
        for record in records:
            tally.add(record)
        return tally


def definition_value(d: Definition) -> list[object]:
    """A definition's fields as JSON-ready values (as :meth:`Tally.value` lists it); an alias
    only where there is one, so that every other definition is stored as before."""
    alias = [d.alias] if d.alias else []
    return [d.abbreviation, d.key, d.country, list(d.concepts), d.known, *alias]


def _values(one: SeenForms) -> tuple[tuple[str, ...], ...]:
    return (one.forms, one.abbreviations, one.countries, one.primary)
