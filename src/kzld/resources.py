"""Where kzld finds the files it ships: ontology, shapes, curated authority data, queries.

In a wheel these live in ``kzld/_data/``; in a source checkout (editable install) they are the
top-level folders of the repository. Nothing is read at import time.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "authority_dir",
    "data_dir",
    "ontology_dir",
    "organisations_file",
    "queries_dir",
    "shapes_dir",
]

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The shipped folder ``name`` (``ontology``, ``shapes``, ``authority``, ``queries``)."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kzld's {name}/ folder is missing from this installation")


def ontology_dir() -> Path:
    """The folder holding ``kzld.ttl`` and ``context.jsonld``."""
    return data_dir("ontology")


def shapes_dir() -> Path:
    """The folder holding the SHACL shapes."""
    return data_dir("shapes")


def authority_dir() -> Path:
    """The folder holding the curated organisation authority and event gazetteer."""
    return data_dir("authority")


def organisations_file() -> Path:
    """The organisation authority's file."""
    return authority_dir() / "organisations.yaml"


def queries_dir() -> Path:
    """The folder holding the SPARQL query catalogue."""
    return data_dir("queries")
