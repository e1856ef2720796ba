"""World regions of countries, for colouring the network picture: Unicode CLDR's territory
containment (``data/territories.json``, copied from CLDR with its source) and CLDR's English
region names (read through Babel).

:func:`regions_shown` picks the regions a picture is coloured by: the continents, each split into
its subregions (the one with most organisations first) while no more than ``most`` regions are
needed, so that a dozen colours say as much as they can.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale

__all__ = ["WORLD", "Regions", "region_name", "region_order", "regions", "regions_shown"]

#: CLDR's code of the world, the root of the containment tree.
WORLD = "001"


@dataclass(frozen=True)
class Regions:
    """CLDR's containment tree: each region's parts (regions or countries) and each code's
    parent."""

    parts: Mapping[str, tuple[str, ...]]
    parent: Mapping[str, str]

    def path(self, code: str) -> list[str]:
        """The regions holding the country ``code``, the world first (empty when unknown)."""
        chain = []
        at = self.parent.get(code.upper())
        while at is not None:
            chain.append(at)
            at = self.parent.get(at)
        return chain[::-1]


@cache
def regions() -> Regions:
    """The containment tree shipped with kzld."""
    text = resources.files("kzld.site").joinpath("data", "territories.json").read_text("utf-8")
    contains: dict[str, list[str]] = json.loads(text)["contains"]
    parts = {region: tuple(codes) for region, codes in contains.items()}
    parent = {code: region for region, codes in parts.items() for code in codes}
    return Regions(parts, parent)


@cache
def _order() -> dict[str, int]:
    tree, todo = regions(), [WORLD]
    order: dict[str, int] = {}
    while todo:
        code = todo.pop()
        order[code] = len(order)
        todo.extend(reversed(tree.parts.get(code, ())))
    return order


def region_order(code: str) -> int:
    """Where the region ``code`` comes in CLDR's tree, read depth first (for legends)."""
    return _order().get(code, len(_order()))


def region_name(code: str) -> str:
    """CLDR's English name of the region ``code`` (its code when CLDR has none)."""
    name = Locale("en").territories.get(code)
    return str(name) if name else code


def regions_shown(countries: Iterable[str], most: int) -> dict[str, str]:
    """Each country code of ``countries`` (one per organisation, repeats counted) that CLDR
    places in a region -> the region it is coloured by; at most ``most`` regions in all.

    The continents are taken first; then, largest first (by organisations, then by code), a
    region is replaced by those of its subregions that hold organisations, as long as the
    total stays within ``most`` (never by countries). Codes CLDR does not know are left out.
    """
    tree = regions()
    counts = Counter(c.upper() for c in countries if tree.path(c))
    paths = {code: tree.path(code) for code in counts}
    # organisations in each region, at every level
    within: Counter[str] = Counter()
    for code, n in counts.items():
        for region in paths[code]:
            within[region] += n
    shown = {r for r in tree.parts.get(WORLD, ()) if within[r]}
    split: set[str] = set()
    while True:
        candidates = sorted((r for r in shown if r not in split), key=lambda r: (-within[r], r))
        for region in candidates:
            parts = tree.parts.get(region, ())
            below = [p for p in parts if within[p]]
            # a region is split into regions, never into countries
            if (
                below
                and all(p in tree.parts for p in parts)
                and len(shown) - 1 + len(below) <= most
            ):
                shown.remove(region)
                shown.update(below)
                break
            split.add(region)  # cannot be split (no subregions, or too many)
        else:
            break
    result: dict[str, str] = {}
    for code, path in paths.items():
        found = [r for r in path if r in shown]
        if found:
            result[code] = found[-1]
    return result
