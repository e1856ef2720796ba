"""Names of cities, as CLDR knows them through Babel: whether a line is a city's name alone.

A dateline may give its place and its date on two lines ("London" / "14 July 2006"); only a
line that names a city says that the date beside it is where and when the statement was made,
and a short line of a site ("Pers", "Lue") does not. The cities are those of CLDR's time zones
(``Europe/Vilnius``), under their own names and the names every language of
:data:`~kzld.parse.calendars.LOCALES` and :func:`~kzld.parse.calendars.more_locales` gives them
("Москва", "Beograd", "القاهرة"); research stations (``Antarctica/...``) are no cities, and a
zone of three parts (``America/Indiana/Knox``) names a county's town after its state. A city's
name that is also a holiday or a common word in a language (``places.yaml``: "Easter",
"Navidad", "Reunión", "Regina") is left out, that name only: on a line of its own beside a date
such a word heads the date (a meeting, a feast) as often as it places it; the city's other
names ("Орал") stay.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import babel
from babel import Locale
from babel.core import get_global

from ..derived import kept
from ..model.folding import fold
from .calendars import LOCALES, more_locales
from .cues import word_file

__all__ = ["is_city"]

#: The parts of a zone's name that is a city's: area and city.
_CITY_ZONE = 2
#: Areas whose zones name no city.
_NO_CITIES = frozenset({"Antarctica", "Etc"})


def _zones() -> list[str]:
    """CLDR's zones whose name is an area and a city."""
    return [
        zone
        for zone in get_global("zone_territories")
        if len(parts := zone.split("/")) == _CITY_ZONE and parts[0] not in _NO_CITIES
    ]


def _gathered() -> list[str]:
    """The folded names of the cities, sorted, but those that are also words (``places.yaml``)."""
    zones = _zones()
    names = {fold(zone.split("/")[1].replace("_", " ")) for zone in zones}
    for code in (*LOCALES, *more_locales()):
        named = Locale.parse(code).time_zones
        names.update(fold(city) for zone in zones if (city := named.get(zone, {}).get("city")))
    words = {fold(str(w)) for w in word_file("places.yaml")["not_city_names"]}
    return sorted(names - words)


def _read(found: Any) -> list[str]:
    """What :func:`_cities` keeps, read back (a ``ValueError`` for anything else)."""
    if not isinstance(found, list) or not all(isinstance(name, str) for name in found):
        raise ValueError("not a list of names")
    return found


@cache
def _cities() -> frozenset[str]:
    """The folded names of :func:`_gathered`; gathering them takes Babel a second or more, so
    they are kept between runs (:func:`~kzld.derived.kept`)."""
    return frozenset(kept("places/cities", _gathered, list, _read, libraries=(babel,)))


def is_city(line: str) -> bool:
    """True when ``line`` is the name of a city and nothing else ("London", "Vilnius.",
    "Москва")."""
    name = line.strip().rstrip(".,")
    return bool(name) and fold(name) in _cities()
