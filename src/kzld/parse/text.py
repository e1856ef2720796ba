"""Decoding source bytes into the reader's text: BOM, UTF-8/UTF-16, CRLF, NFC, and a line index.

UTF-16 is read with a BOM, or without one when its NUL bytes show the byte order (every NUL at
odd offsets for little-endian, at even ones for big-endian, as ASCII letters, digits and
punctuation make them). Anything else with a NUL byte is binary. The size limits of
:mod:`kzld.limits` are enforced here.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..answers import Answers
from ..errors import InputError
from ..limits import MAX_LINE_CHARS, MAX_TEXT_BYTES, describe
from ..model.folding import fold
from .remembered import remembered
from .shortforms import in_bracketed_short_form

__all__ = [
    "BULLETS",
    "INNER_MARKS",
    "LETTERS",
    "Line",
    "WordSet",
    "cased",
    "check_size",
    "counted_words",
    "decode",
    "folded_in_place",
    "glued_stop",
    "has_case",
    "outside_brackets",
    "sentences",
    "split_lines",
    "uncased_letters",
    "words",
]

#: The characters that mark an item of a list in running text or before a heading ("• Title",
#: "• Zedtown • Xandiaville"), written out once: the readers build their patterns from it.
BULLETS = "•·▪◦‣∙"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: its 1-based number, the stripped content and where that lies."""

    number: int
    start: int
    end: int
    content: str

    @property
    def blank(self) -> bool:
        """True when the line holds only whitespace."""
        return not self.content


def decode(name: str, data: bytes) -> str:
    """The NFC text of ``data`` (LF line ends); :class:`InputError` if it is not text."""
    check_size(name, len(data))
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    elif b"\x00" in data:
        encoding, body = _utf16_without_bom(name, data), data
    else:
        encoding, body = "utf-8", data
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1 if encoding == "utf-8" else None
        raise InputError(
            name,
            f"not {encoding.upper()} text (byte {error.start}); re-save the file as UTF-8",
            line,
        ) from error
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(name, "binary data, not text (NUL character); give a text file")
    text = unicodedata.normalize("NFC", text)
    _check_lines(name, text)
    return text


def check_size(name: str, size: int) -> None:
    """Raise :class:`InputError` when a text of ``size`` bytes is over the limit."""
    if size > MAX_TEXT_BYTES:
        raise InputError(name, _too_big(size))


def _too_big(size: int) -> str:
    return (
        f"the file is {size:,} bytes, more than the {describe(MAX_TEXT_BYTES)} kzld reads in one "
        "text; split it into one file per statement"
    )


def _utf16_without_bom(name: str, data: bytes) -> str:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes say so; :class:`InputError` otherwise."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if len(data) % 2 == 0 and (even == 0) != (odd == 0):
        encoding = "utf-16-le" if even == 0 else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            if not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v" for c in text):
                return encoding
    raise InputError(
        name, f"binary data, not text (NUL byte at byte {data.index(0)}); give a text file"
    )


