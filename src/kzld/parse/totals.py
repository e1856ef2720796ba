"""Stated totals: how many signatories a text says there are ("50 communist and workers' parties
subscribe", "le 41e parti a signé", "över 60 partier har undertecknat").

A total is a number, in digits (an ordinal too: ``41e``, ``41st``) or in words of
``cues.yaml``'s ``number_words`` ("trinta e sete" too), that counts the statement's signers:

- followed within a few words by a word for an organisation (party, union, organisation, ... in
  any language of ``orgwords.yaml``), in a sentence that speaks of signing or supporting;
- followed by a noun for signers or supporters (``totals.yaml``: "62 subscritores", "215
  apoyos"), never by one for signatures, which count persons on a petition;
- or, in the title lines and the first paragraphs of the text, a number of organisations that
  is the subject of a sentence: "Trinta e sete partidos comunistas ... condenaram", "De drie
  partijen stelden ... op", "Vi är sex svenska fackförbund"; or that a statement is of ("Joint
  statement of 21 communist parties", "Gemeinsame Erklärung von sechs Parteien").

A number that counts the members of one body ("an alliance of 41 organisations") is none. The
first total in text order is the text's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import pairwise
from typing import Any

from ..model.countries import country_words
from ..model.folding import fold
from .calendars import name_key, names_of
from .cues import folded_words, vocabulary, word_file
from .names import generic_plural, is_qualifier, is_type_word
from .remembered import remembered
from .stops import UNSPACED_STOPS
from .text import BULLETS, WordSet

__all__ = ["member_verb", "number_value", "stated_total"]

#: A number in digits, perhaps an ordinal (``41e``, ``41st``, ``41º``, ``41.``).
_NUMBER = re.compile(r"^(\d{1,4})(?:e|er|eme|ème|st|nd|rd|th|º|ª|°|\.|η|ος|ο|-?[eé]?me)?$")
#: A word: letters and digits with their combining marks (the vowel signs of Devanagari and the
#: other Indic scripts are marks, not letters), apostrophes, hyphens and ordinal signs; and the
#: percent sign, so that a share ("30%", "30 %") is never read as a count.
_TOKEN = re.compile(r"(?:[\w'’\-.ºª°%٪]|[\u0300-\u036f\u0900-\u0dff])+")
#: How many words may stand between the number and the organisation word ("50 communist and
#: workers' parties").
_GAP = 4
#: How many lowercase words may stand between a sentence's subject number and its organisation
#: word ("sex svenska fackförbund", "fünfzig teilnehmenden Organisationen").
_SUBJECT_GAP = 2
#: How many words may come before a sentence's subject number ("Die rund fünfzig", "Vi är sex").
_SUBJECT_LEAD = 3
#: How close to the number of organisations a word of supporting must stand ("заявление
#: поддержала 71 организация", "von 30 Organisationen unterstützt").
_NEAR = 3
#: The smallest number of organisations amid a sentence that states a total: a text of two
#: signers calls them "the two parties" after naming them, which states no count.
_FEWEST_WITHIN = 3
#: The fewest words of a sentence whose subject is a number of organisations.
_SUBJECT_WORDS = 6
#: How much of the text opens it: its title lines and first paragraph of prose, and at most
#: this many sentences (a text without blank lines is one paragraph).
_OPENING = 8
#: What ends a sentence: a full stop, question or exclamation mark followed by a space, or a
#: breadcrumb's separator ("Moyen Orient > 5.1. Syrie > 53 Partis communistes ...").
_SENTENCE_END = re.compile(rf"(?<=[.!?])\s+|(?<=[{UNSPACED_STOPS}])|\s+[>»›|]\s+")
#: A number in digits or in Chinese numerals in Chinese, Japanese or Korean prose, with the
#: counter after it ("20个组织", "963개 단체", "65団体", "四黨"), and the characters that follow
#: it; not an ordinal ("第四").
_CJK_NUMBER = re.compile(
    r"(?<![\d.,/:+-])(?<!第)(\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d.,/:+-]\d)"
    r"\s*(?:個|个|개|家|つの|つ)?\s*"
)
#: The Chinese numerals of one to nine.
_CJK_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}
#: How many characters after a number (and its counter) may hold the word for organisations
#: ("19个国际组织": international organisations).
_CJK_REACH = 6
#: Letters of the scripts written without spaces between words (Thai too).
_CJK_LETTERS = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _data() -> dict[str, Any]:
    return word_file("totals.yaml")


@cache
def _words(kind: str) -> WordSet:
    return WordSet(_data()[kind])


def member_verb(word: str) -> bool:
    """True when ``word`` is a verb of a body's uniting its members (``member_verbs``: "unites",
    "regroupant")."""
    return _words("member_verbs").matches(fold(word))


@cache
def _numbers() -> dict[str, int]:
    """Folded number words -> their value, from ``cues.yaml`` and ``totals.yaml``; a word given
    two values is left out."""
    found: dict[str, set[int]] = {}
    for table in (vocabulary()["number_words"], _data()["number_words"]):
        for value, forms in table.items():
            for form in forms:
                found.setdefault(fold(str(form)), set()).add(int(value))
    return {word: values.pop() for word, values in found.items() if len(values) == 1}


#: What joins the units and the tens of a number written as one word ("dreiundzwanzig",
#: "drieëntwintig", "twenty-three", "vingt-trois", "tjugotre", "ventitré").
_COMPOUND_JOINS = ("", "-", "und", "en", "y", "e", "i", "et", "och", "og", "-et-")
#: The vowels a ten may end with instead of its own when a unit follows it in one word
#: ("veinticinco" from "veinte", "ventuno" and "trentotto" from "venti" and "trenta").
_VOWELS = "aeiou"


def _tens_and_units(a: int, b: int) -> int | None:
    """``a`` and ``b`` as one number, a ten and a unit in either order ("twenty-three",
    "dreiundzwanzig"), or a vigesimal ten and a teen ("soixante et onze", "quatre-vingt-douze")."""
    tens, units = max(a, b), min(a, b)
    if not (20 <= tens < 100 and tens % 10 == 0 and units > 0):
        return None
    if units < 10 or (tens in (60, 80) and units < 20):
        return tens + units
    return None


def _ten(first: str) -> int | None:
    """The value of ``first`` as the first part of a compound: a number word, or a ten whose last
    vowel is changed or dropped before the unit ("veinti-", "vent-")."""
    numbers = _numbers()
    if first in numbers:
        return numbers[first]
    for form in (first[:-1] + v for v in _VOWELS if first[-1] in _VOWELS):
        if numbers.get(form, 0) >= 20:
            return numbers[form]
    for form in (first + v for v in _VOWELS):
        if numbers.get(form, 0) >= 20:
            return numbers[form]
    return None


@cache
def _number_sizes() -> tuple[int, ...]:
    """The lengths of the number words."""
    return tuple(sorted({len(word) for word in _numbers()}))


@remembered(kept=1 << 14)
def _compound(word: str) -> int | None:
    """The value of a number word made of a ten and a unit, in either order, or ``None``."""
    numbers = _numbers()
    if not any(word[-size:] in numbers for size in _number_sizes() if 0 < size <= len(word) - 2):
        return None  # the unit ends the word, and no number word ends it
    for cut in range(2, len(word) - 1):
        first, rest = word[:cut], word[cut:]
        value = _ten(first)
        if value is None:
            continue
        for join in _COMPOUND_JOINS:
            if rest.startswith(join) and rest[len(join) :] in numbers:
                found = _tens_and_units(value, numbers[rest[len(join) :]])
                if found is not None:
                    return found
    return None


@cache
def _number_pairs() -> dict[str, int]:
    """Folded numbers written as two words, neither a number of its own ("on dört")."""
    table = _data()["number_pairs"]
    return {fold(str(form)): int(value) for value, forms in table.items() for form in forms}


@cache
def _signing() -> WordSet:
    return WordSet([*vocabulary()["signing_words"], *_data()["signing_words"]])


@cache
def _joins() -> frozenset[str]:
    data = vocabulary()
    words = [*data["and_words"], *data["statement_joins"], *_data()["count_joins"]]
    return frozenset(fold(w) for w in words)


def number_value(token: str, glued: bool = False) -> int | None:
    """The number a token writes, in digits or in words (``50``, ``41e``, ``fifty``, ``три``);
    with ``glued``, the digits a token opens with, whatever letters are written onto them
    ("১১টি", "12th-century": eleven, twelve)."""
    digits = re.match(r"\d+", token) if glued else None
    return _value(digits.group() if digits else token)


@remembered(kept=1 << 14)
def _value(token: str) -> int | None:
    token = _unclassified(token)
    match = _NUMBER.match(token)
    if match:
        value: int | None = int(match.group(1))
    else:
        folded = fold(token)
        value = _numbers().get(folded)
        if value is None:
            value = _compound(folded)
    return value if value is not None and 1 < value < 1000 else None


def _unclassified(token: str) -> str:
    """``token`` without a classifier written onto its digits ("১১টি": eleven)."""
    if token[:1].isdigit():
        for classifier in _classifiers():
            if token.endswith(classifier) and token[: -len(classifier)].isdigit():
                return token[: -len(classifier)]
    return token


@cache
def _classifiers() -> tuple[str, ...]:
    return tuple(_data()["number_classifiers"])


def _word_number(token: str) -> int | None:
    """The value of a number written in words (``один`` and ``one`` too), or ``None``."""
    return None if _NUMBER.match(token) else _numbers().get(fold(token))


def _organisations(word: str) -> bool:
    """True when ``word`` names organisations after a number (party, unions, κόμματα, ...); not
    a word that names an event as well ("the 5th congress")."""
    folded = fold(word)
    if _events().matches(folded):
        return False
    return is_type_word(word) or generic_plural(word) or _words("count_nouns").matches(folded)


@cache
def _events() -> WordSet:
    return WordSet(word_file("dates.yaml")["event_words"])


def _numbers_in(tokens: list[str]) -> list[tuple[int, int, int]]:
    """``(index, value, index after)`` of each number among ``tokens``, "trinta e sete" as one."""
    found = []
    for k, token in enumerate(tokens):
        pair = _pair(tokens, k)
        if pair is not None:
            # "lima puluh enam": a ten of two words and a unit
            unit = _word_number(tokens[k + 2]) if k + 2 < len(tokens) else None
            both = _tens_and_units(pair, unit) if unit is not None else None
            found.append((k, both, k + 3) if both is not None else (k, pair, k + 2))
            continue
        value = _value(token)
        if value is None:
            value = _determined(tokens, k)
        if value is None or (k > 0 and _pair(tokens, k - 1) is not None):
            continue
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not token[0].isdigit() and token.islower() and _in_a_name(tokens, k):
            continue  # "dos Partidos X", "Partido dos Y": not "two"
        if k > 0 and token.istitle() and following.islower():
            continue  # "Nove stranke" (the New Party; Italian "nove"): a name's first word
        if _a_day(token, following):
            continue  # "«Партия 5 декабря»", "on 5 May": a day of a month, no count
        if k >= 2 and _words("member_bodies").matches(fold(tokens[k - 2])):
            continue  # "an alliance of 41 organisations": its members, not the signatories
        if any(_words("almost_words").matches(fold(t)) for t in tokens[max(0, k - 2) : k]):
            continue  # "quase 300 entidades": fewer than that, and how many is not said
        after = k + 1
        if not token[0].isdigit() and 20 <= value < 100 and value % 10 == 0:
            # "trinta e sete", "cuarenta y dos", "двадцать три", "yirmi dört"
            joined = fold(following) in folded_words("and_words")
            at = k + 2 if joined else k + 1
            units = _word_number(tokens[at]) if at < len(tokens) else None
            both = _tens_and_units(value, units) if units is not None else None
            if both is not None:
                value, after = both, at + 1
        found.append((k, value, after))
    return _without_two_counts(tokens, found)


def _a_day(token: str, following: str) -> bool:
    """True when ``token``, a number in digits, is the day of the month named after it (CLDR's
    names in every language the reader knows: "5 December", "5 декабря", "5 Aralık")."""
    months, _ = names_of("months")
    return token.isdigit() and int(token) <= _DAYS and name_key(following) in months


#: The most days of a month.
_DAYS = 31


def _without_two_counts(
    tokens: list[str], found: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``found`` without the numbers that stand two by two joined by a word for "and", with at
    most a few words between ("15 siyasi parti ve 20 sendika", "20 unions and 15 parties",
    "between 20 and 30 parties"): each counts one group or one end of a range, and the text
    states no count of them all."""
    ands = folded_words("and_words")
    joined: set[int] = set()
    for (k1, _, after), (k2, _, _) in pairwise(found):
        between = tokens[after:k2]
        if between and len(between) <= _GAP + 1 and fold(between[-1]) in ands:
            joined.update((k1, k2))
    return [number for number in found if number[0] not in joined]


