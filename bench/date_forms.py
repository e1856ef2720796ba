"""Audit of the reader's dates in every language it tells apart, written from CLDR's patterns.

For each language of ``kzld.parse.language.LANGUAGES`` that CLDR has, two days (14 March 2021,
whose day cannot be a month; 5 November 2019, whose can) are written in the language's full,
long and medium patterns and its short numeric one (the year in four digits), through Babel,
and each is read back as a made-up text would give it: a dateline under the title after a
place, a date alone under the title, a dateline closing the text. Ranges of days and of months
(``format_interval``) are read as datelines under the title and closing the text, where no date
is expected. The made-up text's prose is English, or the language's own where its month names
collide with another language's (Croatian, Polish, Czech, Azerbaijani: such a name is read in
the text's language). Prints, per language, how many readings are wrong and which, and the
totals; ``--json`` writes every reading.

``--collisions`` lists instead every name CLDR gives (through Babel: every language the reader
supports, wide and abbreviated, format and stand-alone, so the genitive forms too) that is a
month in one language and another month, or a weekday, in another, with what the reader does
with it.

    PYTHONPATH=$PWD/src python3 bench/date_forms.py [--json | --collisions]
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
from kzld.parse.calendars import LOCALES, more_locales, name_key, names_of, shared_months
from kzld.parse.language import LANGUAGES

DAYS = (date(2021, 3, 14), date(2019, 11, 5))
PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage "
    "rules, and the government has answered them with arrests and with bans on every meeting."
)
#: Made-up prose in the languages whose month names collide with another language's.
OWN_PROSE = {
    "hr": "Radnici regije već tri tjedna štrajkaju protiv novih pravila o plaćama, a vlada im "
    "odgovara uhićenjima i zabranom svakog skupa.",
    "pl": "Robotnicy regionu strajkują od trzech tygodni przeciwko nowym zasadom płac, a rząd "
    "odpowiada im aresztowaniami i zakazem wszelkich zgromadzeń.",
    "cs": "Dělníci regionu stávkují už tři týdny proti novým mzdovým pravidlům a vláda jim "
    "odpovídá zatýkáním a zákazem všech shromáždění.",
    "az": "Bölgənin işçiləri üç həftədir yeni maaş qaydalarına qarşı tətil edirlər və hökumət "
    "onlara həbslərlə və bütün yığıncaqların qadağan edilməsi ilə cavab verir.",
}
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
    prose = OWN_PROSE.get(locale, PROSE)
    for day in DAYS:
        for width, form in _forms(locale, day).items():
            top = _dates(f"Title\n\nZedtown, {form}\n\n{prose}\n\n{prose}\n")[0]
            alone = _dates(f"Title\n\n{form}\n\n{prose}\n\n{prose}\n")
            end = _dates(f"Title\n\n{prose}\n\n{prose}\n\nZedtown, {form}\n")[0]
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
            ("under the title", f"Title\n\nZedtown, {form}\n\n{prose}\n\n{prose}\n"),
            ("closing", f"Title\n\n{prose}\n\n{prose}\n\nZedtown, {form}\n"),
        ):
            got = _dates(text)[0]
            readings.append(
                {"form": "range " + kind, "text": form, "where": where, "read": str(got),
                 "right": got is None}
            )  # fmt: skip
    return readings


def collisions() -> list[tuple[str, dict[str, list[str]], str]]:
    """Every folded name of three letters or more that CLDR gives as a month in one language of
    the reader and as another month or a weekday in another: (name, meaning -> languages, what
    the reader does with it)."""
    meanings: dict[str, dict[str, set[str]]] = {}
    for locale in (*LOCALES, *more_locales()):
        for kind in ("months", "days"):
            names = getattr(Locale.parse(locale), kind)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in names[context][width].items():
                        meaning = f"month {number}" if kind == "months" else f"weekday {number}"
                        by_meaning = meanings.setdefault(name_key(name), {})
                        by_meaning.setdefault(meaning, set()).add(locale.split("_")[0])
    months, _ = names_of("months")
    shared = shared_months()
    found = []
    for key, by_meaning in sorted(meanings.items()):
        monthly = [m for m in by_meaning if m.startswith("month")]
        if len(key) < 3 or not monthly or len(by_meaning) < 2:
            continue
        if key in shared:
            done = "read in the text's language"
        elif key in months:
            done = f"read as month {months[key]} (the languages that read it agree)"
        else:
            done = "not read as a month (a name of no language the reader reads months in)"
        if len(monthly) == 1 and key in months:
            done = "a weekday before or after a date, a month inside it"
        found.append((key, {m: sorted(v) for m, v in sorted(by_meaning.items())}, done))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="write every reading as JSON")
    parser.add_argument("--collisions", action="store_true", help="list the colliding names")
    args = parser.parse_args()
    if args.collisions:
        for key, by_meaning, done in collisions():
            meant = "; ".join(f"{m}: {', '.join(v)}" for m, v in by_meaning.items())
            print(f"{key} | {meant} | {done}")
        return 0
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
