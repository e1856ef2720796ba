"""The co-signature network (organisations linked by the statements they sign together) as SVG.

Each connected component is laid out by networkx's spring layout (fixed seed, nodes added in IRI
order) in a box of about one square unit per node, the boxes placed in rows; positions are
rounded to a tenth of a pixel, so the picture is the same on every run. The SVG is plain markup: one
``<circle class="node">`` per organisation, a link to its page with a ``<title>`` tooltip, one
``<line>`` per co-signing pair drawn; labels (the abbreviation, else the name) only on the
best-connected organisations, never overlapping. A big network is drawn as its backbone (the most
co-signing organisations, each one's strongest ties), and the note says so.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx  # type: ignore[import-untyped]
from rdflib import URIRef

from ..rdf.namespaces import KZLD, SCHEMA
from .content import Site
from .regions import region_name, region_order, regions_shown

__all__ = ["Network", "cosignature_network"]

#: Colours of the world regions, in the order of CLDR's tree: Paul Tol's "muted" qualitative
#: scheme and two of his "vibrant" colours, told apart by most readers, colour-blind ones too.
PALETTE = (
    "#332288",
    "#88ccee",
    "#44aa99",
    "#117733",
    "#999933",
    "#ddcc77",
    "#cc6677",
    "#882255",
    "#aa4499",
    "#ee7733",
    "#0077bb",
)
#: Regions given a colour of their own at most (grey is for a country unknown).
MAX_REGIONS = len(PALETTE)
OTHER = "#999999"
#: Above this many organisations only the most co-signing ones are drawn.
MAX_NODES = 300
#: Ties drawn per organisation (its strongest), so that a dense network stays readable.
TIES = 8
#: Labels drawn at most (the best-connected organisations' whose labels do not overlap).
MAX_LABELS = 60
#: Width of the picture in pixels (its height follows from the layout).
SIZE = 800
MARGIN = 30
#: Room on the right for the labels of the right-most nodes, in pixels.
LABELS = 90
#: Width of an entry of the legend, in pixels.
LEGEND_WIDTH = 185
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
    #: What was left out of a big network (empty when everything is drawn).
    note: str = ""


def _strength(signers: list[list[str]]) -> dict[str, int]:
    """Each organisation's co-signatures: the sum, over the statements it signed, of the other
    organisations that signed each (the sum of the weights of its ties), without listing the
    ties."""
    strength: dict[str, int] = defaultdict(int)
    for orgs in signers:
        for org in orgs:
            strength[org] += len(orgs) - 1
    return strength


def _edges(signers: list[list[str]], keep: set[str]) -> dict[tuple[str, str], int]:
    """The ties among the organisations ``keep``: each pair that signed a statement together
    (``signers``: each statement's organisations, sorted by IRI), with how many."""
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for orgs in signers:
        for a, b in combinations([o for o in orgs if o in keep], 2):
            weights[(a, b)] += 1
    return weights


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


def _backbone(signers: list[list[str]]) -> tuple[list[str], dict[tuple[str, str], int], str]:
    """The organisations and ties drawn, and a note saying what was left out: above
    :data:`MAX_NODES` organisations only the most co-signing ones, and of each organisation's
    ties only its :data:`TIES` strongest (a tie kept if either end keeps it). Only the ties
    among the organisations drawn are counted, so that a big network costs what it shows.
    (Organisations are IRIs as plain strings here: an rdflib term compares in Python.)"""
    strength = _strength(signers)
    orgs = sorted({o for each in signers for o in each})
    kept_orgs = orgs
    notes = []
    if len(orgs) > MAX_NODES:
        ranked = sorted(orgs, key=lambda o: (-strength[o], o))
        kept_orgs = sorted(ranked[:MAX_NODES])
        notes.append(f"the {MAX_NODES} organisations with the most co-signatures of {len(orgs)}")
    weights = _edges(signers, set(kept_orgs))
    ties: dict[str, list[tuple[int, str, tuple[str, str]]]] = defaultdict(list)
    for (a, b), weight in weights.items():
        ties[a].append((-weight, b, (a, b)))
        ties[b].append((-weight, a, (a, b)))
    chosen: set[tuple[str, str]] = set()
    for org in kept_orgs:
        chosen.update(edge for _, _, edge in sorted(ties[org])[:TIES])
    if len(chosen) < len(weights):
        notes.append(
            f"each one's {TIES} strongest ties ({len(chosen)} of {len(weights)} co-signing pairs)"
        )
    note = ("The backbone: " + "; ".join(notes) + ".") if notes else ""
    return kept_orgs, {e: weights[e] for e in chosen}, note


#: The advance of each printable ASCII character in the labels' font (10 px), rounded up: the
#: wider of DejaVu Sans and Liberation Sans (Arial's metrics), the fonts ``sans-serif`` is on
#: most systems, measured from their ``hmtx`` tables.
_ASCII_WIDTHS = {
    5.0: "'ijlI ,./:;\\|f-()[]t!r\"*J`",
    6.4: "szc?L_kvxyFTaeo$0123456789bdghnpqu{}",
    8.0: "EKPSYABVXZCRUNH&DGOQ",
    8.7: "w#+<=>^~M",
    10.2: "%mW@",
}
_ASCII = {c: width for width, chars in _ASCII_WIDTHS.items() for c in chars}

#: The advance of any other character, by kind, in those fonts: a wide (East Asian) one; a letter
#: (the widest of the Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic blocks,
#: 12.2 px; only the Canadian syllabics are wider); a dash, bracket or quotation mark; any other
#: sign (the widest, 14.4 px; only U+2031, per ten thousand, is wider).
_WIDE = 10.5
_LETTER = 12.3
_PUNCTUATION = 10.0
_SIGN = 14.5


def _char_width(c: str) -> float:
    """The advance of ``c`` in the labels' font, never underestimated but for the two rare
    exceptions above: a character that decomposes ("é", "ǆ", "Ⅷ") as the characters it
    decomposes into, a combining mark nothing."""
    if c in _ASCII:
        return _ASCII[c]
    category = unicodedata.category(c)
    if category == "Mn":
        return 0.0
    if unicodedata.east_asian_width(c) in "WF":
        return _WIDE
    parts = unicodedata.normalize("NFKD", c)
    if parts != c:
        return sum(_char_width(part) for part in parts)
    if category.startswith("L"):
        return _LETTER
    return _PUNCTUATION if category in ("Pd", "Ps", "Pe", "Pi", "Pf", "Pc") else _SIGN


def _width(text: str) -> float:
    """The width of ``text`` in the labels' font (10 px sans-serif), not underestimated
    (:func:`_char_width`), so that labels the layout keeps apart never overlap when drawn."""
    return sum(_char_width(c) for c in text)


def _labels(
    orgs: list[URIRef], strength: dict[URIRef, int], at: Any, text: dict[URIRef, str]
) -> list[tuple[URIRef, float, float]]:
    """Where the labels go: the best-connected organisations first, each label placed right of
    its node unless it would overlap one placed before; at most :data:`MAX_LABELS`."""
    placed: list[tuple[float, float, float, float]] = []
    out: list[tuple[URIRef, float, float]] = []
    for org in sorted(orgs, key=lambda o: (-strength[o], str(o))):
        if len(out) >= MAX_LABELS:
            break
        x, y = at(str(org))
        box = (x + 8, y - 8, x + 10 + _width(text[org]), y + 6)  # with a pixel or two around
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        out.append((org, round(x + 9, 1), round(y + 3.5, 1)))
    return sorted(out, key=lambda item: str(item[0]))


@dataclass(frozen=True)
class _Colours:
    """Each organisation's country (its name) and fill, and the legend of the fills."""

    countries: dict[str, str]
    fills: dict[str, str]
    legend: list[tuple[str, str]]


def _colours(site: Site, orgs: list[URIRef]) -> _Colours:
    """A colour for each world region (CLDR's, as fine as :data:`MAX_REGIONS` colours allow),
    grey for an unknown one, and the legend."""
    countries: dict[str, str] = {}  # organisation -> the name of its country
    codes: dict[str, str] = {}  # organisation -> its country's ISO 3166 code
    for org in orgs:
        located = sorted(site.graph.objects(org, SCHEMA.location), key=str)
        countries[str(org)] = site.label(located[0]).value if located else ""
        codes[str(org)] = site.first(located[0], SCHEMA.identifier) if located else ""
    region_of = regions_shown((c for c in codes.values() if c), MAX_REGIONS)
    ordered = sorted(set(region_of.values()), key=region_order)
    colours = {r: PALETTE[i % len(PALETTE)] for i, r in enumerate(ordered)}
    fills = {o: colours.get(region_of.get(code.upper(), ""), OTHER) for o, code in codes.items()}
    legend = [(region_name(r), colours[r]) for r in ordered]
    if any(c and c.upper() not in region_of for c in codes.values()):
        legend.append(("region unknown", OTHER))
    if any(not c for c in codes.values()):
        legend.append(("country unknown", OTHER))
    return _Colours(countries, fills, legend)


def _nodes(
    site: Site, orgs: list[URIRef], at: Any, colours: _Colours, statements: dict[URIRef, int]
) -> list[str]:
    """A circle per organisation, a link to its page with a tooltip."""
    lines = ['<g class="nodes" stroke="#ffffff" stroke-width="1">']
    for org in orgs:
        x, y = at(str(org))
        name = escape(site.label(org).value)
        where = escape(colours.countries[str(org)] or "country unknown")
        signed = statements[org]
        href = site.paths.local(org)
        circle = (
            f'<circle class="node" cx="{x}" cy="{y}" r="7" fill="{colours.fills[str(org)]}">'
            f"<title>{name} ({where}): {signed} statement{'s' if signed != 1 else ''}</title>"
            "</circle>"
        )
        if href is not None:
            circle = f'<a href={quoteattr(href + "/")} target="_top">{circle}</a>'
        lines.append(circle)
    lines.append("</g>")
    return lines


def _label_lines(site: Site, orgs: list[URIRef], strength: dict[URIRef, int], at: Any) -> list[str]:
    """The labels (the abbreviation, else the name, cut at 24 characters) of the
    best-connected organisations, never overlapping."""
    lines = [
        '<g class="labels" font-family="sans-serif" font-size="10" fill="#333333" '
        'stroke="#ffffff" stroke-width="3" paint-order="stroke">'
    ]
    shown: dict[URIRef, str] = {}
    for org in orgs:
        abbreviations = sorted(str(a) for a in site.graph.objects(org, KZLD.abbreviation))
        name = abbreviations[0] if abbreviations else site.label(org).value
        shown[org] = name if len(name) <= 24 else name[:23] + "…"
    for org, x, y in _labels(orgs, strength, at, shown):
        lines.append(f'<text x="{x}" y="{y}">{escape(shown[org])}</text>')
    lines.append("</g>")
    return lines


def _legend(legend: list[tuple[str, str]], top: int) -> tuple[list[str], int]:
    """The legend under the picture (whose drawing ends at ``top``), so that it reads on its
    own too; and the height of the whole picture."""
    per_row = (SIZE - 2 * MARGIN) // LEGEND_WIDTH
    lines = [
        '<g class="legend" font-family="sans-serif" font-size="12" fill="#333333">'
        f'<text x="{MARGIN}" y="{top + 4}">Colours: world regions (Unicode CLDR)</text>'
    ]
    for number, (name, fill) in enumerate(legend):
        x = MARGIN + (number % per_row) * LEGEND_WIDTH
        y = top + 24 + (number // per_row) * 20
        lines.append(
            f'<circle cx="{x + 6}" cy="{y - 4}" r="6" fill="{fill}"/>'
            f'<text x="{x + 18}" y="{y}">{escape(name)}</text>'
        )
    lines.append("</g></svg>")
    rows = -(-len(legend) // per_row)
    return lines, top + 24 + 20 * rows


def cosignature_network(site: Site) -> Network:
    """Organisations coloured by country, linked when they co-sign (line width = count); each
    node a link to its organisation's page, with a tooltip; the backbone of a big network."""

    signings = site.signings()
    signers = [sorted(str(o) for o in signings[s]) for s in sorted(signings, key=str)]
    drawn, ties, note = _backbone(signers)
    signed: dict[str, int] = defaultdict(int)
    for each in signers:
        for org in each:
            signed[org] += 1
    orgs = [URIRef(o) for o in drawn]
    statements = {org: signed[str(org)] for org in orgs}
    strength: dict[URIRef, int] = defaultdict(int)
    for (a, b), weight in ties.items():
        strength[URIRef(a)] += weight
        strength[URIRef(b)] += weight
    graph = nx.Graph()
    graph.add_nodes_from(drawn)
    for (a, b), weight in sorted(ties.items()):
        graph.add_edge(a, b, weight=weight)
    positions, width, height = _layout(nx, graph)
    scale = (SIZE - 2 * MARGIN - LABELS) / (width or 1.0)
    tall = round(height * scale) + 2 * MARGIN if positions else 2 * MARGIN

    def at(node: str) -> tuple[float, float]:
        x, y = positions[node]
        return round(MARGIN + x * scale, 1), round(MARGIN + y * scale, 1)

    colours = _colours(site, orgs)
    lines = ['<g class="edges" stroke="#6b7b8c" stroke-opacity="0.25">']
    for a, b, data in sorted(
        graph.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))
    ):
        (x1, y1), (x2, y2) = at(a), at(b)
        lines.append(
            f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke-width="{data["weight"]}"/>'
        )
    lines.append("</g>")
    lines += _nodes(site, orgs, at, colours, statements)
    lines += _label_lines(site, orgs, strength, at)
    legend, total = _legend(colours.legend, tall)
    head = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{total}" '
        f'viewBox="0 0 {SIZE} {total}" role="img" aria-label="Co-signature network">',
        "<title>Co-signature network: organisations linked by the statements they sign</title>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    svg = "\n".join(head + lines + legend) + "\n"
    return Network(svg, len(orgs), graph.number_of_edges(), colours.legend, SIZE, total, note)
