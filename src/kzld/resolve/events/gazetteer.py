"""The event gazetteer: loading and checking ``authority/events.yaml``.

The file holds the events the statements speak of, the places they need, and the word lists
(names, inflections, co-occurrence rules) by which :mod:`kzld.resolve.events.finder` finds them.
This module turns it into :class:`~kzld.model.records.Event` and :class:`~kzld.model.records.Place`
records plus the matching data, and refuses a file with a bad date, an unknown place,
super-event or term, or an uncompilable form, naming the file, the line and the entry.

Compiling each form alone, to name the one that does not compile, is most of the time a load
takes. A file whose content loaded without fault before, under the same kzld, is loaded without
compiling them alone again (the same content and code give the same result): that it loaded is
kept between runs (:func:`~kzld.derived.kept`, under the digest of the file's bytes).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ...derived import kept
from ...errors import FormError, GazetteerError
from ...model.records import Event, Name, Place
from ...model.yamlio import fast_loader, load_with_root
from ...resources import authority_dir
from ..forms import Affixes, compile_forms

__all__ = [
    "Context",
    "EventRules",
    "Gazetteer",
    "Trigger",
    "load_gazetteer",
]

#: The language key of forms valid in every language.
ANY_LANGUAGE = "*"

_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^(?:\*|[a-z]{2,3}(?:-[A-Za-z0-9]+)*)$")
_LINE = "__line__"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A co-occurrence rule: every term of ``all`` in one sentence, none of ``unless``, and (when
    ``countries`` is given) no country named outside it."""

    all: tuple[str, ...]
    unless: tuple[str, ...] = ()
    countries: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """When an event's triggers apply: the document dated in ``dated`` or the version holding one
    of ``cues`` (either, when both are given; always, when neither is), and holding every term of
    ``requires``."""

    dated: tuple[date, date] | None = None
    cues: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventRules:
    """How an event is found: its own forms by language, its triggers and their context."""

    key: str
    forms: Mapping[str, tuple[str, ...]]
    triggers: tuple[Trigger, ...] = ()
    context: Context = Context()


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Events and places (sorted by key) with the data to find the events in texts."""

    events: tuple[Event, ...]
    places: tuple[Place, ...]
    rules: tuple[EventRules, ...] = ()
    terms: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    languages: Mapping[str, Affixes] = field(default_factory=dict)
    adoption_types: tuple[str, ...] = ()
    adoption_cues: tuple[str, ...] = ()
    path: str = ""

    def event(self, key: str) -> Event:
        """The event with ``key`` (``KeyError`` if there is none)."""
        for event in self.events:
            if event.key == key:
                return event
        raise KeyError(key)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records each mapping's line number under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings (checked by ``_Checker.iso_date``): YAML's own timestamps would turn
# ``2011-13-16`` into a crash and partial dates into numbers.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FAST_LOADER = fast_loader(_LineLoader)


class _Checker:
    """Reads one gazetteer file, collecting records; raises on the first fault."""

    def __init__(self, path: Path, forms: bool = True) -> None:
        self.path = path
        #: whether each form is compiled alone (to name the one that does not compile)
        self.forms = forms

    def fail(self, where: str, reason: str, line: int | None) -> GazetteerError:
        return GazetteerError(self.path, f"{where}: {reason}", line)

    # ------------------------------------------------------------------ helpers

    def mapping(self, value: Any, where: str, line: int | None) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected a mapping", line)
        return value

    def strings(self, value: Any, where: str, line: int | None) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str | int):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise self.fail(where, "expected a list of strings", line)
        return tuple(str(v) for v in value)

    def keys(self, entry: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(k for k in entry if k != _LINE and k not in allowed)
        if unknown:
            raise self.fail(
                where,
                f"unknown field(s) {', '.join(map(str, unknown))} (allowed: "
                f"{', '.join(sorted(allowed))})",
                entry.get(_LINE),
            )

    def key(self, entry: dict[str, Any], what: str, index: int) -> str:
        key = entry.get("key")
        line = entry.get(_LINE)
        if not isinstance(key, str) or not _KEY.match(key):
            raise self.fail(
                f"{what} #{index + 1}",
                f"key {key!r} must be a lower-case slug such as 'zhanaozen-massacre-2011'",
                line,
            )
        return key

    def iso_date(self, value: Any, where: str, line: int | None) -> str | None:
        if value is None:
            return None
        text = value.isoformat() if isinstance(value, date) else str(value)
        match = _DATE.match(text)
        if match:
            year, month, day = (int(g) if g else None for g in match.groups())
            try:
                date(year or 1, month or 1, day or 1)
            except ValueError:
                match = None
        if not match:
            raise self.fail(
                where, f"bad date {text!r}: write YYYY, YYYY-MM or YYYY-MM-DD (a real date)", line
            )
        return text

    def names(self, value: Any, where: str, line: int | None) -> tuple[Name, ...]:
        names = self.mapping(value, where + ": names", line)
        result = []
        for language, text in names.items():
            if language == _LINE:
                continue
            if not _LANGUAGE.match(str(language)) or not isinstance(text, str) or not text.strip():
                raise self.fail(where, f"names: bad entry {language!r}: {text!r}", line)
            result.append(Name(text.strip(), str(language)))
        if not result:
            raise self.fail(where, "names: give at least one name", line)
        return tuple(result)

    def by_language(self, value: Any, where: str, line: int | None) -> dict[str, tuple[str, ...]]:
        table = self.mapping(value or {}, where, line)
        result: dict[str, tuple[str, ...]] = {}
        for language, forms in table.items():
            if language == _LINE:
                continue
            if not _LANGUAGE.match(str(language)):
                raise self.fail(where, f"bad language tag {language!r}", line)
            result[str(language)] = self.strings(forms, f"{where}: {language}", line)
        return result

    # ------------------------------------------------------------------ sections

    def languages(self, value: Any) -> dict[str, Affixes]:
        table = self.mapping(value or {}, "languages", None)
        result: dict[str, Affixes] = {}
        for language, spec in table.items():
            if language == _LINE:
                continue
            where = f"languages: {language}"
            spec = self.mapping(spec, where, None)
            line = spec.get(_LINE)
            self.keys(spec, {"prefixes", "suffixes"}, where)
            suffixes = self.mapping(spec.get("suffixes") or {}, where + ": suffixes", line)
            result[str(language)] = Affixes(
                prefixes=self.strings(spec.get("prefixes"), where + ": prefixes", line),
                suffixes={
                    str(name): self.strings(forms, f"{where}: suffixes: {name}", line)
                    for name, forms in suffixes.items()
                    if name != _LINE
                },
            )
        return result

    def check_forms(
        self,
        forms: Mapping[str, tuple[str, ...]],
        languages: Mapping[str, Affixes],
        where: str,
        line: int | None,
    ) -> None:
        if not self.forms:
            return
        for language, texts in forms.items():
            affixes = languages.get(language.split("-")[0], Affixes())
            for text in texts:
                try:
                    compile_forms((text,), affixes)
                except FormError as error:
                    raise self.fail(
                        f"{where}: {language} form {text!r}", str(error), line
                    ) from None

    def place(self, entry: Any, index: int) -> Place:
        entry = self.mapping(entry, f"places #{index + 1}", None)
        key = self.key(entry, "places", index)
        where, line = f"place '{key}'", entry.get(_LINE)
        self.keys(entry, {"key", "names", "country"}, where)
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and _COUNTRY.match(country)):
            raise self.fail(where, f"country {country!r} must be an ISO 3166-1 alpha-2 code", line)
        return Place(key=key, names=self.names(entry.get("names"), where, line), country=country)


def _known_terms(
    checker: _Checker,
    terms: Mapping[str, Any],
    value: Any,
    where: str,
    field_name: str,
    at: int | None,
) -> tuple[str, ...]:
    """The terms listed in ``value`` (the field ``field_name`` of the event at ``where``), each
    of which must be one of ``terms``."""
    found = checker.strings(value, f"{where}: {field_name}", at)
    for term in found:
        if term not in terms:
            raise checker.fail(where, f"{field_name}: unknown term '{term}'", at)
    return found


def _rules_for(
    checker: _Checker,
    entry: dict[str, Any],
    key: str,
    terms: Mapping[str, Any],
    languages: Mapping[str, Affixes],
) -> EventRules:
    where, line = f"event '{key}'", entry.get(_LINE)
    forms = checker.by_language(entry.get("forms"), where + ": forms", line)
    for name in checker.names(entry.get("names"), where, line):
        language = name.language or ANY_LANGUAGE
        forms[language] = (name.text, *forms.get(language, ()))
    checker.check_forms(forms, languages, where, line)
    triggers = tuple(
        _trigger(checker, raw, where, line, terms) for raw in entry.get("triggers") or []
    )
    context = Context()
    if entry.get("context") is not None:
        context = _context(checker, entry["context"], where, line, terms)
    return EventRules(key, forms, triggers, context)


def _fields(
    checker: _Checker, value: Any, where: str, line: int | None, allowed: set[str]
) -> tuple[dict[str, Any], int | None]:
    """``value``, a mapping of only the ``allowed`` fields, and the line it starts on."""
    found = checker.mapping(value, where, line)
    checker.keys(found, allowed, where)
    return found, found.get(_LINE, line)


def _trigger(
    checker: _Checker, raw: Any, where: str, line: int | None, terms: Mapping[str, Any]
) -> Trigger:
    """One co-occurrence trigger of the event at ``where``."""
    rule, at = _fields(checker, raw, where + ": trigger", line, {"all", "unless", "countries"})
    every = _known_terms(checker, terms, rule.get("all"), where, "all", at)
    if not every:
        raise checker.fail(where, "a trigger needs at least one term in 'all'", at)
    countries = rule.get("countries")
    codes = None
    if countries is not None:
        codes = checker.strings(countries, where + ": countries", at)
        bad = [c for c in codes if not _COUNTRY.match(c)]
        if bad:
            raise checker.fail(where, f"countries: not ISO codes: {', '.join(bad)}", at)
    unless = _known_terms(checker, terms, rule.get("unless"), where, "unless", at)
    return Trigger(every, unless, codes)


def _context(
    checker: _Checker, value: Any, where: str, line: int | None, terms: Mapping[str, Any]
) -> Context:
    """The context the triggers of the event at ``where`` need."""
    raw, at = _fields(checker, value, where + ": context", line, {"dated", "cues", "requires"})
    dated = None
    if raw.get("dated") is not None:
        bounds = raw["dated"]
        if not isinstance(bounds, list) or len(bounds) != 2:
            raise checker.fail(where, "context: dated must be [from, to]", at)
        first, last = (checker.iso_date(b, where + ": context: dated", at) for b in bounds)
        try:
            dated = (date.fromisoformat(first or ""), date.fromisoformat(last or ""))
        except ValueError:
            raise checker.fail(where, "context: dated needs two full dates", at) from None
    return Context(
        dated,
        _known_terms(checker, terms, raw.get("cues"), where, "cues", at),
        _known_terms(checker, terms, raw.get("requires"), where, "requires", at),
    )


#: What an event entry may say.
_EVENT_KEYS = {
    "key", "names", "forms", "types", "start", "end", "place", "super_event",
    "organisations", "same_as", "triggers", "context",
}  # fmt: skip


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Load and check the gazetteer (default: the shipped ``authority/events.yaml``); each form
    is compiled alone only if the file's content never loaded before (see the module's
    docstring)."""
    path = path if path is not None else authority_dir() / "events.yaml"
    try:
        content = path.read_bytes()
    except OSError as error:
        raise GazetteerError(path, f"cannot read the gazetteer: {error.strerror}") from error
    digest = hashlib.sha256(content).hexdigest()
    loaded: list[Gazetteer] = []

    def checked() -> bool:
        loaded.append(_load(_Checker(path), content))
        return True  # kept only once the load has succeeded

    kept(f"gazetteer/{digest[:32]}", checked, bool, _loaded_before, inputs=(digest,))
    return loaded[0] if loaded else _load(_Checker(path, forms=False), content)


