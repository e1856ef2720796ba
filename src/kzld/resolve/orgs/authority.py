"""The organisation authority: load ``authority/organisations.yaml``, check it, and serve it.

The file's schema is documented at its top. Every problem is reported as an
:class:`AuthorityError` naming the file, the line and the entry, and saying what to fix; all
problems of a file are listed at once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import asdict, dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from ...derived import kept
from ...errors import AuthorityError
from ...model.codec import from_value
from ...model.records import ORGANISATION_KINDS, Name, Organisation
from ...model.yamlio import fast_loader, load_with_root
from ...resources import organisations_file
from .names import NEW_PREFIX, abbreviation_key, normalise

__all__ = ["KINDS", "Authority", "AuthorityEntry", "load_authority"]

#: The organisation kinds (SKOS concepts under https://w3id.org/kzld/vocab/org-kind/).
KINDS = ORGANISATION_KINDS

_FIELDS = frozenset(
    {"key", "name", "names", "abbreviations", "forms", "country", "kinds", "same_as",
     "prose_safe", "prose_unsafe", "generic", "note", "founded", "dissolved", "named"}
)  # fmt: skip
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
_FAST_LOADER = fast_loader(yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class AuthorityEntry:
    """One organisation as the authority lists it (see the file's schema)."""

    key: str
    name: str
    names: tuple[Name, ...] = ()
    abbreviations: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    country: str | None = None
    kinds: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    prose_safe: tuple[str, ...] = ()
    prose_unsafe: tuple[str, ...] = ()
    generic: bool = False
    #: The year the organisation was founded, and the year it was dissolved, where known.
    founded: int | None = None
    dissolved: int | None = None
    #: The year since which it carries the names and abbreviations listed (renamed then).
    named: int | None = None
    line: int = 0

    @property
    def named_since(self) -> int | None:
        """The first year its names and abbreviations name it: ``named``, else ``founded``."""
        return self.named if self.named is not None else self.founded

    @property
    def country_shown(self) -> str:
        """Its country as a reason given to a curator writes it. Words for the review only: no
        decision reads them, so a text's record of what it read (:mod:`.consulted`) does not
        count them as the country read."""
        return str(self.country)

    def placed_in(self, countries: Collection[str | None]) -> bool:
        """Whether its country is one of ``countries`` (None among them: or it names none).
        The tests on an entry's country ask this where they can, so that a text's record of
        what it read of the authority holds the question, not the answer (:mod:`.consulted`)."""
        return self.country in countries

    def named_so_in(self, year: int | None) -> bool:
        """Whether its names named it in ``year`` (True when either is unknown)."""
        return year is None or self.named is None or year >= self.named

    def existed_in(self, year: int | None) -> bool:
        """Whether the organisation can have signed in ``year`` (True when either is unknown)."""
        if year is None:
            return True
        return not (
            (self.founded is not None and year < self.founded)
            or (self.dissolved is not None and year > self.dissolved)
        )

    @property
    def all_names(self) -> tuple[str, ...]:
        """The English name, the language-tagged names and the other forms."""
        return (self.name, *(n.text for n in self.names), *self.forms)

    def organisation(self) -> Organisation:
        """The record the mapping publishes."""
        return Organisation(
            key=self.key,
            names=(Name(self.name, "en"), *self.names),
            alternate_names=self.forms,
            abbreviations=self.abbreviations,
            country=self.country,
            kinds=self.kinds,
            same_as=self.same_as,
        )


class Authority:
    """The organisations of one authority file, by key."""

    def __init__(self, entries: tuple[AuthorityEntry, ...], path: Path | None = None) -> None:
        self.path = path
        self.entries = tuple(sorted(entries, key=lambda e: e.key))
        self._by_key = {entry.key: entry for entry in self.entries}

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[AuthorityEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, key: str) -> AuthorityEntry:
        """The entry of ``key``; :class:`KeyError` if the authority does not list it."""
        return self._by_key[key]

    def organisation(self, key: str) -> Organisation:
        """The :class:`Organisation` record of ``key``."""
        return self._by_key[key].organisation()


@cache
def _territories() -> frozenset[str]:
    codes = (str(c) for c in Locale.parse("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha())


def _strings(value: Any, field: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{field} must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _names(value: Any, problems: list[str]) -> tuple[Name, ...]:
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        problems.append("names must map BCP 47 language tags to a name or a list of names")
        return ()
    names: list[Name] = []
    for language, texts in value.items():
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            problems.append(f"names: {language!r} is not a BCP 47 language tag (e.g. ru, pt-BR)")
            continue
        names.extend(
            Name(text, language) for text in _strings(texts, f"names.{language}", problems)
        )
    return tuple(names)


def _identity(raw: Mapping[Any, Any], problems: list[str]) -> tuple[Any, Any, Any]:
    """The entry's key, canonical name and country, each checked."""
    key, name = raw.get("key"), raw.get("name")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        problems.append(f"key {key!r} must be a slug of [a-z0-9-] (e.g. communist-party-of-greece)")
    elif key.startswith(NEW_PREFIX):
        problems.append(
            f"key {key!r} may not start with {NEW_PREFIX!r} (reserved for new organisations)"
        )
    if not isinstance(name, str) or not name.strip():
        problems.append("name (the canonical English name) is required")
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or country not in _territories()):
        problems.append(f"country {country!r} is not an ISO 3166-1 alpha-2 code (quote NO as 'NO')")
    return key, name, country


def _kinds_and_links(
    raw: Mapping[Any, Any], problems: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entry's kinds (each one of :data:`KINDS`) and ``same_as`` IRIs."""
    kinds = _strings(raw.get("kinds"), "kinds", problems)
    if not kinds:
        problems.append(f"kinds is required: one or more of {', '.join(KINDS)}")
    problems.extend(f"kind {k!r} is not one of {', '.join(KINDS)}" for k in kinds if k not in KINDS)
    same_as = _strings(raw.get("same_as"), "same_as", problems)
    problems.extend(
        f"same_as {iri!r} is not an absolute http(s) IRI"
        for iri in same_as
        if not _IRI.fullmatch(iri)
    )
    return kinds, same_as


def _abbreviation_fields(
    raw: Mapping[Any, Any], problems: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The abbreviations, and those safe and unsafe to find in prose (each one of them)."""
    abbreviations = _strings(raw.get("abbreviations"), "abbreviations", problems)
    prose_safe = _strings(raw.get("prose_safe"), "prose_safe", problems)
    prose_unsafe = _strings(raw.get("prose_unsafe"), "prose_unsafe", problems)
    problems.extend(
        f"{form!r} in prose_safe/prose_unsafe is not one of its abbreviations"
        for form in (*prose_safe, *prose_unsafe)
        if form not in abbreviations
    )
    return abbreviations, prose_safe, prose_unsafe


def _entry(raw: Any, line: int, problems: list[str]) -> AuthorityEntry | None:
    if not isinstance(raw, Mapping):
        problems.append("an entry must be a mapping with at least key, name and kinds")
        return None
    unknown = sorted(set(map(str, raw)) - _FIELDS)
    if unknown:
        problems.append(
            f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_FIELDS))}"
        )
    key, name, country = _identity(raw, problems)
    kinds, same_as = _kinds_and_links(raw, problems)
    abbreviations, prose_safe, prose_unsafe = _abbreviation_fields(raw, problems)
    generic = raw.get("generic", False)
    if not isinstance(generic, bool):
        problems.append("generic must be true or false")
    if not isinstance(raw.get("note", ""), str):
        problems.append("note must be text")
    names = _names(raw.get("names"), problems)
    forms = _strings(raw.get("forms"), "forms", problems)
    founded, dissolved, named = (
        _year(raw.get(f), f, problems) for f in ("founded", "dissolved", "named")
    )
    if founded is not None and dissolved is not None and dissolved < founded:
        problems.append(f"dissolved ({dissolved}) is before founded ({founded})")
    if named is not None and founded is not None and named < founded:
        problems.append(f"named ({named}) is before founded ({founded})")
    if not isinstance(key, str) or not isinstance(name, str):
        return None
    return AuthorityEntry(
        key=key,
        name=name.strip(),
        names=names,
        abbreviations=abbreviations,
        forms=forms,
        country=country if isinstance(country, str) else None,
        kinds=kinds,
        same_as=same_as,
        prose_safe=prose_safe,
        prose_unsafe=prose_unsafe,
        generic=bool(generic),
        founded=founded,
        dissolved=dissolved,
        named=named,
        line=line,
    )


def _year(value: Any, field: str, problems: list[str]) -> int | None:
    """A year written as 2016 or as an ISO date ('2016-06-26')."""
    if value is None:
        return None
    if isinstance(value, bool):
        pass
    elif isinstance(value, int) and 1000 <= value <= 2999:
        return value
    elif hasattr(value, "year") or (
        isinstance(value, str) and re.fullmatch(r"\d{4}(-\d\d){0,2}", value)
    ):
        return int(value.year if hasattr(value, "year") else value[:4])
    problems.append(f"{field} must be a year (2016) or an ISO date (2016-06-26), not {value!r}")
    return None


def _item_lines(root: yaml.Node | None) -> list[int]:
    """1-based line of each item of the ``organisations`` list (for error messages)."""
    if isinstance(root, yaml.MappingNode):
        for key_node, value in root.value:
            if key_node.value == "organisations" and isinstance(value, yaml.SequenceNode):
                return [item.start_mark.line + 1 for item in value.value]
    return []


def _collisions(entries: list[AuthorityEntry]) -> list[tuple[AuthorityEntry, str]]:
    """Names (after normalisation) that two entries both claim; abbreviations may be shared."""
    owner: dict[str, AuthorityEntry] = {}
    found: list[tuple[AuthorityEntry, str]] = []
    for entry in entries:
        for text in dict.fromkeys(normalise(n) for n in entry.all_names):
            other = owner.setdefault(text, entry)
            if other is not entry:
                found.append(
                    (entry, f"name {text!r} is also a name of {other.key} (line {other.line})")
                )
        if not any(abbreviation_key(a) for a in entry.abbreviations) and entry.abbreviations:
            found.append((entry, "an abbreviation has no letters or digits"))
    return found


def load_authority(path: Path | None = None) -> Authority:
    """Load and check the organisation authority (default: the shipped ``organisations.yaml``).

    Its entries, once read and checked, are kept between runs under its text
    (:func:`~kzld.derived.kept`): every build that resolves a text starts with them, and reading
    and checking the file (its YAML, each entry, the names two entries claim) costs a tenth of a
    second or more; a file with problems is never kept, so it is refused each time."""
    path = path if path is not None else organisations_file()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise AuthorityError(path, f"cannot read the organisation authority: {error}") from error
    entries = kept(
        "authority/organisations",
        partial(_checked_entries, path, text),
        _entries_value,
        _entries_read,
        inputs=(text,),
    )
    return Authority(entries, path)


def _entries_value(entries: tuple[AuthorityEntry, ...]) -> list[dict[str, Any]]:
    return [asdict(entry) for entry in entries]


def _entries_read(value: Any) -> tuple[AuthorityEntry, ...]:
    if not isinstance(value, list):
        raise ValueError("not a list of entries")
    return tuple(from_value(AuthorityEntry, item) for item in value)


def _checked_entries(path: Path, text: str) -> tuple[AuthorityEntry, ...]:
    """The entries of the authority ``text`` (read from ``path``), checked; raises
    :class:`AuthorityError` naming every problem."""
    try:
        data, root = load_with_root(text, yaml.SafeLoader, _FAST_LOADER)
        lines = _item_lines(root)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise AuthorityError(path, f"not valid YAML: {error}", line) from error
    items = data.get("organisations") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        raise AuthorityError(path, "must be a mapping with a list `organisations` (see its header)")
    problems: list[str] = []
    entries: list[AuthorityEntry] = []
    seen: dict[str, AuthorityEntry] = {}
    for index, raw in enumerate(items):
        line = lines[index] if index < len(lines) else 0
        label = raw.get("key") if isinstance(raw, Mapping) else None
        where = f"{path}:{line}: entry {index + 1}" + (f" ({label})" if label else "")
        own: list[str] = []
        entry = _entry(raw, line, own)
        problems.extend(f"{where}: {p}" for p in own)
        if entry is None or own:
            continue
        if entry.key in seen:
            problems.append(
                f"{where}: key {entry.key} repeats the entry at line {seen[entry.key].line}"
            )
            continue
        seen[entry.key] = entry
        entries.append(entry)
    for entry, problem in _collisions(entries):
        problems.append(f"{path}:{entry.line}: entry {entry.key}: {problem}")
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise AuthorityError(
            path, f"{count} in the organisation authority:\n" + "\n".join(problems)
        )
    return tuple(entries)
