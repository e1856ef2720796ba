"""Signers named in apposition to a word for organisations in the plural ("De fem
fredsorganisationerna A, B och C har ...", "these parties, namely A, B", "the unions of the north
(A, B and C)") or to their number ("five parties – A, B, C, D and E"): as many names as the number
says, parted by the commas and the last "and" first when they give that many ("five parties – A
and B, C, D, E and F": "and" inside a name), or by semicolons ("12 organisations – A – its wing;
B; C"); names in brackets or between two spaced dashes after the plural by the same marks. The
places or the sector a preposition after the plural names are its qualifier, not names, where
the first of a run of abbreviations is glued to them ("los sindicatos de Xandia y Zetia XLA, ZCA
y YSU": :func:`_past_qualifier`). A plural after a word for "with", "for", "to" or "against"
("we stand with the unions A, B": ``company_words``) names whom the text stands by or speaks
of: no signer is read after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import islice

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words
from .lists import without_glued_and
from .names import (
    generic_plural,
    is_abbreviation,
    is_bare_type_word,
    is_name_join,
    is_type_word,
)
from .outside import signers_section
from .provenance import reads
from .running import WORD, organisations, reads_as_name, spells
from .runs import name_run
from .spans import signing_words
from .text import Line, words
from .totals import number_value

__all__ = [
    "after_plural",
    "counted_signers",
    "plural_signers",
]

#: A comma, a colon or a dash, or a word, after a number of organisations.
_GAP = re.compile(r"\s*(?:[,:–—-]|[^\W\d_][\w'’-]*)\s*")
#: A capitalised word and the token after it.
_TITLED = re.compile(r"\s+([^\W\d_][\w'’-]*)\s+(\S+)")


#: Before names in brackets after a counted word ("13 subscritores iniciais (A, B, ...)"), and
#: the gap before names after it.
_BRACKET = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\(")
_LEAD = re.compile(r"[ :–—-]*")
#: Before names after a word for organisations in the plural: a bracket, colon, comma or dash.
_OPENING = re.compile(r"\s*[(:,–—-]?\s*")
#: A word saying that names follow ("namely", "وهي") and the space after it.
_NAMELY = re.compile(r"([^\W\d_]+)\s+")
#: A word (in lower case, the caller checks) between a plural and the names after it.
_LOWER = re.compile(r"\s*([^\W\d_]+)(?=[\s,:(])")


def after_plural(content: str, start: int) -> int | None:
    """Where names may follow a word for organisations in the plural among the first words of
    ``content`` from ``start`` ("Organisationen der"); else ``None``."""
    words = list(islice(WORD.finditer(content, start), _AFTER_WORD))
    return _place(content, words, 0, number=False)


def _count_places(content: str) -> list[tuple[int, int]]:
    """Each number in ``content`` that a word for organisations follows ("five leftist parties
    –"), and where names may follow that word: in one pass, so that a line of many numbers
    costs its length, not its square."""
    words = list(WORD.finditer(content))
    places: list[tuple[int, int]] = []
    for k, word in enumerate(words):
        if number_value(word.group()) is None:
            continue
        place = _place(content, words, k + 1, number=True)
        if place is not None:
            places.append((word.start(), place))
    return places


#: How many words after a number, or from a word for organisations on, may hold the plural.
_AFTER_NUMBER = 4
_AFTER_WORD = 8


def _place(content: str, words: list[re.Match[str]], k: int, number: bool) -> int | None:
    """Where names may follow the first word for organisations among ``words`` from ``k`` on
    (the few words after a number, when ``number``); else ``None``."""
    for later in words[k : k + (_AFTER_NUMBER if number else _AFTER_WORD)]:
        # after a number many languages write the noun in the singular ("tiga parti", "hat
        # párt", "7 parti"): a type word counts there as a plural does
        counted = number and (_signers_word(later.group()) or is_type_word(later.group()))
        if number and _apart(content, words[k - 1], later):
            return None  # "dos Trabalhadores, o Partido": "dos" counts nothing here
        if generic_plural(later.group()) or counted:
            bracket = _BRACKET.match(content, later.end())
            if number and bracket:
                # "13 subscritores iniciais (A, B, ...)": the names are in the brackets
                return bracket.end()
            lead = _LEAD.match(content, later.end())
            return lead.end() if lead else later.end()
    return None


def _apart(content: str, number: re.Match[str], word: re.Match[str]) -> bool:
    """True when a comma or a stop stands between ``number`` and the word ``word`` after it: the
    number counts no organisations that word names ("dos Trabalhadores, o Partido X":
    Portuguese "of the", which is Spanish "two")."""
    return any(c in content[number.end() : word.start()] for c in ",.;:")


def _signers_word(word: str) -> bool:
    """True when ``word`` names signers in the plural ("subscritores", "signatories")."""
    folded = fold(word)
    return signing_words().matches(folded) and folded.endswith(("s", "er", "i", "и", "ες"))


@reads
def counted_signers(line: Line) -> Section | None:
    """The signers an apposition names after their number ("five parties – A, B, C, D and E",
    "Три политические партии - A, B и C"): only when as many names follow as the number says."""
    places: list[tuple[int, int]] | None = None
    for word in WORD.finditer(line.content):
        value = number_value(word.group())
        if value is None or value > 30:
            continue
        places = _count_places(line.content) if places is None else places
        # the first number from this one on that a word for organisations follows
        first = bisect_left(places, (word.start(), -1))
        for _, at in places[first : first + 1]:
            for start in _gaps(line.content, at):
                # the commas and the last "and" first: "pet stranaka – A i B, C, D i E –" is
                # five names, "and" inside one of them (the number says so)
                names = _counted_parts(line.content, start, value, line.start)
                # names the page parts by semicolons are names whatever their words in lower
                # case ("Xandian security and integration;"): the number and the marks say so
                listed = _semicolons(line, names)
                if not names:
                    names, _ = name_run(line.content[start:], line.start + start, relaxed=True)
                prose = not listed and any(_prose_inside(name) for _, name in names)
                if len(names) == value and not prose:
                    return signers_section(line, names, "phrase")
    return None


def _semicolons(line: Line, names: list[tuple[int, str]]) -> bool:
    """True when a semicolon parts each of ``names`` from the next in ``line``."""
    ends = [at - line.start + len(name) for at, name in names[:-1]]
    starts = [at - line.start for at, _ in names[1:]]
    return bool(ends) and all(
        ";" in line.content[end:begin] for end, begin in zip(ends, starts, strict=True)
    )


#: What opens an apposition of names after a number of organisations: a dash, a colon, a
#: comma, a bracket.
_APPOSITION_OPENS = ("–", "—", "-", ":", ",", "(")
#: The most words of one part of such an apposition (a longer one is a clause).
_PART_WORDS = 10
#: Where an apposition of names ends: a spaced dash, a stop, a semicolon or a colon.
_APPOSITION_END = re.compile(r"\s[–—]\s|\s-\s|[.;:!?](?=\s|$)")


def _counted_parts(content: str, start: int, value: int, offset: int) -> list[tuple[int, str]]:
    """The ``value`` names from ``start`` of ``content`` to the end of the apposition (a spaced
    dash, a stop, a closing bracket), in parts between commas outside brackets, the last part
    parted at its last word for "and" when one name is still wanting ("A i B, C, D i E" for
    five: "A i B" is one name, the number says so); each part without the words in lower case
    that say its kind ("stranke Naprijed"). Every part must read as an organisation's name, or
    none is taken."""
    if not content[:start].rstrip().endswith(_APPOSITION_OPENS):
        return []  # no apposition: "2. X CENTRE FOR PEACE AND ..." names one
    parts = _bracketed_parts(content, start)
    if len(parts) < value - 1:
        # "12 organisations – A – its wing; B; C": names parted by semicolons, a dash inside one
        parts = _semicolon_parts(content, start) or parts
    if any(len(part.split()) > _PART_WORDS for _, part in parts):
        return []  # a clause, no name: the apposition ends at no dash or stop near
    if len(parts) == value - 1 and parts:
        at, last = parts[-1]
        cut = [m for m in WORD.finditer(last) if m.group().islower() and fold(m.group()) in _ands()]
        if cut and cut[-1].start() > 0:
            head, tail = last[: cut[-1].start()].rstrip(), last[cut[-1].end() :].lstrip()
            parts[-1:] = [(at, head), (at + len(last) - len(tail), tail)]
    if len(parts) != value:
        return []
    names = [_past_kind(at, part) for at, part in parts]
    kept = organisations([(offset + at, name) for at, name in names if name])
    return kept if len(kept) == value else []


@cache
def _ands() -> frozenset[str]:
    """The words for "and" that may close an apposition counted short of one name: those of
    ``and_words`` and those that are "and" only between names (``and_before_capitals``: Latvian
    "un", Slovene "in", Czech "a"), since the number says one name more follows; a word of a
    name is still no cut where the tail reads as no organisation's name."""
    return folded_words("and_words") | folded_words("and_before_capitals")


def _semicolon_parts(content: str, start: int) -> list[tuple[int, str]]:
    """The stretches between semicolons from ``start`` of ``content`` to the end of its sentence
    (a stop), as ``(offset in content, text)``, spaces trimmed; ``[]`` when no semicolon parts
    them."""
    stop = _STOP.search(content, start)
    stretch = content[start : stop.start() if stop else len(content)]
    if ";" not in stretch:
        return []
    parts: list[tuple[int, str]] = []
    at = start
    for piece in stretch.split(";"):
        trimmed = piece.strip()
        if trimmed:
            parts.append((at + len(piece) - len(piece.lstrip()), trimmed))
        at += len(piece) + 1
    return parts


def _bracketed_parts(content: str, start: int) -> list[tuple[int, str]]:
    """The stretches between commas from ``start`` of ``content`` to the apposition's end (a
    spaced dash, a stop, a bracket closing one opened before ``start``), brackets kept whole, as
    ``(offset in content, text)``, spaces trimmed; ``[]`` when a bracket is left open."""
    parts: list[tuple[int, str]] = []
    depth = 0
    begin = start
    k = start
    while k < len(content):
        char = content[k]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0 and char == ",":
            parts.append((begin, content[begin:k]))
            begin = k + 1
        elif depth == 0 and _APPOSITION_END.match(content, k):
            break
        k += 1
    if depth > 0:
        return []
    parts.append((begin, content[begin:k]))
    trimmed = [(at + len(p) - len(p.lstrip()), p.strip()) for at, p in parts]
    return [(at, p) for at, p in trimmed if p]


#: Quotation marks that may open a name.
_OPENING_QUOTES = "«“„\"'‘‚"


def _past_kind(at: int, part: str) -> tuple[int, str]:
    """``part`` without the words in lower case before its first capitalised word that say its
    kind or are an article ("stranke Naprijed", "the X Front"); ``(at, "")`` when it opens with
    other words in lower case."""
    found = list(re.finditer(r"\S+", part))
    k = 0
    # a name in quotation marks opens at its capital ("arodbiedrības „X”", "sindicato «Y»")
    while k < len(found) and not found[k].group().lstrip(_OPENING_QUOTES)[:1].isupper():
        word = found[k].group()
        if not (
            is_type_word(word) or generic_plural(word) or fold(word) in folded_words("articles")
        ):
            return at, ""
        k += 1
    if k == len(found) or k > 2:
        return at, ""
    return at + found[k].start(), part[found[k].start() :]


def _prose_inside(name: str) -> bool:
    """True when a name read by its capitals holds two words in lower case or more that neither
    join a name's words, nor are articles (a name's too: "Συνδικάτο ... και τις Κατασκευές"), nor
    say what an organisation is ("Híd koalíciókötési szándékát")."""
    articles = folded_words("articles")
    lower = [
        w
        for w in words(name)
        if w[:1].islower() and not (is_name_join(w) or fold(w) in articles or is_bare_type_word(w))
    ]
    return len(lower) >= 2


def _gaps(content: str, at: int) -> list[int]:
    """Where names may open after ``at``: there, and after each of up to three gaps in a row
    (a comma, a colon, a dash, a word in lower case) between a number of organisations and
    their names ("3 parti tersebut PKX, ...", "A 3 párt, az XKP, ...")."""
    starts = [at]
    for _ in range(3):
        gap = _GAP.match(content, starts[-1])
        if not gap or gap.end() == starts[-1]:
            break
        word = gap.group().strip()
        if word[:1].isalpha() and not word.islower():
            break
        starts.append(gap.end())
    return starts


@reads
def plural_signers(line: Line) -> Section | None:
    """The signers an apposition names after a word for organisations in the plural, in the lead
    of a text ("De fem fredsorganisationerna A, B och C har ...", "Kaikki keskusjärjestöt (A, B ja
    C) ovat ...", "Keempat serikat buruh itu yakni A, B dan C"): a few words in lower case may
    come between ("itu yakni", "namely"). Two organisations or more, persons and countries left
    out, and as many as a number before the word says."""
    content = line.content
    names: list[tuple[int, str]] = []
    taken: set[tuple[int, str]] = set()  # the names, to look up (a paragraph may hold thousands)
    for word in WORD.finditer(content):
        if not generic_plural(word.group()) or (names and word.start() < names[-1][0] - line.start):
            continue
        before = _words_before(content, word.start(), 3)
        if word.group()[:1].isupper() and _in_name(before):
            continue  # "Coordination des Associations et ...": the word is a name's
        if _inside_name(content, word, before):
            continue  # "Народной партии Ксании": a genitive singular that spells as a plural
        if _in_company(before):
            continue  # "solidarity with the unions A, B": whom the text stands with
        counted = [number_value(w) for w in before]
        value = next((v for v in counted if v is not None), None)
        at = _past_title_case(content, word)
        enclosed = _enclosed(content, at, line.start)
        if len(enclosed) >= 2 and (value is None or value == len(enclosed)):
            new = [n for n in enclosed if n not in taken]
            names += new
            taken.update(new)
            continue
        for _ in range(4):
            opening = _OPENING.match(content, at)
            start = opening.end() if opening else at
            namely = _NAMELY.match(content, start)
            if namely and fold(namely.group(1)) in folded_words("namely_words"):
                start = namely.end()  # "هذه الأحزاب وهي X، Y": the word says the names follow
            found, _ = name_run(content[start:], line.start + start, relaxed=True)
            found = _past_qualifier(found, content[word.end() :], line.start + word.end())
            kept = organisations([*found[:1], *(without_glued_and(*n) for n in found[1:])])
            if len(kept) >= 2 and (value is None or value == len(kept)):
                new = [n for n in kept if n not in taken]
                names += new
                taken.update(new)
                break
            lower = _LOWER.match(content, at)
            if not lower or not lower.group(1)[:1].islower() or generic_plural(lower.group(1)):
                break
            if number_value(lower.group(1)) is not None:
                break  # "presentan cinco demandas: ...": the names after it count something else
            at = lower.end()
    return signers_section(line, names, "phrase") if names else None


def _past_qualifier(found: list[tuple[int, str]], after: str, offset: int) -> list[tuple[int, str]]:
    """The names ``found`` in the text ``after`` a word for organisations in the plural (at
    document ``offset``), when words in lower case come between ("los sindicatos de Xandia y
    Zetia XLA, ZCA y YSU", "the unions of the Xandian Coast XTU and ZTU"): when the run closes
    with bare abbreviations, the first of them glued to capitalised words that it does not
    spell, those words and the names before them are the plural's qualifier (where the
    organisations are from, what they are), not names; the abbreviations are. Else ``found``
    as it is."""
    if not found or not any(w[:1].islower() for w in after[: found[0][0] - offset].split()):
        return found
    for k, (at, name) in enumerate(found):
        glued = name.split()
        if len(glued) < 2 or not is_abbreviation(glued[-1]):
            continue
        rest = found[k + 1 :]
        if not rest or not all(len(n.split()) == 1 and is_abbreviation(n) for _, n in rest):
            return found
        if spells(glued[-1], glued[:-1]):
            return found  # "Xandia Teachers Union XTU": the abbreviation of the words before it
        return [(at + name.rindex(glued[-1]), glued[-1]), *rest]
    return found


#: Where names in apposition to a word for organisations in the plural open, enclosed: an
#: opening bracket or a spaced dash, after up to three words of the word's qualifier ("σωματεία
#: της Xandias (", "unions of the north –").
_ENCLOSURE = re.compile(r"(?:\s+[^\W\d_][\w'’.-]*){0,3}?\s*(\(|\s[–—]\s)")
#: Where a sentence ends inside an apposition between dashes: no closing dash comes.
_STOP = re.compile(r"[.!?](?=\s|$)")


def _enclosed(content: str, at: int, offset: int) -> list[tuple[int, str]]:
    """The names of an apposition in brackets or between two spaced dashes right after a word
    for organisations in the plural at ``at`` of ``content``, or after a few words of its
    qualifier ("Τα σωματεία της Xandias (A, B, C) ...", "four unions – A (AU), B (BU) and C –
    ..."): the parts between its commas, the last parted at its last word for "and" when the
    parts read as names; each part without the words in lower case that say its kind. Inside
    brackets only the closing bracket ends the names (an initial's stop does not: "Κ. Xandias").
    Every part must read as an organisation's name, or none is taken: an apposition of other
    things ("(Xandia, Zetland and Yland)", "– from the north and the south –") names none."""
    opening = _ENCLOSURE.match(content, at)
    if opening is None:
        return []
    start = opening.end()
    if opening.group(1) == "(":
        end = _closing_bracket(content, start)
    else:
        close = content.find(opening.group(1), start)
        stop = _STOP.search(content, start)
        end = close if close >= 0 and (stop is None or close < stop.start()) else None
    if end is None:
        return []
    parts = _split_parts(content[start:end])
    if len(parts) >= 2:
        at_last, last = parts[-1]
        cut = [m for m in WORD.finditer(last) if m.group().islower() and fold(m.group()) in _ands()]
        if cut and cut[-1].start() > 0:
            head, tail = last[: cut[-1].start()].rstrip(), last[cut[-1].end() :].lstrip()
            # "and" inside the last name ("Union of Builders and Allied Trades") parts nothing:
            # the words after it must read as a name of their own
            if reads_as_name(_past_kind(0, tail)[1]):
                parts[-1:] = [(at_last, head), (at_last + len(last) - len(tail), tail)]
    names = [_past_kind(start + at_part, part) for at_part, part in parts]
    if len(names) < 2 or not all(name for _, name in names):
        return []
    if any(_prose_inside(name) for _, name in names):
        return []
    kept = organisations([(offset + at_name, name) for at_name, name in names])
    return kept if len(kept) == len(names) else []


def _closing_bracket(content: str, start: int) -> int | None:
    """Where the bracket opened right before ``start`` closes, brackets inside kept whole."""
    depth = 0
    for k in range(start, len(content)):
        if content[k] == "(":
            depth += 1
        elif content[k] == ")":
            if depth == 0:
                return k
            depth -= 1
    return None


def _split_parts(stretch: str) -> list[tuple[int, str]]:
    """The parts of ``stretch`` between its commas outside brackets, spaces trimmed, as
    ``(offset in stretch, text)``."""
    parts: list[tuple[int, str]] = []
    depth = 0
    begin = 0
    for k, char in enumerate(stretch):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append((begin, stretch[begin:k]))
            begin = k + 1
    parts.append((begin, stretch[begin:]))
    trimmed = [(at + len(p) - len(p.lstrip()), p.strip()) for at, p in parts]
    return [(at, p) for at, p in trimmed if p]


def _words_before(content: str, end: int, count: int) -> list[str]:
    """The last ``count`` words of ``content`` before ``end`` (as ``split`` gives them), read
    from a stretch before ``end`` that widens until it holds more words than that, so that a
    long paragraph is not split again at each of its plurals."""
    span = 64
    while True:
        found = content[max(0, end - span) : end].split()
        if len(found) > count or span >= end:
            return found[-count:]
        span *= 4


def _past_title_case(content: str, word: re.Match[str]) -> int:
    """Where names may follow a capitalised word for organisations in the plural: after the
    capitalised word that goes on with it right before an abbreviation ("As Centrais Sindicais
    XCT, ...": "Sindicais" is the kind's, as "Centrais" is), else right after it."""
    titled = _TITLED.match(content, word.end())
    if not word.group()[:1].isupper() or titled is None:
        return word.end()
    follower, abbreviation = titled.group(1), titled.group(2).strip(",;:([")
    if follower[:1].isupper() and not is_abbreviation(follower) and is_abbreviation(abbreviation):
        return titled.end(1)
    return word.end()


def _inside_name(content: str, word: re.Match[str], before: list[str]) -> bool:
    """True when ``word``, in lower case, stands between a capitalised word that opens no
    sentence and is no country's name or demonym and a capitalised word right after it: a
    name's word in a case that spells as the plural ("Народной партии Ксании", the People's Party
    of Xandia), not a group's ("Xandian unions X, Y"; "the Greek unions ZWU, ...")."""
    if not before or not word.group()[:1].islower() or not before[-1][:1].isupper():
        return False
    previous = before[-1]
    if previous[-1:] in '.!?:;,)»”"' or len(before) < 2 or before[-2][-1:] in ".!?:":
        return False
    following = content[word.end() : word.end() + 40].split()
    if (
        not following
        or not following[0][:1].isupper()
        or is_abbreviation(following[0].strip(",;:"))
    ):
        return False
    return country_code(previous) is None


def _in_company(before: list[str]) -> bool:
    """True when a word for "with", "for", "to" or "against" (``company_words``) is one of the
    two words ``before`` a word for organisations in the plural, perhaps an article after it
    ("we stand with the unions A, B", "Solidarität mit den Gewerkschaften A, B", "contra los
    partidos A, B"): the names after the plural are whom the text stands by, speaks to or
    against, not who speaks."""
    company = folded_words("company_words")
    return any(fold(w.strip(",;:()«»“”\"'")) in company for w in before[-2:])


def _in_name(before: list[str]) -> bool:
    """True when the words ``before`` a capitalised word end as a name does (a capitalised
    word, perhaps with a joining word after it: "Coordination des")."""
    if before and is_name_join(before[-1]) and before[-1][:1].islower():
        before = before[:-1]
    opening = len(before) == 1 or (len(before) >= 2 and before[-2][-1:] in ".!?:")
    if opening and fold(before[-1]) in folded_words("articles"):
        return False  # the article that opens the sentence ("Las Centrales X; Y"): no name's
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:] not in ".!?:"