@cache
def _determined_words() -> dict[str, int]:
    """Folded number words that are common words of another language ("fire", "to")."""
    table = _data()["determined_number_words"]
    return {fold(str(form)): int(value) for value, forms in table.items() for form in forms}


def _determined(tokens: list[str], k: int) -> int | None:
    """The value of ``tokens[k]`` as a number word that is a common word of another language
    too, when a determiner comes before it and a word for organisations after it, perhaps after
    words that describe them ("de fire partier", "alle to forbund", "a hat ellenzéki párt"), or
    ``None``."""
    value = _determined_words().get(fold(tokens[k]))
    if value is None or not 0 < k < len(tokens) - 1:
        return None
    if _words("subject_leads").matches(fold(tokens[k - 1])) and _described(tokens[k + 1 :]):
        return value
    return None


def _pair(tokens: list[str], k: int) -> int | None:
    """The value of ``tokens[k]`` and the next token as one number of two words ("on dört":
    fourteen), or ``None``."""
    if k + 1 >= len(tokens):
        return None
    first = fold(tokens[k])
    if first not in _pair_openings() and " " not in first:
        return None  # most words: no such number opens with them (the folding is letter by letter)
    return _number_pairs().get(fold(tokens[k] + " " + tokens[k + 1]))


@cache
def _pair_openings() -> frozenset[str]:
    """The first words (folded) of the numbers written as two words."""
    return frozenset(pair.split(" ")[0] for pair in _number_pairs())


