"""The statement x organisation matrix: which organisation signed which statement.

Its own module, apart from the network picture (:mod:`kzld.site.network`), so that rendering a
page does not load the graph library the picture is laid out with.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import URIRef

from .content import Site

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "matrix"]

#: Statements (columns) the matrix shows at most: the latest.
MAX_COLUMNS = 120
#: Organisations (rows) the matrix shows at most: those that signed most of its statements.
MAX_ROWS = 150


def matrix(site: Site, page: str) -> dict[str, Any]:
    """Rows are organisations, columns statements; a cell counts the organisation's signatures.

    At scale the matrix is cut, so that its page stays readable and small whatever the graph's
    size: the latest :data:`MAX_COLUMNS` statements, and of the organisations that signed them
    the :data:`MAX_ROWS` that signed most of them; the note says so. Each organisation's page
    lists its co-signers.
    """
    everything = sorted({s.statement for s in site.signatures}, key=site.date_order)
    statements = everything[-MAX_COLUMNS:]
    shown = set(statements)
    counts: dict[tuple[URIRef, URIRef], int] = defaultdict(int)
    for signature in site.signatures:
        if signature.statement in shown:
            counts[(signature.org, signature.statement)] += 1
    totals: dict[URIRef, int] = defaultdict(int)
    for org, _ in counts:
        totals[org] += 1
    kept = sorted(totals, key=lambda o: (-totals[o], str(o)))[:MAX_ROWS]
    orgs = sorted(kept, key=lambda o: (site.label(o).value.casefold(), str(o)))
    columns = [{"link": site.link(s, page), "number": n} for n, s in enumerate(statements, start=1)]
    rows = [
        {
            "link": site.link(o, page),
            "cells": [counts.get((o, s), 0) for s in statements],
            "total": totals[o],
        }
        for o in orgs
    ]
    cut = []
    if len(statements) < len(everything):
        cut.append(f"the latest {len(statements)} of {len(everything)} signed statements")
    if len(orgs) < len(totals):
        plural = "s" if len(orgs) != 1 else ""
        cut.append(
            f"the {len(orgs)} organisation{plural} that signed most of them, of {len(totals)}"
        )
    elif cut:
        cut.append(f"the {len(orgs)} organisations that signed them")
    note = ""
    if cut:
        note = f"{' and '.join(cut)}; every organisation's page lists all its co-signers."
        note = note[0].upper() + note[1:]
    return {"columns": columns, "rows": rows, "note": note}
