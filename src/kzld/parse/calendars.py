"""The names and forms of dates in every language the reader knows, and the day a date names.

Month and weekday names come from CLDR through Babel, in every language of :data:`LOCALES`
(format and stand-alone, wide and abbreviated, so ``ноября`` and ``Ιανουαρίου`` as well as
``Jan.``) and in every other language the language detector knows (wide names: ``Isnin``,
``Dé Luain``). A month's name that means different months in two languages (Croatian
``listopad`` is October, Czech and Polish ``listopad`` November) is read in the language of the
text it is in (:func:`reading_in`, whose home is :mod:`~kzld.parse.reading`), never by the
first table that has it; in a text of none of its languages, as the languages that read it
agree, or not at all. :func:`patterns` writes them into the forms a date takes (the day first,
the month first, the year first, numeric, with a place, a weekday or a clock time around it),
and :func:`date_of` gives the day a match names: in the Gregorian calendar, the Thai Buddhist
era, the Persian solar calendar (:func:`from_solar_hijri`), in a Nepali text Nepal's Bikram
Sambat (:func:`from_bikram_sambat`, by the table of its months in ``dates.yaml``) or, in an
Amharic text, the Ethiopian calendar (:func:`from_ethiopian`, by its rule). What a date
is *for* (a dateline, a page's stamp, the statement's date) is :mod:`~kzld.parse.dates`'
concern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

import babel
import lingua
from babel import Locale, localedata
from lingua import Language

from ..derived import compiled, kept
from ..model.folding import fold
from ..model.scripts import letter_script
from .cues import vocabulary, word_file
from .language import LANGUAGES, ONE_SCRIPT_LANGUAGES, members
from .reading import reading
from .remembered import remembered
from .separators import COMMAS, one_of
from .text import folded_in_place

__all__ = [
    "LOCALES",
    "PLACE_JOINS",
    "date_matches",
    "date_of",
    "day_words",
    "from_bikram_sambat",
    "from_ethiopian",
    "from_solar_hijri",
    "full_year",
    "han_dates",
    "made_days",
    "may_write_a_date",
    "more_locales",
    "name_key",
    "names_of",
    "patterns",
    "relative_days",
    "shared_months",
    "short_weekday_days",
    "short_weekdays",
    "whole_date",
    "year_before",
]


def _data() -> dict[str, Any]:
    return word_file("dates.yaml")


#: The CLDR locales whose month and weekday names are recognised (``ar_SY`` for the Syriac
#: month names written in Syria, Lebanon, Iraq and Palestine: ``آذار``, ``تشرين الأول``;
#: ``ar_MA``, ``ar_DZ`` and ``ar_MR`` for those written in Morocco, in Algeria and Tunisia and
#: in Mauritania: ``ماي``, ``غشت``, ``جانفي``, ``جويلية``, ``أغشت``).
LOCALES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "ru", "uk", "bg", "tr", "el", "pl", "sv", "da",
    "nb", "fi", "cs", "sr", "sq", "ro", "hu", "ca", "ar", "fa", "kk", "hi", "sk", "lt", "lv",
    "et", "he", "mk", "be", "is", "id", "az", "hy", "ka", "bn", "ur", "ta", "vi", "eu", "gl",
    "bs", "sr_Latn", "ar_SY", "ar_MA", "ar_DZ", "ar_MR",
)  # fmt: skip


def name_key(name: str) -> str:
    return fold(name).rstrip(".")


@cache
def more_locales() -> tuple[str, ...]:
    """The languages the language detector tells apart (:data:`~kzld.parse.language.LANGUAGES`,
    and those it tells by their script alone: Amharic, Khmer, Lao, Burmese, Telugu, ...) that
    :data:`LOCALES` leaves out and CLDR has: their wide month and weekday names are read too,
    where they mean nothing else in a language of :data:`LOCALES` (Croatian ``listopad`` stays
    the Polish November), and those ``dates.yaml`` names that the detector does not tell apart
    (``more_month_languages``: Hausa, ``14 ga Maris 2021``)."""
    found = []
    lingua_codes = (getattr(Language, name).iso_code_639_1.name.lower() for name in LANGUAGES)
    listed = (str(code) for code in _data()["more_month_languages"])
    for code in (*lingua_codes, *ONE_SCRIPT_LANGUAGES, *listed):
        code = _CLDR_CODES.get(code, code)
        if code not in LOCALES and code not in found and code in _BASE_LOCALES:
            found.append(code)
    return tuple(found)


#: ISO 639-1 codes that CLDR files under another code (Tagalog as Filipino).
_CLDR_CODES = {"tl": "fil"}
_BASE_LOCALES = frozenset(localedata.locale_identifiers())


def _names(kind: str) -> Iterator[tuple[str, int, bool, str]]:
    """Every CLDR month (``kind="months"``) or weekday name, with its number, whether it
    comes from a language of :data:`LOCALES` (format and stand-alone, wide and abbreviated) or
    from :func:`more_locales` (wide names, and abbreviated ones only outside the Latin script,
    where they are words elsewhere: Thai ``พ.ค.`` is read, Welsh ``Maw`` is not; and no name
    with a digit, ``2월``, which the numeric dates read), and its language's code."""
    for language in LOCALES:
        names = getattr(Locale.parse(language), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    yield name, int(number), True, _code(language)
    for language in more_locales():
        names = getattr(Locale.parse(language), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    if any(c.isdigit() for c in name):  # "2월", "2月": numeric dates
                        continue
                    if width == "wide" or not any(letter_script(c) == "LATIN" for c in name):
                        yield name, int(number), False, _code(language)


def _code(locale: str) -> str:
    """The language code the detector gives a CLDR locale's language (``sr_Latn``: ``sr``;
    ``fil``: ``tl``)."""
    language = locale.split("_")[0]
    return next((k for k, v in _CLDR_CODES.items() if v == language), language)


def _table(kind: str) -> dict[str, int]:
    """Folded month (``kind="months"``) or weekday names -> their number, unambiguous only, of
    three letters or more, or a month's of two outside the Latin script in a language of
    :data:`LOCALES` (Hindi "मई", Bengali "মে": May; not "вт", Russian's Tuesday, nor "ma").
    A month's name is read as the languages that read it (:func:`_names`) agree it is; where
    they disagree ("listopad") it is left to the text's language (:func:`_shared`)."""
    found: dict[str, set[int]] = {}
    more: dict[str, set[int]] = {}
    for name, number, first, _ in _names(kind):
        # of the month names, those of the other languages are read as those of LOCALES are
        (found if first or kind == "months" else more).setdefault(name_key(name), set()).add(number)
    cased = vocabulary()["case_months"] if kind == "months" else {}
    for number, forms in [*vocabulary()["extra_" + kind].items(), *cased.items()]:
        for form in forms:
            found.setdefault(name_key(form), set()).add(int(number))
    short = {k for k in found if len(k) == _SHORT_NAME and _unlatin(k) and kind == "months"}
    for key, numbers in more.items():
        found.setdefault(key, numbers)
    for key in [k for k in found if "’" in k]:  # typed with a straight apostrophe: "d'abril"
        found.setdefault(key.replace("’", "'"), set(found[key]))
    return {
        k: n.pop() for k, n in found.items() if len(n) == 1 and (len(k) > _SHORT_NAME or k in short)
    }


def _shared(kind: str) -> dict[str, dict[str, int]]:
    """The folded month names (none for ``kind="days"``) of three letters or more that are read
    (:func:`_names`) and mean different months in two languages whose names CLDR writes
    (:data:`LOCALES`, :func:`more_locales`: every width and context, read or not) -> each such
    language's code -> the month it means there: ``listopad`` (Croatian October, Czech and
    Polish November), ``lis``, ``lip``, ``srp`` (abbreviations of both)."""
    if kind != "months":
        return {}
    read = {name_key(name) for name, _, _, _ in _names(kind)}
    meanings: dict[str, dict[str, set[int]]] = {}
    for locale in (*LOCALES, *more_locales()):
        names = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    key = name_key(name)
                    if key in read and len(key) > _SHORT_NAME:
                        meanings.setdefault(key, {}).setdefault(_code(locale), set()).add(
                            int(number)
                        )
    return {
        key: {code: min(numbers) for code, numbers in sorted(by_language.items())}
        for key, by_language in sorted(meanings.items())
        if len({n for numbers in by_language.values() for n in numbers}) > 1
    }


@cache
def relative_days() -> frozenset[str]:
    """The folded words of three letters or more for the days around today (yesterday, today,
    tomorrow, the day before yesterday and after tomorrow: CLDR's relative day fields through
    Babel) in every language of :data:`LOCALES`: a time word, no name's ("Today XKP and ...",
    "أمس"). Not those of :func:`more_locales`, where short ones are words of other languages
    ("leo", "jana", "maine"). Kept between runs as the month names are."""
    return frozenset(
        kept(
            "dates/relative_days",
            _relative_days,
            sorted,
            lambda words: [str(w) for w in words],
            libraries=(babel, lingua),
        )
    )


def made_days(languages: frozenset[str]) -> frozenset[str]:
    """The folded words for today and yesterday (CLDR's relative days 0 and -1, of three
    letters or more) in ``languages`` (detected tags), or in every language of :data:`LOCALES`
    when none of them is one: a word for today of one language may be another's common word
    (French "hier", yesterday, is German and Dutch "here")."""
    by_language = _made_days()
    codes = {code for tag in languages for code in members(tag)} & by_language.keys()
    chosen = [by_language[code] for code in codes] or list(by_language.values())
    return frozenset().union(*chosen)


@cache
def _made_days() -> dict[str, frozenset[str]]:
    """Each language of :data:`LOCALES` (by the detector's code) -> its words for today and
    yesterday, folded; kept between runs as the month names are."""
    found = kept(
        "dates/made_days",
        _days_of_making,
        lambda days: {code: sorted(words) for code, words in sorted(days.items())},
        lambda days: {str(code): [str(w) for w in words] for code, words in days.items()},
        libraries=(babel, lingua),
    )
    return {code: frozenset(words) for code, words in found.items()}


def _days_of_making() -> dict[str, list[str]]:
    found: dict[str, set[str]] = {}
    for locale in LOCALES:
        relative = Locale.parse(locale)._data["date_fields"].get("day", {}).get("relative", {})
        words = {fold(str(relative[n])) for n in (0, -1) if n in relative}
        found.setdefault(_code(locale), set()).update(
            w for w in words if len(w) >= _SHORTEST_TIME_WORD
        )
    return {code: sorted(words) for code, words in found.items()}


def _relative_days() -> set[str]:
    found: set[str] = set()
    for locale in LOCALES:
        fields = Locale.parse(locale)._data["date_fields"]
        relative = fields.get("day", {}).get("relative", {})
        found.update(fold(str(word)) for word in relative.values())
    return {w for w in found if len(w) >= _SHORTEST_TIME_WORD}


#: The shortest time word read (Hungarian "ma", today, is also a syllable of names).
_SHORTEST_TIME_WORD = 3


#: The length of a month's or weekday's name read only outside the Latin script.
_SHORT_NAME = 2


def _unlatin(name: str) -> bool:
    return not any(letter_script(c) == "LATIN" or c.isdigit() for c in name)


def _alternation(names: dict[str, int], kind: str) -> str:
    """The names as a regular expression, in their folded and their casefolded accented forms
    (CLDR's and ``cues.yaml``'s: a form whose marks fold in place as they are, the Burmese
    "ဇြန္", is read as written)."""
    cased = vocabulary()["case_months"] if kind == "months" else {}
    added = [*vocabulary()["extra_" + kind].values(), *cased.values()]
    written = [*(n for n, _, _, _ in _names(kind)), *(str(f) for forms in added for f in forms)]
    forms = set(names)
    forms.update(n.casefold().rstrip(".") for n in written if name_key(n) in names)
    return "|".join(sorted(map(re.escape, forms), key=lambda f: (-len(f), f)))


@cache
def names_of(kind: str) -> tuple[dict[str, int], str]:
    """The month (``kind="months"``) or weekday names: :func:`_table` and the
    :func:`_alternation` of its names and :func:`shared_months`'."""
    table, alternation, _ = _kept_names(kind)
    return table, alternation


@cache
def shared_months() -> dict[str, dict[str, int]]:
    """The folded month names that mean different months in two languages -> each language's
    code -> its month (:func:`_shared`)."""
    return _kept_names("months")[2]


_Names = tuple[dict[str, int], str, dict[str, dict[str, int]]]


@cache
def _kept_names(kind: str) -> _Names:
    """Gathering the names from CLDR takes Babel most of a second, so they are kept between
    runs (:func:`~kzld.derived.kept`: under a key of kzld's files, Babel's and lingua's)."""
    return kept(
        f"dates/{kind}",
        lambda: _gathered(kind),
        lambda names: [list(names[0].items()), names[1], names[2]],
        _names_read,
        libraries=(babel, lingua),
    )


def _gathered(kind: str) -> _Names:
    table, shared = _table(kind), _shared(kind)
    for key, by_language in _bound(kind).items():
        if key not in table and key not in shared:
            shared[key] = by_language
    return table, _alternation({**dict.fromkeys(shared, 0), **table}, kind), shared


def _bound(kind: str) -> dict[str, dict[str, int]]:
    """The folded abbreviated month names (none for ``kind="days"``) in the Latin script, of
    three letters or more, of the languages of :func:`more_locales` that the detector tells
    apart -> that language's code -> the month: words elsewhere ("sun", "see", "dis"), they are
    read only in a text of their language (:func:`_month`), as a name two languages read as two
    months is (Croatian "ožu", Welsh "Tach", Irish "Samh", Tagalog "Nob")."""
    if kind != "months":
        return {}
    told = {getattr(Language, name).iso_code_639_1.name.lower() for name in LANGUAGES}
    found: dict[str, dict[str, set[int]]] = {}
    for language in (locale for locale in more_locales() if _code(locale) in told):
        names = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for number, name in names[context]["abbreviated"].items():
                key = name_key(name)
                latin = all(letter_script(c) == "LATIN" for c in key if c.isalpha())
                if latin and len(key) > _SHORT_NAME and not any(c.isdigit() for c in key):
                    found.setdefault(key, {}).setdefault(_code(language), set()).add(int(number))
    return {
        key: {code: numbers.pop() for code, numbers in by_language.items()}
        for key, by_language in found.items()
        if all(len(numbers) == 1 for numbers in by_language.values())
    }


def _names_read(kept: Any) -> _Names:
    """What :func:`_kept_names` keeps, read back (a ``ValueError`` for anything else)."""
    pairs, alternation, shared = kept
    table = {str(key): number for key, number in pairs}
    if not isinstance(alternation, str) or not all(type(n) is int for n in table.values()):
        raise ValueError("not a table of names and their alternation")
    if not isinstance(shared, dict):
        raise ValueError("not a table of shared names")
    return (
        table,
        alternation,
        {str(k): {str(c): int(n) for c, n in v.items()} for k, v in shared.items()},
    )


def _month(key: str) -> int:
    """The month a folded month's name means: in the languages of the text being read where it
    is a name of one of them that means another month elsewhere, or an abbreviation read only
    in its language (:func:`shared_months`, :func:`_bound`), else as the languages that read it
    agree (``KeyError`` when it means none, or several)."""
    shared = shared_months().get(key)
    if not shared:
        return patterns().months[key]  # one month in every language: no reading asked
    languages = {code for tag in reading().languages for code in members(tag)}
    meant = {n for code, n in shared.items() if code in languages}
    if len(meant) > 1:
        raise KeyError(key)
    return meant.pop() if meant else patterns().months[key]


@dataclass(frozen=True)
class _Patterns:
    months: dict[str, int]
    weekdays: dict[str, int]
    line: re.Pattern[str]
    find: re.Pattern[str]
    stamp: re.Pattern[str]
    month_line: re.Pattern[str]


# the patterns run over fold(line), so every literal word in them is written folded
#: Ahead, a letter of none of the Latin, Greek and Cyrillic scripts, in none of whose languages
#: CLDR writes a comma after the day ("d, MMMM y" is Telugu's): there "No. 12, March 2021",
#: "№ 12, март 2021" are an issue's number and a month.
_UNLATIN_AHEAD = (
    r"(?=[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f])"
)


@cache
def _day_form() -> str:
    """A day's number in the group ``{g}``, a word for "the" written onto it before perhaps
    (``day_prefixes``: Tagalog "ika-14"), with an ordinal's ending (``day_endings``: "14th",
    Bengali "২৩শে", Greek "14ης", Welsh "14eg", Malay "14hb", Irish "14ú"), or a case's ending
    after a hyphen ("14-го", "14-і"), as a regular expression to ``format``."""
    prefixes, endings = _listed("day_prefixes"), _listed("day_endings")
    return (
        rf"(?:{prefixes})?(?P<{{g}}>\d{{{{1,2}}}})(?:\.?(?:{endings})"
        r"|-[^\W\d_]{{1,3}}(?=\s))?"
        r"\.?"
    )


#: The first day of a range (``7-8 October``, ``October 7–8``): the date read is the last day.
_RANGE = r"(?P<{g}>\d{{1,2}}\.?\s*[-–]\s*)?"
#: The words and abbreviations for "of the year" written after a year (Russian "года", "г.",
#: Ukrainian "року", "р.", Polish "r.", Turkish "yılı", Greek "έτους", Armenian "թ.",
#: Azerbaijani "-ci il" written onto it: "2020-ci il"), and the marks of the Christian era
#: written onto it in Arabic ("2021م", of ميلادي) and Urdu ("2021ء", of عیسوی).
_YEAR_WORDS = r"года|року|г\.|г|р\.|r\.|yili|ετουσ|թ\.?|-c[iu]\s+il(?!\w)|م|ء"


@cache
def _year_after() -> str:
    """A word for "of the year" written out after a year, a full stop perhaps between them
    (``year_after_words``: "5. jun 2015. godine", "8 март 1995 година", "12 maja 2020 roku"), or
    the Estonian abbreviation ("14. märts 2021. a."), as a regular expression."""
    return rf"\.?\s*(?:{_listed('year_after_words')}|a\.)(?!\w)"


def _year(group: str) -> str:
    """A year (four digits, or two before a clock time: ``18 mrt 03 13:23``) in the group
    ``group``, with a word for "of the year" after it perhaps."""
    return (
        rf"(?P<{group}>\d{{4}}|\d{{2}}(?=\s*,?\s*\d{{1,2}}[:h]\d{{2}}))"
        rf"(?:\s*(?:{_YEAR_WORDS})|{_year_after()})?"
    )


def _year_word() -> str:
    """The word or abbreviation for "year" after a numeric date's year (``4.12.2003 г.``,
    ``5. jun 2015. godine``, ``12.05.2020 година``)."""
    return rf"(?:\s*(?:{_YEAR_WORDS})(?!\w)|{_year_after()})?"


#: The time zones a page writes after a date's clock time, folded.
_ZONES = (
    "utc", "gmt", "cet", "cest", "eet", "eest", "msk", "ist", "bst", "wet", "west", "est", "edt",
    "pst", "pdt", "cst", "cdt", "mst", "mdt", "wib", "wita", "wit", "jst", "kst", "hkt", "sgt",
    "pht", "ict", "pkt", "npt", "irst", "trt", "eat", "cat", "wat", "sast", "aest", "aedt", "brt",
    "art", "clt", "cot", "pet", "vet", "z",
)  # fmt: skip
#: The zones read only after a clock time, never alone after a date: many are words of a
#: language too ("est", "art", "cat", "pet").
_ZONES_AFTER_A_CLOCK = frozenset((
    "wet", "west", "est", "pst", "cst", "mst", "wit", "eat", "cat", "wat", "brt", "art", "clt",
    "cot", "pet", "vet", "z",
))  # fmt: skip
#: An offset after a zone ("GMT+3", "UTC +05:30").
_OFFSET = r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
#: A time zone after a clock time, an offset perhaps after it ("10:30 IST", "10:30 (GMT+3)").
_ZONE = rf"(?:{'|'.join(_ZONES)}){_OFFSET}"
#: The shortest name of a half of the day in Latin letters read beside a clock time: CLDR's
#: one-letter names ("a", "p", "h") are letters of words; Arabic's "ص" and "م" are read.
_SHORTEST_PERIOD = 2


@cache
def _day_periods() -> str:
    """The names of the day's halves that CLDR gives the languages whose months are read
    (:data:`LOCALES`, :func:`more_locales`), abbreviated and wide, folded whole and with their
    marks in place (as :func:`_listed` folds its words), as a regular
    expression (longest first): Greek "π.μ.", Albanian "p.d.", Arabic "ص", Persian "ق.ظ.",
    Korean "오후", Chinese "下午". English "a.m."/"p.m." are not among them: they alone tell a
    slashed date written month first (:func:`_time`'s group ``ampm``)."""
    found: set[str] = set()
    for language in (*LOCALES, *more_locales()):
        periods = Locale.parse(language).day_periods["format"]
        for width in ("abbreviated", "wide"):
            for key in ("am", "pm"):
                for name in (f(periods[width].get(key, "")) for f in (fold, folded_in_place)):
                    if _read_period(name):
                        found.add(name)
    return "|".join(sorted(map(re.escape, found), key=lambda w: (-len(w), w)))


def _read_period(name: str) -> bool:
    """True when a folded name of the day's half is read beside a clock: not English's, and of
    two letters or more unless outside the Latin script (:data:`_SHORTEST_PERIOD`)."""
    english = re.sub(r"[\s.]", "", name) in {"am", "pm"}
    return not english and (len(name) >= _SHORTEST_PERIOD or not name.isascii())


@cache
def _time() -> str:
    """A clock time after a date, perhaps after a word for "at" ("um", "alle", "saat", Thai
    "เวลา") and before a word for "o'clock" ("Uhr", "часа", Thai "น.": "15 ธ.ค. 2564 เวลา
    10:00 น."), its seconds after a colon or a dot ("10.30.00"), a name of the day's half
    (:func:`_day_periods`) after it or, as Korean and Chinese write it, before it ("오후 3:20",
    "下午3:20")."""
    periods = _day_periods()
    return (
        r"(?:\s*[,،]\s*|\s+-\s+|\s+|t)(?:(?:a|um|at|alle|as|a las|a les|в|saat|om|เวลา)\s+)?"
        rf"(?:(?:{periods})\s*)?"
        r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?"
        rf"(?:\s*(?P<ampm>[ap]\.?\s?m\.?)|\s*(?:{periods}))?"
        r"(?:\s*(?:uhr|h|часа|ч\.?|น\.?))?"
        rf"(?:\s*\(?{_ZONE}\)?)?"
    )


#: A site's time zone after a date whose clock it left out ("9 November 2022 GMT"), as a page's
#: stamp: a zone of :data:`_ZONES` but those of :data:`_ZONES_AFTER_A_CLOCK`.
_ZONE_ALONE = (
    rf"\s+\(?(?:{'|'.join(z for z in _ZONES if z not in _ZONES_AFTER_A_CLOCK)}){_OFFSET}\)?"
)


def _month_re(group: str, months: str) -> str:
    # a month named twice, in two calendars' names: "تشرين الثاني/نوفمبر"
    return rf"(?P<{group}>{months})\.?(?:\s*/\s*[^\W\d_]{{3,12}}\.?)?"


@cache
def _thai_months() -> str:
    """:func:`_thai` of the month names, kept between runs as :func:`names_of` keeps them (it
    reads CLDR's names again)."""
    return kept(
        "dates/thai-months",
        lambda: _thai(names_of("months")[0]),
        str,
        _alternation_read,
        libraries=(babel, lingua),
    )


def _alternation_read(kept: Any) -> str:
    if not isinstance(kept, str):
        raise ValueError("not an alternation")
    return kept


def _thai(months: dict[str, int]) -> str:
    """The Thai month names among ``months``, as a regular expression."""
    thai = {name: n for name, n in months.items() if any(letter_script(c) == "THAI" for c in name)}
    return _alternation(thai, "months")


@cache
def year_before() -> str:
    """A word for "year" between the year and the day or month after it (``year_words``:
    "2021. gada", "2021 ж.", "2021 թ.", "2019 m."), a comma perhaps after it (Burmese
    "၂၀၁၇ ခုနှစ်၊ ဧပြီလ ၅ ရက်"), as a regular expression. A bare dot is no such word:
    "Signatories of 2019. 5 May 2020" is a phrase's year and a date after it."""
    return rf"(?:\.?\s*(?:{_listed('year_words')})(?!\w)(?:\.|\s*{one_of(COMMAS)})?)"


def _written(month: str) -> str:
    """A date written with a month's name (``month``, an alternation), as a regular expression:
    the day first, the month first, the year first, a Thai month with its era's two digits, a
    month of the Persian solar calendar."""
    return (
        # joined by hyphens too: "24-May-2023"
        rf"(?:(?:{_RANGE.format(g='r1')}{_day_form().format(g='d1')}|(?P<o1>{_ordinals()}))"
        # a word for "of" (``month_joins``: "21 de marzo", "3 ta’ Diċembru"), Hebrew's "in"
        # written onto the month: "5 במאי 2020"; a comma after the day before a
        # month of another script than Latin, Greek, Cyrillic (Telugu "14, మార్చి 2021")
        # and after an English ordinal's ending ("14th, March 2023")
        # a word for "month" before the month's name, written onto it or not (Khmer "ខែមីនា")
        rf"(?:,\s*{_UNLATIN_AHEAD}|(?<=st|nd|rd|th),\s*|\s*|-)"
        rf"(?:(?:{_listed('month_joins')})\s+|ב|(?:{_listed('month_words')})\s*)?"
        rf"{_month_re('m1', month)}(?:\s*[,،]?\s*|-)"
        # a word for "of" or "year" before the year: "de 2020", Vietnamese "tháng 9 năm 2017",
        # Thai "ค.ศ. 2021" (of the Christian era) and "พ.ศ. 2564" (of the Buddhist era), Khmer
        # "ឆ្នាំ២០២៥" and Lao "ປີ 2025" (``year_words_before``)
        rf"(?:de\s+|del\s+|nam\s+|[คพ]\.ศ\.\s*|(?:{_listed('year_words_before')})\s*)?{_year('y1')})"
        # the month first, a word for "of" perhaps before the year ("mayo 3 de 2020", as Latin
        # American Spanish writes it)
        rf"|(?:{_month_re('m2', month)}\s+{_RANGE.format(g='r2')}{_day_form().format(g='d2')},?\s+"
        rf"(?:de\s+|del\s+)?{_year('y2')})"
        # the year first: "2019. március 21.", "2019 m. kovo 21 d.", "2021 թ. մարտի 14", with
        # endings of case written onto each part ("2012ko martxoaren 14ean", "március 14-én")
        rf"|(?:(?P<y3>\d{{4}})(?:{year_before()}|\.|[^\W\d_]{{1,3}})?\s+{_month_re('m3', month)}"
        # a word for "day" after the day ("d.", "diena": ``day_after_words``)
        rf"[^\W\d_]{{0,3}}\s+(?P<d3>\d{{1,2}})"
        rf"(?:\.|\s*(?:{_listed('day_after_words')})|-?[^\W\d_]{{1,3}}(?!\w))?(?!\d))"
        # the year, then the day and the month: "2021. gada 14. marts", "2021 ж. 14 наурыз",
        # joined by a hyphen: Uzbek "2015-yil 14-mart"
        rf"|(?:(?P<y4>\d{{4}}){year_before()}\s+{_day_form().format(g='d4')}(?:\s*|-)"
        rf"{_month_re('m4', month)}[^\W\d_]{{0,3}}(?!\w))"
        # a Thai month and the last two digits of the Buddhist era's year: "13 พ.ค.62"
        rf"|(?:{_day_form().format(g='d5')}\s*{_month_re('m5', _thai_months())}\s*"
        rf"(?P<y5>\d{{2}})(?![\d.:]))"
        # a month of the Persian solar calendar and a year of it
        # ("3 بهمن 1382"; Afghanistan's names of the same months, between slashes too: "۲۹ / قوس /
        # ۱۳۹۸")
        rf"|(?:(?:{_day_form().format(g='d6')}|(?P<o6>{_ordinals()}))(?:\s+|\s*/\s*)"
        rf"(?P<m6>{_solar_alternation()})(?:\s+|\s*/\s*)(?P<y6>1[2-4]\d\d)(?!\d){_solar_era()})"
        # the month first, as a page's stamp writes it: "اسد ۲۳, ۱۳۹۹"
        rf"|(?:(?P<m7>{_solar_alternation()})\s+(?P<d7>\d{{1,2}})\s*[,،]\s*(?P<y7>1[2-4]\d\d)(?!\d)"
        rf"{_solar_era()})"
        # the year first and the month by its number: "2021 оны 3-р сарын 14"
        rf"|(?:(?P<y8>\d{{4}}){year_before()}\s*(?P<n8>\d{{1,2}})(?:{_listed('numbered_months')})"
        rf"\s+(?P<d8>\d{{1,2}})(?!\d))"
        # a month of Nepal's Bikram Sambat and a year of it, the day first ("२० आश्विन २०७४")
        # or the year first, the words for "year" and "day" perhaps after them ("२०७४ साल असोज
        # २० गते")
        rf"|(?:{_day_form().format(g='d9')}\s+(?P<m9>{_sambat_alternation()})\s+(?P<y9>20\d\d)(?!\d))"
        rf"|(?:(?P<y10>20\d\d)(?:\s+(?:{_listed('bikram_sambat_year_words')}))?\s+"
        rf"(?P<m10>{_sambat_alternation()})\s+(?P<d10>\d{{1,2}})"
        rf"(?:\s+(?:{_listed('bikram_sambat_day_words')}))?(?!\d))"
        # a month of the Ethiopian calendar and a year of it, the day first ("3 መጋቢት 2017") or
        # the month first, the word for "day" after the day and the era's after the year
        # perhaps ("መጋቢት 3 ቀን 2017 ዓ.ም.", "መጋቢት 3/2017", "መጋቢት 3፣ 2017")
        rf"|(?:(?P<d11>\d{{1,2}})\s+(?P<m11>{_ethiopian_alternation()})\s+"
        rf"(?P<y11>(?:19|20)\d\d){_ethiopian_era()}?(?!\d))"
        rf"|(?:(?P<m12>{_ethiopian_alternation()})\s+(?P<d12>\d{{1,2}})"
        rf"(?:\s+(?:{_listed('ethiopian_day_words')}))?(?:\s*[/,፣]\s*|\s+)"
        rf"(?P<y12>(?:19|20)\d\d){_ethiopian_era()}?(?!\d))"
    )


@cache
def _listed(key: str) -> str:
    """The folded words of ``dates.yaml``'s list ``key``, whole and with their combining marks
    in place ("ที่"), as a regular expression (longest first)."""
    words = {f(str(w)) for w in _data()[key] for f in (fold, folded_in_place)}
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


@cache
def _numeric() -> str:
    """A date written in digits: day first, year first (ISO), with a space after each dot, or in
    Chinese, Japanese and Korean characters."""
    year = _year_word()
    return (
        # a numeric date of the Ethiopian calendar, its era's mark after it ("3/7/2017 ዓ.ም"),
        # before the same digits read as of any other
        rf"(?:(?P<ed13>\d{{1,2}})(?P<esep>[./-])(?P<em13>\d{{1,2}})(?P=esep)"
        rf"(?P<ey13>(?:19|20)\d\d){_ethiopian_era()})|"
        rf"(?:(?P<nd>\d{{1,2}})(?P<sep>[./-])(?P<nm>\d{{1,2}})(?P=sep)(?P<ny>\d{{4}}|\d{{2}}){year})"
        r"|(?:(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
        # the year first with a space after each dot: "2021. 3. 14." (Hungarian, Korean)
        r"|(?:(?P<iy3>\d{4})\.\s(?P<im3>\d{1,2})\.\s(?P<id3>\d{1,2})\.?)"
        # a space after each dot: "26. 1. 2018"
        rf"|(?:(?P<sd>\d{{1,2}})\.\s(?P<sm>\d{{1,2}})\.\s?(?P<sy>\d{{4}}){year})"
        # Chinese, Japanese and Korean: "2019年3月21日", "2021년 2월 25일"
        r"|(?:(?P<iy2>\d{4})\s*[年년]\s*(?P<im2>\d{1,2})\s*[月월]\s*(?P<id2>\d{1,2})\s*[日일])"
        # the month in Roman numerals between dots or hyphens, the day first ("12.IX.2012",
        # "5. XI. 2015 r.", "12-IX-2012") or the year first ("2015. XI. 5.")
        rf"|(?:(?P<rd>\d{{1,2}})(?:\.\s?|-)(?P<rm>{_ROMAN})(?:\.\s?|-)(?P<ry>\d{{4}}){year})"
        rf"|(?:(?P<ry2>\d{{4}})\.\s?(?P<rm2>{_ROMAN})\.\s?(?P<rd2>\d{{1,2}})\.?)"
        # a year of a Japanese era, its first written "元" ("令和3年11月5日", "平成元年5月3日")
        rf"|(?:(?P<era>{'|'.join(map(re.escape, _eras()))})\s*(?P<ey>\d{{1,2}}|元)\s*年\s*"
        r"(?P<em>\d{1,2})\s*月\s*(?P<ed>\d{1,2})\s*日)"
    )


@cache
def _eras() -> dict[str, date]:
    """The Japanese eras (``japanese_eras``) -> the day each began on."""
    return {str(name): day for name, day in _data()["japanese_eras"].items()}


def from_japanese_era(era: str, year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of a Japanese era's year (its first year is the Gregorian
    year it began in). ``ValueError`` for a day before the era began or after the next one did."""
    began = _eras()[era]
    found = date(began.year + year - 1, month, day)
    ended = min((d for d in _eras().values() if d > began), default=None)
    if found < began or (ended is not None and found >= ended):
        raise ValueError(f"no day {found} in the era {era}")
    return found


#: The months in Roman numerals, folded (in lower case), the longest first.
_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))


#: A date written year first in two-digit months and days with single spaces between, or with
#: a slash, a dot or a dash spaced on both sides, as an item's stamp ("2008 06 09", "2016 / 09 /
#: 05"): read only as a line's whole date, where no other number is.
_SPACED = (
    r"(?:(?P<iy4>(?:19|20)\d\d) (?:(?P<ssep>[/.-]) )?(?P<im4>0[1-9]|1[0-2])"
    r" (?(ssep)(?P=ssep) )(?P<id4>0[1-9]|[12]\d|3[01]))"
)


#: The words that join a dateline's place to its date with no comma, and write nothing else
#: there: Swedish "den", Czech "dne", Arabic "في" ("Stockholm den 21 mars", "بيروت في 21").
PLACE_JOINS = ("den", "dne", "في")


@cache
def short_weekdays() -> frozenset[str]:
    """The abbreviated weekday names CLDR gives (abbreviated and short widths, format and
    stand-alone) in every language of :data:`LOCALES` and :func:`more_locales` that the weekday
    table leaves out (two letters, "вс", "zo"; or a word of another language, "Sel", "Mar"),
    folded, of two letters or more and no digit: read only before a date that fills the rest of
    its line, and only with their stop or comma. Kept between runs as the month names are."""
    return frozenset(
        kept(
            "dates/short_weekdays",
            _short_weekdays,
            sorted,
            lambda names: [str(n) for n in names],
            libraries=(babel, lingua),
        )
    )


def _short_weekdays() -> set[str]:
    return {name for name in _short_weekday_days() if len(name) >= _SHORT_NAME}


@cache
def short_weekday_days() -> dict[str, frozenset[int]]:
    """Each name of :func:`short_weekdays`, and each abbreviation of one letter CLDR gives
    (Estonian "P", Hungarian "K", Azerbaijani "B") -> the weekdays it names in the languages
    CLDR gives it in (0 Monday .. 6 Sunday, as :meth:`datetime.date.weekday`): "zo" Sunday,
    "do" Thursday. A short name written with no stop or comma ("zo 14 maart 2021", "2019-11-05,
    an"), or of one letter, is read only where it names the day its date falls on: such a word
    is often a word of another language too ("do", "po", "in")."""
    return {
        str(name): frozenset(int(d) for d in days)
        for name, days in kept(
            "dates/weekday_abbreviations",
            lambda: {k: sorted(v) for k, v in _short_weekday_days().items()},
            lambda found: found,
            lambda found: {str(k): [int(d) for d in v] for k, v in found.items()},
            libraries=(babel, lingua),
        ).items()
    }


def _short_weekday_days() -> dict[str, set[int]]:
    table = names_of("days")[0]
    found: dict[str, set[int]] = {}
    for locale in (*LOCALES, *more_locales()):
        names = Locale.parse(locale).days
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "short"):
                for day, name in names[context][width].items():
                    key = name_key(name)
                    written = len(key) >= _SHORT_NAME or key.isalpha()
                    plain = not any(c.isdigit() or c.isspace() for c in key)
                    if written and plain and key not in table:
                        found.setdefault(key, set()).add(int(day))
    return found


def _longest_first(words: frozenset[str]) -> str:
    """The words as a regular expression, the longest first, then in order (the same pattern in
    every process, and so kept once)."""
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w)))


def _whole_line(any_date: str, weekday_names: str) -> re.Pattern[str]:
    """A line that is a date as a whole: a place, a weekday, a word for "on" or "on the day",
    the date, a clock time."""
    # a particle written onto it ("วันอาทิตย์ที่ 14"); a noun for "day" after it ("ням гараг")
    particle, noun = _listed("weekday_particles"), _listed("weekday_nouns")
    # or an abbreviation no table reads (two letters, or a word of another language), only with
    # its stop or comma: "So., 14. März 2021", "вс, 14 мар. 2021", "Ahd, 14 Mac 2021"
    weekday = (
        rf"(?:(?:(?P<wd>{weekday_names})\.?(?:{particle})?[,،]?"
        rf"|(?:{_longest_first(short_weekdays())})(?:\.[,،]?|[,،]))\s+)?"
    )
    # the weekday after the date, a comma of any script perhaps between: "14 Mart 2021 Pazar",
    # "2021年3月14日星期日", Burmese "၂၀၂၁ မတ် ၁၄၊ တနင်္ဂနွေ"
    # or in brackets, by its name or an abbreviation outside the Latin script: "(Sun)",
    # "2021. 3. 14.(일)", "2021年3月14日（日）" (not "(PDF)")
    weekday_after = (
        rf"(?:\s*{one_of(COMMAS)}?\s*(?:{weekday_names})\.?(?:\s+(?:{noun}))?"
        rf"|\s*[(（](?:{weekday_names}|[^\W\d_a-z]{{1,3}})\.?[)）])?"
    )
    # longest first, then in order: the same pattern in every process (and so kept once)
    days = "|".join(sorted(map(re.escape, day_words()), key=lambda w: (-len(w), w)))
    # Albanian "më" (on) too: "Tiranë, më 14 mars 2021"
    # a word for "on the day" written onto the day too (Khmer "ថ្ងៃទី២៨")
    article = rf"(?:(?:le|el|il|li|den|dne|am|on|the|a|aos|em|op|me|в|на|في)\s+|(?:{days})\s*)?"
    return compiled(
        rf"^(?:(?P<place>(?:[^\W\d_]{{1,3}}\.\s*)?[^\d,،;:.!?()]{{2,40}}?)"
        # "Lisboa, 21 de março", "Stockholm den 21 mars", "Praha dne 21. března", "بيروت في 21"
        # the comma of Chinese and Japanese too: "東京、2015年6月5日", Ethiopic's and Burmese's:
        # "ዜድ ከተማ፣ ...", "ရန်ကုန်၊ ..."; or no comma before a word for "on the day" ("Zedtown
        # tarehe 10 Mei 2007", "ភ្នំពេញ ថ្ងៃទី២៨ ...")
        rf"(?:\s*{one_of(COMMAS)}\s*|\s+(?=(?:{'|'.join(PLACE_JOINS)})\s|(?:{days})\s*\d)))?"
        rf"{weekday}{article}{any_date}{weekday_after}"
        rf"(?P<time>{_time()}|{_ZONE_ALONE})?\.?$"
    )


@cache
def patterns() -> _Patterns:
    months, month = names_of("months")
    weekdays, weekday_names = names_of("days")
    any_date = rf"(?:{_written(month)}|{_numeric()})"
    # folded in place, as the lines they open are (Hangul stays whole: "게시일")
    cued = (re.escape(folded_in_place(c)) for c in vocabulary()["stamp_cues"])
    # no letter after the cue; "\b" would ask for one after a cue ending in a mark ("เผยแพร่")
    stamp = compiled(rf"^(?:{'|'.join(sorted(cued, key=len))})(?!\w)")
    month_line = compiled(
        rf"^(?:[^\d,;:.!?()]{{2,40}}?\s*,\s*)?(?:(?:im|en|in|a|no|nel|w|в|i|em)\s+)?"
        rf"(?:{month})\.?\s*(?:de\s+|del\s+)?\d{{4}}\.?$"
    )
    find = compiled(rf"(?<!\w){any_date}(?!\w)")
    line = _whole_line(rf"(?:{any_date}|{_SPACED})", weekday_names)
    return _Patterns(months, weekdays, line, find, stamp, month_line)


#: Two numbers, digits apart (two runs of digits with something else between): each form of a
#: date :func:`patterns` reads writes two, but for a day written as an ordinal word before a
#: month's name and a year in digits. The day and the year, the day and the month in digits,
#: a month's name between them, or a sign ("年", "/", "."); a year of two digits is read only
#: before a clock time's. A line with fewer and no ordinal word is no date (most texts with a
#: digit write one number: a year alone, a list's number), and is not scanned for one.
_TWO_NUMBERS = re.compile(r"\d\D+\d")


@cache
def _ordinal_word() -> re.Pattern[str]:
    """Any of the ordinal words a written date's day may be (:func:`_ordinals`), anywhere."""
    return re.compile(_ordinals())


def may_write_a_date(folded: str) -> bool:
    """False when no date of :func:`patterns`' ``find`` or ``line`` can be read in the
    ``folded`` text: it writes no two numbers (:data:`_TWO_NUMBERS`), and no ordinal word with
    a number. True does not say that a date is there."""
    if _TWO_NUMBERS.search(folded) is not None:
        return True
    return _DIGIT.search(folded) is not None and _ordinal_word().search(folded) is not None


#: A digit.
_DIGIT = re.compile(r"\d")


@remembered()  # a text's lines are read for dates by several steps, each scanning them whole
def date_matches(folded: str) -> tuple[re.Match[str], ...]:
    """Every date :func:`patterns`' ``find`` reads in the ``folded`` text (folded in place), in
    order: the one scan of a text for its dates. A text that cannot write one
    (:func:`may_write_a_date`) holds none."""
    if not may_write_a_date(folded):
        return ()
    return tuple(patterns().find.finditer(folded))


@remembered()  # a line is asked whether it is a date as a whole by several readers
def whole_date(folded: str) -> re.Match[str] | None:
    """:func:`patterns`' ``line`` matched in the ``folded`` line (folded in place): the line is
    a date as a whole, with its place, weekday and clock time. The one match of a line against
    it; a line that cannot write a date (:func:`may_write_a_date`) is none."""
    if not may_write_a_date(folded):
        return None
    return patterns().line.match(folded)


def full_year(text: str) -> int:
    """The year a date writes in four digits or two (``26``: 2026, ``98``: 1998)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


#: The earliest year read: a year before it is of another calendar (the Persian solar year is
#: about 1400, the Islamic one about 1450), whose date would be made up if read as Gregorian.
_EARLIEST = 1800


#: The latest year read: a later one is of another calendar (the Buddhist era is about 2560).
_LATEST = 2200
#: How many years the Buddhist era of Thailand counts before the Gregorian one: a Thai month's
#: name with a year of that era ("12 กรกฎาคม 2566") is read as the Gregorian date.
_BUDDHIST_ERA = 543


def date_of(match: re.Match[str], month_first: bool = False) -> date | None:
    """The date a match of the date pattern names, or ``None`` when it is not a real date of
    the Gregorian calendar from :data:`_EARLIEST` to :data:`_LATEST`."""
    found = _gregorian(match, month_first)
    if found is not None and found.year > _LATEST and _thai_month(match):
        try:
            found = found.replace(year=found.year - _BUDDHIST_ERA)
        except ValueError:  # the 29th of February of a year that has none
            return None
    return found if found is not None and _EARLIEST <= found.year <= _LATEST else None


def _thai_month(match: re.Match[str]) -> bool:
    month = next((match.group(g) for g in _MONTH_GROUPS if match.groupdict().get(g)), "")
    return any(letter_script(c) == "THAI" for c in month)


#: The groups of the date pattern that hold a month's name.
_MONTH_GROUPS = ("m1", "m2", "m3", "m4", "m5")


@cache
def _solar_months() -> dict[str, int]:
    """The folded names of the Persian solar calendar's months -> their number."""
    names = _data()["solar_hijri_months"]
    return {name_key(str(form)): number for number, forms in enumerate(names, 1) for form in forms}


def _solar_alternation() -> str:
    return "|".join(sorted(map(re.escape, _solar_months()), key=len, reverse=True))


def _solar_era() -> str:
    """The solar era's words after a year of it, perhaps (``solar_hijri_year_words``: "۱۳۹۹
    خورشیدی", "۱۳۹۹ ه.ش."), as a regular expression."""
    return rf"(?:\s*(?:{_listed('solar_hijri_year_words')})(?!\w))?"


def from_solar_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of the Persian solar calendar, by the common arithmetic of its
    leap years in cycles of 33 (which the astronomical calendar follows over the last and the
    coming centuries). ``ValueError`` for a day that calendar does not have."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} of month {month} in the Persian solar calendar")
    # days since the epoch of this arithmetic, then the Gregorian year, month and day
    shifted = year + 1595
    days = -355668 + 365 * shifted + (shifted // 33) * 8 + ((shifted % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    return date.fromordinal(days + _SOLAR_ORDINAL)


@cache
def _sambat_months() -> dict[str, int]:
    """The folded names of the Bikram Sambat calendar's months -> their number."""
    names = _data()["bikram_sambat_months"]
    return {name_key(str(form)): number for number, forms in enumerate(names, 1) for form in forms}


def _sambat_alternation() -> str:
    """The months' names folded whole and folded in place, as the text is (Devanagari's virama
    stays in place: "आश्विन"), as a regular expression, longest first."""
    names = (str(form) for forms in _data()["bikram_sambat_months"] for form in forms)
    written = {f(name) for name in names for f in (name_key, folded_in_place)}
    return "|".join(sorted(map(re.escape, written), key=lambda w: (-len(w), w)))


@cache
def _sambat_languages() -> frozenset[str]:
    return frozenset(str(tag) for tag in _data()["bikram_sambat_languages"])


@cache
def _sambat_starts() -> dict[int, date]:
    """Each Bikram Sambat year of the table (``bikram_sambat_years``) -> the Gregorian day its
    first month begins on, and the year after the table's last -> the day the table ends."""
    first = _data()["bikram_sambat_first"]
    year, day = int(first["year"]), first["day"]
    starts = {}
    for lengths in _data()["bikram_sambat_years"]:
        starts[year] = day
        year, day = year + 1, day + timedelta(days=sum(lengths))
    starts[year] = day
    return starts


def from_bikram_sambat(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of Nepal's Bikram Sambat calendar, by the table of its months'
    lengths (``bikram_sambat_years``). ``ValueError`` for a day the calendar does not have, or
    of a year or month the table does not settle."""
    first = int(_data()["bikram_sambat_first"]["year"])
    years = _data()["bikram_sambat_years"]
    unsettled = _data()["bikram_sambat_unsettled"].get(year, [])
    if not (first <= year < first + len(years)) or month in unsettled:
        raise ValueError(f"no settled day of the Bikram Sambat year {year}, month {month}")
    lengths = years[year - first]
    if not (1 <= month <= len(lengths) and 1 <= day <= lengths[month - 1]):
        raise ValueError(f"no day {day} of month {month} in the Bikram Sambat year {year}")
    return _sambat_starts()[year] + timedelta(days=sum(lengths[: month - 1]) + day - 1)


@cache
def _ethiopian_months() -> dict[str, int]:
    """The folded names of the Ethiopian calendar's months -> their number (Pagume 13)."""
    names = _data()["ethiopian_months"]
    return {name_key(str(form)): number for number, forms in enumerate(names, 1) for form in forms}


def _ethiopian_alternation() -> str:
    return "|".join(sorted(map(re.escape, _ethiopian_months()), key=lambda w: (-len(w), w)))


def _ethiopian_era() -> str:
    """The era's mark after an Ethiopian year ("ዓ.ም.", ``ethiopian_year_words``), spaced or not,
    with its last full stop, as a regular expression."""
    return rf"(?:\s*(?:{_listed('ethiopian_year_words')})\.?)"


@cache
def _ethiopian_languages() -> frozenset[str]:
    return frozenset(str(tag) for tag in _data()["ethiopian_languages"])


#: The day before the first of the Ethiopian era (1 Meskerem of its year 1, 27 August 8 of the
#: Gregorian calendar run back, 29 August of the Julian), as :meth:`date.toordinal` counts.
_ETHIOPIAN_EPOCH = 2795
#: The days of each of the Ethiopian calendar's first twelve months.
_ETHIOPIAN_MONTH = 30


def from_ethiopian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a day of the Ethiopian calendar: twelve months of 30 days, then
    Pagume of five days, six in every fourth year (the one before a Gregorian leap year's
    February), counted from the era's first day. ``ValueError`` for a day that calendar does
    not have."""
    pagume = 6 if year % 4 == 3 else 5
    days = _ETHIOPIAN_MONTH if month <= 12 else pagume
    if not (1 <= month <= 13 and 1 <= day <= days):
        raise ValueError(f"no day {day} of month {month} in the Ethiopian year {year}")
    return date.fromordinal(
        _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + _ETHIOPIAN_MONTH * (month - 1) + day
    )


#: What :meth:`date.toordinal` adds to the count of :func:`from_solar_hijri` (which counts its
#: days from a year before 1 January of the year 1; 1 Farvardin 1400 = 21 March 2021).
_SOLAR_ORDINAL = -365


@cache
def _ordinal_days() -> dict[str, int]:
    """The folded ordinal words for a date's day (``ordinal_days``) -> the day."""
    return {
        " ".join(fold(str(form)).split()): int(number)
        for number, forms in _data()["ordinal_days"].items()
        for form in forms
    }


def _ordinals() -> str:
    return "|".join(sorted(map(re.escape, _ordinal_days()), key=len, reverse=True))


def _day(groups: dict[str, str | Any], n: str) -> int:
    """The day of a written date's ``n``-th form: its digits, or its ordinal word."""
    ordinal = groups.get("o" + n)
    return _ordinal_days()[ordinal] if ordinal else int(groups["d" + n])


def _gregorian(match: re.Match[str], month_first: bool) -> date | None:
    groups = match.groupdict()
    months = patterns().months
    try:
        for n in ("6", "7"):
            if groups.get("m" + n):
                solar = _solar_months()[name_key(groups["m" + n])]
                return from_solar_hijri(int(groups["y" + n]), solar, _day(groups, n))
        for n in ("9", "10"):
            if groups.get("m" + n):
                if not reading().languages & _sambat_languages():
                    return None  # Hindi's lunar months of the same names: no day is known
                sambat = _sambat_months()[name_key(groups["m" + n])]
                return from_bikram_sambat(int(groups["y" + n]), sambat, int(groups["d" + n]))
        for n in ("11", "12", "13"):
            if groups.get("m" + n) or groups.get("ed" + n):
                if not reading().languages & _ethiopian_languages():
                    return None  # Tigrinya's Gregorian months of the same names: no day known
                month = (
                    _ethiopian_months()[name_key(groups["m" + n])]
                    if groups.get("m" + n)
                    else int(groups["em" + n])
                )
                year = int(groups[("ey" if n == "13" else "y") + n])
                return from_ethiopian(year, month, int(groups[("ed" if n == "13" else "d") + n]))
        if groups.get("m5"):
            year = 2500 + int(groups["y5"]) - _BUDDHIST_ERA
            return date(year, months[name_key(groups["m5"])], int(groups["d5"]))
        for n in ("1", "2", "3", "4"):
            if groups.get("m" + n):
                month = _month(name_key(groups["m" + n]))
                return date(full_year(groups["y" + n]), month, _day(groups, n))
        if groups.get("sd"):
            return _in_digits(int(groups["sy"]), int(groups["sm"]), int(groups["sd"]))
        if groups.get("y8"):
            return date(int(groups["y8"]), int(groups["n8"]), int(groups["d8"]))
        for n in ("", "2", "3", "4"):
            if groups.get("iy" + n):
                return _in_digits(
                    int(groups["iy" + n]), int(groups["im" + n]), int(groups["id" + n])
                )
        if groups.get("era"):
            year = 1 if groups["ey"] == "元" else int(groups["ey"])
            return from_japanese_era(groups["era"], year, int(groups["em"]), int(groups["ed"]))
        for n in ("", "2"):
            if groups.get("rm" + n):
                month = _ROMAN_MONTHS.index(groups["rm" + n]) + 1
                return date(int(groups["ry" + n]), month, int(groups["rd" + n]))
        if groups.get("nd"):
            first, second, year = int(groups["nd"]), int(groups["nm"]), full_year(groups["ny"])
            if groups["sep"] != "/":
                return _in_digits(year, second, first)
            orders = ((first, second), (second, first))
            first = month_first or reading().month_first
            for month, day in orders if first else orders[::-1]:
                try:
                    return _in_digits(year, month, day)
                except ValueError:
                    continue
    except (ValueError, KeyError):
        return None
    return None


@cache
def _han_date() -> re.Pattern[str]:
    """A date written in Chinese numerals (``han_numerals``, ``han_ten``): a year digit by digit
    or, of an era, as a number or "元" (its first), then the month and the day as numbers, each
    before its sign ("年", "月", "日")."""
    digits = "".join(map(str, _data()["han_numerals"]))
    number = f"[{digits}{_data()['han_ten']}]{{1,3}}"
    return re.compile(
        rf"(?P<year>[{digits}]{{4}}|{number}|元)(?P<y>\s*年\s*)(?P<month>{number})(?P<m>\s*月\s*)"
        rf"(?P<day>{number})(?=\s*日)"
    )


def _han_number(written: str) -> str:
    """A number in Chinese numerals in ASCII digits: digit by digit ("二〇二一": 2021), or with
    "十", ten ("十四": 14, "二十": 20, "三十一": 31)."""
    values, ten = _data()["han_numerals"], str(_data()["han_ten"])
    if written == "元":  # an era's first year, which the era's date reads
        return written
    if ten not in written:
        return "".join(str(values[c]) for c in written)
    tens, _, units = written.partition(ten)
    if ten in units or len(tens) > 1 or len(units) > 1:
        return written  # no number a date writes
    return str((values[tens] if tens else 1) * 10 + (values[units] if units else 0))


def han_dates(text: str) -> str:
    """``text`` with each date written in Chinese numerals (:func:`_han_date`:
    "二〇二一年三月十四日", "令和三年三月十四日") written in ASCII digits ("2021年3月14日")."""
    if "年" not in text:
        return text
    return _han_date().sub(
        lambda m: (
            _han_number(m["year"]) + m["y"] + _han_number(m["month"]) + m["m"]
            + _han_number(m["day"])
        ),
        text,
    )  # fmt: skip


def _in_digits(year: int, month: int, day: int) -> date:
    """The day a date written in digits names: of the Persian solar calendar when its year is
    before any read as Gregorian (:data:`_EARLIEST`: "9/1/1386") in a text of a language that
    writes its dates in that calendar (``solar_hijri_languages``), of Nepal's Bikram Sambat when
    its year is one of that calendar's now (``bikram_sambat_digits_from``: "२०७७/१२/०१") in a
    text of a language that writes it, of Thailand's Buddhist era when its year is later than
    any read as Gregorian (:data:`_LATEST`: "14/03/2564") in a text of a language that writes
    it (``buddhist_era_languages``), else of the Gregorian one. ``ValueError`` for a day the
    calendar does not have."""
    if year < _EARLIEST and reading().languages & _solar_languages():
        return from_solar_hijri(year, month, day)
    if year >= _data()["bikram_sambat_digits_from"] and reading().languages & _sambat_languages():
        return from_bikram_sambat(year, month, day)
    if year > _LATEST and reading().languages & _buddhist_languages():
        return date(year - _BUDDHIST_ERA, month, day)
    return date(year, month, day)


@cache
def _buddhist_languages() -> frozenset[str]:
    return frozenset(str(tag) for tag in _data()["buddhist_era_languages"])


@cache
def _solar_languages() -> frozenset[str]:
    return frozenset(str(tag) for tag in _data()["solar_hijri_languages"])


@cache
def day_words() -> frozenset[str]:
    """The words for "on the day" (``day_words``), folded whole and in place: a combining mark
    that folding drops stays in place ("วันที่")."""
    return frozenset(f(w) for w in _data()["day_words"] for f in (fold, folded_in_place))