def _in_a_name(tokens: list[str], k: int) -> bool:
    """True when the number word ``tokens[k]`` stands inside a name of capitalised words: after
    one ("Partido dos Y") or before two ("dos Partidos X"). One capitalised
    word after it is no name: German writes every noun so ("fünfzehn Parteien")."""
    before = tokens[k - 1] if k > 1 else ""  # the first word of a sentence is capitalised
    after = tokens[k + 1 : k + 3]
    if before[:1].isupper() and after[:1] and after[0][:1].isupper():
        return True
    return len(after) == 2 and all(t[:1].isupper() for t in after)


#: A number in digits and the same number in words in brackets after it ("56 (lima puluh enam)",
#: "12 (doze)").
_BRACKETED = re.compile(r"(\d+)\s*\(([^()\d]{2,40})\)")


def _unbracketed(sentence: str) -> str:
    """``sentence`` without the words in brackets that repeat a number written in digits."""

    def repeat(match: re.Match[str]) -> str:
        words = _tokens(match.group(2))
        ands = folded_words("and_words")
        spelled = [number_value(w) is not None or fold(w) in ands for w in words]
        return match.group(1) if words and all(spelled) else match.group()

    return _BRACKETED.sub(repeat, sentence)


#: What a language writes onto a number: a Turkish case ending ("20'den"), a Hebrew prefix
#: ("מ-20").
_AFFIXES = re.compile(r"(?<=\d)['’][^\W\d_]+|(?<!\w)[^\W\d_]-(?=\d)")