def _loaded_before(found: object) -> bool:
    if found is not True:
        raise ValueError("not the mark of a file that loaded")
    return True


def _load(checker: _Checker, content: bytes) -> Gazetteer:
    """The gazetteer of the file ``checker`` checks, whose bytes are ``content``."""
    path = checker.path
    data = checker.mapping(_read(path, content), "the file", None)
    checker.keys(data, {"languages", "terms", "adoption", "places", "events"}, "the file")
    languages = checker.languages(data.get("languages"))
    terms = _terms(checker, data.get("terms") or {}, languages)
    adoption = checker.mapping(data.get("adoption") or {}, "adoption", None)
    checker.keys(adoption, {"types", "cues"}, "adoption")
    adoption_types = checker.strings(adoption.get("types"), "adoption: types", adoption.get(_LINE))
    adoption_cues = checker.strings(adoption.get("cues"), "adoption: cues", adoption.get(_LINE))
    for term in adoption_cues:
        if term not in terms:
            raise checker.fail("adoption", f"cues: unknown term '{term}'", adoption.get(_LINE))
    places: dict[str, Place] = {}
    for index, entry in enumerate(data.get("places") or []):
        place = checker.place(entry, index)
        if place.key in places:
            raise checker.fail(f"place '{place.key}'", "key used twice", entry.get(_LINE))
        places[place.key] = place
    raw_events: list[tuple[dict[str, Any], Event, EventRules]] = []
    seen: set[str] = set()
    for index, value in enumerate(data.get("events") or []):
        entry = checker.mapping(value, f"events #{index + 1}", None)
        key = checker.key(entry, "events", index)
        if key in seen:
            raise checker.fail(f"event '{key}'", "key used twice", entry.get(_LINE))
        seen.add(key)
        event = _event(checker, entry, key, places)
        raw_events.append((entry, event, _rules_for(checker, entry, key, terms, languages)))
    _check_super_events(checker, [(entry, event) for entry, event, _ in raw_events])
    ordered = sorted(raw_events, key=lambda item: item[1].key)
    return Gazetteer(
        events=tuple(e for _, e, _ in ordered),
        places=tuple(sorted(places.values(), key=lambda p: p.key)),
        rules=tuple(r for _, _, r in ordered),
        terms=terms,
        languages=languages,
        adoption_types=adoption_types,
        adoption_cues=adoption_cues,
        path=str(path),
    )


