"""The co-signature network (organisations linked by the statements they sign together) as SVG,
and the statement x organisation matrix.

Each connected component is laid out by networkx's spring layout (fixed seed, nodes added in IRI
order) in a box of about one square unit per node, the boxes placed in rows; positions are
rounded to a tenth of a pixel, so the picture is the same on every run. The SVG is plain markup: one
``<circle class="node">`` per organisation (with a ``<title>``, and its abbreviation as a label
where it has one), one ``<line>`` per co-signing pair.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from rdflib import URIRef

from ..rdf.namespaces import KZLD, SCHEMA
from .content import Site
from .labels import label

__all__ = ["Network", "colour", "cosignature_network", "matrix"]

#: Colours given to countries in order of their names; the rest share grey.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#393b79",
    "#ad494a",
    "#637939",
    "#8c6d31",
    "#7b4173",
    "#3182bd",
    "#e6550d",
)
OTHER = "#999999"
#: Width of the picture in pixels (its height follows from the layout).
SIZE = 800
MARGIN = 30
#: Room on the right for the labels of the right-most nodes, in pixels.
LABELS = 90
#: Room around each component, in the layout's units (a node is about 0.1 of a unit).
GAP = 1.0


@dataclass(frozen=True)
class Network:
    """The picture and its legend."""

    svg: str
    nodes: int
    edges: int
    legend: list[tuple[str, str]]
    width: int
    height: int


def _edges(site: Site) -> dict[tuple[URIRef, URIRef], int]:
    by_statement: dict[URIRef, set[URIRef]] = defaultdict(set)
    for signature in site.signatures:
        by_statement[signature.statement].add(signature.org)
    weights: dict[tuple[URIRef, URIRef], int] = defaultdict(int)
    for orgs in by_statement.values():
        for a, b in combinations(sorted(orgs, key=str), 2):
            weights[(a, b)] += 1
    return weights


def colour(index: int, count: int) -> str:
    """The ``index``-th of ``count`` colours: hues spread round the wheel, lightness alternating."""
    import colorsys

    hue = (index * 0.618033988749895) % 1.0 if count > 12 else index / max(count, 1)
    lightness = (0.42, 0.58, 0.34)[index % 3] if count > 12 else 0.45
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, 0.75)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def _component_layout(
    nx: Any, graph: Any, component: list[str]
) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Positions of one connected component, its shape kept, scaled so that its box holds about
    one square unit per node; and the box's width and height."""
    if len(component) == 1:
        return {component[0]: (0.5, 0.5)}, 1.0, 1.0
    # a fresh graph, not graph.subgraph(): a view may list its nodes in set (hash) order
    sub = nx.Graph()
    sub.add_nodes_from(component)
    sub.add_edges_from(sorted(tuple(sorted(e)) for e in graph.subgraph(component).edges()))
    k = 2.0 / len(component) ** 0.5
    placed = nx.spring_layout(sub, seed=7, weight=None, k=k, iterations=100)
    xs = [float(p[0]) for p in placed.values()]
    ys = [float(p[1]) for p in placed.values()]
    # a box no thinner than a third of its length, so a chain does not become a hairline
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    w = max(max(xs) - min(xs), span / 3)
    h = max(max(ys) - min(ys), span / 3)
    scale = (len(component) / (w * h)) ** 0.5
    dx, dy = (w - (max(xs) - min(xs))) / 2, (h - (max(ys) - min(ys))) / 2
    positions = {
        node: ((dx + float(x) - min(xs)) * scale, (dy + float(y) - min(ys)) * scale)
        for node, (x, y) in placed.items()
    }
    return positions, w * scale, h * scale


