"""The index of the parts a build keeps (``OUT/.kzld-state/index.sqlite``), changed in place.

A build takes, of every part the last build kept (:class:`~kzld.state.DocumentPart`), its index
entry (its counts, digest, what it points at, its validation context), and with them the tally of
the parts' resolver records (:mod:`kzld.resolve.tally`), the parts' validation results and the
types of the corpus' nodes they were validated with. Adding one text to an archive of thousands
changes few of these: the new part's entry, the tally's counts of what its text saw, its results,
maybe some contexts and types. They are kept as rows of an SQLite database, and a build writes
only the rows that changed (:meth:`PartIndex.save`), all in one transaction: a build stopped while
it writes leaves the last build's index as it was (SQLite's journal puts it back), and an index
that cannot be read counts as none (each kept part is then read from its own file, and the tally
made again from the parts' records), and is made again whole by the next build that saves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson

from .resolve.tally import Tally, definition_value

__all__ = ["SCHEMA", "Indexed", "PartIndex"]

#: The version of the tables below; an index of another one is made again whole.
SCHEMA = 1

_TABLES = (
    "CREATE TABLE parts (key TEXT PRIMARY KEY, entry BLOB NOT NULL, context TEXT NOT NULL)",
    "CREATE TABLE refs (n INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE)",
    "CREATE TABLE seen (key TEXT PRIMARY KEY, counts BLOB NOT NULL)",
    "CREATE TABLE doubts (slot TEXT PRIMARY KEY, texts INTEGER NOT NULL)",
    "CREATE TABLE defined (definition BLOB PRIMARY KEY, texts INTEGER NOT NULL)",
    "CREATE TABLE tallied (key TEXT PRIMARY KEY)",
    "CREATE TABLE checked (key TEXT PRIMARY KEY, results BLOB NOT NULL)",
    "CREATE TABLE types (iri TEXT PRIMARY KEY, kinds TEXT NOT NULL)",
)


class Entered(Protocol):
    """What the index keeps of a part: its entry (:meth:`~kzld.state.DocumentPart.entry`), its
    validation context apart (what a kept part's entry changes by, but for the authority it
    counts as made with, after a change of the authority that does not touch it)."""

    context: str
    authority: str

    def entry(self) -> dict[str, object]: ...


@dataclass
class Indexed:
    """What the index holds: each kept part's entry (key -> JSON value, its ``context`` in it),
    the tally's value (:meth:`~kzld.resolve.tally.Tally.value`) and the keys of the parts it
    counts, the parts' validation results (key -> JSON value) and the corpus' types (IRI ->
    types, space separated)."""

    parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the IRIs the entries point at, numbered (an entry's ``refs`` are numbers in the table)
    refs: dict[str, int] = field(default_factory=dict)
    tally: dict[str, Any] = field(default_factory=dict)
    tallied: set[str] = field(default_factory=set)
    checked: dict[str, Any] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)


class PartIndex:
    """The index in the file ``path`` (see the module's docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: what :meth:`read` found (None: none, or unreadable: :meth:`save` writes all)
        self.found: Indexed | None = None
        self._read_once = False
        #: the tally :meth:`read` made, whose changes alone :meth:`save` writes
        self.counted: Tally | None = None

    def read(self) -> Indexed:
        """The index as the last build saved it; an empty one when there is none, or it cannot
        be read."""
        if not self._read_once:
            self._read_once = True
            with suppress(sqlite3.Error, ValueError, TypeError):
                self.found = self._read()
        return self.found if self.found is not None else Indexed()

    def _read(self) -> Indexed | None:
        if not self.path.is_file():
            return None
        # a URI names an absolute path: ``kzld build`` is given a relative one by default
        uri = f"{self.path.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as db:
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
                return None
            found = Indexed()
            iris = {int(n): str(iri) for n, iri in db.execute("SELECT n, iri FROM refs")}
            found.refs = {iri: n for n, iri in iris.items()}
            for key, entry, context in db.execute("SELECT key, entry, context FROM parts"):
                value = orjson.loads(entry)
                value["context"] = str(context)
                value["refs"] = [iris[n] for n in value["refs"]]
                found.parts[str(key)] = value
            found.tally = {
                "seen": {
                    str(key): orjson.loads(counts)
                    for key, counts in db.execute("SELECT key, counts FROM seen")
                },
                "doubts": dict(db.execute("SELECT slot, texts FROM doubts")),
                "defined": [
                    [*orjson.loads(definition), texts]
                    for definition, texts in db.execute("SELECT definition, texts FROM defined")
                ],
            }
            found.tallied = {str(key) for (key,) in db.execute("SELECT key FROM tallied")}
            found.checked = {
                str(key): orjson.loads(results)
                for key, results in db.execute("SELECT key, results FROM checked")
            }
            found.types = {str(iri): str(kinds) for iri, kinds in db.execute("SELECT * FROM types")}
        return found

    def tally(self) -> tuple[Tally, set[str]]:
        """The tally the index keeps, and the keys of the parts it counts (an empty one when
        it keeps none, or it cannot be read)."""
        found = self.read()
        try:
            if found.tally:
                self.counted = Tally.from_value(found.tally)
                return self.counted, set(found.tallied)
        except (ValueError, TypeError, KeyError, AttributeError):
            pass
        return Tally(), set()

    def save(
        self,
        parts: Mapping[str, Entered],
        unchanged: Collection[str],
        tally: tuple[Tally, Iterable[str]] | None,
        checked: Mapping[str, Callable[[], object]],
        types: Mapping[str, str],
    ) -> None:
        """Make the index hold ``parts`` (key -> part; the entries of those ``unchanged`` are
        what :meth:`read` found, but maybe their contexts and authorities), the ``tally`` (and
        the keys of the parts it counts), the parts' validation results (``checked``: key -> its
        JSON value) and the corpus' ``types``, writing only what changed (a result's value is
        asked for only when the index does not hold it: its key says what it is made of); raises
        ``sqlite3.Error`` or ``OSError`` when it cannot (the index is then as it was, or gone)."""
        found = self.found
        if found is None:
            self._remove()
            found = Indexed()
        with closing(sqlite3.connect(self.path, isolation_level=None)) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                if self.found is None:
                    for table in _TABLES:
                        db.execute(table)
                    db.execute(f"PRAGMA user_version = {SCHEMA}")
                _save_parts(db, found, parts, unchanged)
                counted, tallied = tally if tally is not None else (Tally(), ())
                _save_tally(db, found, counted, counted is self.counted, set(tallied))
                _save_checks(db, found, checked, types)
                db.execute("COMMIT")
            except BaseException:
                with suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
                raise

    def _remove(self) -> None:
        for suffix in ("", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def _save_parts(
    db: sqlite3.Connection, found: Indexed, parts: Mapping[str, Entered], unchanged: Collection[str]
) -> None:
    """Write the entries of ``parts`` the index does not hold (or holds with another
    authority), and the contexts that changed."""
    contexts, entries = [], []
    for key, part in parts.items():
        was = found.parts.get(key)
        if was is not None and key in unchanged and was["authority"] == part.authority:
            if was["context"] != part.context:
                contexts.append((part.context, key))
            continue
        entry = part.entry()
        del entry["context"]
        entry["refs"] = [_number(db, found.refs, iri) for iri in entry["refs"]]  # type: ignore[attr-defined]
        entries.append((key, orjson.dumps(entry), part.context))
    db.executemany("UPDATE parts SET context = ? WHERE key = ?", contexts)
    _replace(db, "parts", found.parts.keys() - parts.keys(), entries)


def _number(db: sqlite3.Connection, numbers: dict[str, int], iri: str) -> int:
    """The number of ``iri`` in the table of the IRIs entries point at (given one if new)."""
    number = numbers.get(iri)
    if number is None:
        number = numbers[iri] = len(numbers)
        db.execute("INSERT OR REPLACE INTO refs VALUES (?, ?)", (number, iri))
    return number


def _save_checks(
    db: sqlite3.Connection,
    found: Indexed,
    checked: Mapping[str, Callable[[], object]],
    types: Mapping[str, str],
) -> None:
    """Write the validation results the index does not hold, and the types that changed."""
    fresh = [
        (key, orjson.dumps(value())) for key, value in checked.items() if key not in found.checked
    ]
    _replace(db, "checked", found.checked.keys() - checked.keys(), fresh)
    changed = [(iri, kinds) for iri, kinds in types.items() if found.types.get(iri) != kinds]
    _replace(db, "types", found.types.keys() - types.keys(), changed)


def _save_tally(
    db: sqlite3.Connection, found: Indexed, tally: Tally, read: bool, tallied: set[str]
) -> None:
    """Write the rows of ``tally`` that changed since the index was ``read`` (all of them when
    it is another tally), and the keys of the parts it counts."""
    if read:
        keys, slots, definitions = tally.touched
        value = tally.value_of(keys, slots, definitions)
    else:
        for table in ("seen", "doubts", "defined"):
            db.execute(f"DELETE FROM {table}")
        keys, slots, definitions = set(), set(), set()
        value = tally.value()
    seen: dict[str, object] = value["seen"]  # type: ignore[assignment]
    _replace(db, "seen", keys - seen.keys(), [(k, orjson.dumps(v)) for k, v in seen.items()])
    doubts: dict[str, int] = value["doubts"]  # type: ignore[assignment]
    _replace(db, "doubts", slots - doubts.keys(), sorted(doubts.items()))
    rows: list[list[object]] = value["defined"]  # type: ignore[assignment]
    defined = {orjson.dumps(row[:-1]): row[-1] for row in rows}
    fields = {orjson.dumps(definition_value(d)) for d in definitions}
    _replace(db, "defined", fields - defined.keys(), sorted(defined.items()))
    _replace(
        db, "tallied", found.tallied - tallied, [(key,) for key in sorted(tallied - found.tallied)]
    )


def _replace(
    db: sqlite3.Connection, table: str, gone: Iterable[object], rows: Iterable[tuple[object, ...]]
) -> None:
    """Delete the rows of ``table`` whose keys (its first column) are ``gone``, and write
    ``rows`` over those of their keys."""
    key = _KEYS[table]
    db.executemany(f"DELETE FROM {table} WHERE {key} = ?", ((k,) for k in sorted(gone)))  # type: ignore[type-var]
    rows = list(rows)
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)


#: Each table's key column.
_KEYS = {
    "parts": "key",
    "seen": "key",
    "doubts": "slot",
    "defined": "definition",
    "tallied": "key",
    "checked": "key",
    "types": "iri",
}
