"""The statement x organisation matrix: which organisation signed which statement.

Its own module, apart from the network picture (:mod:`kzld.site.network`), so that rendering a
page does not load the graph library the picture is laid out with.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from markupsafe import Markup
from rdflib import URIRef

from .content import UNDATED, Site, year_of

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "UNDATED", "matrix", "year_of", "years"]

#: Statements (columns) the matrix shows at most: the latest.
MAX_COLUMNS = 120
#: Organisations (rows) the matrix shows at most: those that signed most of its statements.
MAX_ROWS = 150


def _signed(site: Site) -> list[URIRef]:
    """The statements that have signatures, by date."""
    site.dated()  # every date at once, not one statement at a time
    return sorted(site.signings(), key=site.date_order)


def years(site: Site) -> list[tuple[str, int]]:
    """The years of the matrix's pages, each with its number of signed statements (undated
    last): none when the whole matrix fits on one page (:data:`MAX_COLUMNS` statements)."""
    signed = _signed(site)
    if len(signed) <= MAX_COLUMNS:
        return []
    counts: dict[str, int] = defaultdict(int)
    for statement in signed:
        counts[year_of(site, statement)] += 1
    return sorted(counts.items(), key=lambda item: (item[0] == UNDATED, item[0]))


def matrix(site: Site, page: str, year: str | None = None) -> dict[str, Any]:
    """Rows are organisations, columns statements (those of ``year`` only, if given); a cell
    counts the organisation's signatures.

    At scale the matrix is cut, so that its page stays readable and small whatever the graph's
    size: the latest :data:`MAX_COLUMNS` statements, and of the organisations that signed them
    the :data:`MAX_ROWS` that signed most of them; the note says so, and a page per year
    (:func:`years`) shows the others. Each organisation's page lists its co-signers.
    """
    everything = _signed(site)
    if year is not None:
        everything = [s for s in everything if year_of(site, s) == year]
    # the latest dated ones (the undated, last by date, only where too few are dated)
    latest = set(sorted(everything, key=lambda s: (site.statement_date(s), str(s)))[-MAX_COLUMNS:])
    statements = [s for s in everything if s in latest]
    signings = site.signings()
    counts = {(org, s): n for s in statements for org, n in signings[s].items()}
    totals: dict[URIRef, int] = defaultdict(int)
    for org, _ in counts:
        totals[org] += 1
    kept = sorted(totals, key=lambda o: (-totals[o], str(o)))[:MAX_ROWS]
    orgs = sorted(kept, key=lambda o: (site.label(o).value.casefold(), str(o)))
    columns = [{"link": site.link(s, page), "number": n} for n, s in enumerate(statements, start=1)]
    rows = [
        {
            "link": site.link(o, page),
            "cells": _cells([counts.get((o, s), 0) for s in statements]),
            "total": totals[o],
        }
        for o in orgs
    ]
    return {
        "columns": columns,
        "rows": rows,
        "note": _note(len(statements), len(everything), len(orgs), len(totals)),
    }


def _cells(counts: list[int]) -> Markup:
    """A row's cells: empty, a dot for one signature, else the number. (Written here rather
    than by the template, which took seconds for the some 18,000 cells of a page.)"""
    return Markup(
        "".join(
            '<td class="off"></td>'
            if n == 0
            else '<td class="on">●</td>'
            if n == 1
            else f'<td class="on">{n}</td>'
            for n in counts
        )
    )


def _note(statements: int, signed: int, orgs: int, signers: int) -> str:
    """What a matrix of ``statements`` of the ``signed`` statements, and ``orgs`` of their
    ``signers``, leaves out (empty when nothing)."""
    cut = []
    if statements < signed:
        cut.append(f"the latest {statements} of {signed} signed statements")
    if orgs < signers:
        plural = "s" if orgs != 1 else ""
        cut.append(f"the {orgs} organisation{plural} that signed most of them, of {signers}")
    elif cut:
        cut.append(f"the {orgs} organisations that signed them")
    if not cut:
        return ""
    note = f"{' and '.join(cut)}; every organisation's page lists all its co-signers."
    return note[0].upper() + note[1:]