def _tokens(sentence: str) -> list[str]:
    sentence = _AFFIXES.sub("", sentence)
    return [t.strip(".,;:") for t in _TOKEN.findall(sentence) if t.strip(".,;:")]


@remembered()
def _counted(sentence: str, signed: bool) -> int | None:
    """The first number in ``sentence`` of organisations (when it speaks of signing, or a word of
    supporting or taking part stands close to the number) or of signers and supporters."""
    tokens = _tokens(sentence)
    signers = _words("signer_nouns")
    support = _words("support_words")
    doing = (_signing(), support)
    for k, value, after in _numbers_in(tokens):
        if any(_words("other_words").matches(fold(t)) for t in tokens[after : after + 2]):
            continue  # "the X Party and 40 other parties": the others beside those named
        before = [fold(t) for t in tokens[max(0, k - _NEAR) : k]]
        near = any(support.matches(t) or _words("total_words").matches(t) for t in before)
        for n, word in enumerate(tokens[after : after + 1 + _GAP]):
            folded = fold(word)
            if signers.matches(folded):
                return value
            if support.matches(folded):
                near = True  # "the 50 participating organisations"
            if _organisations(word):
                after_it = tokens[after + n + 1 : after + n + 1 + _NEAR]
                if signed or near or any(support.matches(fold(t)) for t in after_it):
                    return value
                break
            # only words that describe the organisations may stand between ("communist and",
            # "participating")
            if not (
                _qualifies(word) or folded in _joins() or any(w.matches(folded) for w in doing)
            ):
                break
    return None


