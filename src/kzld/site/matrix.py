"""The statement x organisation matrix: which organisation signed which statement.

Its own module, apart from the network picture (:mod:`kzld.site.network`), so that rendering a
page does not load the graph library the picture is laid out with.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef

from .content import Site

__all__ = ["MAX_COLUMNS", "matrix"]

#: Statements (columns) the matrix shows at most: the latest.
MAX_COLUMNS = 120


def matrix(site: Site, page: str) -> dict[str, Any]:
    """Rows are organisations, columns statements; a cell counts the organisation's signatures.

    Above :data:`MAX_COLUMNS` statements only the latest are shown (with the organisations that
    signed them), and the note says so: each organisation's page lists all its co-signers.
    """
    everything = sorted({s.statement for s in site.signatures}, key=site.date_order)
    statements = everything[-MAX_COLUMNS:]
    shown = set(statements)
    counts: dict[tuple[URIRef, URIRef], int] = defaultdict(int)
    for signature in site.signatures:
        if signature.statement in shown:
            counts[(signature.org, signature.statement)] += 1
    orgs = sorted(
        {o for o, _ in counts},
        key=lambda o: (site.label(o).value.casefold(), str(o)),
    )
    columns = [{"link": site.link(s, page), "number": n} for n, s in enumerate(statements, start=1)]
    rows = [
        {
            "link": site.link(o, page),
            "cells": [counts.get((o, s), 0) for s in statements],
            "total": sum(1 for s in statements if counts.get((o, s))),
        }
        for o in orgs
    ]
    note = ""
    if len(statements) < len(everything):
        note = (
            f"The latest {len(statements)} of {len(everything)} signed statements, and the "
            f"{len(orgs)} organisations that signed them; every organisation's page lists all "
            "its co-signers."
        )
    return {"columns": columns, "rows": rows, "note": note}
