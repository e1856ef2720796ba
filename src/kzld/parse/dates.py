"""Whole-line dates: datelines (``Istanbul, 1 November 2015``), stamps (``11/16/15, 2:44 PM``).

Only a line that is, as a whole, a date (optionally after a place and a weekday) counts; dates
inside sentences are never read. A *stamp* is a website's publication date: a date with a clock
time (``2022-01-08 10:15``) or a line opening with a publication cue from ``vocabulary.yaml``
(``Publié le 12/02/2022 à 14h30``, ``Posted on January 9, 2022 by editor``).

The names and written forms of dates in every language are :mod:`~kzld.parse.calendars`';
this module says what a date is for: a dateline, a page's stamp, the statement's date, an
update stamp. Numeric dates are day-first (``08.01.2022``, ``12/02/2022``) except a slashed
date with an AM/PM clock, which is the US month-first form; a reading that is not a real date
is never made.
:func:`find_date` reads the first date inside a short phrase such as a list heading's
``(as of 21 January 2022)``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from ..derived import compiled
from ..model.addresses import CONTACT_ADDRESS
from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Dateline, Section, Span
from .calendars import (
    LOCALES,
    PLACE_JOINS,
    date_matches,
    date_of,
    day_words,
    from_solar_hijri,
    full_year,
    han_dates,
    made_days,
    may_write_a_date,
    more_locales,
    name_key,
    names_of,
    patterns,
    short_weekday_days,
    short_weekdays,
    whole_date,
)
from .cues import folded_words, statement_words_end, vocabulary, word_file
from .language import detect
from .places import is_city
from .reading import reading
from .remembered import remembered
from .separators import COMMAS, one_of
from .spans import joined_before_statement
from .stops import SPACED_STOPS, UNSPACED_STOPS
from .text import Line, WordSet, counted_words, folded_in_place, sentences

__all__ = [
    "LOCALES",
    "ascii_digits",
    "date_alone",
    "date_cell",
    "find_date",
    "from_solar_hijri",
    "is_date_line",
    "is_month_line",
    "is_source_line",
    "issue_number",
    "more_locales",
    "names_a_range",
    "names_statement",
    "read_dateline",
    "run_on_dateline",
    "statement_dates",
    "text_dates",
    "update_stamp",
    "with_update_stamps",
    "writes_month_first",
]

#: A date of a full year and a bare number after it: the page's date and its views.
_VIEWS = re.compile(r"^(.*\d{4}(?:[-./]\d{1,2}[-./]\d{1,2})?)\s+\d{1,7}$")
#: Tags a site writes after a date (``7/1/26 : #venezuela``).
_TAGS = re.compile(r"(?:\s*:)?(?:\s+#[^\W\d_][\w-]*)+\s*$")


def is_month_line(line: str) -> bool:
    """True when ``line`` is a month and year, after a place perhaps (``Beirut, Noviembre del
    2012``): a dateline without a day, which gives no date."""
    line = " ".join(line.split())
    return len(line) <= 80 and bool(patterns().month_line.match(folded_in_place(line)))


@cache
def _digits() -> dict[int, int]:
    """The decimal digits of other scripts (Bengali ২০২২, Arabic ٢٠٢٢, fullwidth ２０２２) ->
    the ASCII digits, one character for one."""
    return {
        code: ord("0") + unicodedata.digit(chr(code))
        for code in range(0x0660, 0x10000)
        if unicodedata.category(chr(code)) == "Nd"
    }


#: A decimal digit of another script than ASCII's (``\\d`` is every decimal digit, Unicode's Nd).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """``text`` with the digits of every script written as ASCII digits (offsets unchanged)."""
    # translating a text none of whose characters is in the table costs a miss a character
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_digits())


def _in_ascii_digits(text: str) -> str:
    """``text`` with the digits of every script, and the dates written in Chinese numerals
    (``二〇二一年三月十四日``), written in ASCII digits."""
    return ascii_digits(han_dates(text))


#: The marks of writing direction that right-to-left dates carry between their numbers
#: (CLDR's Arabic "14\u200f/3\u200f/2021"): no part of the date.
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

#: The longest line :func:`read_dateline` reads.
_DATELINE_WIDTH = 120
#: How many lines :func:`read_dateline` remembers (a text's lines are asked about several times).
_DATELINES_KEPT = 1 << 12
#: The longest line whose answer :func:`read_dateline` remembers (a longer one is rarely a
#: dateline, and is not kept in memory for it).
_REMEMBERED_WIDTH = 4 * _DATELINE_WIDTH


@remembered(_REMEMBERED_WIDTH, _DATELINES_KEPT)
def date_alone(line: str) -> date | None:
    """The date when ``line`` as a whole is a dateline without a place (a date alone), else
    ``None``."""
    found = read_dateline(line)
    return found[1] if found is not None and found[0] == "dateline" and found[2] is None else None


@remembered(_REMEMBERED_WIDTH, _DATELINES_KEPT)
def read_dateline(line: str) -> tuple[str, date, str | None] | None:
    """``(kind, date, place)`` when ``line`` as a whole is a dateline or a stamp, else ``None``.
    Digits of any script are read (``ডিসেম্বর ২৮, ২০২২``); a month's name that means different
    months in two languages is read in the languages of the text being read
    (:func:`~kzld.parse.reading.reading_in`). Remembered with how that text writes its dates:
    the readers of a text ask about the same lines again and again (about four times each).
    A line without a digit is none: every date the readers below read is written with digits."""
    line = han_dates(line)
    if not _DIGIT.search(line):
        return None
    line = _TAGS.sub("", " ".join(_BIDI.sub("", ascii_digits(line)).split()))
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # "(20 Aprile 2011)"
    if not line or len(line) > _DATELINE_WIDTH:
        return None
    folded = folded_in_place(line)
    if not may_write_a_date(folded):
        # each reading below reads a date of the patterns' forms in the line or in a part of
        # it, or two numbers apart (a badge, an issue): a line that writes neither is none
        # ("1. Xandia Party", a list's numbered entry)
        return None
    counted = _VIEWS.match(line)
    if counted:
        # "2021-02-25 100": the page's date and how often it was viewed
        viewed = read_dateline(counted.group(1))
        return ("stamp", viewed[1], None) if viewed and viewed[2] is None else None
    if (by_line := _by_line(line)) is not None:
        return by_line
    if (both := _corresponding(line)) is not None:
        return both
    parts = re.split(r"\s*[|•·]\s*|\s+/\s+", line)
    if len(parts) > 1 and not _slashed_date(line):
        return _beside_the_date(parts) or _clocked(line)
    around = _time_or_weekday_after(line)
    if around is not None:
        return around
    forms = patterns()
    byline = _byline().match(folded)
    if byline:
        # "Posted by admin on 12 May 2020", "Publié par la rédaction le 12 mai 2020"
        dated = read_dateline(line[byline.end() :])
        return ("stamp", dated[1], None) if dated and dated[2] is None else None
    cue = forms.stamp.match(folded)
    if cue:
        return _cued_stamp(folded, cue.end())
    match = whole_date(folded)
    if not match:
        readers = (
            _short_weekday_first,
            _short_weekday_last,
            _weekday_day_comma,
            _year_first_range,
            _placed,
            _dated,
            _labelled,
            _fielded,
            _sectioned,
            _clocked,
        )
        read = (reader(line) for reader in (*readers, _issue, _badge, _sourced))
        return next((found for found in read if found), None)
    found = date_of(match, month_first=bool(match.group("ampm")))
    if found is None:
        return None
    if match.group("time"):
        return "stamp", found, None
    place = match.group("place")
    key = name_key(place.strip()) if place else ""
    if key in forms.weekdays or key in short_weekdays():
        place = None  # "Sonntag, 14. März 2021", "So., 14. März 2021": a weekday, no place
    where = line[match.start("place") : match.end("place")].strip() if place else None
    return "dateline", found, where


@cache
def _corresponding_word() -> re.Pattern[str]:
    """A word saying that the date after it is the same day as the date before it
    (``corresponding_words``), spaced, as a regular expression."""
    words = sorted(map(re.escape, _data()["corresponding_words"]), key=len, reverse=True)
    return re.compile(rf"\s(?:{'|'.join(words)})\s")


def _corresponding(line: str) -> tuple[str, date, str | None] | None:
    """The dateline of a line that gives a day in two calendars, a word for "corresponding to"
    between them ("Zedabad, 1 Sha'ban 1442 AH corresponding to 14 March 2021", in Arabic
    ``الموافق``): read as the line with the second date in place of the first, which is written
    from the line's first digit, when the second is a date alone."""
    joined = _corresponding_word().search(line)
    if joined is None:
        return None
    second = read_dateline(line[joined.end() :])
    if second is None or second[0] != "dateline" or second[2] is not None:
        return None
    first = _DIGIT.search(line, 0, joined.start())
    if first is None:
        return None
    return read_dateline(line[: first.start()] + line[joined.end() :])


def _cued_stamp(folded: str, end: int) -> tuple[str, date, str | None] | None:
    """The page's stamp after a publication cue that ends at ``end`` of the ``folded`` line:
    the date follows the cue closely ("Posted on ...", "Publié le ...", "Опубликовано: ..."),
    or after who published it ("Publicado por: efeverde 25 de abril, 2019")."""
    match = next(patterns().find.finditer(folded, end), None)
    if match is None:
        return None
    if match.start() - end > 12 and not _by_name().match(folded[end : match.start()]):
        return None  # "Publicado por: efeverde 25 de abril, 2019 Madrid" is signed, and read
    found = date_of(match, month_first=bool(re.search(r"\d\s*[ap]\.?m\b", folded)))
    return ("stamp", found, None) if found else None


def _year_first_range(line: str) -> tuple[str, date, str | None] | None:
    """A dateline whose date is a range of days written year first ("Budapest, 2018. május
    10-11.", "Vilnius, 2018 m. gegužės 10–11 d."): read as its first day with its place, which
    :func:`names_a_range` then says is no single day (the place is kept, the date is not)."""
    folded = folded_in_place(line)
    for match in date_matches(folded):
        tail = _range_after().match(folded, match.end()) if match.group("d3") else None
        if tail is not None:
            found = read_dateline(line[: tail.start()] + line[tail.end() :])
            return found if found and found[0] == "dateline" and found[2] else None
    return None


def _slashed_date(line: str) -> bool:
    """True when the only separators of ``line`` are slashes that are the date's own, spaced
    ("Kabul, 29 / Qaws / 1398"): a date, not a line of parts."""
    return not re.search(r"[|•·]", line) and whole_date(folded_in_place(line)) is not None


#: A clock time before a date (``17:32 20.02.2017``); a weekday or a place after it, behind a
#: comma (``2020 m. rugsėjo 5 d., šeštadienis``, ``2020-09-05, Vilnius``).
_TIME_FIRST = re.compile(
    # a word of the time of day after it ("১০:৪৬ অপরাহ্ণ, ডিসেম্বর ২৮, ২০২২")
    r"^(\d{1,2}[:.]\d{2}(?::\d{2})?)(?:\s+[^\d\s,]+(?=,))?\s*[,-]?\s+(?=\S)"
)
_AFTER_THE_DATE = re.compile(r"^(?P<date>.*\d.*?)\s*,\s*(?P<after>[^\W\d_][^\d,]{1,30}?)\.?$")