def _subject(sentence: str, led: bool = False) -> int | None:
    """A number of organisations opening ``sentence`` as its subject ("Three parties ..."), or
    that the statement it opens with is of ("Joint statement of 21 communist parties"). With
    ``led``, three or more after a word that leads it ("The three organisations ...", "Las tres
    organizaciones ...": the ones the text has named, wherever the sentence stands)."""
    tokens = _tokens(sentence)
    leads = _words("subject_leads")
    noun_first = _noun_first(tokens)
    if noun_first is not None:
        return noun_first
    for k, value, after in _numbers_in(tokens[: _SUBJECT_LEAD + 2]):
        before = [fold(t) for t in tokens[:k]]
        if any(w in folded_words("statement_words") for w in before):
            if fold(tokens[k]) in _joins():
                continue  # "Declaração conjunta dos secretários": "of the", not "two"
            if not all(w in folded_words("statement_words") or w in _joins() for w in before):
                return None
            # only words that describe them stand between: "of 21 communist and workers'
            # parties", not "of the general secretaries of the Party of ..."
            return value if _of_organisations(tokens[after:], folded_words("and_words")) else None
        if len(tokens) < _SUBJECT_WORDS or k > _SUBJECT_LEAD:
            return None  # "3 Parti X de Xandie": an entry, not a sentence
        if not all(leads.matches(w) for w in before):
            return None
        if led and (not before or value < _FEWEST_WITHIN):
            return None  # "the two parties" after naming them states no count
        return value if _of_organisations(tokens[after:], _joins()) else None
    return None


def _noun_first(tokens: list[str]) -> int | None:
    """The number after the plural word for organisations that opens a sentence, where the
    language writes the count after the noun (Swahili "Vyama 12 nchini vimeafikiana ...": "12
    parties of the country have agreed"); not a name's number after a singular ("Partido 12 de
    Junio"), nor a short line ("Parties 2020"), nor numbered items ("Parties 12 and 13 of the
    convention", "Partidos 3, 4 y 7"), nor an ordinal ("Parties 12th")."""
    if len(tokens) < _SUBJECT_WORDS or not generic_plural(tokens[0]):
        return None
    found = _numbers_in(tokens[1:2])
    if not found or not _FEWEST_WITHIN <= found[0][1] < _NOT_A_COUNT:
        return None
    if not _cardinal(tokens[1], 1) or any(_value(t) is not None for t in tokens[2:4]):
        return None  # "12 and 13", "3, 4 y 7", "3 na 4": the numbers of items, not a count
    return found[0][1]