class _Named(io.StringIO):
    """A file's text in memory, named as PyYAML names an open file in its messages."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__(text, newline=None)  # line ends read as a file opened as text reads them
        self.name = name


def _read(path: Path, content: bytes) -> Any:
    """The YAML of the gazetteer file ``path`` (its bytes ``content``), each mapping with its
    line."""
    try:
        handle = _Named(content.decode("utf-8"), str(path))
        data, _ = load_with_root(handle, _LineLoader, _FAST_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise GazetteerError(path, f"not valid YAML: {error}", line) from error
    return data


def _terms(
    checker: _Checker, value: Any, languages: Mapping[str, Affixes]
) -> dict[str, dict[str, tuple[str, ...]]]:
    """The named terms (forms by language) that triggers, contexts and cues are made of."""
    terms: dict[str, dict[str, tuple[str, ...]]] = {}
    for term, table in checker.mapping(value, "terms", None).items():
        if term == _LINE:
            continue
        line = table.get(_LINE) if isinstance(table, dict) else None
        terms[str(term)] = checker.by_language(table, f"term '{term}'", line)
        checker.check_forms(terms[str(term)], languages, f"term '{term}'", line)
    return terms


def _event(
    checker: _Checker, entry: dict[str, Any], key: str, places: Mapping[str, Place]
) -> Event:
    """The event of the entry ``entry`` (its key ``key``), checked against the ``places``."""
    where, line = f"event '{key}'", entry.get(_LINE)
    checker.keys(entry, _EVENT_KEYS, where)
    start = checker.iso_date(entry.get("start"), where + ": start", line)
    end = checker.iso_date(entry.get("end"), where + ": end", line)
    if start and end and end[: len(start)] < start[: len(end)]:
        raise checker.fail(where, f"end {end} is before start {start}", line)
    for field_name in ("types", "organisations"):
        for value in checker.strings(entry.get(field_name), f"{where}: {field_name}", line):
            if not _KEY.match(value):
                raise checker.fail(where, f"{field_name}: {value!r} is not a key", line)
    same_as = checker.strings(entry.get("same_as"), where + ": same_as", line)
    for iri in same_as:
        if not re.match(r"^https?://\S+$", iri):
            raise checker.fail(where, f"same_as: {iri!r} is not an http(s) IRI", line)
    place_key, super_event = entry.get("place"), entry.get("super_event")
    if place_key is not None and place_key not in places:
        raise checker.fail(
            where, f"place '{place_key}' is not a place of this file (add it under places:)", line
        )
    if super_event is not None and not isinstance(super_event, str):
        raise checker.fail(where, f"super_event {super_event!r} must be an event key", line)
    return Event(
        key=key,
        names=checker.names(entry.get("names"), where, line),
        types=checker.strings(entry.get("types"), where, line),
        start=start,
        end=end,
        place=place_key,
        super_event=super_event,
        organisations=checker.strings(entry.get("organisations"), where, line),
        same_as=same_as,
    )


def _check_super_events(checker: _Checker, events: list[tuple[dict[str, Any], Event]]) -> None:
    """Every super-event is an event of the file, and none is its own ancestor."""
    parents = {event.key: event.super_event for _, event in events}
    for entry, event in events:
        if event.super_event is None:
            continue
        where, line = f"event '{event.key}'", entry.get(_LINE)
        if event.super_event not in parents:
            raise checker.fail(
                where, f"super_event '{event.super_event}' is not an event of this file", line
            )
        walk: str | None = event.super_event
        visited = {event.key}
        while walk is not None:
            if walk in visited:
                raise checker.fail(where, "super_event forms a cycle", line)
            visited.add(walk)
            walk = parents.get(walk)