def _layout(nx: Any, graph: Any) -> tuple[dict[str, tuple[float, float]], float, float]:
    """Positions (in units) and the width and height of the whole picture: each connected
    component laid out on its own (spring layout, fixed seed) in a box of about one square unit
    per node, the boxes placed in rows, largest component first."""
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0])
    )
    laid = [_component_layout(nx, graph, c) for c in components]
    boxes = [(w + GAP, h + GAP) for _, w, h in laid]
    width = max([*(w for w, _ in boxes), sum(w * h for w, h in boxes) ** 0.5 * 1.15])
    positions: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for (placed, _, _), (w, h) in zip(laid, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (u, v) in placed.items():
            positions[node] = (x + GAP / 2 + u, y + GAP / 2 + v)
        x, row = x + w, max(row, h)
    return positions, width, y + row


def cosignature_network(site: Site) -> Network:
    """Organisations coloured by country, linked when they co-sign (line width = count)."""
    from xml.sax.saxutils import escape

    import networkx as nx  # type: ignore[import-untyped]

    orgs = sorted({s.org for s in site.signatures}, key=str)
    weights = _edges(site)
    graph = nx.Graph()
    graph.add_nodes_from(str(o) for o in orgs)
    for (a, b), weight in sorted(weights.items(), key=lambda e: (str(e[0][0]), str(e[0][1]))):
        graph.add_edge(str(a), str(b), weight=weight)
    positions, width, height = _layout(nx, graph)
    scale = (SIZE - 2 * MARGIN - LABELS) / (width or 1.0)
    tall = round(height * scale) + 2 * MARGIN if positions else 2 * MARGIN

    def at(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return round(MARGIN + x * scale, 1), round(MARGIN + y * scale, 1)

    countries: dict[str, str] = {}
    for org in orgs:
        located = sorted(site.graph.objects(org, SCHEMA.location), key=str)
        countries[str(org)] = label(site.graph, located[0]).value if located else ""
    named = sorted({c for c in countries.values() if c})
    colours = {c: colour(i, len(named)) for i, c in enumerate(named)}
    colours[""] = OTHER
    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{tall}" '
        f'viewBox="0 0 {SIZE} {tall}" role="img" aria-label="Co-signature network">',
        "<title>Co-signature network: organisations linked by the statements they sign</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        '<g class="edges" stroke="#6b7b8c" stroke-opacity="0.25">',
    ]
    for a, b, data in sorted(
        graph.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))
    ):
        (x1, y1), (x2, y2) = at(a), at(b)
        lines.append(
            f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{data["weight"]}"/>'
        )
    lines.append("</g>")
    lines.append('<g class="nodes" stroke="#ffffff" stroke-width="1">')
    for org in orgs:
        x, y = at(str(org))
        fill = colours[countries[str(org)]]
        name = escape(label(site.graph, org).value)
        country = escape(countries[str(org)] or "country unknown")
        lines.append(
            f'<circle class="node" cx="{x}" cy="{y}" r="7" fill="{fill}">'
            f"<title>{name} ({country})</title></circle>"
        )
    lines.append("</g>")
    lines.append(
        '<g class="labels" font-family="sans-serif" font-size="10" fill="#333333" '
        'stroke="#ffffff" stroke-width="3" paint-order="stroke">'
    )
    for org in orgs:
        abbreviations = sorted(str(a) for a in site.graph.objects(org, KZLD.abbreviation))
        if abbreviations:
            x, y = at(str(org))
            text = escape(abbreviations[0])
            lines.append(f'<text x="{round(x + 9, 1)}" y="{round(y + 3.5, 1)}">{text}</text>')
    lines.append("</g></svg>")
    legend = [(c, colours[c]) for c in named] + (
        [("country unknown", OTHER)] if "" in countries.values() else []
    )
    svg = "\n".join(lines) + "\n"
    return Network(svg, len(orgs), graph.number_of_edges(), legend, SIZE, tall)


def matrix(site: Site, page: str) -> dict[str, Any]:
    """Rows are organisations, columns statements; a cell counts the organisation's signatures."""
    statements = sorted({s.statement for s in site.signatures}, key=site.date_order)
    counts: dict[tuple[URIRef, URIRef], int] = defaultdict(int)
    for signature in site.signatures:
        counts[(signature.org, signature.statement)] += 1
    orgs = sorted(
        {s.org for s in site.signatures},
        key=lambda o: (label(site.graph, o).value.casefold(), str(o)),
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
    return {"columns": columns, "rows": rows}