#: A number of four digits after a word for organisations is a year ("Parties 2020 ..."), no count.
_NOT_A_COUNT = 1000


def _within(sentence: str) -> int | None:
    """A number of organisations anywhere in a sentence of the opening, in the subject or in a
    phrase of it ("Zedland's eight major political parties have ...", "The leaders of the four
    parties ...", a verb first as in "Det meddeler de fire partier"): a cardinal followed only
    by words that describe the organisations; not a part of them ("three of the parties", "the
    three largest of the parties"), nor the others beside those named ("the other three
    parties")."""
    tokens = _tokens(_unbracketed(sentence))
    for k, value, after in _numbers_in(tokens):
        if _partial(tokens, k):
            return None  # the rest counts the same members: "93 confederations and 10 federations"
        if value >= _FEWEST_WITHIN and _cardinal(tokens[k], k) and _described(tokens[after:]):
            return value
    return _counted_after(tokens)


def _counted_after(tokens: list[str]) -> int | None:
    """A number word written with its article right after the organisations it counts, as
    Arabic writes "the three parties" ("الأحزاب الثلاثة": ``definite_prefixes``); not the
    others beside those named ("الأحزاب الثلاثة الأخرى")."""
    others = _words("other_words")
    for k in range(len(tokens) - 1):
        word, number = tokens[k], tokens[k + 1]
        if not _organisations(word):
            continue
        for prefix in _data()["definite_prefixes"]:
            value = _word_number(number.removeprefix(prefix)) if number.startswith(prefix) else None
            beside = tokens[k + 2 : k + 3]
            if value is not None and value >= _FEWEST_WITHIN:
                other = any(others.matches(fold(t.removeprefix(prefix))) for t in beside)
                return None if other else value
    return None


def _described(tokens: list[str]) -> bool:
    """True when ``tokens`` open with a word for organisations after words that describe them:
    qualifiers, "and", and at most two more words in small letters or of a script without
    capitals ("eight major political parties", "19 विपक्षी पार्टियां"); not after a word such as
    "of" or "the" ("three of the parties", "the three largest of the parties")."""
    ands, joins = folded_words("and_words"), folded_words("statement_joins")
    gap = 0
    for k, word in enumerate(tokens[: 1 + _GAP]):
        if _organisations(word) or _count_phrase(tokens, k):
            return True
        folded = fold(word)
        if _qualifies(word) or folded in ands:
            continue
        gap += 1
        if gap > _SUBJECT_GAP or folded in joins or not _describing(word):
            return False
    return False


def _qualifies(word: str) -> bool:
    """True when ``word`` may describe organisations counted before it: a word that often
    qualifies a name ("communist", "independent"), or a country's name or adjective in any of its
    forms ("sešas Latvijas neatkarīgās arodbiedrības", "five Zedlandic unions")."""
    return is_qualifier(word) or bool(country_words(word, cases=False))


def _count_phrase(tokens: list[str], k: int) -> bool:
    """True when ``tokens[k]`` and the next word are one word for organisations written as two
    (``count_phrases``: Vietnamese "tổ chức")."""
    pair = [fold(t) for t in tokens[k : k + 2]]
    return len(pair) == 2 and _words("count_phrases").opens_at(pair, 0)


def _describing(word: str) -> bool:
    """True when ``word`` may describe organisations between a number and the word for them: in
    small letters or of a script without capitals, no digits, not "of"."""
    partitive = _words("partitive_words").matches(fold(word))
    return _lettered(word) and word == word.lower() and not partitive


def _lettered(word: str) -> bool:
    """True when ``word`` is all letters and the marks written on them (the vowel signs of the
    Indic scripts: "সাংস্কৃতিক", "विपक्षी")."""
    return bool(word) and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in word)


