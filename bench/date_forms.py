"""Audit of the reader's dates in every language it tells apart, written from CLDR's patterns.

For each language of ``kzld.parse.language.LANGUAGES`` that CLDR has, two days (14 March 2021,
whose day cannot be a month; 5 November 2019, whose can) are written in the language's full,
long and medium patterns and its short numeric one (the year in four digits), through Babel,
and each is read back as a made-up text would give it: a dateline under the title after a
place, a date alone under the title, a dateline closing the text. Ranges of days and of months
(``format_interval``) are read as datelines under the title and closing the text, where no date
is expected. Prints, per language, how many readings are wrong and which, and the totals;
``--json`` writes every reading.

    PYTHONPATH=$PWD/src python3 bench/date_forms.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from typing import Any

from babel import Locale, localedata
from babel.dates import format_date, format_interval
from lingua import Language

from kzld.errors import InputError
from kzld.parse import read_bytes
from kzld.parse.language import LANGUAGES

DAYS = (date(2021, 3, 14), date(2019, 11, 5))
PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage "
    "rules, and the government has answered them with arrests and with bans on every meeting."
)
#: CLDR's code for a language the detector names by another one.
CLDR = {"tl": "fil"}


def _code(name: str) -> str:
    code = getattr(Language, name).iso_code_639_1.name.lower()
    return CLDR.get(code, code)


def _dates(text: str) -> tuple[date | None, date | None]:
    try:
        document = read_bytes("statement.txt", text.encode("utf-8"))
    except InputError:
        return None, None
    return (document.created.date if document.created else None), document.published


def _forms(locale: str, day: date) -> dict[str, str]:
    forms = {width: format_date(day, width, locale=locale) for width in ("full", "long", "medium")}
    short = Locale.parse(locale).date_formats["short"].pattern
    forms["numeric"] = format_date(
        day, short.replace("yyyy", "y").replace("yy", "y"), locale=locale
    )
    return forms


def _ranges(locale: str, day: date) -> dict[str, str]:
    after = day + timedelta(days=1)
    return {
        "days": format_interval(day, after, "yMMMd", locale=locale),
        "days_wide": format_interval(day, after, "yMMMMd", locale=locale),
        "months": format_interval(day - timedelta(days=16), day, "yMMMMd", locale=locale),
    }


def _language(locale: str) -> list[dict[str, Any]]:
    readings = []
    for day in DAYS:
        for width, form in _forms(locale, day).items():
            top = _dates(f"Title\n\nZedtown, {form}\n\n{PROSE}\n\n{PROSE}\n")[0]
            alone = _dates(f"Title\n\n{form}\n\n{PROSE}\n\n{PROSE}\n")
            end = _dates(f"Title\n\n{PROSE}\n\n{PROSE}\n\nZedtown, {form}\n")[0]
            for where, got, right in (
                ("under the title", top, top == day),
                ("alone", alone[0] or alone[1], day in alone),
                ("closing", end, end == day),
            ):
                readings.append(
                    {"form": width, "text": form, "where": where, "read": str(got), "right": right}
                )
    for kind, form in _ranges(locale, DAYS[0]).items():
        for where, text in (
            ("under the title", f"Title\n\nZedtown, {form}\n\n{PROSE}\n\n{PROSE}\n"),
            ("closing", f"Title\n\n{PROSE}\n\n{PROSE}\n\nZedtown, {form}\n"),
        ):
            got = _dates(text)[0]
            readings.append(
                {"form": "range " + kind, "text": form, "where": where, "read": str(got),
                 "right": got is None}
            )  # fmt: skip
    return readings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="write every reading as JSON")
    args = parser.parse_args()
    known = set(localedata.locale_identifiers())
    found = {code: _language(code) for code in map(_code, LANGUAGES) if code in known}
    if args.json:
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        return 0
    totals = [0, 0, 0, 0]
    for code, readings in found.items():
        single = [r for r in readings if not r["form"].startswith("range")]
        ranges = [r for r in readings if r["form"].startswith("range")]
        wrong = [r for r in single if not r["right"]]
        wrong_ranges = [r for r in ranges if not r["right"]]
        counts = [len(single), len(wrong), len(ranges), len(wrong_ranges)]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"{code}: {counts[1]} of {counts[0]} wrong, ranges {counts[3]} of {counts[2]}")
        for r in wrong:
            print(f"    {r['form']} {r['where']}: {r['text']!r} -> {r['read']}")
    print(f"all: {totals[1]} of {totals[0]} wrong, ranges {totals[3]} of {totals[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
