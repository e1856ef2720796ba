"""Whole-line dates: datelines (``Istanbul, 1 November 2015``), stamps (``11/16/15, 2:44 PM``).

Only a line that is, as a whole, a date (optionally after a place) counts; dates inside sentences
are never read. :func:`find_date` reads the first written-out date inside a short phrase such as a
list heading's ``(as of 21 January 2022)``.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["find_date", "read_dateline"]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january januar janvier enero janeiro gennaio januari ocak январь января січня ιανουαρίου",
        "february februar février fevrier febrero fevereiro febbraio februari şubat subat февраль "
        "февраля лютого φεβρουαρίου",
        "march märz maerz mars marzo março marco maart mart март марта березня μαρτίου",
        "april avril abril aprile nisan апрель апреля квітня απριλίου",
        "may mai mayo maio maggio mei mayıs mayis май мая травня μαΐου",
        "june juni juin junio junho giugno haziran июнь июня червня ιουνίου",
        "july juli juillet julio julho luglio temmuz июль июля липня ιουλίου",
        "august august août aout agosto augustus ağustos agustos август августа серпня αυγούστου",
        "september septembre septiembre setiembre setembro settembre eylül eylul сентябрь "
        "сентября вересня σεπτεμβρίου",
        "october oktober octobre octubre outubro ottobre ekim октябрь октября жовтня οκτωβρίου",
        "november novembre noviembre novembro kasım kasim ноябрь ноября листопада νοεμβρίου",
        "december dezember décembre decembre diciembre dezembro dicembre aralık aralik декабрь "
        "декабря грудня δεκεμβρίου",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
        if len(_name) > 3 and _name.isascii():
            _MONTHS.setdefault(_name[:3], _number)

_MONTH_NAMES = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))


def _month(n: int) -> str:
    return rf"(?P<month{n}>{_MONTH_NAMES})\.?"


def _day(n: int) -> str:
    return rf"(?P<day{n}>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?"


_DATE_FORMS = (
    rf"{_day(1)}\s+(?:de\s+)?{_month(1)}\s+(?:de\s+|del\s+)?(?P<year1>\d{{4}})"
    r"(?:\s*(?:года|г\.|yılı))?",
    rf"{_month(2)}\s+{_day(2)},?\s+(?P<year2>\d{{4}})",
    r"(?P<iday>\d{1,2})\.(?P<imonth>\d{1,2})\.(?P<iyear>\d{4})",
    r"(?P<iyear2>\d{4})-(?P<imonth2>\d{2})-(?P<iday2>\d{2})",
)
_DATE = "(?:" + "|".join(f"(?:{form})" for form in _DATE_FORMS) + ")"
_LINE = re.compile(
    rf"^(?:(?P<place>[^\d,;:.!?]{{2,40}}?),\s*)?(?:(?:le|el|il|den|am|on)\s+)?{_DATE}\.?$",
    re.IGNORECASE,
)
_FIND = re.compile(rf"(?<!\w){_DATE}(?!\w)", re.IGNORECASE)
_STAMP = re.compile(
    r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$",
    re.IGNORECASE,
)


def _date_of(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        for n in (1, 2):
            if groups.get(f"month{n}"):
                month = _MONTHS[groups[f"month{n}"].casefold()]
                return date(int(groups[f"year{n}"]), month, int(groups[f"day{n}"]))
        if groups.get("iday"):
            return date(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]))
        if groups.get("iday2"):
            return date(int(groups["iyear2"]), int(groups["imonth2"]), int(groups["iday2"]))
    except (ValueError, KeyError):
        return None
    return None


def read_dateline(line: str) -> tuple[str, date, str | None] | None:
    """``(kind, date, place)`` when ``line`` as a whole is a dateline or a stamp, else ``None``."""
    line = line.strip()
    stamp = _STAMP.match(line)
    if stamp:
        year = int(stamp["y"])
        year += 2000 if year < 100 else 0
        try:
            return "stamp", date(year, int(stamp["m"]), int(stamp["d"])), None
        except ValueError:
            return None
    match = _LINE.match(line)
    if not match:
        return None
    found = _date_of(match)
    if found is None:
        return None
    place = match.group("place")
    return "dateline", found, place.strip() if place else None


def find_date(text: str) -> date | None:
    """The first written-out date in ``text`` (for short phrases such as list headings)."""
    for match in _FIND.finditer(text):
        found = _date_of(match)
        if found:
            return found
    return None