def _cardinal(token: str, k: int) -> bool:
    """True when ``token``, the ``k``-th word of its sentence, is a cardinal number, in digits or
    words; not an ordinal ("5th"), nor a part of a name: digits with a leading zero ("TOP 09"), a
    capitalised number word amid the sentence ("Svaz Nové odbory": Italian "nove")."""
    token = _unclassified(token)
    if token.isdigit():
        return not token.startswith("0")
    return not any(c.isdigit() for c in token) and (k == 0 or not token.istitle())


def _partial(tokens: list[str], k: int) -> bool:
    """True when the number ``tokens[k]`` counts some of the organisations, not all: after a
    word for "other" ("the other three parties"), a word of an organisation's members ("an
    alliance of 41 organisations") or a verb of its uniting them ("which unites 93 ...")."""
    kinds = [_words(kind) for kind in ("other_words", "member_bodies", "member_verbs")]
    return any(w.matches(fold(t)) for t in tokens[max(0, k - 2) : k] for w in kinds)


def _of_organisations(tokens: list[str], joins: frozenset[str]) -> bool:
    """True when ``tokens`` (the words after a number) open with a word for organisations, after
    words that describe them and at most two more lowercase ones ("sex svenska fackförbund")."""
    gap = 0
    for k, word in enumerate(tokens[: 1 + _GAP]):
        if _organisations(word) or _count_phrase(tokens, k):
            return True
        if _words("partitive_words").matches(fold(word)):
            return False  # "Three of the parties ...": some of them
        if word.endswith("-") and len(word) > 1:
            continue  # "sosiaali- ja terveysalan", "Sozial- und ...": a compound's first half
        if _qualifies(word) or (fold(word) in joins and not gap):
            continue  # "Fifty communist and workers' parties", not "Three years ago the"
        gap += 1
        if not word.islower() or gap > _SUBJECT_GAP:
            return False
    return False


#: A bullet opening an item of a list; a paragraph of such items joined is no running text.
_BULLETS = re.compile(rf"(?:^|\s)[{BULLETS}]\s")
#: The fewest bullets of such a paragraph.
_BULLETED = 3


def _prose(paragraph: str) -> bool:
    """True when ``paragraph`` is running text: long, or a sentence; not the items of a list
    joined ("• Zedtown • Xandiaville • ...", a site's menu), however long."""
    if paragraph.lstrip()[:1] in BULLETS and len(_BULLETS.findall(paragraph)) >= _BULLETED:
        return False
    return len(paragraph) > 160 or (len(paragraph) >= 60 and paragraph.endswith((".", "!", "?")))


def _cjk_counted(sentence: str, opening: bool) -> int | None:
    """The first number of organisations in a Chinese, Japanese or Korean ``sentence`` that
    speaks of signing or of doing something jointly ("署名に参与してくださった65団体", "20个组织
    共同指出", "四黨"), or of the title lines and opening ("葛飾4労組・総選挙共同アピール"); not
    one after "and" ("与WCCO及19个国际组织": the others beside the ones named), nor one that
    counts persons ("三名党员")."""
    data = _data()
    cued = opening or any(cue in sentence for cue in data["cjk_cues"])
    if not cued:
        return None
    for match in _CJK_NUMBER.finditer(sentence):
        value = _cjk_value(match.group(1))
        reach = sentence[match.end() : match.end() + _CJK_REACH]
        named = any(word in reach for word in data["cjk_organisations"]) or reach.startswith(
            tuple(data["cjk_glued_organisations"])
        )
        if not 1 < value < 1000 or not named:
            continue
        if sentence[: match.start()].rstrip().endswith(tuple(data["cjk_and"])):
            continue
        if reach.startswith(tuple(data["cjk_person_counters"])):
            continue  # "三名党员": three members of a party, not three parties
        return value
    return None


def _cjk_value(number: str) -> int:
    """The value of a number in digits or in Chinese numerals up to 99 ("四", "十二", "二十三");
    0 when the numerals make no number ("四四")."""
    if number.isdigit():
        return int(number)
    tens, ten, units = number.partition("十")
    if not ten:
        return _CJK_DIGITS[number] if len(number) == 1 else 0
    if len(tens) > 1 or len(units) > 1:
        return 0
    return _CJK_DIGITS.get(tens, 1) * 10 + _CJK_DIGITS.get(units, 0)


