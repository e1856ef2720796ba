"""Search over names, titles, abbreviations and events: the entries of the site's small
client-side index (``search.json``, read by ``search/``) and the matching that ``kzld serve``'s
``/search?q=`` endpoint does over the same entries.

An entry is a resource with a page (an organisation, a statement, an event, a country) with every
name it is known by, in every language and script; a query matches an entry when its folded text
(case and accents removed, :func:`fold`) occurs in one of the entry's folded names.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from rdflib import URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from ..rdf.namespaces import KZLD, SCHEMA
from .content import Site
from .labels import label_of
from .labels import named as named_by

__all__ = ["KINDS", "entries", "fold", "matches", "search_json"]

#: The kinds of resource searched, with the word shown for each.
KINDS = {
    SCHEMA.Organization: "organisation",
    KZLD.Statement: "statement",
    SCHEMA.Event: "event",
    SCHEMA.Country: "country",
}
_NAMES = (SCHEMA.name, SCHEMA.alternateName, KZLD.abbreviation, SKOS.prefLabel, SCHEMA.identifier)


#: Letters whose lower case a search writes otherwise, so that "Straße" finds "STRASSE" and a
#: word's final sigma its other sigma.
_LETTERS = str.maketrans({"ß": "ss", "ς": "σ"})


def fold(text: str) -> str:
    """``text`` without case or accents, spaces collapsed: what a search compares.

    The steps are those that ``static/search.js`` takes in the browser, which folds what the user
    types for the same index: compatibility decomposition (NFKD), every nonspacing mark (Unicode
    category Mn: accents, Arabic and Hebrew vowel points) left out, lower case, then ``ß`` as
    ``ss`` and ``ς`` as ``σ``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(plain.lower().translate(_LETTERS).split())


def _entry(node: URIRef, local: str, word: str, values: dict[Node, list[Node]]) -> dict[str, Any]:
    """The entry of ``node`` (at ``local``, of the kind ``word``) with its names ``values``."""
    names = {str(o) for p in _NAMES for o in values.get(p, ())}
    return {
        "u": local + "/",
        "n": label_of(node, lambda p: values.get(p, ())).value,
        "k": word,
        "f": sorted({fold(n) for n in names if n.strip()}),
    }


def entries(site: Site) -> list[dict[str, Any]]:
    """Every searchable resource: its page (``u``, a path under the base ending in ``/``), the
    name shown (``n``), its kind (``k``) and its folded names (``f``), sorted by page."""
    found = []
    for kind, word in KINDS.items():
        named = named_by(site.store, kind, _NAMES)
        for node in site.of_type(kind):
            local = site.paths.local(node)
            if local is None or not isinstance(node, URIRef):
                continue
            found.append(_entry(node, local, word, named.get(str(node), {})))
    return sorted(found, key=lambda e: str(e["u"]))


def matches(found: list[dict[str, Any]], query: str, limit: int = 50) -> list[dict[str, Any]]:
    """The entries whose names hold ``query`` (folded), exact names first, at most ``limit``."""
    wanted = fold(query)
    if not wanted:
        return []
    hits = [e for e in found if any(wanted in name for name in e["f"])]
    hits.sort(key=lambda e: (wanted not in e["f"], len(e["n"]), e["u"]))
    return [{"u": e["u"], "n": e["n"], "k": e["k"]} for e in hits[:limit]]


def search_json(site: Site) -> bytes:
    """The site's search index (see :mod:`kzld.site.search`): compact JSON, one entry a line."""
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entries(site)]
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode()