def _time_or_weekday_after(line: str) -> tuple[str, date, str | None] | None:
    """The date of a line that gives a clock time before it (the page's stamp), or its weekday
    or its place after it, the way some languages and sites write them. A place is one to
    three capitalised words."""
    clock = _TIME_FIRST.match(line)
    if clock:
        dated = read_dateline(line[clock.end() :])
        return ("stamp", dated[1], None) if dated and dated[2] is None else None
    letter = _LETTER_AFTER_THE_DATE.match(line)
    if letter is not None and letter.group("letter").isupper():
        dated = read_dateline(letter.group("date"))
        if dated is not None and _names_the_day(letter.group("letter"), dated[1]):
            return dated  # "2019. november 5., K"
    last = _AFTER_THE_DATE.match(line)
    if last is None:
        return None
    after = last.group("after")
    if name_key(after) in patterns().weekdays:
        return read_dateline(last.group("date"))
    dated = read_dateline(last.group("date"))
    if dated is not None and _names_the_day(after, dated[1]):
        return dated  # "2019 m. lapkričio 5 d., an", "2019 ж. 5 қараша, сс"
    if dated is not None and dated[2] is None and _signed_after(after):
        return "stamp", dated[1], None  # "lundi 1er juillet 2024, par Jeanne Roux"
    place = len(after.split()) <= 3 and all(w[0].isupper() for w in after.split())
    whole = whole_date(folded_in_place(last.group("date")))
    if whole and (whole.group("r1") or whole.group("r2")):
        return None  # "November 25-26, 2006, Prague": a meeting's days, not a statement's date
    if dated and dated[0] == "dateline" and dated[2] is None and place:
        return "dateline", dated[1], after
    return None


#: A line opening with a word of two to four letters, no stop or comma after it, before a
#: digit, a place and its comma perhaps before it ("zo 14 maart 2021", "Zedtown, ne 14. března
#: 2021").
_WORD_BEFORE_THE_DATE = re.compile(
    r"^(?P<place>[^\d,،;:.!?()]{2,40}?\s*[,،]\s*)?(?P<word>[^\W\d_]{1,4})(?P<mark>\.?[,،]?)"
    r"\s+(?=\d)"
)
#: A date, its comma and one capital letter after it (Hungarian "2019. november 5., K").
_LETTER_AFTER_THE_DATE = re.compile(r"^(?P<date>.*\d.*?)\s*,\s*(?P<letter>[^\W\d_])\.?$")


def _short_weekday_first(line: str) -> tuple[str, date, str | None] | None:
    """The date of a line whose date a weekday's short name opens with no stop or comma (CLDR's
    own Dutch, Czech, Slovak, Finnish forms: "zo 14 maart 2021", "ne 14. března 2021", "ti
    5.11.2019"), a place perhaps before it: the line without the name, when the name is one of
    :func:`short_weekday_days` and names the day the date falls on (:func:`_names_the_day`)."""
    opening = _WORD_BEFORE_THE_DATE.match(line)
    if opening is None or (len(opening.group("word")) == 1 and not _a_capital(opening)):
        return None
    dated = read_dateline((opening.group("place") or "") + line[opening.end() :])
    return dated if dated is not None and _names_the_day(opening.group("word"), dated[1]) else None


#: A date, then a word of two to four letters closing the line, a space or a comma of any
#: script perhaps between ("2019年11月5日周二", "2019-11-05 周二", "5 november 2019 di").
_WORD_AFTER_THE_DATE = re.compile(
    rf"^(?P<date>.*[\d日일.])\s*{one_of(COMMAS)}?\s*(?P<word>[^\W\d_]{{2,4}})$"
)


def _short_weekday_last(line: str) -> tuple[str, date, str | None] | None:
    """The date of a line that a weekday's short name closes, no comma or one of another script
    before it (Chinese "2019年11月5日周二"): the line without the name, when the name is one of
    :func:`short_weekday_days` and names the day the date falls on (:func:`_names_the_day`)."""
    closing = _WORD_AFTER_THE_DATE.match(line)
    if closing is None:
        return None
    dated = read_dateline(closing.group("date"))
    return dated if dated is not None and _names_the_day(closing.group("word"), dated[1]) else None


#: A weekday's name and a day, a comma after the day before a word (Swahili's CLDR form
#: "Jumanne 5, Novemba 2019"), a place and its comma perhaps before them.
_WEEKDAY_DAY_COMMA = re.compile(
    r"^(?P<head>(?:[^\d,،;:.!?()]{2,40}?\s*[,،]\s*)?(?P<word>[^\W\d_]{2,20})\.?,?\s+\d{1,2})"
    r"\s*,(?=\s*[^\W\d_])"
)


def _weekday_day_comma(line: str) -> tuple[str, date, str | None] | None:
    """The date of a line that writes a weekday's name, the day and a comma before the month
    ("Jumanne 5, Novemba 2019"): the line without that comma, when the weekday (of the weekday
    table) is the day the date falls on. Without a weekday, "No. 12, March 2021" is an issue's
    number and a month."""
    written = _WEEKDAY_DAY_COMMA.match(line)
    weekday = patterns().weekdays.get(name_key(written.group("word"))) if written else None
    if written is None or weekday is None:
        return None
    dated = read_dateline(written.group("head") + line[written.end() :])
    return dated if dated is not None and dated[1].weekday() == weekday else None


def _a_capital(opening: re.Match[str]) -> bool:
    """True when the one letter opening a date is a capital with its stop or comma ("P, 14.
    märts 2021", "B., 14 mar 2021"): a one-letter word before a date is read only so."""
    return opening.group("word").isupper() and bool(opening.group("mark"))


def _names_the_day(word: str, day: date) -> bool:
    """True when ``word`` is a weekday's short name (:func:`short_weekday_days`, two letters or
    a word of another language) that names the weekday of ``day`` in a language CLDR gives it
    in: written with no stop or comma, such a word is read only so ("do" is Thursday in Dutch
    and "until" in Polish)."""
    return day.weekday() in short_weekday_days().get(name_key(word), frozenset())


def _signed_after(words: str) -> bool:
    """True when what follows a date after its comma is who wrote the item: a word for "by"
    (``by_words``) and a name of one to four words, each opening with a capital, that is no
    city or country known by name ("1 July 2024, by Jane Roe", "lundi 1er juillet 2024, par
    Jeanne ROUX", "1. Juli 2024, von Hans Zed"): a post's by-line, the page's stamp."""
    by, *name = words.split()
    return (
        fold(by) in _folded_list("by_words")
        and 1 <= len(name) <= 4
        and all(w[:1].isupper() for w in name)
        and not is_city(" ".join(name))
        and not country_code(" ".join(name))
    )


@cache
def _by() -> str:
    """The words for "by" before who published a page (``by_words``), folded, as a group."""
    return "(?:" + "|".join(sorted(map(re.escape, _folded_list("by_words")), key=len)) + ")"


def _folded_list(kind: str) -> list[str]:
    return [fold(str(word)) for word in _data()[kind]]


@cache
def _byline() -> re.Pattern[str]:
    """A byline before the page's date, folded: up to two words, "by" and a name, "on" ("Posted
    by admin on", "Publié par la rédaction le", "Veröffentlicht von Redaktion am")."""
    return re.compile(
        rf"^(?:[^\W\d_]+\s+){{0,2}}?{_by()}\s+"
        r"[^\d|,;:.!?]{1,40}?\s+(?:on|le|am|il|el|em|op|den|pa|στισ|в)\s+(?=\S)"
    )


@cache
def _by_name() -> re.Pattern[str]:
    """The name that signs a publication cue before its date, folded: "by" and up to four words
    ("Publicado por: efeverde 25 de abril, 2019", "Published by: Newsdesk 12 May 2020")."""
    return re.compile(
        rf"^\s*{_by()}\s*:?\s+"
        r"[^\W\d_][^\d|,;:.!?\s]*(?:\s+[^\d|,;:.!?\s]+){0,3}\s+$"
    )


@cache
def _by_line_pattern() -> re.Pattern[str]:
    """A by-line opening a line, folded: a word for "by" (``byline_words``, not one that as
    often says "on") or "author" (``author_words``), a colon perhaps, a name of up to four
    words, then the date after a comma, a bar, a dash or a space (group ``name``; the date
    begins where the match ends)."""
    opening = folded_words("byline_words") - folded_words("byline_outlet_words")
    words = sorted(map(re.escape, opening | folded_words("author_words")), key=len)
    return re.compile(
        rf"^(?:{'|'.join(reversed(words))})\s*:?\s+"
        r"(?P<name>[^\W\d_][^\d|,;:.!?\s]*(?:\s+[^\d|,;:.!?\s]+){0,3}?)"
        r"(?:\s*[,|–—]\s*|\s+-\s+|\s+(?=\d))"
    )


def _by_line(line: str) -> tuple[str, date, str | None] | None:
    """The page's stamp in a by-line: who wrote the item, then its date ("Par Jeanne Roux, 14
    mars 2021", "Автор: Иван Зедов, 14 марта 2021 г.", "Tác giả: Nguyễn Văn Zed | 14 tháng 3,
    2021"): the day the page was published, not the statement's. The name opens and ends
    capitalised, and is no city or country known by name: a word for "by" of one language may
    be another's "in" (Italian "di", Indonesian "di": "Di Zedtown, 14 Maret 2021" is a
    dateline)."""
    by = _by_line_pattern().match(folded_in_place(line))
    name = line[by.start("name") : by.end("name")] if by else ""
    if by is None or name[:1].islower() or name.split()[-1][:1].islower():
        return None  # "Di nuovo in piazza, 14 marzo 2021": no name ("Jana de Zed" is one)
    if is_city(name) or country_code(name):
        return None  # "Di Jakarta, 14 Maret 2021": a place, the statement's dateline
    found = read_dateline(line[by.end() :])
    return ("stamp", found[1], None) if found and found[2] is None else None


def _beside_the_date(parts: list[str]) -> tuple[str, date, str | None] | None:
    """The page's stamp when one of ``parts`` (a line cut at its separators) is a date, or
    several give the same one, and the others a site's byline, section or count of comments or
    views: "Redacción | 21/10/2022", "11 februari, 2020 / Pressmeddelanden", "12 May 2020 | 3
    Comments", "... • 1699 | прочитания". A part that is the site's update clock
    ("Publicado: 14/03/2021 10:15 | Actualizado: 15/03/2021 11:00") is set aside."""
    parts = [part for part in parts if not _updated(part)]
    dated = [read_dateline(part) or _signed_stamp(part) or _short_year(part) for part in parts]
    days = [d[1] for d in dated if d is not None]
    others = [p for p, d in zip(parts, dated, strict=True) if d is None]
    counts = _words("counted_parts")
    if (
        days
        and len(set(days)) == 1
        and all(
            (len(p.split()) <= 4 and not re.search(r"\d", p))
            or (len(p.split()) == 2 and counts.matches(fold(p.split()[1])))
            or (p.isdigit() and len(p) <= 7)  # "1699 | прочитания": the count apart from its noun
            for p in others
        )
    ):
        return "stamp", days[0], None
    return None


#: A month's name, a day, a comma and a year's last two digits, as a blog writes its post
#: line ("on Feb 9, 31 • by"): group ``date`` without its year, ``year`` its two digits.
_SHORT_YEAR = re.compile(r"^(?P<date>.*[^\W\d_]\.?\s+\d{1,2}),\s*(?P<year>\d{2})$")


def _short_year(part: str) -> tuple[str, date, str | None] | None:
    """The date of a part of a post line that writes its year in two digits after the month's
    name and the day ("на фев 9, 31", "on Feb 9, 31"), read only beside the post's other
    parts (:func:`_beside_the_date`: its author, its comments): alone, "May 9, 31" may be a
    day and a count."""
    short = _SHORT_YEAR.match(part.strip())
    if short is None:
        return None
    found = read_dateline(f"{short.group('date')}, {full_year(short.group('year'))}")
    return found if found is not None and found[2] is None else None


#: The most words of an update clock's label ("Dernière mise à jour le").
_UPDATE_LABEL = 4


def _updated(part: str) -> bool:
    """True when a part of a line is a site's update clock: a label of up to four words saying
    it was updated or last changed (``update_cues``, ``not_stamp_labels``), then a date
    ("Actualizado: 15/03/2021 11:00", "Dernière mise à jour: ..."): when the page was last
    changed, not when it was published."""
    folded = folded_in_place(part)
    match = next(iter(date_matches(folded)), None)
    label = folded[: match.start()] if match else ""
    return 0 < len(label.split()) <= _UPDATE_LABEL and _not_published(label)