#: A heading that ends with a number in brackets ("Unterzeichnende Organisationen (23):").
_COUNTED_HEADING = re.compile(r"^(?P<head>[^()\d]{3,80}?)\s*\((?P<number>\d{1,4})\)\s*:?$")


def _heading_count(paragraph: str) -> int | None:
    """The number in brackets after a heading of signers ("Signatories (23):")."""
    match = _COUNTED_HEADING.match(paragraph.strip())
    if match is None:
        return None
    head = match.group("head")
    words = [fold(w) for w in _tokens(head)]
    signers = _words("signer_nouns")
    if _signing().count(head) or any(signers.matches(w) or _organisations(w) for w in words):
        value = int(match.group("number"))
        return value if 1 < value < 1000 else None
    return None


#: A number of organisations in brackets ("(7 Ομοσπονδίες)"), and the words before it.
_BRACKETED_COUNT = re.compile(
    r"(?P<before>[^()]{0,60}?)\s*\((?P<number>\d{1,4})\s+(?P<what>[^()\d]{2,40})\)"
)


def _statement_of(sentence: str) -> int | None:
    """The number in brackets after the word naming a statement that a number of organisations
    made ("με κοινή ανακοίνωση (7 Ομοσπονδίες)", "a joint statement (12 parties)"), not a
    number of anything else ("a statement (12 pages)")."""
    if "(" not in sentence:
        return None  # the pattern's scan costs sixty tries a character, and it needs a bracket
    statement = folded_words("statement_words")
    for match in _BRACKETED_COUNT.finditer(sentence):
        before = _tokens(match.group("before"))
        what = _tokens(match.group("what"))
        # the word may come before its adjective: "declaración conjunta (15 organizaciones)"
        if not any(fold(w) in statement for w in before[-2:]) or not what:
            continue
        if _organisations(what[-1]) and all(is_qualifier(w) for w in what[:-1]):
            value = int(match.group("number"))
            return value if 1 < value < 1000 else None
    return None


def _opens_a_list(paragraph: str) -> bool:
    """True when ``paragraph``, which a list follows, opens it: a sentence ending with a colon,
    or a heading ("19 parties boycotting the inauguration"), not a paragraph of prose."""
    return paragraph.rstrip().endswith(":") or not _prose(paragraph)


def stated_total(paragraphs: list[str], cues: frozenset[int] = frozenset()) -> int | None:
    """The number of signatories the first of ``paragraphs`` that states one gives, or ``None``.
    ``cues`` are the paragraphs a list follows: a number of organisations in the sentence that
    opens the list with a colon, or in the heading right above it, counts its entries
    ("folgende sechzehn Organisationen:", "19 parties boycotting the inauguration")."""
    signing = _signing()
    opening = _OPENING
    for k, paragraph in enumerate(paragraphs):
        counted = _heading_count(paragraph)
        if counted is not None:
            return counted
        sentences = _SENTENCE_END.split(paragraph)
        for sentence in sentences:
            if _CJK_LETTERS.search(sentence):
                value = _cjk_counted(sentence, opening > 0)
                if value is not None:
                    return value
            # the words of the Indic scripts hold marks that split them for ``count``
            signed = (
                bool(signing.count(sentence))
                or any(signing.matches(fold(t)) for t in _tokens(sentence))
                or (k in cues and sentence is sentences[-1] and _opens_a_list(paragraph))
            )
            value = _counted(_unbracketed(sentence), signed) or _statement_of(sentence)
            if value is None and opening > 0:
                value = _subject(_unbracketed(sentence)) or _within(sentence)
            elif value is None:
                value = _subject(_unbracketed(sentence), led=True)
            if value is not None:
                return value
            opening -= _prose(paragraph)
        if _prose(paragraph):
            opening = 0
    return None
