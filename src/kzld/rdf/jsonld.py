"""kzld's JSON-LD: its context (the shipped ``ontology/context.jsonld``, read here only) and
compacted JSON-LD written directly from expanded node objects, as PyLD would compact them.

PyLD's compaction runs term selection for every value of every node (about 9 s for 200,000
triples). kzld's context uses only a few kinds of term definition: prefixes, plain terms, terms
coercing values to ``@id`` or to one datatype, and language maps, each IRI with at most one term.
For such a context the outcome of the JSON-LD 1.1 compaction algorithm is fixed per property and
kind of value, and :class:`Compactor` applies it in one pass. A context with anything else
(``@vocab``, ``@base``, a default ``@language``, other containers, several terms for one IRI)
is refused with :class:`UnsupportedContext`, and the caller compacts with PyLD instead.
``tests/rdf/test_jsonld.py`` proves the output equal to PyLD's on the seeds and generated corpora.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any

from rdflib import Literal

from ..errors import KzldError, UnsupportedContext
from ..resources import ontology_dir
from .terms import XSD_STRING
from .triples import Pair

__all__ = ["COMPACTED", "CONTEXT_IRI", "Compactor", "load_context"]

#: The IRI kzld's context is published at; documents that name it get the shipped copy.
CONTEXT_IRI = "https://w3id.org/kzld/context.jsonld"

#: How many compacted IRIs a :class:`Compactor` keeps to give again, the least recently asked
#: let go first: the vocabulary's and the corpus' IRIs come back in every text, a text's own
#: nodes' only within it, so that a compactor that kept every IRI would grow with the archive.
COMPACTED = 1 << 12

_GEN_DELIMS = tuple(":/?#[]@")
_ALLOWED_KEYS = {"@version"}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: What :attr:`Compactor.terms` gives a property it has no term for.
_NO_TERM: tuple[str, str, str | None] = ("", "none", None)


@cache
def _shipped_context() -> dict[str, Any]:
    path = ontology_dir() / "context.jsonld"
    with path.open(encoding="utf-8") as handle:
        document = json.load(handle)
    context = document.get("@context") if isinstance(document, dict) else None
    if not isinstance(context, dict):
        raise KzldError(f"{path}: has no @context object")
    return context


def load_context() -> dict[str, Any]:
    """kzld's JSON-LD context (the value of ``@context``), a fresh copy of the shipped one."""
    return copy.deepcopy(_shipped_context())


def _terms_of(
    context: dict[str, Any],
) -> tuple[dict[str, str], dict[str, dict[str, str]], dict[str, str]]:
    """The plain terms, the expanded term definitions and the keyword aliases of ``context``
    (term -> IRI, term -> definition, keyword -> alias); what the compactor cannot honour raises
    :class:`~kzld.errors.UnsupportedContext`."""
    for key in context:
        if key.startswith("@") and key not in _ALLOWED_KEYS:
            raise UnsupportedContext(f"context keyword {key}")
    raw: dict[str, str] = {}
    definitions: dict[str, dict[str, str]] = {}
    aliases: dict[str, str] = {}
    for term, value in context.items():
        if term.startswith("@"):
            continue
        if isinstance(value, str):
            if value.startswith("@"):
                aliases[value] = term
            else:
                raw[term] = value
        elif isinstance(value, dict) and set(value) <= {"@id", "@type", "@container"}:
            if "@type" in value and "@container" in value:
                raise UnsupportedContext(f"term {term}: both @type and @container")
            if value.get("@container", "@language") != "@language":
                raise UnsupportedContext(f"term {term}: container {value['@container']}")
            definitions[term] = value
        else:
            raise UnsupportedContext(f"term {term}: {value!r}")
    keywords = [v for v in context.values() if isinstance(v, str) and v.startswith("@")]
    if len(aliases) != len(keywords):
        raise UnsupportedContext("several aliases of one keyword")
    return raw, definitions, aliases