def _not_published(label: str) -> bool:
    """True when a date's label says the page was changed, printed or viewed then
    (``update_cues``, ``not_stamp_labels``), not published."""
    return bool(_words("update_cues").count(label) or _words("not_stamp_labels").count(label))


#: A short byline before a date with its clock time ("Statsrådets kommunikationsavdelning
#: 6.9.2017 18.07"): up to three words without digits.
_SIGNED = re.compile(r"^(?P<by>[^\W\d_][^\d|:]{0,50}?)\s+(?P<rest>\d.*)$")


def _signed_stamp(part: str) -> tuple[str, date, str | None] | None:
    """The page's stamp a short byline or source signs, in a part of a line cut at its
    separators: "Statsrådets kommunikationsavdelning 6.9.2017 18.07 | Publicerad på svenska
    6.9.2017"; an aggregator's source line, the paper's name and the day it published the item
    beside its agency's, "Zedski list 25.11.2021 | Zedpres" (a date alone after the name, no
    comma between: no place's dateline)."""
    signed = _SIGNED.match(part)
    if signed is None or len(signed.group("by").split()) > 3:
        return None
    stamp = read_dateline(signed.group("rest"))
    if stamp is None or (stamp[0] != "stamp" and stamp[2] is not None):
        return None
    return "stamp", stamp[1], None


#: A source's or author's abbreviation in capitals and a date after it, no comma between
#: ("RTS 30.08.2023", "ТАСС 30.08.2023"): group ``by``, the date from ``rest``.
_ABBREVIATED = re.compile(r"^(?P<by>[^\W\d_]{2,6})\s+(?P<rest>\d.*)$")


def _sourced(line: str) -> tuple[str, date, str | None] | None:
    """The page's stamp of a source line or a blog's by-line that names its outlet or author by
    an abbreviation in capitals before a date alone ("RTS 30.08.2023"): an agency, a broadcaster
    or a blog, not a place, whose dateline writes its name with a comma, or is a city known by
    name ("ROMA 30.08.2023" is a dateline)."""
    sourced = _ABBREVIATED.match(line)
    if sourced is None or not sourced["by"].isupper() or is_city(sourced["by"]):
        return None
    found = read_dateline(sourced["rest"])
    return ("stamp", found[1], None) if found and found[2] is None else None


def is_source_line(line: str) -> bool:
    """True when ``line`` is an outlet's or author's abbreviation in capitals before the page's
    date ("RTS 30.08.2023", :func:`_sourced`)."""
    return _sourced(" ".join(line.split())) is not None


#: How far into a line a run-together dateline may end (:func:`run_on_dateline`).
_RUN_ON_WIDTH = 80


def run_on_dateline(line: str) -> tuple[str, date, str] | None:
    """A place and date that the copy ran together with the next line's words, with its text
    ("V Zedgradu, 26. 1. 2018Xandijski sindikat, Ana Novak, predsednica": the dateline above
    the signers' lines): the line's opening up to a date written onto a capital letter."""
    glued = _GLUED.search(line, 0, _RUN_ON_WIDTH)  # where a date meets the next line's word
    if glued is None or not glued[2].isupper():
        return None
    head = line[: glued.start(2)]
    found = read_dateline(head)
    if found is None or found[0] != "dateline" or found[2] is None:
        return None
    return head, found[1], found[2]


#: A line's first cell: its opening up to two spaces or a tab, before the next cell's words.
_FIRST_CELL = re.compile(r"^(?P<cell>\S.{0,40}?\S)(?: {2,}|\t)\s*(?=\S)")


def date_cell(line: str) -> tuple[str, date] | None:
    """A date alone that opens a line as a cell of its own, set apart from the line's words by
    two spaces or more, or a tab, as a page's table is copied onto one line ("21.02.31  Campaign
    against the new rules:"): the date and its text, the rest of the line no part of it."""
    cell = _FIRST_CELL.match(line)
    if cell is None:
        return None
    day = date_alone(cell.group("cell"))
    return (cell.group("cell"), day) if day is not None else None


@cache
def _place_then_date() -> re.Pattern[str]:
    """A place after a preposition meaning "in" or an abbreviation of "city", and a date after it
    with no comma between (``V Bratislave 16.3.2023``, ``г.Барнаул 4.12.2003 г.``): the place
    (its name in group ``name``), and where the date begins."""
    words = "|".join(sorted(map(re.escape, _data()["place_prepositions"]), key=len, reverse=True))
    towns = "|".join(sorted(map(re.escape, _data()["place_abbreviations"]), key=len, reverse=True))
    return re.compile(
        rf"^((?:(?:{words})\s+|(?:{towns})\s*)(?P<name>[^\W\d_][^\W\d_-]+(?:-[^\W\d_]+)?))"
        r"\s+(?=\d)",
        re.I,
    )


@cache
def _place_in_case() -> re.Pattern[str]:
    """A place written in a case that says "in" (Finnish "Helsingissä"), then a date with no
    comma between (``place_endings``): the place in group ``name``."""
    endings = "|".join(sorted(map(re.escape, _data()["place_endings"]), key=len, reverse=True))
    return re.compile(rf"^(?P<name>[^\W\d_]{{2,30}}(?:{endings}))\s+(?=\d)")


def _placed(line: str) -> tuple[str, date, str | None] | None:
    """The dateline of a place after a preposition, or in a case that says "in", and a date,
    with no comma between them ("V Bratislave 16.3.2023", "Helsingissä 5.6.2015")."""
    placed = _place_then_date().match(line) or _place_in_case().match(line)
    if placed is None or not placed.group("name")[:1].isupper():
        return None
    found = read_dateline(line[placed.end() :])
    return ("dateline", found[1], placed.group(1)) if found and found[2] is None else None


@cache
def _dated_cue() -> re.Pattern[str]:
    cues = "|".join(sorted((re.escape(fold(c)) for c in _data()["dated_words"]), key=len))
    return re.compile(rf"^(?:{cues})\s+(?=\d)")


def _is_dated(line: str) -> bool:
    """True when ``line`` is a date after words that date a document ("z dnia 27 maja 2005
    r.", "vom 27. Mai 2005"): the date of the statement whose heading it stands under."""
    cue = _dated_cue().match(fold(line.strip()))
    if cue is None:
        return False
    return date_alone(line.strip()[cue.end() :]) is not None


@cache
def _on_the_day_pattern() -> re.Pattern[str]:
    articles = "|".join(sorted(map(re.escape, {*_ARTICLES, *day_words()}), key=len, reverse=True))
    return re.compile(rf"^(?:{articles})\s+(?=\d)")


#: Words for "on the" before a date alone ("Le 5 juin 2015", "Den 5. Juni 2015", "Il 5 giugno
#: 2015"), folded.
_ARTICLES = ("le", "el", "il", "den", "dne", "am", "on", "the", "em", "op", "в", "на", "في")


def _on_the_day(line: str) -> bool:
    """True when a date alone is written after a word for "on the" or "on the day" ("Le 5 juin
    2015", "tarehe 10 Mei 2007"), as a letter dates itself and a site's stamp does not."""
    return bool(_on_the_day_pattern().match(folded_in_place(line.strip())))


def _dated(line: str) -> tuple[str, date, str | None] | None:
    """The date of a line that dates a document (:func:`_is_dated`)."""
    cue = _dated_cue().match(fold(line))
    found = read_dateline(line[cue.end() :]) if cue and _is_dated(line) else None
    return ("dateline", found[1], None) if found else None


def _labelled(line: str) -> tuple[str, date, str | None] | None:
    """A date after a short label (``Archivi giornalieri: 3 novembre 2022``, ``Datum: ...``):
    the page's date, unless the label says it was modified, printed or is a deadline, or that
    a list is current then (``Stand: ...``: an update stamp, not the page's date)."""
    label, colon, rest = line.partition(":")
    if not colon or not rest.strip() or re.search(r"[\d()\[\]]", label):
        return None
    if not 1 <= len(label.split()) <= 3 or _not_published(label) or _as_of_cue(label):
        return None
    found = read_dateline(rest.strip())
    return (found[0], found[1], None) if found and found[2] is None else None


#: Where a line of labelled fields starts a field: after a comma, one to three words and a
#: colon ("Autor: Jane Roe, Téma: Práce, Vydáno dne: 16. 05. 2011").
_FIELD = re.compile(r",\s+(?=[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*:\s)")


def _fielded(line: str) -> tuple[str, date, str | None] | None:
    """The date of a line of a site's labelled fields (an author, a topic, a date), read as
    :func:`_labelled` reads its one dated field; fields that give two dates give none."""
    fields = _FIELD.split(line)
    if len(fields) < 2 or not all(":" in field for field in fields):
        return None
    dated = [found for found in map(_labelled, fields) if found is not None]
    return dated[0] if len({found[1] for found in dated}) == 1 else None


#: A paper's name and the date of its issue, with the Japanese word for "dated" after it
#: ("赤旗2016年6月2日付").
_ISSUE = re.compile(
    r"^(?P<by>[^\d\s]{0,16}?)\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*付$"
)


def _issue(line: str) -> tuple[str, date, str | None] | None:
    """The page's date where a paper names the issue it is from ("赤旗2016年6月2日付"), or a
    date alone beside an issue's number ("30.04.1997., Nr. 108/109", "Issue 47, 8 March 1995":
    :func:`issue_number`)."""
    issue = _ISSUE.match(line)
    found = find_date(issue.group("date")) if issue else None
    if found is None:
        numbered = _issue_number().search(line)
        rest = line[: numbered.start()] + line[numbered.end() :] if numbered else ""
        dated = read_dateline(rest.strip(" ,;:.|–—-")) if rest.strip() else None
        found = dated[1] if dated is not None and dated[2] is None else None
    return ("stamp", found, None) if found else None


@cache
def _issue_number() -> re.Pattern[str]:
    """An issue's number after a word for a periodical's issue (``issue_words``: "Nr. 108/109",
    "Брой 47 /1348/"), with the separators around it."""
    words = "|".join(sorted(map(re.escape, _data()["issue_words"]), key=len, reverse=True))
    return re.compile(
        rf"(?:^|[\s,;|–—-])(?:{words})\s*\d+(?:\s*/\s*\d+)*\s*/?\s*$|^(?:{words})\s*\d+[,;|–—-]?\s",
        re.I,
    )


def issue_number(line: str) -> bool:
    """True when ``line`` is a periodical issue's number alone ("Брой 47 /1348/", "Issue 12"):
    a date alone on the line above it is that issue's."""
    numbered = _issue_number().search(line.strip())
    return numbered is not None and numbered.start() == 0 and numbered.end() == len(line.strip())


#: A blog's date badge: a day and a month's short name, a slash, the year (whole, or its last
#: two digits and the count of comments written onto it: "17 Mar/2015", "17Mar/150",
#: "5 Jan/12 3"), folded.
_BADGE = re.compile(
    r"^(?P<day>\d{1,2})\s?(?P<month>[^\W\d_]{3,4})\.?\s?/\s?"
    r"(?P<year>(?:19|20)\d{2}(?!\d)|\d{2})\s?\d{0,4}$"
)


def _badge(line: str) -> tuple[str, date, str | None] | None:
    """The page's date a blog's badge gives (:data:`_BADGE`): a four-digit year after the slash
    is read whole ("17 Mar/2015"); else its first two digits are the year and what follows them
    counts the comments ("17Mar/150")."""
    badge = _BADGE.match(folded_in_place(line))
    month = patterns().months.get(name_key(badge.group("month"))) if badge else None
    if badge is None or month is None:
        return None
    try:
        return "stamp", date(full_year(badge.group("year")), month, int(badge.group("day"))), None
    except ValueError:
        return None


#: A section's name before a date behind a dash ("Nacional - 05 Feb 2020"): one or two words.
_SECTION = re.compile(r"^(?P<label>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+[-–—]\s+(?P<rest>\d.*)$")


