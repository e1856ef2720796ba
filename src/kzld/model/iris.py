"""The one place kzld mints IRIs for its data.

Every data IRI is the configured base plus a path built from stable keys: a source file's stem,
an organisation's or event's key, a span's offsets. Path segments are percent-encoded, so no input
can leave the base, make a relative IRI or inject characters that are illegal in IRIs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from rdflib import URIRef

from ..errors import KzldError

if TYPE_CHECKING:  # the records are not needed to mint IRIs (nor to read the base: the site)
    from .records import Span

__all__ = ["DEFAULT_BASE", "Minter", "check_base", "segment", "slug", "statement_keys"]

#: The default base of data IRIs.
DEFAULT_BASE = "https://w3id.org/kzld/id/"

_UNRESERVED = "-._~"


def check_base(base: str) -> str:
    """``base`` if it is an absolute http(s) IRI ending in ``/`` or ``#``; raise otherwise."""
    parts = urlsplit(base)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise KzldError(f"--base {base!r}: must be an absolute http(s) IRI, e.g. {DEFAULT_BASE}")
    if not base.endswith(("/", "#")):
        raise KzldError(f"--base {base!r}: must end with '/' or '#'")
    if re.search(r"[\s<>\"{}|\\^`]", base):
        raise KzldError(f"--base {base!r}: contains characters that are not allowed in an IRI")
    return base


@lru_cache(maxsize=1 << 16)  # keys, stems and path words come back for every document
def segment(text: str) -> str:
    """One IRI path segment for ``text``: NFC, percent-encoded except unreserved characters."""
    encoded = quote(unicodedata.normalize("NFC", text), safe=_UNRESERVED)
    # "_" stands for the empty text and prefixes "." and "..": a text of its own that starts with
    # "_" has it escaped, so that no two texts share a segment.
    if encoded.startswith("_"):
        encoded = "%5F" + encoded[1:]
    if encoded in {"", ".", ".."}:
        return f"_{encoded}"
    return encoded


def slug(text: str) -> str:
    """A readable key for ``text``: lower case, letters and digits joined by ``-``.

    Letters outside ASCII are kept (and percent-encoded by :func:`segment` when minted).
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return "-".join(re.findall(r"\w+", folded.replace("_", " "))) or "_"


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


def statement_keys(names: Iterable[str]) -> dict[str, str]:
    """The key each source file's statement is minted from: its stem, made distinct.

    Two file names can give one IRI: ``a.txt`` and ``a.TXT`` (one stem), or the composed and the
    decomposed spelling of ``é`` (one NFC form). In such a group the file whose name is canonical
    (NFC, suffix ``.txt``) keeps its stem; every other one gets ``stem~`` and the first 8 hex
    digits of the sha256 of its whole name. The result depends only on the names, not on their
    order, and a file with no clash keeps its stem. Two equal names raise :class:`KzldError`.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[segment(_stem(name))].append(name)
    keys: dict[str, str] = {}
    for members in groups.values():
        if len(set(members)) < len(members):
            raise KzldError(f"two source texts are both named {members[0]!r}; rename one")
        for name in members:
            stem = _stem(name)
            canonical = name == unicodedata.normalize("NFC", name) and name.endswith(".txt")
            if len(members) == 1 or canonical:
                keys[name] = stem
            else:
                digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
                keys[name] = f"{stem}~{digest}"
    return keys


class Minter:
    """Mints the IRIs of one graph under ``base``."""

    def __init__(self, base: str) -> None:
        self.base = check_base(base)

    def _iri(self, *segments: str) -> URIRef:
        return URIRef(self.base + "/".join(segment(s) for s in segments))

    def source(self, stem: str) -> URIRef:
        """The source text file."""
        return self._iri("source", stem)

    def statement(self, stem: str) -> URIRef:
        """The statement read from the file ``stem``."""
        return self._iri("statement", stem)

    def version(self, stem: str, language: str, index: int = 1) -> URIRef:
        """A language version; ``index`` > 1 only when a text holds two versions in one language."""
        tag = language if index == 1 else f"{language}-{index}"
        return self._iri("statement", stem, tag)

    def section(self, stem: str, number: int) -> URIRef:
        """The ``number``-th (1-based) signatory section of a statement."""
        return self._iri("statement", stem, "section", str(number))

    def signature(self, stem: str, organisation: str) -> URIRef:
        """An organisation's signature of a statement: one, however often the text lists it."""
        return self._iri("signature", stem, organisation)

    def evidence(self, stem: str, span: Span) -> URIRef:
        """A span of a source text."""
        return self._iri("evidence", stem, f"{span.start}-{span.end}")

    def selector(self, evidence: URIRef, kind: str) -> URIRef:
        """A selector (``position`` or ``quote``) of an evidence resource."""
        return URIRef(f"{evidence}/{segment(kind)}")

    def mention(self, stem: str, span: Span) -> URIRef:
        """An annotation saying what a span of a text names."""
        return self._iri("mention", stem, f"{span.start}-{span.end}")

    #: The kinds of IRI that belong to one source text: their first segment is its key.
    TEXT_KINDS = ("source", "statement", "signature", "evidence", "mention", "role")

    def source_of(self, iri: str) -> URIRef | None:
        """The source text an IRI minted here for one text belongs to (its statement, a version,
        section, signature, evidence span, mention or role); None for any other IRI."""
        if not iri.startswith(self.base):
            return None
        kind, _, rest = iri[len(self.base) :].partition("/")
        key = rest.split("/", 1)[0]
        if kind not in self.TEXT_KINDS or not key:
            return None
        return URIRef(f"{self.base}source/{key}")

    def belongs_to(self, key: str) -> Callable[[str], bool]:
        """A test of whether an IRI belongs to the source text keyed ``key``, as
        :meth:`source_of` says (an IRI of a kind of :data:`TEXT_KINDS` whose first segment is
        the text's), without minting a source IRI for each IRI asked about."""
        heads = frozenset(f"{self.base}{kind}/{segment(key)}" for kind in self.TEXT_KINDS)
        under = tuple(f"{head}/" for head in sorted(heads))
        return lambda iri: iri in heads or iri.startswith(under)

    def organisation(self, key: str) -> URIRef:
        """An organisation, by its authority key or its derived key."""
        return self._iri("org", key)

    def country(self, code: str) -> URIRef:
        """A country, by its ISO 3166-1 alpha-2 code."""
        return self._iri("country", code.upper())

    def event(self, key: str) -> URIRef:
        """An event from the gazetteer."""
        return self._iri("event", key)

    def place(self, key: str) -> URIRef:
        """A place from the gazetteer or named by a dateline."""
        return self._iri("place", key)

    def person(self, key: str) -> URIRef:
        """A person."""
        return self._iri("person", key)

    def role(self, stem: str, number: int) -> URIRef:
        """The ``number``-th person's role as a statement states it."""
        return self._iri("role", stem, str(number))

    def dataset(self, *parts: str) -> URIRef:
        """The dataset, or one of its parts (``dataset("turtle")`` for a distribution)."""
        return self._iri("dataset", *parts)

    def dump(self, filename: str) -> URIRef:
        """A download of the whole graph."""
        return self._iri("dump", filename)

    def build(self, version: str) -> URIRef:
        """The build activity of a given kzld version."""
        return self._iri("build", f"kzld-{version}")

    def software(self) -> URIRef:
        """kzld itself."""
        return self._iri("software", "kzld")