def _check_lines(name: str, text: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, raw in enumerate(text.split("\n"), start=1):
        if len(raw) > MAX_LINE_CHARS:
            raise InputError(
                name,
                f"the line is {len(raw):,} characters long, more than the "
                f"{MAX_LINE_CHARS:,} kzld reads in one line; break it into paragraphs",
                number,
            )


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, each with the span of its content without surrounding whitespace."""
    lines: list[Line] = []
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        start = offset + (raw.index(stripped) if stripped else 0)
        lines.append(Line(number, start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def folded_in_place(text: str) -> str:
    """:func:`~kzld.model.folding.fold` (case and accents off) one character at a time, keeping
    each where it is (``ß`` stays one letter): offsets in it are offsets in ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate(_CHARS)


class _InPlace(dict[int, str]):
    """A :meth:`str.translate` table folding one character into one, filled on first use:
    the character folded if that is one character, else in lower case if that is, else as it is."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        whole = fold(char)
        lower = char.lower()
        one = self[code] = whole if len(whole) == 1 else lower if len(lower) == 1 else char
        return one


#: Characters folded one at a time, remembered (there are only so many).
_CHARS = _InPlace()


#: The vowel signs and viramas of the scripts of India and South-East Asia, which ``\w`` leaves
#: out: a word such as "পার্টি" or "पार्टी" holds them and must not fall apart at them; and the
#: zero-width joiner, which those scripts write after a virama to shape a conjunct inside a word
#: (Sinhala "ව්‍යාපාරය", "මධ්‍යස්ථානය").
INNER_MARKS = "\u200d" + "".join(
    chr(code) for code in range(0x0900, 0x1100) if unicodedata.category(chr(code)) in {"Mn", "Mc"}
)
#: Letters, with those marks among them (written as runs of letters between marks: an
#: alternation of the two at every character costs the reader's commonest scan a quarter more).
LETTERS = rf"[^\W\d_]+(?:[{INNER_MARKS}][^\W\d_]*)*"
_MARKS = frozenset(INNER_MARKS)


def is_letter(char: str) -> bool:
    """True when ``char`` is a letter of a word: a letter (:meth:`str.isalpha`) or one of the
    :data:`INNER_MARKS` that :meth:`str.isalpha` says no to ("ा" and "्" of "पार्टी")."""
    return char.isalpha() or char in _MARKS


def is_word(token: str) -> bool:
    """True when ``token`` is one word of letters alone, as :meth:`str.isalpha` says of a word
    in a script without vowel signs: a letter first, then letters and :data:`INNER_MARKS`
    ("पार्टी", "ਕਿਸਾਨ", "தொழிற்சங்கம்" are words; "12", "X.", "" are none)."""
    return token[:1].isalpha() and all(is_letter(c) for c in token)


#: A word: letters, with inner apostrophes or hyphens (``Workers'``, ``Marxist-Leninist``); a
#: turned comma between letters is the apostrophe of Uzbek's o‘ and g‘ (``O‘zbekiston``,
#: ``yig‘ilishi``), never a quotation mark, which opens a word rather than joining two.
_WORD = re.compile(rf"{LETTERS}(?:['’‘\-]{LETTERS})*['’]?")


def _words_of(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


#: The words of the texts asked about, up to so many (a name or an entry is asked for its words
#: by many of the reader's questions).
_WORDS_OF: Answers[tuple[str, ...]] = Answers(_words_of, 240, 1 << 13)


def words(text: str) -> list[str]:
    """The words of ``text`` as written (letters with inner apostrophes and hyphens)."""
    return list(_WORDS_OF(text))


#: An elided article or preposition written onto the next word with an apostrophe (Italian,
#: French, Catalan: "all'", "dell'", "l'", "d'", "s'"), folded.
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_]{2})")


@remembered()
def counted_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` as a :class:`WordSet` counts them: an elided article or
    preposition written onto its word is no part of it ("all'incontro", "l'appel",
    "dell'accordo" are read as "incontro", "appel", "accordo"). Read once for a text, whichever
    of the reader's word lists asks (a line is counted by many)."""
    folded = words(fold(text))
    if "'" in text or "’" in text:
        folded = [_ELIDED.sub("", w) for w in folded]
    return tuple(folded)


def _by_character(forms: tuple[str, ...], last: bool) -> dict[str, tuple[str, ...]]:
    """``forms`` grouped by their last character (``last``) or their first, an empty form
    (which opens and ends every word) in every group and alone under ``""``."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[-1:] if last else form[:1], []).append(form)
    empty = groups.get("", [])
    return {key: tuple(group + empty if key else group) for key, group in groups.items()}


#: How many texts each :class:`WordSet` remembers the count of.
_COUNTS_KEPT = 1 << 12
#: How many words each :class:`WordSet` remembers the answer of :meth:`WordSet.matches` for.
_MATCHES_KEPT = 1 << 14


class WordSet:
    """Folded word forms from data: ``"kommunist*"`` matches every word it opens,
    ``"*organisationer"`` every word it ends, ``"*签署*"`` every word it stands in (a word of a
    script written without spaces, whose run of letters is a clause), ``"party"`` only the whole
    word; a form of several words matches those words in a row."""

    def __init__(self, forms: list[str]) -> None:
        folded = [fold(str(f)) for f in forms]
        inner = {f for f in folded if len(f) > 2 and f.startswith("*") and f.endswith("*")}
        self._inner = tuple(sorted(f[1:-1] for f in inner))
        folded = [f for f in folded if f not in inner]
        self._ends = tuple(sorted({f[1:] for f in folded if f.startswith("*")}))
        folded = [f for f in folded if not f.startswith("*")]
        self._whole = frozenset(f for f in folded if not f.endswith("*") and " " not in f)
        self._stems = tuple(sorted({f[:-1] for f in folded if f.endswith("*")}))
        self._phrases = tuple(f.split() for f in folded if " " in f and not f.endswith("*"))
        #: the phrases by their first word, in their order (a word opens few or none)
        self._phrases_at: dict[str, tuple[list[str], ...]] = {}
        for phrase in self._phrases:
            self._phrases_at[phrase[0]] = (*self._phrases_at.get(phrase[0], ()), phrase)
        # the stems by their first character, the endings by their last: a word is compared
        # with the few that may open or end it (the type words have hundreds of each)
        self._opening = _by_character(self._stems, last=False)
        self._closing = _by_character(self._ends, last=True)
        self._no_opening, self._no_closing = self._opening.get("", ()), self._closing.get("", ())
        #: What :meth:`count` found in each text it was asked about (the same lines are asked
        #: about by several steps of the reader), up to :data:`_COUNTS_KEPT` texts.
        self._counts: dict[str, int] = {}
        #: What :meth:`matches` answered for each word it was asked about (the same words come
        #: back in line after line), up to :data:`_MATCHES_KEPT` words.
        self._matched: dict[str, bool] = {}

    def matches(self, word: str) -> bool:
        """True when the folded ``word`` is one of the forms, opens with a stem, ends with an
        ending (``"*organisationerna"`` matches the compound ``fredsorganisationerna``) or holds
        a part."""
        found = self._matched.get(word)
        if found is None:
            if len(self._matched) >= _MATCHES_KEPT:
                self._matched.clear()
            found = self._matched[word] = (
                word in self._whole
                or word.startswith(self._opening.get(word[:1], self._no_opening))
                or word.endswith(self._closing.get(word[-1:], self._no_closing))
                or any(part in word for part in self._inner)
            )
        return found

    def opens_at(self, folded: list[str], k: int) -> bool:
        """True when the ``k``-th of the folded ``words`` is one of the forms, or opens a form
        of several words there ("irta ala")."""
        return self.matches(folded[k]) or self.phrase_at(folded, k)

    def phrase_at(self, folded: list[str], k: int) -> bool:
        """True when a form of several words opens at the ``k``-th of the folded ``words``."""
        phrases = self._phrases_at.get(folded[k]) if k < len(folded) else None
        return phrases is not None and any(
            folded[k : k + len(phrase)] == phrase for phrase in phrases
        )

    def inflects(self, word: str) -> bool:
        """True when the folded ``word`` is one of the forms, or a stem with an ending of at most
        three letters (``"unione"`` of ``"unione*"``; not ``"legambiente"`` of ``"lega*"``)."""
        if word in self._whole:
            return True
        stems = self._opening.get(word[:1], self._no_opening)
        # one C call to see whether any stem opens the word, before asking which ones do
        return word.startswith(stems) and any(
            word.startswith(stem) and len(word) - len(stem) <= 3 for stem in stems
        )

    def opens(self, word: str) -> bool:
        """True when the folded ``word`` is the start of a form but not a form itself."""
        if self.matches(word):
            return False
        return any(f.startswith(word) for f in self._whole) or any(
            s.startswith(word) for s in self._stems
        )

    def count(self, text: str) -> int:
        """How many words (or phrases) of ``text`` are in the set."""
        found = self._counts.get(text)
        if found is None:
            if len(self._counts) >= _COUNTS_KEPT:
                self._counts.clear()
            found = self._counts[text] = self._count(text)
        return found

    def _count(self, text: str) -> int:
        folded = counted_words(text)
        matches = self.matches
        found = sum(1 for w in folded if matches(w))
        present = set(folded) if self._phrases else set()
        for phrase in self._phrases:
            if phrase[0] not in present:
                continue  # the phrase's first word is nowhere in the text
            size, wanted = len(phrase), tuple(phrase)
            found += sum(1 for k in range(len(folded) - size + 1) if folded[k : k + size] == wanted)
        return found


#: Georgian letters (Mkhedruli, the Mtavruli forms Unicode pairs them with, Nuskhuri): a script
#: written without capitals, though Unicode gives its letters a case.
_GEORGIAN = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")


def has_case(char: str) -> bool:
    """True when ``char`` is a letter of a script written with capitals (Latin, Greek, Cyrillic,
    Armenian, ...): not Arabic, Hebrew, Georgian, the scripts of India or of China."""
    return char.upper() != char.lower() and not _GEORGIAN.match(char)


def uncased_letters(letters: str) -> int:
    """How many of ``letters`` (a text of letters only) are of a script without capitals:
    ``sum(not has_case(c) for c in letters)``, counted at C speed (a long enumeration asks it
    of every window of its words)."""
    caseless = sum(c.upper() == c.lower() for c in letters)
    georgian: list[str] = _GEORGIAN.findall(letters)
    return caseless + sum(c.upper() != c.lower() for c in georgian)


def cased(text: str) -> bool:
    """True when ``text`` holds a letter of a script with capitals."""
    return any(map(has_case, text))


def outside_brackets(text: str) -> Iterator[tuple[int, str]]:
    """Each character of ``text`` outside round and square brackets, with its index (the
    brackets themselves left out; a closing bracket without its opening one is passed over)."""
    depth = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            yield index, char


#: A mark that may end a sentence: a full stop, a question or exclamation mark, a danda, before
#: a space or the end; or a stop glued to the word after it, after two letters (a page that lost
#: the space or the line break after it: "... Xandia.Zetland ...", :func:`_glued_end`).
_STOP = re.compile(r"[.!?।](?=\s|$)|(?<=[^\W\d_]{2})[.!?](?=[\"“„«]?[^\W\d_])")
#: What may stand in the word around a glued stop, the stop left out: an address's stops,
#: slashes or "@" ("www.Xandia.zt", "info@Zet.zt") say it is none.
_ADDRESS = re.compile(r"[.@/:]")
_SPACE = re.compile(r"\s")
#: A full stop right after a number of one or two digits: an ordinal ("7. januarja", "am 7.
#: Mai", "do 13. ure"), no sentence's end.
_ORDINAL = re.compile(r"(?<![\d.,:/])\d{1,2}\.$")
#: A full stop right after a word of one or two letters: an initial or a title when the word
#: is a capital alone or before a small letter ("J. Roe", "Dr. Roe", "Υπ. Εργασίας"), no
#: sentence's end.
_SHORT_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}\.$")
#: A letter: a sentence holds one before its stop.
_LETTER = re.compile(r"[^\W\d_]")
#: The first character after a stop and the spaces after it.
_NEXT_CHARACTER = re.compile(r"\s*(\S)")
#: How many characters before a stop :func:`_no_end` reads.
_BEFORE_STOP = 4


def _no_end(text: str, stop: re.Match[str]) -> bool:
    """True when the full stop ``stop`` closes an ordinal, an initial or a title, or stands
    inside a short form in brackets ("(ਜ਼ੈੱਡ. ਟੀ. ਯੂ.)", "(S. P. A.)")."""
    if stop[0] != ".":
        return False
    if in_bracketed_short_form(text, stop.start()):
        return True
    at = max(0, stop.end() - _BEFORE_STOP)
    if _ORDINAL.search(text, at, stop.end()):
        return True
    short = _SHORT_WORD.search(text, at, stop.end())
    # "J.", "Dr.", "Υπ.": a capital alone or before a small letter ("EU." is an abbreviation)
    return short is not None and short[0][0].isupper() and not short[0][1].isupper()


def _glued_end(text: str, stop: re.Match[str]) -> bool:
    """True unless ``stop`` is glued to the word after it and does not end a sentence there: it
    ends one after two small letters, before a capital and a small letter (an opening quotation
    mark perhaps between: "... Zetbund.\u201cWir ..."), in a word with no other stop, slash or "@"
    ("www.Xandia.zt", "ver.di", "U.S.A" are none)."""
    at = stop.end()
    if at >= len(text) or text[at].isspace():
        return True
    before = text[stop.start() - 2 : stop.start()]
    if not (before.isalpha() and before.islower()):
        return False
    nxt = at + 1 if text[at] in '"“„«' else at
    if not (text[nxt : nxt + 1].isupper() and text[nxt + 1 : nxt + 2].islower()):
        return False
    start = max(text.rfind(" ", 0, stop.start()), text.rfind("\n", 0, stop.start())) + 1
    end = len(text) if (space := _SPACE.search(text, at)) is None else space.start()
    return not _ADDRESS.search(text[start : stop.start()] + text[at:end].rstrip('.,;:!?)"”»'))


def glued_stop(text: str) -> int | None:
    """Where in ``text`` the full stop stands that a page glued to the next sentence's first word
    at the text's end ("... X de Zetlandia.El": the stop ends a sentence, :func:`_glued_end`),
    for a name read up to that word to be cut there; ``None`` when its last word has none."""
    start = max(text.rfind(" "), text.rfind("\n")) + 1
    for stop in _STOP.finditer(text, start):
        if stop[0] == "." and stop.end() < len(text) and _glued_end(text, stop):
            return stop.start()
    return None


@remembered()  # a paragraph is cut into its sentences by many readers
def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a paragraph, each with its offset in ``text`` (a list shared by every
    caller: read, never changed): the one home of where a sentence ends. A stop (".", "!", "?",
    "।" before a space) ends one unless the next word opens with a small letter (the stop of an
    abbreviation: "2021 m. gegužės", "2020 г. в Москве", "z. B. die"), no letter stands before
    it ("100. Xandia Party": an item's number), or it closes an ordinal number ("danes, 7.
    januarja 2011", "am 7. Mai 2011"), an initial or a title ("J. Roe", "Dr. Roe") or a letter
    of a short form in brackets ("(ਕੇ. ਐੱਮ. ਸੀ.)", a script without capitals too); a stop
    before a capital ends one ("... 9 май 2018 г. Тя ще ..."), also one the page glued to the
    next sentence ("... Xandia.Zetland ...": :func:`_glued_end`). Each stop is read with the few
    characters beside it: a long paragraph costs its length."""
    found: list[tuple[int, str]] = []
    start = 0
    letter = _LETTER.search(text)
    for stop in _STOP.finditer(text):
        if letter is None or letter.start() > stop.start():
            continue  # no word before the stop yet: an item's number ("100. Xandia Party")
        after = _NEXT_CHARACTER.match(text, stop.end())
        if (after and after[1].islower()) or _no_end(text, stop) or not _glued_end(text, stop):
            continue
        found.append((start, text[start : stop.end()]))
        start = stop.end()
        letter = _LETTER.search(text, start)
    found.append((start, text[start:]))
    return [(at + len(s) - len(s.lstrip()), s.strip()) for at, s in found if s.strip()]