def _sectioned(line: str) -> tuple[str, date, str | None] | None:
    """The page's stamp after the name of the site's section it is filed under, behind a dash
    ("Internacional - 08 Xan 2020"); a place in capitals or a city's name before a dash is a
    dateline's ("ZEDTOWN - 12 May 2020", "Київ – 14 березня 2021 року")."""
    section = _SECTION.match(line)
    found = read_dateline(section.group("rest")) if section else None
    if section is None or found is None or found[2] is not None:
        return None
    label = section.group("label")
    placed = label.isupper() or is_city(label)
    return ("dateline", found[1], label) if placed else ("stamp", found[1], None)


#: The longest line read for a clock time beside a date (:func:`_clocked`).
_CLOCKED_WIDTH = 120


def _clocked(line: str) -> tuple[str, date, str | None] | None:
    """The page's stamp in a short line of the site's furniture that gives a clock time right
    before or after a date, whatever else it holds ("views-count703 article-date 10:07
    20-05-2015", "Автор: Екип 17:46 / 13.02.2023Коментари"): a statement gives no clock time."""
    if len(line) > _CLOCKED_WIDTH or line.endswith(_PROSE_END[:3]):
        return None
    # the next part glued to the date: "13.02.2023Коментари"
    glued = _GLUED.sub(lambda m: m[1] + " " + m[2] if m[2].isupper() else m[0], line)
    folded = folded_in_place(glued)
    matches = date_matches(folded)
    if len({date_of(m) for m in matches}) != 1:
        return None  # "Redaktion 12.05.2020 10:15 | Veröffentlicht am 13.05.2020": which day?
    match = matches[0]
    before = folded[: match.start()].rstrip(" /|,-")
    after = folded[match.end() :].lstrip(" /|,-.")
    if _not_published(before):
        # "Page generated May. 26th, 2025 04:38 am": the day it was viewed; "Последнее
        # обновление: 18.04.2024 13:07": the site's clock of its last change
        return None
    if _CLOCK_END.search(before) or _CLOCK_START.match(after):
        found = date_of(match)
        return ("stamp", found, None) if found else None
    return None


#: A digit and a capital letter glued together, where a site's parts meet.
_GLUED = re.compile(r"(\d)([^\W\d_])")
#: A clock time that ends or opens a part of a line.
_CLOCK_END = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?$")
_CLOCK_START = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def find_date(text: str) -> date | None:
    """The first written-out or numeric date in ``text`` (for short phrases such as headings)."""
    folded = folded_in_place(_BIDI.sub("", _in_ascii_digits(text)))
    for match in date_matches(folded):
        found = date_of(match)
        if found:
            return found
    return None


# --------------------------------------------------------------------------- which date is which


def _data() -> dict[str, Any]:
    return word_file("dates.yaml")


@cache
def _words(kind: str) -> WordSet:
    """A word list of ``dates.yaml`` (or of ``cues.yaml`` when it is not there)."""
    forms = _data().get(kind)
    return WordSet(forms if forms is not None else vocabulary()[kind])


@cache
def _as_of_pattern() -> re.Pattern[str]:
    cues = "|".join(sorted((re.escape(fold(c)) for c in vocabulary()["as_of_cues"]), key=len))
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)")


def _as_of_cue(text: str) -> bool:
    return bool(_as_of_pattern().search(fold(text)))


#: What ends a line of running prose, in every script: the full stops and question marks of
#: Chinese and Japanese (。？！), Arabic and Urdu (؟ ۔), Devanagari (।), Ethiopic (። and "፡፡"),
#: Burmese (။), Armenian (։) and Khmer (។), and the brackets and quotation marks that close a
#: sentence.
_PROSE_END = (*".?!;:…\"”»)'．）」』។", *UNSPACED_STOPS, *SPACED_STOPS)


#: The bar a copied table writes where a cell ends, after the cell's text ("... in Zedville. |").
_CELL_END = re.compile(r"\s+\|$")


def _prose(content: str) -> bool:
    """True when a line is running prose (a sentence or more), not a heading; a sentence in a
    table's cell is prose too (the cell's closing bar is no part of it: "... in Zedville. |")."""
    content = _CELL_END.sub("", content.rstrip())
    return len(content) > 160 or (len(content) >= 40 and content.endswith(_PROSE_END))


def _heading_before(lines: list[Line], free: list[int], at: int) -> str | None:
    """The heading right above line ``at``: the free line before it, when that is no prose."""
    before = [i for i in free if i < at]
    if not before:
        return None
    content = lines[before[-1]].content
    return None if _prose(content) else content


def _names_event(heading: str) -> bool:
    return bool(_words("event_words").count(heading)) and not _words("statement_words").count(
        heading
    )


def statement_dates(
    lines: list[Line], free: list[int], datelines: dict[int, Dateline]
) -> tuple[dict[int, Dateline], Dateline | None, date | None]:
    """Which of a text's dates is the statement's and which the page's.

    ``free`` are the lines of the text that are neither furniture nor list entries, in order;
    ``datelines`` the whole-line dates among them (:func:`read_dateline`). Returns the datelines
    with their kinds decided, the statement's dateline (``created``) and the page's publication
    date (``published``); either is ``None`` when the text gives none.

    The rule, in its order of evidence (the first that gives a date decides; none invents one),
    is :func:`_published`'s for the page's date and :func:`_created`'s for the statement's.

    A range of days in any language ("10-11 May 2018", "11 e 12 aprile", "من 10 إلى 11 مايو",
    "30 April - 1 May 2018", the year first: "2018. május 10-11-én": a meeting's or an
    event's), dates without a year and a sentence's second date are no statement's date.
    """
    datelines, paged = _with_two_dates(lines, free, datelines)
    weight = {i: len(lines[i].content) for i in free if i not in datelines}
    prose = {i for i in weight if _prose(lines[i].content)}
    decided, events = _kinds_by_position(lines, free, weight, prose, datelines)
    news = _dated_above(prose, {**decided, **paged})
    decided = _reported(lines, free, prose, decided, events, news)
    published = _published(lines, free, prose, {**decided, **paged}, datelines, news)
    return decided, _created(lines, free, prose, decided, events, news), published


#: A line of an event's programme: it opens with the clock time of an item ("11:00 h: Rally at
#: ...", "17,30 a 19,00 h: ...", "10.30 – March to ..."); a clock with no date in it.
_SCHEDULED = re.compile(r"^\s*\d{1,2}[:.,’'h]\d{2}(?![\d.,/-]?\d)(?:\s*h(?!\w))?\s*[:–—-]?\s*\S")


def _kinds_by_position(
    lines: list[Line],
    free: list[int],
    weight: dict[int, int],
    prose: set[int],
    datelines: dict[int, Dateline],
) -> tuple[dict[int, Dateline], set[int]]:
    """``datelines`` with each date alone made the page's stamp where it stands so
    (:func:`_a_stamp_by_position`), and each date over an issue's number (:func:`issue_number`:
    "Zedgrad, 8 March 1995" / "Issue 47", a bulletin's masthead: the day the issue came out),
    and the lines of the dates under a heading that names an event or over a line of an event's
    programme (:data:`_SCHEDULED`: "Tuesday 3 May 2031" / "11:00 h: Rally at ..."): the
    event's, neither the statement's nor the page's."""
    decided: dict[int, Dateline] = {}
    events: set[int] = set()
    for i, dl in sorted(datelines.items()):
        after = next((j for j in free if j > i), None)
        if dl.kind == "dateline" and after is not None and issue_number(lines[after].content):
            dl = replace(dl, kind="stamp")
        elif dl.place is None and after is not None and _SCHEDULED.match(lines[after].content):
            dl = replace(dl, kind="dateline")
            events.add(i)
        elif dl.kind == "dateline" and dl.place is None:
            heading = _heading_before(lines, free, i)
            if heading is not None and _names_event(heading):
                events.add(i)
            elif _a_stamp_by_position(lines, free, weight, prose, datelines, i):
                dl = replace(dl, kind="stamp")
        decided[i] = dl
    return decided, events


def _published(
    lines: list[Line],
    free: list[int],
    prose: set[int],
    dated: dict[int, Dateline],
    datelines: dict[int, Dateline],
    news: bool,
) -> date | None:
    """The page's publication date, from the decided dates ``dated`` (the page's stamps among
    them) and the whole-line dates ``datelines``.

    On a news page, under a date without a place above the prose (:func:`_dated_above`), a
    news agency's dateline opening one of the first paragraphs ("Zedgrad, 27 October 2023 (XNA)
    - ...": the item's own, before the date above); else the first stamp: a date with a clock
    time, after a publication cue, in a blog's badge ("17Mar/150") or beside a view counter,
    the page's date beside the statement's dateline on one line ("30.12.1999 | 3 December 1999,
    Zedtown"), or a date alone above the text's prose (the page's header) unless it opens each
    version or stands under the statement's own name (:func:`_under_its_title`: the
    statement's date, :func:`_created` 1.); of two stamps above the prose with a
    headline between them, the one under the headline (the site's header above it is the day
    the page was printed or viewed); failing those, a news desk's stamp opening a first
    paragraph ("ZEDTOWN DESK (10-07-2015) - ...").
    """
    stamped = sorted((i, dl) for i, dl in dated.items() if dl.kind == "stamp")
    stamps = [dl for _, dl in _past_the_header(stamped, free, prose, datelines)]
    return (_agency_stamp(lines, free, prose) if news else None) or (
        stamps[0].date
        if stamps
        else _desk_stamp(lines, free, prose) or _update_clock(lines, free, prose)
    )


def _created(
    lines: list[Line],
    free: list[int],
    prose: set[int],
    decided: dict[int, Dateline],
    events: set[int],
    news: bool,
) -> Dateline | None:
    """The statement's dateline, when the text gives one (none is made up).

    In its order of evidence:

    1. the first dateline: a place and a date (on one line, or a city's name on the line beside
       a date alone), a date after a word of dating ("z dnia 27 maja 2005 r."), or a date alone
       after prose has begun that closes a version or heads a statement named right above or
       below it ("1ère Déclaration commune" / "7/1/26"), or above the prose under a title that
       opens with the statement's name ("Communiqué commun" / "jeudi 3 mars 2016"); never a
       date under a heading that names an event ("National Convention" / "23rd June 2017": the
       event's, and neither), nor a first dateline above the prose when the opening paragraphs
       (4.) date the statement earlier: the text reports on a statement made before the day it
       was put out, and that dateline is the page's stamp;
    2. the date closing a line of the signers' names ("Jane Roe, John Doe, 16. 5. 2011"), a
       place and date the copy ran onto the last sentence (:func:`_closing_dateline`: "... of
       the state!V Zedově dne 3. 5. 2031"), or a date of making (:func:`_made_date`) on a
       short line of its own after prose has begun ("Signed on 3 May 2020 by:");
    3. the date a heading naming the statement ends with ("Comunicato stampa congiunto del
       4.4.2022");
    4. the opening paragraphs of prose (the text's first three, then, under a heading naming a
       statement further down, the statement's own first three): a first sentence opening with
       a place and a date ("Berlin, den 21.03.2024. Heute ..."), or a date of making
       (:func:`_made_date`: a sentence of meeting, adopting, signing, issuing or today with
       one full date, no day without a year beside it and nothing still to come: "The joint
       meeting held on 2nd June 2017 ..."), or a report's source dateline with its date in
       brackets (:func:`_sourced_dateline`: "Zedpur (Xandia Press - Online. 3 May 2031) ...");
       on a news page a news agency's dateline opening the paragraph ("Zedgrad, 27 October
       2023 (XNA) - ...") is the item's, and is passed over;
    5. the date the heading of a second language version ends with
       (:func:`_version_heading`: "JOINT STATEMENT 8th April 2031" between two languages).
    """
    made = [dl for i, dl in sorted(decided.items()) if dl.kind == "dateline" and i not in events]
    if made:
        return made[0]
    return (
        _signed_closing(lines, free, prose)
        or _closing_dateline(lines, free, prose)
        or _made_line(lines, free, prose)
        or _dated_heading(lines, free, prose)
        or _opening_date(lines, free, prose, news)
        or _version_heading(lines, free, prose)
        or _letterhead_date(lines, free, prose)
    )