class Compactor:
    """Compacts expanded node objects (``@id``, ``@type`` and properties with value objects)."""

    def __init__(self, context: dict[str, Any]) -> None:
        raw, definitions, aliases = _terms_of(context)
        self._compact_iri: Callable[[str], str] = lru_cache(maxsize=COMPACTED)(self._shortest)
        self.id_key = aliases.get("@id", "@id")
        self.type_key = aliases.get("@type", "@type")
        prefixes = {t: v for t, v in raw.items() if ":" not in v or v.endswith(_GEN_DELIMS)}
        self.prefixes = sorted(
            (t, self._expand(v, prefixes)) for t, v in prefixes.items() if v.endswith(_GEN_DELIMS)
        )
        # the prefixes an IRI may start with, found by the IRI's first characters (as many as
        # the shortest namespace has) rather than by trying each prefix on every IRI
        self._head = min((len(namespace) for _, namespace in self.prefixes), default=0)
        self._by_head: dict[str, list[tuple[str, str]]] = {}
        for term, namespace in self.prefixes:
            self._by_head.setdefault(namespace[: self._head], []).append((term, namespace))
        self.term_names = set(raw) | set(definitions)
        #: property IRI -> (term, kind, datatype): kind is plain, id, type or language
        self.terms: dict[str, tuple[str, str, str | None]] = {}
        #: class IRI -> term, for @type values
        self.classes: dict[str, str] = {}
        for term, value in raw.items():
            iri = self._expand(value, prefixes)
            self._add(iri, (term, "plain", None))
            self.classes[iri] = term
        for term, definition in definitions.items():
            self._define(term, definition, prefixes)

    def _define(self, term: str, definition: dict[str, str], prefixes: dict[str, str]) -> None:
        """Add the expanded term definition ``definition`` of ``term``."""
        iri = self._expand(definition["@id"], prefixes)
        kind = definition.get("@type")
        if kind == "@id":
            self._add(iri, (term, "id", None))
        elif kind is not None:
            if kind.startswith("@"):
                raise UnsupportedContext(f"term {term}: @type {kind}")
            self._add(iri, (term, "type", self._expand(kind, prefixes)))
        else:
            self._add(iri, (term, "language", None))

    def _add(self, iri: str, entry: tuple[str, str, str | None]) -> None:
        if iri in self.terms:
            raise UnsupportedContext(f"several terms for {iri}")
        self.terms[iri] = entry

    @staticmethod
    def _expand(value: str, prefixes: dict[str, str]) -> str:
        prefix, colon, rest = value.partition(":")
        if colon and not rest.startswith("//") and prefix in prefixes:
            return prefixes[prefix] + rest
        return value

    def iri(self, iri: str, *, vocab: bool) -> str:
        """``iri`` compacted: a term (``vocab``, classes only), else the shortest compact IRI."""
        if vocab and iri in self.classes:
            return self.classes[iri]
        return self._compact_iri(iri)

    def _shortest(self, iri: str) -> str:
        candidates = [
            f"{term}:{iri[len(namespace) :]}"
            for term, namespace in self._by_head.get(iri[: self._head], ())
            if iri.startswith(namespace) and len(iri) > len(namespace)
        ]
        candidates = [c for c in candidates if c not in self.term_names]
        return min(candidates, key=lambda c: (len(c), c)) if candidates else iri

    def _generic(self, value: dict[str, str]) -> Any:
        if "@id" in value:
            return {self.id_key: self.iri(value["@id"], vocab=False)}
        if "@language" in value:
            return {"@language": value["@language"], "@value": value["@value"]}
        if "@type" in value:
            return {self.type_key: self.iri(value["@type"], vocab=True), "@value": value["@value"]}
        return value["@value"]

    def node(self, expanded: dict[str, Any]) -> dict[str, Any]:
        """One node object, compacted."""
        out: dict[str, Any] = {}
        lists: dict[str, list[Any]] = {}
        maps: dict[str, dict[str, list[Any]]] = {}
        for key, values in expanded.items():
            if key == "@id":
                out[self.id_key] = self._shortest(values)  # each id once: not remembered
                continue
            if key == "@type":
                lists.setdefault(self.type_key, []).extend(self.iri(v, vocab=True) for v in values)
                continue
            term, kind, datatype = self.terms.get(key, (None, "none", None))
            for value in values:
                if kind == "plain":
                    lists.setdefault(term, []).append(self._generic(value))  # type: ignore[arg-type]
                elif kind == "id" and "@id" in value:
                    lists.setdefault(term, []).append(self.iri(value["@id"], vocab=False))  # type: ignore[arg-type]
                elif kind == "type" and value.get("@type") == datatype:
                    lists.setdefault(term, []).append(value["@value"])  # type: ignore[arg-type]
                elif kind == "language" and "@value" in value and "@type" not in value:
                    language = value.get("@language", "@none")
                    maps.setdefault(term, {}).setdefault(language, []).append(value["@value"])  # type: ignore[arg-type]
                else:
                    lists.setdefault(self._compact_iri(key), []).append(self._generic(value))
        for key, items in lists.items():
            out[key] = items[0] if len(items) == 1 else items
        for key, languages in maps.items():
            out[key] = {k: v[0] if len(v) == 1 else v for k, v in languages.items()}
        return out

    def pairs(self, subject: str, pairs: Iterable[Pair]) -> dict[str, Any]:
        """The node of ``subject`` with its (predicate, object) ``pairs`` compacted: what
        :meth:`node` makes of their expanded node (:func:`~kzld.rdf.dump.expanded_nodes`),
        without making it (a build compacts every node of every text; the expanded node cost
        as much as compacting it). The pairs of one predicate come together, as in the
        canonical order; an object is an IRI (a plain string or an rdflib IRI) or a literal."""
        lists: dict[str, list[Any]] = {}
        maps: dict[str, dict[str, list[Any]]] = {}
        terms, iri, id_key, type_key = self.terms, self.iri, self.id_key, self.type_key
        for p, o in pairs:
            key = p if type(p) is str else str(p)
            term, kind, datatype = terms.get(key, _NO_TERM)
            if type(o) is str or not isinstance(o, Literal):  # an IRI
                target = str(o)
                if key == _RDF_TYPE:
                    lists.setdefault(type_key, []).append(iri(target, vocab=True))
                elif kind == "id":
                    lists.setdefault(term, []).append(iri(target, vocab=False))
                else:
                    name = term if kind == "plain" else self._compact_iri(key)
                    lists.setdefault(name, []).append({id_key: iri(target, vocab=False)})
                continue
            value, language = str(o), o.language or None
            typed = str(o.datatype) if o.datatype is not None and not language else None
            if typed == XSD_STRING:
                typed = None
            if kind == "type" and typed is not None and typed == datatype:
                lists.setdefault(term, []).append(value)
            elif kind == "language" and typed is None:
                maps.setdefault(term, {}).setdefault(language or "@none", []).append(value)
            else:
                name = term if kind == "plain" else self._compact_iri(key)
                if language:
                    made: Any = {"@language": language, "@value": value}
                elif typed is not None:
                    made = {type_key: iri(typed, vocab=True), "@value": value}
                else:
                    made = value
                lists.setdefault(name, []).append(made)
        out: dict[str, Any] = {id_key: self._shortest(subject)}  # each id once: not remembered
        for key, items in lists.items():
            out[key] = items[0] if len(items) == 1 else items
        for key, languages in maps.items():
            out[key] = {k: v[0] if len(v) == 1 else v for k, v in languages.items()}
        return out