def _past_the_header(
    stamped: list[tuple[int, Dateline]],
    free: list[int],
    prose: set[int],
    dated: dict[int, Dateline],
) -> list[tuple[int, Dateline]]:
    """The page's stamps, less a site's header date above the headline when the item's own
    stamp stands between the headline and the prose ("Site | 25 April 2024" / "Headline" /
    "21/06/2019." / prose): the header is the day the page was printed or viewed. The headline
    is the lines between the two, of which at most one reads as prose (a long headline; a back
    arrow or a section's name beside it)."""
    first = min(prose, default=None)
    if first is None or len(stamped) < 2 or not stamped[0][0] < first:
        return stamped
    top, under = stamped[0][0], stamped[1][0]
    between = [i for i in free if top < i < under and i not in dated]
    if any(i in prose and i not in between for i in range(top, under)):
        return stamped
    return stamped[1:] if between and sum(i in prose for i in between) <= 1 else stamped


def _dated_above(prose: set[int], dated: dict[int, Dateline]) -> bool:
    """Whether a date without a place stands above the text's prose: a news page's line of
    its day ("• Saturday, 18 May 2024"), under which a short name in brackets after the
    opening's place and date is a news agency's (:data:`_AGENCY`). A statement's own opening
    may write a signer's abbreviation there ("Zedtown, 3 May 2020 (XUF) – The Xandia Union
    Federation ... adopted ..."): its place and date are the statement's."""
    return bool(prose) and any(i < min(prose) and dl.place is None for i, dl in dated.items())


def _reported(
    lines: list[Line],
    free: list[int],
    prose: set[int],
    decided: dict[int, Dateline],
    events: set[int],
    news: bool,
) -> dict[int, Dateline]:
    """``decided`` with a first dateline above the text's prose made the page's stamp when the
    opening paragraphs date the statement earlier (:func:`_opening_date`): the text reports on
    a statement made before the day it was put out ("Zedtown, 3 May 2020" / "On 1 May 2020,
    twelve unions issued a joint statement ...")."""
    made = [i for i, dl in sorted(decided.items()) if dl.kind == "dateline" and i not in events]
    if not made or not prose or made[0] > min(prose):
        return decided
    opened, top = _opening_date(lines, free, prose, news), decided[made[0]].date
    if opened is None or opened.date is None or top is None or opened.date >= top:
        return decided
    return {**decided, made[0]: replace(decided[made[0]], kind="stamp")}


def _with_two_dates(
    lines: list[Line], free: list[int], datelines: dict[int, Dateline]
) -> tuple[dict[int, Dateline], dict[int, Dateline]]:
    """``datelines`` with the statement's dateline of each line of ``free`` that gives the
    page's date beside it (:func:`_two_dates`), and those lines' stamps of the page."""
    datelines = dict(datelines)
    paged: dict[int, Dateline] = {}
    for i in free:
        if i not in datelines and (two := _two_dates(lines[i])) is not None:
            paged[i], datelines[i] = two
    return datelines, paged


#: What parts a line of two dates: a bar or a bullet.
_TWO_PARTS = re.compile(r"\s*[|•·]\s*")


def _two_dates(line: Line) -> tuple[Dateline, Dateline] | None:
    """The page's stamp and the statement's dateline of a line that gives both, parted by a bar
    or a bullet: a date alone, and a place and another date ("30.12.1999 | 3 December 1999,
    Zedtown", the archive's date of a bulletin, then where and when the statement was made)."""
    parts = _TWO_PARTS.split(line.content)
    if len(parts) != 2 or len(line.content) > _DATELINE_WIDTH:
        return None
    read: list[Dateline] = []
    at = 0
    for part in parts:
        found = read_dateline(part)
        if found is None or found[0] != "dateline":
            return None
        at = line.content.index(part, at)
        span = Span(line.start + at, line.start + at + len(part))
        read.append(Dateline(part, span, "dateline", found[1], found[2]))
    placed = [dl for dl in read if dl.place is not None]
    alone = [dl for dl in read if dl.place is None]
    if len(placed) != 1 or len(alone) != 1 or placed[0].date == alone[0].date:
        return None
    return replace(alone[0], kind="stamp"), placed[0]


#: A short name in brackets after a dateline's date: an abbreviation ("XUF", "X.Y.Z."), or one
#: spelled out in up to three short parts, as the Ethiopic script spaces its letters ("ኤክስ ዋይ ዜድ").
_SHORT_NAME = r"[^\W\d_][^()\s]{1,11}(?:\s[^()\s]{1,11}){0,2}"
#: A news desk's stamp opening a report's first paragraph: a desk or a town in capitals, the
#: date in brackets, a dash ("ZEDTOWN DESK (10-07-2015) – The parties ...").
_DESK = re.compile(r"^(?P<desk>[^\W\d_][^\d()a-z]{1,40}?)\s*\((?P<date>[^()]{6,30})\)\s*[–—-]\s")


def _desk_stamp(lines: list[Line], free: list[int], prose: set[int]) -> date | None:
    """The page's date a news desk's stamp gives at the opening of one of the first paragraphs
    of prose (after a standfirst): words with no small letter, the date in brackets, a dash.
    A report stamps its item so; a statement dates itself with a place and no brackets."""
    for i in [i for i in free if i in prose][:_OPENING]:
        desk = _DESK.match(lines[i].content)
        if desk is not None and not any(c.islower() for c in desk.group("desk")):
            return _whole_date(desk.group("date"))
    return None


def _update_clock(lines: list[Line], free: list[int], prose: set[int]) -> date | None:
    """The date of an item's update clock under its headline, where the page prints no other
    stamp: a label saying the item was updated (``update_cues``, up to four words), then a
    date with its clock time ("Actualizado: jueves, 3 mayo 2031 10:40"), after the page's
    first line and before its second paragraph of prose. A clock above the headline ("Last
    updated: ...", opening the page) is the site's, of its last change; without a clock the
    label dates a list ("Stand: 3.5.2031"), not the page."""
    paragraphs = [i for i in free if i in prose]
    head = [i for i in free[1:] if len(paragraphs) < 2 or i < paragraphs[1]]
    updating = _words("update_cues")
    for i in head:
        label, colon, rest = lines[i].content.partition(":")
        if not colon or not 1 <= len(label.split()) <= _UPDATE_LABEL or not updating.count(label):
            continue
        found = read_dateline(rest.strip())
        if found is not None and found[0] == "stamp":
            return found[1]
    return None


#: A news agency's dateline opening an item's first paragraph: a place, a date, the agency's
#: short name in brackets, a dash ("Zedgrad, 27 October 2023 (XNA) - The opposition ...").
_AGENCY = re.compile(
    r"^(?P<place>[^\W\d_][^\d(),،]{1,40}?)[,،፣]\s*(?P<date>[^()]{6,40}?)\s*"
    rf"\((?P<agency>{_SHORT_NAME})\)\s*[–—-]\s"
)


def _agency_stamp(lines: list[Line], free: list[int], prose: set[int]) -> date | None:
    """The date of a news agency's dateline opening one of the first paragraphs of prose
    ("Zedgrad, 27 October 2023 (XNA) - ..."): the item's publication, before any date the page
    prints above its headline (the day it was viewed)."""
    for i in [i for i in free if i in prose][:_OPENING]:
        found = _AGENCY.match(lines[i].content)
        if found is not None and _a_place(found.group("place")):
            return _whole_date(found.group("date"))
    return None


def _a_stamp_by_position(
    lines: list[Line],
    free: list[int],
    weight: dict[int, int],
    prose: set[int],
    datelines: dict[int, Dateline],
    at: int,
) -> bool:
    """True when the date alone on line ``at`` is the page's by where it stands: above the
    text's prose (unless the same date opens another version of the text further on, or it
    stands under the statement's own name), or
    amid it with more prose after it than before (unless it closes a version, heads a
    statement named right above or right below it, or words before it date a document)."""
    if _is_dated(datelines[at].raw) or _on_the_day(datelines[at].raw):
        # "z dnia 27 maja 2005 r.", "Le 5 juin 2015": the statement's own date, wherever it
        # stands (a site stamps its pages with no word before the date)
        return False
    before = sum(weight[j] for j in prose if j < at)
    after = sum(weight[j] for j in prose if j > at)
    if before == 0:
        return (
            any(j > at for j in weight)
            and not _opens_each_version(prose, datelines, at)
            and not _under_its_title(lines, free, at)
        )
    statement = _words("statement_words")
    heading = _heading_before(lines, free, at)
    below = _heading_after(lines, free, prose, at)
    return (
        after > before
        and not (heading is not None and statement.count(heading))
        and not (below is not None and statement.count(below))
        and not _closes_a_version(lines, prose, datelines, at)
    )


#: What parts a title's kicker from its name ("Zetland Summit - Letter from ...").
_KICKER = re.compile(r"\s+[-–—|]\s+|:\s+")


def _under_its_title(lines: list[Line], free: list[int], at: int) -> bool:
    """True when a line above the date alone on line ``at`` (all above the text's prose) is
    the statement's title: it opens, or a part of it after a kicker opens, with the statement's
    name ("Communiqué commun" / "XGT, YFO" / "jeudi 3 mars 2016", "Zetland Summit - Letter
    from ..." / "14 October, 2017"), or it is its senders' names joined and the statement's
    name, nothing else (:func:`~.spans.joined_before_statement`: "XKP-ZWU joint statement" /
    "16 May 2020"): the date the statement gives itself under its name, not a page's stamp (a
    site's headline reports: "Parties sign a joint statement")."""
    return any(
        statement_words_end(part.strip()) > 0
        or joined_before_statement(part, naming_only=True) is not None
        for i in free
        if i < at
        for part in _KICKER.split(lines[i].content)
    )


def _opens_each_version(prose: set[int], datelines: dict[int, Dateline], at: int) -> bool:
    """True when the date alone on line ``at``, above the text's prose, stands again alone after
    prose with more prose after it: it opens each language version ("27 March 2015" above the
    English text and above the Tagalog one), so it is the statement's date, not the page's."""
    day = datelines[at].date
    return any(
        j > at
        and dl.date == day
        and dl.kind == "dateline"
        and dl.place is None
        and any(at < k < j for k in prose)
        and any(k > j for k in prose)
        for j, dl in datelines.items()
    )


def _heading_after(lines: list[Line], free: list[int], prose: set[int], at: int) -> str | None:
    """The heading right below line ``at``: the free line after it, when that is no prose."""
    after = [i for i in free if i > at]
    if not after or after[0] in prose:
        return None
    content = lines[after[0]].content
    return None if _prose(content) else content


def _closes_a_version(
    lines: list[Line], prose: set[int], datelines: dict[int, Dateline], at: int
) -> bool:
    """True when the date alone on line ``at`` closes one language version of the text: the
    prose right before it and right after it are in two languages, whether or not a later
    dateline gives the same date (the other version's). A later dateline of the same date after
    prose in the language before it is the same version's: the date alone under the headline is
    the item's stamp ("2008 06 09" / lead / "Zedgrad, 2008 m. birželio 9 d.")."""
    day = datelines[at].date
    before = [j for j in prose if j < at]
    after = [j for j in prose if j > at]
    again = [
        j for j, dl in datelines.items() if j > at and dl.date == day and dl.kind == "dateline"
    ]
    if again and not (before and after):
        return True
    if not (before and after):
        return False
    first, second = detect(lines[max(before)].content), detect(lines[min(after)].content)
    if again and (first is None or second is None):
        return True
    return first is not None and second is not None and first != second


#: The most names a signed closing line gives before its date (:func:`_signed_closing`).
_SIGNED_NAMES = 12


def _signed_closing(lines: list[Line], free: list[int], prose: set[int]) -> Dateline | None:
    """The date that closes a line of names after the text's prose, with no more prose after
    it than before ("Jane Roe, John Doe, Max Mustermann, 16. 5. 2011"): the signers' line and
    the day they signed. Each name is one to four words, each opening with a capital."""
    for i in free:
        before = sum(len(lines[j].content) for j in prose if j < i)
        after = sum(len(lines[j].content) for j in prose if j > i)
        if i in prose or before == 0 or after > before:
            continue
        found = _names_then_date(lines[i].content)
        if found is not None:
            raw, day = found
            line = lines[i]
            start = line.start + line.content.rindex(raw)
            return Dateline(raw, Span(start, start + len(raw)), "dateline", day, None)
    return None


#: What ends a sentence before a place-and-date line the copy ran onto it (:func:`_run_onto_end`).
_SENTENCE_STOPS = ".!?…"


def _closing_dateline(lines: list[Line], free: list[int], prose: set[int]) -> Dateline | None:
    """The place and date that close a paragraph after prose has begun, run onto its last
    sentence by the copy, which lost the line break before them ("... of the state!V Zedově
    dne 3. 5. 2031", "... the workers. Zedtown, 3 May 2031"), with no more prose after it than
    before: the statement's closing dateline. A place and a date as a whole
    (:func:`read_dateline`), never a sentence's words."""
    for i in free:
        before = sum(len(lines[j].content) for j in prose if j < i)
        after = sum(len(lines[j].content) for j in prose if j > i)
        if before == 0 or after > before:
            continue
        found = _run_onto_end(lines[i].content)
        if found is not None and found[0] >= _PARAGRAPH:
            at, raw, day, place = found
            start = lines[i].start + at
            return Dateline(raw, Span(start, start + len(raw)), "dateline", day, place)
    return None


def _run_onto_end(content: str) -> tuple[int, str, date, str] | None:
    """Where the place-and-date line run onto the end of a paragraph begins, its text, date and
    place: what follows the last stop of a sentence that is, as a whole, a dateline with a
    place (:func:`_closing_dateline`)."""
    for at in range(len(content) - 1, max(-1, len(content) - _DATELINE_WIDTH - 2), -1):
        if content[at] not in _SENTENCE_STOPS:
            continue
        tail = content[at + 1 :]
        raw = tail.strip().rstrip(".")
        if not raw[:1].isalpha() or not raw[:1].isupper():
            continue
        found = read_dateline(raw)
        if found and found[0] == "dateline" and found[2] is not None and _a_place(found[2]):
            return at + 1 + (len(tail) - len(tail.lstrip())), raw, found[1], found[2]
    return None


#: The longest line of its own that says when the statement was made (:func:`_made_line`).
_MADE_LINE = 100


def _made_line(lines: list[Line], free: list[int], prose: set[int]) -> Dateline | None:
    """The date a short line of its own after prose has begun gives for the statement's making,
    signing or issue ("Signed on 3 May 2020 by:", "Issued on 3 May 2020.", "صدر في زيدتاون
    بتاريخ 3 أيار 2020"), by :func:`_made_date`; above the prose, the date of a line that opens
    with its making (:func:`_made_opening`: "Adopted on 3 May 2020, translated ...")."""
    if not prose:
        return None
    begun = min(prose)
    for i in free:
        content = lines[i].content
        if i in prose or len(content) > _MADE_LINE:
            continue
        if (made := _made_date(content) if i > begun else _made_opening(content)) is not None:
            (start, end), day = made
            span = Span(lines[i].start + start, lines[i].start + end)
            return Dateline(content[start:end], span, "dateline", day, None)
    return None


def _letterhead_date(lines: list[Line], free: list[int], prose: set[int]) -> Dateline | None:
    """The date closing a letterhead's line of addresses above the text's prose (its sender's
    post box, email and web site, then the letter's date: "PO Box 12 Zedtown,
    info@xuf.example, www.xuf.example 3/5/2031"): the statement's own heading dates it."""
    first = min(prose, default=None)
    for i in free:
        if first is not None and i >= first:
            break
        content = lines[i].content.rstrip(" .")
        found = _dates_in(content)
        if found and found[-1][0][1] == len(content) and CONTACT_ADDRESS.search(content):
            (start, end), day = found[-1]
            span = Span(lines[i].start + start, lines[i].start + end)
            return Dateline(content[start:end], span, "dateline", day, None)
    return None


def _made_opening(line: str) -> tuple[tuple[int, int], date] | None:
    """The first date of a line that opens with a word of making and a word for "on the"
    (:data:`_ARTICLES`), nothing else before the date ("Adopted on 3 May 2020, translated ...
    20 May 2020", "Adopté le 3 mai 2020", "Aprobada el ..."): the statement's, whatever other
    dates the line gives after it. A word of making alone before a date ("Signed 3 May 2020")
    may open a headline of news."""
    dates = _dates_in(line)
    words = [fold(w) for w in line[: dates[0][0][0]].split()] if dates else []
    made = len(words) == 2 and _words("made_words").matches(words[0]) and words[1] in _ARTICLES
    return dates[0] if made and not _words("future_words").count(line) else None


def _made_date(sentence: str) -> tuple[tuple[int, int], date] | None:
    """The date a sentence (or a short line) says the statement was made on, with its offsets:
    the sentence speaks of a meeting, an adoption, a signing, an issue or today
    (``made_words``), nothing in it is still to come (``future_words``: "the elections to be
    held on 9 August 2022"), and it gives one full date (:func:`_dates_in`: no range, "10-11 May
    2018" is the meeting's) and no day without a year beside it ("Hoy, 20 de abril, se han
    reunido ... para el 7 de mayo de 2017": which of the two is the statement's is not said),
    unless a word of dating stands right before the full date ("The statement, dated 28
    September 2017 and read out from 1 October, ...": the sentence says which). A full date
    right after a word of making ("Today, 19 August 2016, the unions met ... founded on 6 June
    2016") is the making's, whatever other dates the sentence gives, unless another day stands
    right after one too ("after the meeting 6 June 2016 ... today, 19 August 2016": which
    making is the statement's is not said). A sentence that answers another text before its
    date (:func:`_answers`: "in response to the communique issued ... on 3 May 2031") gives
    no date of making: the date is the answered text's, or of what went before it.
    The one home of this test: a closing line of making and a sentence of the opening both ask
    it."""
    if not _words("made_words").count(sentence) or _words("future_words").count(sentence):
        return None
    dates = _dates_in(sentence)
    if dates and _answers(sentence[: dates[0][0][0]]):
        return None
    made = {day for (start, _), day in dates if _made_before(sentence[:start])}
    if dates and _made_before(sentence[: dates[0][0][0]]):
        return dates[0] if len(made) == 1 else None
    if len({day for _, day in dates}) != 1:
        return None
    # a day and month that overlap the full date are read from its own day: Polish "się 12
    # maja 2020" is no "sie[rpnia] 12"
    if not _dated_before(sentence[: dates[0][0][0]]) and any(
        not any(m.start() < end and start < m.end() for (start, end), _ in dates)
        for m in _day_month().finditer(folded_in_place(sentence))
    ):
        return None
    return dates[0]


#: How many words after a word of answering may name the text it answers (:func:`_answers`).
_ANSWERED = 7


def _answers(text: str) -> bool:
    """True when ``text`` answers or takes up another text: a word of answering
    (``answer_words``: "in response to", "In merito al") with a statement's word within a few
    words after it ("in response to the communique issued ... on", "In merito al comunicato
    stampa di ..."). A date after them is the answered text's, or of what went before it."""
    folded = list(counted_words(text))
    answer, statement = _words("answer_words"), _words("statement_words")
    return any(
        answer.opens_at(folded, k)
        and any(statement.matches(w) for w in folded[k + 1 : k + 1 + _ANSWERED])
        for k in range(len(folded))
    )


def _made_before(text: str) -> bool:
    """True when ``text`` ends with a word of making (``made_words``: "Today,", "Šodien,"),
    a comma perhaps after it: the date after it is the one the statement was made on."""
    words = text.rstrip(" ,").split()
    return bool(words) and _words("made_words").matches(fold(words[-1]))


@cache
def _dated_end() -> re.Pattern[str]:
    cues = "|".join(sorted((re.escape(fold(c)) for c in _data()["dated_words"]), key=len))
    return re.compile(rf"(?<!\w)(?:{cues})\s*$")


def _dated_before(text: str) -> bool:
    """True when ``text`` ends with a word of dating (``dated_words``: "dated", "vom", "đề
    ngày"): the date after it is the one the document gives itself."""
    return bool(_dated_end().search(fold(text)))


def _names_then_date(content: str) -> tuple[str, date] | None:
    """The date closing a line of names (:func:`_signed_closing`), with its text; the date may
    hold a comma of its own ("May 16, 2011")."""
    parts = [part.strip() for part in content.rstrip(".").split(",")]
    for cut in (1, 2):
        names, last = parts[:-cut], ", ".join(parts[-cut:])
        if not 2 <= len(names) <= _SIGNED_NAMES or not all(map(_a_name, names)):
            continue
        if (day := date_alone(last)) is not None:
            return last, day
    return None


def _a_name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and not _DIGIT.search(w) for w in words)


_DIGIT = re.compile(r"\d")


#: A heading that ends with the date of what it heads ("Comunicato stampa congiunto del
#: 4.4.2022", "Joint statement of 12 May 2020").
_DATED = re.compile(
    r"(?:\s(?:del|of|du|vom|de|from|dated|van|av|του|от|dd\.?)\s+)(?P<date>[\w .,/-]{6,30})$",
    re.IGNORECASE,
)


#: A heading that ends with a date and no word before it ("Gemensamt uttalande ... 6.9.2017",
#: "Joint statement 12 May 2020"): a numeric date, or a day, a month's name and a year.
_ENDS_DATED = re.compile(
    r"\s(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+\d{4}"
    # the month first: "Joint communique of the committee November 4, 2010"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$"
)


def _dated_heading(lines: list[Line], free: list[int], prose: set[int]) -> Dateline | None:
    """The date a heading above the text's prose ends with, when the heading names a
    statement ("Comunicato congiunto dei sindacati del 3.5.2031", "Gemensamt uttalande ...
    2.8.2030", in any form its languages write a date: "Joint statement 8th April 2014"), by
    :func:`_heading_date`; a heading naming an event or anything else ends with that one's
    date ("Manifestazione ... del 5 novembre 2022")."""
    statement = _words("statement_words")
    for i in free:
        if i in prose:
            break
        line = lines[i]
        opening = _opening_dateline(line.content)
        if opening is not None and statement.count(line.content[len(opening[0]) :]):
            # "วันที่ 12 กรกฎาคม 2566 แถลงการณ์ร่วม ...": the date, then the statement it heads
            head, opened, place = opening
            span = Span(line.start, line.start + len(head))
            return Dateline(head, span, "dateline", opened, place)
        dated = _heading_date(line)
        if dated is not None:
            return dated
    return None


#: The longest heading :func:`_heading_date` reads.
_HEADING_WIDTH = 120


def _heading_date(line: Line) -> Dateline | None:
    """The full date a heading naming a statement ends with (:func:`_dated_heading`); none
    for a heading naming an event ("Aufruf zur Friedensdemonstration vom ...")."""
    if len(line.content) > _HEADING_WIDTH:
        return None
    match = _DATED.search(line.content) or _ENDS_DATED.search(line.content)
    if match is not None:
        cut, at, raw = match.start(), match.start("date"), match.group("date")
    elif (ending := _ending_date(line.content)) is not None:
        # the date in a form the patterns above do not write, right after the words
        cut, at, raw = ending, ending, line.content[ending:]
    else:
        return None
    before = line.content[:cut]
    statement = _words("statement_words")
    if not statement.count(before) or _words("event_words").count((before.split() or [""])[-1]):
        return None  # "Aufruf zur Friedensdemonstration vom ...": the event's date
    day = _whole_date(raw)
    return Dateline(raw, Span(line.start + at, line.end), "dateline", day, None) if day else None


def _version_heading(lines: list[Line], free: list[int], prose: set[int]) -> Dateline | None:
    """The date the heading of a second language version ends with (:func:`_heading_date`:
    "MEDIA STATEMENT 8th April 2031" between the text in one language and the same statement
    in another): the prose right before the heading and the paragraph right under it (which a
    copy may cut before its sentence ends) are in two languages. A heading after prose in the
    same language heads something else (a link to another statement, a related item)."""
    for k, i in enumerate(free):
        before = [j for j in prose if j < i]
        under = free[k + 1] if k + 1 < len(free) else None
        if i in prose or not before or under is None or len(lines[under].content) < _PARAGRAPH:
            continue
        if (dated := _heading_date(lines[i])) is None:
            continue
        first, second = detect(lines[max(before)].content), detect(lines[under].content)
        if first is not None and second is not None and first != second:
            return dated
    return None


#: The shortest line read as a paragraph under a version's heading (:func:`_version_heading`).
_PARAGRAPH = 40


def _ending_date(content: str) -> int | None:
    """Where the full date a heading ends with starts, in any form its languages write (an
    ordinal day, "Joint statement 8th April 2014", the year first, "Közös nyilatkozat 2014.
    április 8.", "공동성명 2014년 4월 8일"); ``None`` when no full date ends it."""
    dates = _dates_in(content)
    if not dates or content[dates[-1][0][1] :].strip(" ."):
        return None
    return dates[-1][0][0]


#: How many of the text's first paragraphs may say when the statement was made.
_OPENING = 3


def _openings(lines: list[Line], free: list[int], prose: set[int]) -> list[int]:
    """The opening paragraphs of prose: the text's first, then, where a heading naming a
    statement (:func:`names_statement`, before any colon: no "Read also: Statement on ...")
    stands after them (a page's report or a forum's post quoting a statement under its
    heading), the statement's own first; never below a line of signing ("Signatories of the
    statement:"), which heads the list, not a statement."""
    paragraphs = [i for i in free if i in prose]
    opening = paragraphs[:_OPENING]
    signing = _words("signing_words")
    for i in free:
        if not opening or i <= opening[-1] or i in prose:
            continue
        if signing.count(lines[i].content):
            break
        if names_statement(lines[i].content.split(":")[0]):
            return opening + [j for j in paragraphs if j > i][:_OPENING]
    return opening


def names_statement(content: str) -> bool:
    """True when a heading names a statement by one of its first four words ("Declaración
    conjunta de ...", "COMUNICATO STAMPA CONGIUNTO DEL 4.4.2022")."""
    statement = folded_words("statement_words")
    return len(content) <= 200 and any(fold(w) in statement for w in content.split()[:4])


def _opening_date(
    lines: list[Line], free: list[int], prose: set[int], news: bool
) -> Dateline | None:
    """The date the text's opening paragraphs say the statement was made (:func:`_openings`);
    on a news page (:func:`_dated_above`), a news agency's dateline opening a paragraph dates
    the item, not what its sentence tells of, and is passed over."""
    for i in _openings(lines, free, prose):
        line = _with_wrapped_date(lines, free, i)
        agency = _AGENCY.match(line.content) if news else None
        skipped = agency.end() if agency is not None else 0
        sourced = _sourced_dateline(line.content[skipped:])
        if sourced is not None:
            # the source's brackets may hold a stop ("Xandia Press - Online. 3 May 2031")
            head, day, place = sourced
            at = line.start + skipped
            return Dateline(head, Span(at, at + len(head)), "dateline", day, place)
        parts = [(skipped + at, part) for at, part in sentences(line.content[skipped:])]
        if parts:
            # a post's heading in quotation marks run into its first paragraph, then the
            # statement's dateline ("\"Unions unite.\" Zedpur- 5 May 2020 ...")
            run_in = _RUN_IN_HEADING.match(parts[0][1])
            cut = run_in.end() if run_in is not None else 0
            opening = _opening_dateline(_first_sentence(line.content, parts[0], cut))
            if opening is not None:
                head, day, place = opening
                at = line.start + parts[0][0] + cut
                return Dateline(head, Span(at, at + len(head)), "dateline", day, place)
        for offset, sentence in parts:
            if (made := _made_date(sentence)) is not None:
                (start, end), day = made
                at = line.start + offset
                raw = sentence[start:end]
                return Dateline(raw, Span(at + start, at + end), "dateline", day, None)
            if _made_relative(sentence):
                return None
    return None


def _first_sentence(content: str, first: tuple[int, str], cut: int) -> str:
    """A paragraph's first sentence from ``cut`` on, with the rest of the paragraph when a date
    runs past its end: the stop of an abbreviated month or era is no sentence's end ("Zedtown,
    Sept. 12, 2020 - ...", "Zedstadt, 12. Dez. 2020 - ...", "วันที่ 12 มีนาคม พ.ศ. 2568 ...")."""
    at, sentence = first
    rest = content[at + cut :]
    ends = len(sentence) - cut
    window = rest[: ends + _DATELINE_WIDTH]
    straddles = any(start < ends < end for (start, end), _ in _dates_in(window))
    return rest if straddles else sentence[cut:]


#: A heading in quotation marks that a post runs into its first paragraph, ending as a sentence
#: does inside them ('"Unions unite against the cuts." Zedpur- 5 May 2020 ...', "«Les syndicats
#: s’unissent !» Zedville, le ..."), before the paragraph's own first words.
_RUN_IN_HEADING = re.compile(r'^\s*["“„«][^"“”„«»]{2,200}?[.!?।。！？]\s*["”»]\s+(?=\S)')


def _with_wrapped_date(lines: list[Line], free: list[int], at: int) -> Line:
    """The opening paragraph's line ``at``, joined with the line right above or right below it
    when a full date is broken between the two ("... signed the agreement on Tuesday, November
    4," / "2014 at the party's headquarters ..."): a page wrapped by hand breaks its sentences
    where its width ends, in a date too, and each half alone gives no full date. Joined only
    with a line of the text's own (no furniture, no list) after which no sentence ends, with
    nothing but the line's end between the two, so that the joined content is the text's own
    (its offsets and its date's words the text's)."""
    for above, below in ((at - 1, at), (at, at + 1)):
        if above < 0 or below >= len(lines) or above not in free or below not in free:
            continue
        first, second = lines[above], lines[below]
        if second.start - first.end != 1 or first.content.endswith(_PROSE_END):
            continue
        joined = f"{first.content}\n{second.content}"
        cut = len(first.content)
        if any(start < cut < end for (start, end), _ in _dates_in(joined)):
            return Line(lines[at].number, first.start, second.end, joined)
    return lines[at]


def _made_relative(sentence: str) -> bool:
    """True when a sentence says the statement was made, issued or signed on a day it names
    only by a word for today or yesterday in the text's languages (:func:`~.calendars.made_days`),
    with no full date ("The following statement was issued by the two unions today:"): the text
    gives the statement's day so, and a date of a later sentence is of what it tells (the
    meeting before it), not the statement's."""
    folded = counted_words(sentence)
    days = made_days(reading().languages)
    made = _words("made_words")
    return (
        any(w in days for w in folded)
        and any(made.matches(w) for w in folded if w not in days)
        and not _words("future_words").count(sentence)
        and not _dates_in(sentence)
    )


def _opening_dateline(sentence: str) -> tuple[str, date, str | None] | None:
    """The dateline a paragraph's first sentence opens with, with its text: a place and a date
    ("Berlin, den 21.03.2024. Heute ...", "Paris, le 1er février 2022 — Les ..."), a date alone
    before a dash ("13 พ.ค.62 - เวลา 14.00 น. ...", "12 May 2020 - The ..."), or, ahead of the
    sentence's words, a place glued to a dash before its date ("Zedpur- 5 May 2020, the ...")
    or a word for "on the day" ("tarehe 10 Mei 2007 ..."): never a date after a preposition
    of the sentence ("On 5 May 2020, the police ..."). The dash may be written onto the date
    ("12 May 2020- The ..."), and the dateline may stand in brackets ("(November 25, 2021 –
    Zedtown) The parties ...", "(Zedtown, 25 de noviembre de 2021).- Los partidos ...")."""
    bracketed = _BRACKETED_DATELINE.match(sentence)
    if bracketed is not None:
        # a place beside the date, or words after a dash: a date alone in brackets is a desk's
        inner = bracketed.group(1)
        found = read_dateline(inner)
        placed = found is not None and found[0] == "dateline" and found[2] is not None
        opened = _opening_dateline(inner) if re.search(r"\s[–—-]\s", inner) else None
        if placed and found is not None:
            return sentence[: bracketed.end(1) + 1], found[1], found[2]
        if opened is not None:
            return sentence[: bracketed.end(1) + 1], opened[1], opened[2]
        return None
    parts = re.split(r"(?:\s|(?<=\d))[–—-]\s", sentence)
    head = parts[0].rstrip(" .:–—-")
    found = read_dateline(head) if len(head) <= 80 else None
    if found and found[0] == "dateline" and (found[2] is not None or len(parts) > 1):
        return head, found[1], found[2]
    dates = _dates_in(sentence)
    if not dates or dates[0][0][0] > _OPENING_WIDTH:
        return None
    (start, end), day = dates[0]
    before = sentence[:start]
    words = before.split()
    by_day = bool(words) and _words("day_words").matches(fold(words[-1]))
    # the place's dash as a dateline's comma: "Zedpur- 5 May 2020" reads as "Zedpur, 5 May
    # 2020", and before a word for "on the day" too ("Zedpur- tarehe 5 Mei 2020")
    place = before[: before.rstrip().rfind(words[-1])] if by_day else before
    day_word = before[len(place) :]
    found = read_dateline(re.sub(r"\s*[–—-]\s*$", ", ", place) + day_word + sentence[start:end])
    if found is None or found[0] != "dateline" or not (by_day or found[2] is not None):
        return None
    joined = bool(words) and len(words) >= 2 and fold(words[-1]) in PLACE_JOINS
    # a date that ends with its own stop ends the sentence too ("Zedgrad, 12 дек. 2020 г. ...")
    stopped = sentence[:end].endswith(".") and sentence[end : end + 1].isspace()
    if found[2] is not None and not (
        by_day or joined or stopped or _SEPARATED.match(sentence[end:])
    ):
        # "Zedtown, 5 May 2020 was the day ...": no dateline's separator after it; a place
        # joined to its date by a word that writes nothing else ("بيروت في 21 ...") needs none
        return None
    if found[2] is not None and not _a_place(found[2]):
        return None  # "Last Friday, 5 May 2020, the police ...", "Aprovado em Lisboa, a 14 ..."
    return sentence[:end], day, found[2]


#: A dateline in brackets opening a paragraph, then its words ("(November 25, 2021 – Zedtown)
#: The ...", "(Zedtown, 25 de noviembre de 2021).- Los ...").
_BRACKETED_DATELINE = re.compile(r"^\(([^()]{6,80})\)[.:,]?\s*[–—-]?\s*\S")
#: A place, then in brackets the source of the report and its date after a separator, at the
#: opening of a paragraph ("Zedpur (Xandia Press - Online. 3 May 2031) The unions ..."): group
#: ``place``, the bracket's words ``inner``.
_PLACE_THEN_SOURCE = re.compile(
    r"^(?P<place>[^\W\d_][^()\d]{0,40}?)\s*\((?P<inner>[^()]{8,100})\)\s*\S"
)
#: A source's name, its date alone in brackets, a dash and a place before a dash of its own
#: ("XNS (3.5.2031) – Zedtown- We, ..."): groups ``day`` and ``place``.
_SOURCE_THEN_PLACE = re.compile(
    r"^[^\W\d_][^()\d]{0,40}?\s*\(\s*(?P<day>[^()]{6,30}?)\s*\)\s*[–—-]\s*"
    r"(?P<place>[^\W\d_][^\d()–—-]{1,30}?)\s*[–—-]\s"
)
#: The most words of a place in a source's dateline (:func:`_sourced_dateline`).
_PLACE_WORDS = 3


def _sourced_dateline(sentence: str) -> tuple[str, date, str | None] | None:
    """The dateline of a report's source that opens a paragraph with its place and date: a
    place, then in brackets the source's name and the date after a separator ("Zedpur (Xandia
    Press - Online. 3 May 2031) The unions ..."), or the source's name, its date alone in
    brackets and the place behind a dash ("XNS (3.5.2031) – Zedtown- We, ..."). A date in
    brackets with no separator before it tells of the words before it ("The Xandia Party
    (founded 3 May 2001) ..."), and a desk's date with no place after it is the page's
    (:func:`_desk_stamp`)."""
    placed = _SOURCE_THEN_PLACE.match(sentence)
    if placed is not None:
        place, day = placed.group("place"), _whole_date(placed.group("day"))
        head = sentence[: placed.end("place")]
    else:
        placed = _PLACE_THEN_SOURCE.match(sentence)
        inner = placed.group("inner") if placed is not None else ""
        dates = _dates_in(inner)
        if placed is None or len(dates) != 1 or inner[dates[0][0][1] :].strip(" .,،۔"):
            return None
        source = inner[: dates[0][0][0]].rstrip()
        if not source[:-1].strip() or source[-1:] not in "-–—,،۔/|:.":
            return None
        place, day, head = placed.group("place"), dates[0][1], sentence[: placed.end("inner") + 1]
    place = place.strip()
    if day is None or len(place.split()) > _PLACE_WORDS or not _a_place(place):
        return None
    return head, day, place


#: How far into a sentence a date may begin for :func:`_opening_dateline` to read it.
_OPENING_WIDTH = 48
#: What follows a dateline's date in the sentence it opens: a comma, a dash, a colon or a stop,
#: or a stop and a dash ("Zedópolis, 5 de mayo de 2020.- Los ..."), after an abbreviation in
#: brackets perhaps, or that alone ("Zedtown, 3 May 2020 (XUF) – The Xandia Union Federation
#: ...", "ዜድ ከተማ፣ ነሐሴ 14፣ 2017 (ኤክስ ዋይ ዜድ) ...": a signer's, or a news agency's,
#: :data:`_AGENCY`).
_SEPARATED = re.compile(
    rf"^\s*(?:\({_SHORT_NAME}\)(?:\s*(?:\.?[,،:;–—-]|\.(?:\s|$)))?|\.?[,،:;–—-]|\.(?:\s|$)|$)"
)


def _a_place(place: str) -> bool:
    """True when what a dateline's place reads can be a place's name: its words open with no
    small letter, and name no day or month ("Last Friday") and no time of making ("Today")."""
    forms = patterns()
    return not _words("made_words").count(place) and not any(
        w[:1].islower() or name_key(w) in forms.weekdays or name_key(w) in forms.months
        for w in place.split()
    )


#: How far before a date :func:`_range_before` looks for the first day of a range.
_RANGE_WINDOW = 40


def _range_words() -> str:
    """The words joining a range's first and last day (``range_words``), folded, as a regular
    expression (longest first): the one list :func:`_range_before` and :func:`_range_after`
    both read."""
    words = {re.escape(folded_in_place(w)) for w in _data()["range_words"]}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


@cache
def _range_before() -> re.Pattern[str]:
    """The first day of a range written out before a date, folded: a day, and its month when
    the range crosses one, then a dash, a slash or a word for "and", "to" or "until"
    (``range_words``, any language) and maybe an article: "l'11 e il 12 aprile", "du 18 au 20
    octobre", "10 và 11 tháng 5", "30 April - 1 May", "من 10 إلى 11 مايو"."""
    _, month = names_of("months")
    return compiled(
        rf"(?:(?:{month})\.?\s+)?(?<!\d)\d{{1,2}}(?:st|nd|rd|th|er|e|o|°)?\.?\s*(?:(?:de\s+|of\s+)?(?:{month})\.?\s*)?"
        rf"(?:[-–—/~～〜]|(?<!\w)(?:{_range_words()}))\s*(?:(?:il|le|el|the|den|l'|l’|al|au)\s*)?$"
    )


@cache
def _range_after() -> re.Pattern[str]:
    """The last day of a range after a date that ends with its first day, as the languages
    that write the year first write it, folded: a dash or a word for "and", "to" or "until"
    (``range_words``) and a day ("2018. május 10-11-én", "2018 m. gegužės 10–11 d."). A first
    day written with its own ending or word ("10-én", "10 d.") is one day, and a clock time is
    no day ("2018. május 10. - 14:00")."""
    return re.compile(
        rf"(?<![^\W\d_])(?<![^\W\d_]\.)"
        rf"\.?\s*(?:[-–—]|(?:{_range_words()})\s)\s*\d{{1,2}}(?!\d|[:.,]\d)"
    )


@remembered()
def _dates_in(text: str) -> tuple[tuple[tuple[int, int], date], ...]:
    """The full single dates in ``text`` with their offsets: not ranges, not without a year
    (remembered for a short text, with how the text it is read in writes its dates: the lines
    of a text are read for dates by several steps)."""
    folded = folded_in_place(text)
    found = []
    for match in date_matches(folded):
        if _a_range(folded, match):
            continue
        day = date_of(match)
        if day is not None:
            found.append(((match.start(), match.end()), day))
    return tuple(found)


def _a_range(folded: str, match: re.Match[str]) -> bool:
    """True when the date ``match`` found in ``folded`` is the last day of a range of days (its
    first day before it, "7-8 October 2011", "du 18 au 20 octobre") or the first day of one
    written year first ("2018. május 10-11-én")."""
    if match.group("r1") or match.group("r2"):
        return True
    if _range_before().search(folded, max(0, match.start() - _RANGE_WINDOW), match.start()):
        return True
    return bool(match.group("d3") and _range_after().match(folded, match.end()))


def names_a_range(line: str) -> bool:
    """True when a date on ``line`` is a range of days ("Zedtown, 14-15 March 2021"): a range
    names no single day, so it is no day of making or publishing (a dateline keeps its place)."""
    folded = folded_in_place(" ".join(_BIDI.sub("", ascii_digits(line)).split()))
    return any(_a_range(folded, match) for match in date_matches(folded))


def writes_month_first(lines: list[Line]) -> bool:
    """True when a text writes its dates with a month's name before the day ("March 14, 2021",
    "Marso 14, 2021") and never after it ("14 March 2021"): then its slashed dates either of
    whose numbers may be the month ("11/5/2019") are read month first, as such a text writes
    them (:func:`~kzld.parse.reading.reading_in`)."""
    month_first = False
    for line in lines:
        for match in date_matches(folded_in_place(line.content)):
            if match.group("m1"):
                return False
            month_first = month_first or bool(match.group("m2"))
    return month_first


def _whole_date(text: str) -> date | None:
    dates = _dates_in(text)
    return dates[0][1] if len(dates) == 1 else None


# --------------------------------------------------------------------------- update stamps


@cache
def _day_month() -> re.Pattern[str]:
    """A day and month without a year (``3 novembre``, ``November 3``), folded."""
    _, month = names_of("months")
    return re.compile(
        rf"(?<!\w)(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|o|°)?\.?\s*(?:de\s+|of\s+)?"
        rf"(?P<m1>{month})\.?|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?!\w)"
        r"(?!\.?\s*,?\s*(?:de\s+|del\s+|nam\s+)?\d)"
    )


def update_stamp(text: str, known: frozenset[date] = frozenset()) -> date | None:
    """The date of an update stamp in ``text``, in brackets ("[updated 26/03/2012]",
    "(Aktualisierung vom 24.09.22)", "(aggiornamento al 3 novembre)") or opening it with a word
    of updating ("Stand: 21.03.2011", "Updated 26 March 2012"), or ``None``.

    A stamp without a year takes it from ``known``, the full dates the text gives, when exactly
    one of them falls on that day and month; else it gives no date.
    """
    updating = _words("update_cues")
    stamps = [b.group(1) for b in re.finditer(r"[(\[]([^()\[\]]{3,80})[)\]]", text)]
    opening = text.strip()[:40].split(None, 1)
    if opening and updating.matches(fold(opening[0]).strip(":")):
        stamps.append(text.strip()[:80])
    for inner in stamps:
        if not (updating.count(inner) or _as_of_cue(inner)):
            continue
        day = _whole_date(inner)
        if day is not None:
            return day
        match = _day_month().search(folded_in_place(inner))
        if match is None:
            continue
        months = patterns().months
        month = months[name_key(match.group("m1") or match.group("m2"))]
        number = int(match.group("d1") or match.group("d2"))
        same = {d for d in known if (d.month, d.day) == (month, number)}
        if len(same) == 1:
            return same.pop()
    return None


#: The most words besides its date a line may hold to be a date line (:func:`is_date_line`).
_DATE_LINE_WORDS = 2
#: The longest date line.
_DATE_LINE_WIDTH = 60


def is_date_line(line: str) -> bool:
    """True when ``line`` is short, gives one full date and at most two words besides it (a
    place, a word for year or era), perhaps beside the same day in another calendar ("Zedgrad,
    8 март 1995 година", "২৩শে সেপ্টেম্বর, ২০২৩ খ্রিস্টাব্দ | ৮ই আশ্বিন, ১৪৩০ বঙ্গাব্দ"), or a
    clock time beside a day, a month and a year (:func:`_clock_and_day`). Such a line is a
    dateline or the page's header date even when :func:`read_dateline` does not read it whole:
    never a title."""
    if _clock_and_day(line):
        return True
    parts = _PARTS.split(_in_ascii_digits(line.strip(" |•·")))
    dated = [part for part in parts if len(_dates_in(part)) == 1]
    if len(dated) != 1 or len(dated[0]) > _DATE_LINE_WIDTH:
        return False
    (start, end), _ = _dates_in(dated[0])[0]
    others = [p for p in parts if p is not dated[0]]
    # "... | ৮ই আশ্বিন, ১৪৩০ বঙ্গাব্দ", "| 23 جمادي الأول 1446 هـجرية": the same day in another
    # calendar, whose month may take two words and its era one
    if not all(_DIGIT.search(p) and _words_besides(p) <= _DATE_LINE_WORDS + 1 for p in others):
        return False
    return _words_besides(dated[0][:start] + " " + dated[0][end:]) <= _DATE_LINE_WORDS


#: A clock time and a year of the Gregorian calendar, anywhere in a line.
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_A_YEAR = re.compile(r"(?<!\d)(?:18|19|20|21)\d\d(?!\d)")


def _clock_and_day(line: str) -> bool:
    """True when a short line gives a clock time, a year and a day with its month's name in
    any order and with any words between ("2024, 18 Aprel, Cümə axşamı, Bakı vaxtı 11:17"): a
    site's header stamp, whose date may be written in no order :func:`_dates_in` reads."""
    text = ascii_digits(line.strip())
    if len(text) > _CLOCKED_WIDTH or not _CLOCK.search(text) or not _A_YEAR.search(text):
        return False
    return bool(_day_month().search(folded_in_place(text)))


#: The separators of a line's parts ("<date> | <the same day in another calendar>").
_PARTS = re.compile(r"\s+[|•·]\s+")


def _words_besides(text: str) -> int:
    """How many words of ``text`` have letters and no digit."""
    return len([w for w in text.split() if any(c.isalpha() for c in w) and not _DIGIT.search(w)])


def text_dates(lines: list[Line]) -> frozenset[date]:
    """Every full date the text gives, anywhere in it."""
    return frozenset(day for line in lines for _, day in _dates_in(line.content))


def with_update_stamps(lines: list[Line], skip: set[int], sections: list[Section]) -> list[Section]:
    """The lists, each with the as-of date of the update stamp that governs it, when it has none
    yet: a stamp in its own heading (a day and month only, the year completed from the text), or
    else a stamp in the title lines above the text's prose, which governs every list of it."""
    if all(s.as_of is not None for s in sections if s.kind == "list"):
        return sections
    known = text_dates(lines)
    head = None
    for k, i in enumerate(i for i, line in enumerate(lines) if i not in skip and not line.blank):
        if k > 0 and _prose(lines[i].content):
            break  # the title, then the lines above the text's prose
        head = head or update_stamp(lines[i].content, known)
    changed = []
    for section in sections:
        if section.kind == "list" and section.as_of is None:
            as_of = update_stamp(section.heading, known) or head
            section = replace(section, as_of=as_of)
        changed.append(section)
    return changed
