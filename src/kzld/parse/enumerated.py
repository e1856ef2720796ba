"""Signers an enumeration names, as many as the text counts: "Fem organisationer ... De fem
fredsorganisationerna A, B, C, D och E har ...", "4団体は、A、B、C、Dです", "7개 시민단체 ... A, B,
C, D, E, F, G는 오늘 ...", "ექვსმა პარტიამ – „A“, „B“, ...".

The number of organisations the title or the lead states (a number, in digits or in words, with
a word for organisations after it: :func:`counts`) is the evidence: a run of exactly that many
parts, parted by the list separators of any script (commas, "、", "،", semicolons, the words for
"and" of ``cues.yaml``; in a script that writes no spaces between words, Thai, a space), names
the signers, whatever their capitals. The parts inside the run are names whole; the run's first
part is read back from its end and its last forward from its start (by capitals, a quotation,
a particle glued to it, the sentence's end), and an edge that no form bounds is left out rather
than guessed; a name in quotation marks is bounded by its marks in any script, whatever the
capitals of its words ("«X больше-свободы»"), and a clause before the first ("в том числе «A»")
is none of it. A run right after a word of speaking ("... მხარდაჭერას ვუცხადებთ „X“, „Y“ და „Z“",
"تدعم «X»، «Y» و «Z»": the statement's solidarity, support or demand addressed to them)
names whom the statement speaks to, not its signers (:func:`.spans.spoken_of`), as it does for
the readers of prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..model.countries import country_code
from ..model.folding import fold
from ..model.quotes import ANY_CLOSING, ANY_OPENING, quoted_name
from ..model.records import Section
from .coordinated import (
    is_signer,
    joins_names,
    masked,
    name_head,
    name_tail,
    sentences,
)
from .cues import folded_words, vocabulary
from .lists import without_glued_and
from .names import (
    generic_plural,
    is_abbreviation,
    is_person,
    is_type_word,
    known_name,
    not_and,
    owns_what_follows,
)
from .outside import signers_section
from .provenance import reads
from .remembered import remembered
from .running import arabic_script
from .separators import SEPARATOR, glued_ands_before
from .shortforms import closing_short_form
from .spans import is_event, spoken_of
from .stops import UNSPACED_STOPS
from .text import Line, uncased_letters
from .totals import number_value

__all__ = [
    "TOKEN",
    "counted_in",
    "counts",
    "enumerated_signers",
    "is_uncased",
    "may_be_name",
    "names_whole",
    "paragraph_sentences",
    "phrase_spaced",
    "read_run",
    "run_parts",
]

#: A word with its combining marks (the vowel signs of the scripts of India are marks).
TOKEN = re.compile(r"(?:[\w'’\-]|[\u0300-\u036f\u0900-\u0dff])+")
#: Digits written onto the letters after them ("4団体", "野党4党").
_GLUED = re.compile(r"\d+")
#: How many words after a number the word for organisations may come ("sju stora fackförbund").
_AFTER = 3
#: The largest count read: a longer enumeration is a list, found by its lines.
_MOST = 30
#: The smallest: "the two parties, X and Y" is read by the readers of prose.
_FEWEST = 3
#: The most words, and characters, a part inside a run may have.
_WORDS = 8
_CHARS = 80
#: What parts the items of an enumeration, with the spaces around it.
_SEPARATOR = re.compile(rf"\s*{SEPARATOR.pattern}\s*")
#: Quotation marks around a name in an enumeration ("„A“, „B“").
_QUOTED = quoted_name(single=True)
#: A quoted translation in brackets after a name in quotation marks ('"X" ("Y")'): no part of it.
_QUOTED_GLOSS = re.compile(r"(?<=[\"»“”'’])\s*\(\s*[\"«“„'‘][^()]*[\"»“”'’]\s*\)\s*$")
#: A number or a bullet that opens a paragraph ("1. ", "– ").
_OPENER = re.compile(r"^(?:\d{1,2}[.)]\s*|[-–—•]\s+)")
#: A number that opens an item inside a paragraph ("... 1. A, B").
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+(?=\S)")
#: The most characters of a name in a script without spaces (Chinese, Japanese).
_CJK = 24
#: A short form in brackets right after a name in a script without spaces ("（XL）").
_BRACKETED = re.compile(r"[(（][^()（）\s]{1,12}[)）]")
#: What ends a sentence in the scripts that write no space after it.
_CLOSE = re.compile(rf"(?<=[{UNSPACED_STOPS}।؟])")


@cache
def _ands() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in vocabulary()["and_words"] if " " not in str(w))


@cache
def _particles() -> tuple[str, ...]:
    return tuple(sorted(map(str, vocabulary()["unspaced_particles"]), key=len, reverse=True))


@remembered()  # asked of a sentence by each window of its runs and each reader of its names
def is_uncased(text: str) -> bool:
    """True when the letters of ``text`` are mostly of a script without capitals
    (:func:`~kzld.parse.text.has_case`: Georgian among them), or a score of them or more hold
    no capital."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 20 and not any(c.isupper() for c in letters):
        return True
    return uncased_letters("".join(letters)) * 2 > len(letters)


def phrase_spaced(text: str) -> bool:
    """True when ``text`` is mostly in a script that writes no spaces between its words, so
    that a space parts phrases (Thai, Lao, Tibetan, Burmese, Khmer)."""
    letters = [c for c in text if c.isalpha()]
    spaced = sum("\u0e00" <= c <= "\u109f" or "\u1780" <= c <= "\u17ff" for c in letters)
    return spaced * 2 > len(letters)


def _organisations_after(tokens: list[str], glued: str) -> bool:
    """True when a word for organisations follows a number: the letters written onto its digits
    ("団体が", "党と"), or one of the next few words ("sju stora fackförbund", "7개 시민단체")."""
    if glued and any(is_type_word(glued[:k]) for k in range(1, min(len(glued), 6) + 1)):
        return True
    return any(is_type_word(t) or generic_plural(t) for t in tokens[:_AFTER])


def counts(paragraphs: list[Line]) -> frozenset[int]:
    """The numbers of organisations ``paragraphs`` state ("Fem organisationer", "4団体",
    "ექვსმა პარტიამ"): a number from two to thirty, a word for organisations after it."""
    return frozenset(value for line in paragraphs for value, _ in counted_in(line.content))


@remembered()  # a sentence is asked for its counts by several readers
def counted_in(text: str) -> tuple[tuple[int, int], ...]:
    """Each number of organisations ``text`` states (:func:`counts`), with the offset where the
    number's word ends."""
    found: list[tuple[int, int]] = []
    tokens = list(TOKEN.finditer(text))
    for k, match in enumerate(tokens):
        token = match.group()
        value = number_value(token)
        glued = ""
        if value is None:
            for digits in _GLUED.finditer(token):
                glued = token[digits.end() :]
                value = number_value(digits.group())
                if value is not None and glued[:1].isalpha():
                    break
                value = None
        if value is None or not _FEWEST <= value <= _MOST:
            continue
        if _organisations_after([t.group() for t in tokens[k + 1 : k + 1 + _AFTER]], glued):
            found.append((value, match.end()))
    return tuple(found)


def run_parts(sentence: str) -> int:
    """How many parts ``sentence`` has between its separators (:func:`_parts`): the longest run
    :func:`read_run` may read in it, with no count beside it."""
    return len(_parts(sentence))


@remembered()  # a sentence is parted once for every count of names read in it
def _parts(sentence: str) -> list[tuple[int, int, bool]]:
    """The ``(start, end, anded)`` of the parts of ``sentence`` between separators outside
    brackets and quotations; ``anded`` when a word for "and" comes before the part (a list
    shared by every caller: read, never changed)."""
    inside = masked(sentence)
    cuts: list[tuple[int, int, bool]] = []
    for match in _SEPARATOR.finditer(sentence):
        if not inside[match.start()]:
            cuts.append((match.start(), match.end(), False))
    for match in re.finditer(r"(?<=\s)(\S+)(?=\s)", sentence):
        word = match.group(1)
        anded = fold(word) in _ands() and not not_and(word)
        and_word = anded or joins_names(sentence, *match.span())
        if not inside[match.start()] and and_word:
            cuts.append((match.start() - 1, match.end() + 1, True))
    if phrase_spaced(sentence):
        for match in re.finditer(r"\s+(?![(（])", sentence):
            if not inside[match.start()]:
                cuts.append((match.start(), match.end(), False))
    cuts += _unspaced_ands(sentence, inside, cuts)
    parts: list[tuple[int, int, bool]] = []
    at, anded = 0, False
    for start, end, is_and in sorted(cuts):
        if start >= at:
            parts.append((at, start, anded))
            at, anded = end, is_and
        elif end > at:  # ", and": one cut
            at, anded = end, anded or is_and
    parts.append((at, len(sentence), anded))
    return [p for p in parts if sentence[p[0] : p[1]].strip()]


@cache
def _unspaced_and_forms() -> str:
    """The words for "and" of the scripts that write no spaces, one character each ("與",
    "与", "及", "和", "と": the ``unspaced_separators`` that are no mark of punctuation)."""
    forms = [str(f) for f in vocabulary()["unspaced_separators"]]
    return "".join(f for f in forms if len(f) == 1 and f.isalpha())


def _unspaced_ands(
    sentence: str, inside: list[bool], cuts: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The cuts at a word for "and" of a script without spaces written between two names, the
    first ending with its type word ("A、B、C黨與D聯盟"): the stretch from the last separator
    before it to it says what it is. A name may hold the character ("參與", "和平"), so a
    stretch that is no name ending with a type word is no name's end."""
    forms = _unspaced_and_forms()
    if not forms or " " in sentence.strip():
        return []
    found: list[tuple[int, int, bool]] = []
    for match in re.finditer(f"[{re.escape(forms)}]", sentence):
        at = match.start()
        if inside[at] or at < 2:
            continue
        start = max((end for _, end, _ in cuts if end <= at), default=0)
        if at - start >= 2 and is_type_word(sentence[start:at]):
            found.append((at, match.end(), True))
    return found


def _short(text: str) -> bool:
    """True when ``text`` may be a name whole: a few words, no sentence's end inside (in a
    script without spaces, a few characters)."""
    if " " not in text.strip() and is_uncased(text) and len(text) > _CJK:
        return False
    # the short form in brackets after a name is one word of it, its dots no sentence's end
    # ("X Y Z (ਜ਼ੈੱਡ. ਟੀ. ਯੂ.)")
    closing = closing_short_form(text)
    if closing is not None:
        text = f"{text[: closing.start()]} (_)"
    return len(text.split()) <= _WORDS and len(text) <= _CHARS and not re.search(r"[.:!?]\s", text)


def _first(text: str, uncased: bool) -> tuple[int, str] | None:
    """The name that ends ``text``, the run's first part: in quotation marks, after a number
    that opens an item ("... 1. A"), or read back by its capitals; in a script without
    capitals, the part whole only when it is a name of a word or two that says what it is."""
    text = text.rstrip()
    quoted = [m for m in _QUOTED.finditer(text) if m.end() == len(text)]
    if quoted:
        return quoted[-1].start("name"), quoted[-1].group("name")
    numbered = list(_NUMBERED.finditer(text))
    if numbered:
        return numbered[-1].end(), text[numbered[-1].end() :]
    if uncased and " " not in text:  # Chinese, Japanese: a name with no particle inside
        inside = any(text.find(p, 1) > 0 for p in _particles())
        return (0, text) if _short(text) and _typed(text) and not inside else None
    if uncased:
        return (0, text) if len(text.split()) <= 2 and _typed(text) else None
    tail = name_tail(text)
    return (tail[0], text[tail[0] : tail[1]]) if tail else None


def _last(text: str, closes: bool, uncased: bool) -> tuple[int, str] | None:
    """The name that opens ``text`` (the rest of the sentence from the run's last part): in
    quotation marks, the part whole when the sentence ends with it, up to a particle glued to
    it (a script without capitals: "X연합는 오늘", "X組の野党"), or read forward by its capitals."""
    quoted = _QUOTED.search(text) if uncased else _QUOTED.match(text)
    if quoted and (uncased or quoted.start() == 0):
        return quoted.start("name"), quoted.group("name")
    bare = text.rstrip(" .。।")
    if not uncased:
        head = name_head(text)
        return (head[0], text[head[0] : head[1]]) if head else None
    # Chinese, Japanese: up to a particle, or the longest typed start (not one Arabic word)
    if " " not in bare and not arabic_script(bare):
        glued = [bare.find(p, 2) for p in _particles() if bare.find(p, 2) > 0]
        if glued and min(glued) <= _CJK:
            return 0, bare[: min(glued)]
        typed = [k for k in range(2, min(len(bare), _CJK) + 1) if is_type_word(bare[:k])]
        if not typed:
            return None
        # the short form in brackets right after the name is the name's ("X聯盟（XL）")
        bracket = _BRACKETED.match(bare, typed[-1])
        return 0, bare[: bracket.end() if bracket else typed[-1]]
    first = bare.split()[0]
    particle = next((p for p in _particles() if first.endswith(p)), None)
    if particle and len(first) > len(particle) + 1:
        return 0, first[: -len(particle)]
    return (0, bare) if closes and _short(bare) else None


def _typed(name: str) -> bool:
    """True when ``name`` says what it is: a type word, an abbreviation, a known name."""
    found = name.split()
    return (
        any(is_type_word(w.strip("()")) for w in found)
        or is_type_word(name)
        or is_abbreviation(name)
        or known_name(name)
    )


def _inner(text: str) -> str:
    """A part inside a run as a name: the quoted name in it, else the part, perhaps numbered."""
    quoted = _QUOTED.search(text)
    if quoted:
        return quoted.group("name")
    opener = _OPENER.match(text)
    return text[opener.end() :] if opener else text


def _windows(parts: list[tuple[int, int, bool]], n: int, sentence: str) -> Iterator[int]:
    """Where a run of ``n`` parts may open: its inner parts short, and the part after it, if any,
    no item of the same run (long, or no name, or after a word for "and" that ended the run)."""
    uncased = is_uncased(sentence)
    short = [_short(sentence[a:b]) for a, b, _ in parts]  # each part read once, not per window
    for s in range(len(parts) - n + 1):
        if not all(short[s + 1 : s + n - 1]):
            continue
        if any(anded for _, _, anded in parts[s : s + n - 1]):
            continue  # a word for "and" before the last item is inside a name ("X and Y (XY), Z")
        last = s + n - 1
        after = parts[last + 1] if last + 1 < len(parts) else None
        goes_on = after is not None and (after[2] or not parts[last][2])
        if after and goes_on and _item_like(sentence[after[0] : after[1]], uncased):
            continue  # the run goes on past the count
        yield s


def _item_like(text: str, uncased: bool) -> bool:
    """True when ``text`` reads as one more item of an enumeration: short, a name."""
    if not _short(text):
        return False
    name = _inner(text).strip(" .,;:")
    return _typed(name) if uncased else is_signer(name)


def read_run(sentence: str, n: int, near: bool = False) -> list[tuple[int, str]]:
    """The names of a run of exactly ``n`` parts in ``sentence``, when its items read as names:
    by capitals (every edge read), or in a script without them by quotation marks or type words
    (half of them; all of them where spaces part the items), an edge no form bounds left out;
    ``near`` when the count stands beside the run (:mod:`.counted`): the count is the evidence,
    and no type word is asked of the items, and when capitals read no run, names in sentence
    case are read (:func:`_near_cased`). Of several runs, the one with the most names read; a
    word for "and" read inside a name only when then all ``n`` names are read (the count says
    so; with an edge left out it says nothing)."""
    for level in (_NEAR, _SENTENCE_CASE) if near else (_APART,):
        for k, parts in enumerate(_partings(sentence, near)):
            best: list[tuple[int, str]] = []
            for s in _windows(parts, n, sentence):
                kept = _names(sentence, parts, (s, n), level)
                if len(kept) > len(best):
                    best = kept
            if best and (k == 0 or len(best) == n):
                return best
    return _glued(sentence, n) if near and arabic_script(sentence.lstrip()) else []


def _partings(sentence: str, near: bool) -> Iterator[list[tuple[int, int, bool]]]:
    """The ways ``sentence`` parts into items: between its separators (:func:`_parts`); near a
    count, also with each word for "and" in turn inside a name ("A، وB للحقوق و الحريات، وC"):
    the count says which reading holds."""
    parts = _parts(sentence)
    yield parts
    if not near:
        return
    for k in range(1, len(parts)):
        if parts[k][2]:
            yield [
                *parts[: k - 1],
                (parts[k - 1][0], parts[k][1], parts[k - 1][2]),
                *parts[k + 1 :],
            ]


@cache
def _anded_word() -> re.Pattern[str]:
    """A word after a space with a word for "and" written onto its start
    (:func:`.separators.glued_ands_before`: the Arabic script's "و"), the word for "and" its
    group ``and``."""
    forms = "|".join(map(re.escape, glued_ands_before()))
    return re.compile(rf"(?<=\s)(?P<and>{forms})[^\W\d_]\S*")


def _glued(sentence: str, n: int) -> list[tuple[int, str]]:
    """The ``n`` names of a part of ``sentence`` whose items are joined by "و" (and) written
    onto each of them, with no separator between them ("وهم أحزاب A والB والC"): the Arabic
    script's way of joining an enumeration. The part is parted before each word with the letter
    where an article or a type word follows it (:func:`.lists.without_glued_and`), the first
    item read after its cue; a name may hold such a word too ("للعمل والسلام"), so with one
    piece more than the count, the pieces are joined at each place in turn. The reading is taken
    only when exactly one of them reads all ``n`` names: the count says which holds."""
    for _, end, _ in _parts(sentence):
        clause = sentence[:end]  # the part's end (a separator, or the sentence's) bounds the last
        pieces = _glued_pieces(clause)
        if len(pieces) not in (n, n + 1):
            continue
        joined = [
            [*pieces[: k - 1], (pieces[k - 1][0], pieces[k][1], False), *pieces[k + 1 :]]
            for k in range(1, len(pieces))
        ]
        readings = [pieces] if len(pieces) == n else joined
        read = [names for p in readings if len(names := _names(clause, p, (0, n), _NEAR)) == n]
        if len(read) == 1:
            return read[0]
    return []


def _glued_pieces(clause: str) -> list[tuple[int, int, bool]]:
    """The last part of ``clause`` (from its last separator), parted before each word that has
    "و" written onto it where an article or a type word follows the letter; the letter is none
    of the piece after it."""
    start = max((m.end() for m in _SEPARATOR.finditer(clause)), default=0)
    found: list[tuple[int, int, bool]] = []
    at = start
    for word in _anded_word().finditer(clause, start):
        sure = without_glued_and(0, word.group())[0] > 0
        if sure and clause[at : word.start()].strip():
            found.append((at, word.start(), False))
            at = word.end("and")
    found.append((at, len(clause), False))
    return found


#: How a run is read (:func:`read_run`): with no count beside it, with one, and with one and
#: names in sentence case.
_APART, _NEAR, _SENTENCE_CASE = 0, 1, 2


def _names(
    sentence: str, parts: list[tuple[int, int, bool]], run: tuple[int, int], near: int
) -> list[tuple[int, str]]:
    """The names of the run of ``n`` of the ``parts`` opening at part ``s`` (``run``: ``s, n``),
    or none when it reads as no enumeration of names (``near``: how, :func:`read_run`)."""
    s, n = run
    uncased = is_uncased(sentence)
    names = [_item(sentence, parts, (s, k, n), uncased, near) for k in range(n)]
    plausible = [x is not None and _plausible(*_unquoted(sentence, x), uncased) for x in names]
    if not all(p for x, p in zip(names[1:-1], plausible[1:-1], strict=True) if x is not None):
        return []
    kept = [x for x, p in zip(names, plausible, strict=True) if x is not None and x[1] and p]
    if len(kept) < max(2, n - 1 if not uncased else n - 2):
        return []  # in capitals one edge at most left out, else both at most
    if phrase_spaced(sentence) and len(kept) < n:
        return []  # where spaces part the items, each part is an item or the run is none
    edges = [(0, parts[s]), (n - 1, parts[s + n - 1])]
    if uncased and any(names[k] is None and _short(sentence[a:b]) for k, (a, b, _) in edges):
        return []  # an edge left out must be a clause that holds a name, not a word or two
    quoted = all(sentence[a - 1 : a] in ANY_OPENING for a, _ in kept)
    typed = sum(_typed(name) for _, name in kept)
    if uncased and not quoted and ((typed * 2 < n and not near) or not typed):
        return []  # near a count, one name saying what it is is enough, none is too few
    if phrase_spaced(sentence) and typed < len(kept):  # a space parts phrases as well as names
        return []
    if spoken_of(sentence[: kept[0][0]]):
        return []  # right after a word of speaking to them: whom the statement supports
    return kept


def _item(
    sentence: str,
    parts: list[tuple[int, int, bool]],
    at: tuple[int, int, int],
    uncased: bool,
    near: int,
) -> tuple[int, str] | None:
    """The ``k``-th name of the run of ``n`` parts opening at part ``s`` (``at``: ``s, k, n``),
    with its offset; ``near``: :func:`read_run`."""
    s, k, n = at
    a, b, _ = parts[s + k]
    text = sentence[a:b]
    # the first part read back from its end: a clause before the name ("... в том числе «A»")
    if k == 0 and (s == 0 or not _short(text) or text.rstrip()[-1:] in ANY_CLOSING):
        found = _first(text, uncased)
        if found is None and near and uncased:
            found = _after_cue(text)
    elif k == n - 1:
        # in capitals the name is read on into the rest ("X för fred och frihet har ...")
        rest = text if uncased else sentence[a:]
        found = _last(rest, sentence[b:].strip() == "", uncased)
    else:
        # a name in quotation marks is the name inside them, whatever the script
        name = _inner(text) if uncased or _QUOTED.fullmatch(text.strip()) else text
        found = (text.find(name), name)
    if near == _SENTENCE_CASE and not uncased:
        found = _near_cased(text if k < n - 1 else sentence[a:], k == 0, k == n - 1, found)
    if found is None:
        return None
    name = _QUOTED_GLOSS.sub("", found[1]).strip(" .,;:")
    start = a + found[0] + found[1].find(name)
    return without_glued_and(start, name) if k > 0 else (start, name)


def _near_cased(
    text: str, first: bool, last: bool, found: tuple[int, str] | None
) -> tuple[int, str] | None:
    """An item near a count in a script with capitals that its capitals alone do not bound
    (``found``, as read so far): the first part whole when it reads as a signer's name in
    sentence case ("Xandijos profesinių sąjungų konfederacija"); inside, the name in quotation
    marks of a part that is no name whole ('profesinė sąjunga "X"'); the last part read on to
    the last type word of its first words ("Xandijos darbo federacija gegužės 1 dieną ...")."""
    if first and found is None and _short(text) and is_signer(text.strip()):
        return 0, text
    if not first and not last and found is not None and not is_signer(found[1].strip()):
        quoted = _QUOTED.search(text)
        return (quoted.start("name"), quoted.group("name")) if quoted else found
    if last and text[:1].isupper():
        words = _SEPARATOR.split(text, maxsplit=1)[0].split()[:_WORDS]
        typed = [k for k, w in enumerate(words) if is_type_word(w.strip(".:"))]
        named = " ".join(words[: typed[-1] + 1]) if typed else ""
        longer = found is None or len(named) > found[0] + len(found[1].strip())
        if named and longer and is_signer(named):
            return 0, named
    return found


def _after_cue(text: str) -> tuple[int, str] | None:
    """The name after the cue that opens the run's first part in a script without capitals:
    after the last word for organisations in the plural, word saying "namely" ("... দলগুলো
    হলো X": "the parties are X") or postposition ("4 ਯੂਨੀਅਨਾਂ ਦੇ ਮੰਚ 'ਚ X": in the platform of
    four unions, X), a few words."""
    found = list(re.finditer(r"\S+", text))
    namely = folded_words("namely_words") | folded_words("postpositions")
    cues = [m for m in found if fold(m.group()) in namely or generic_plural(m.group())]
    if not cues or cues[-1].end() >= len(text.rstrip()):
        return None
    name = text[cues[-1].end() :].strip()
    return (text.rfind(name), name) if _short(name) else None


def _plausible(name: str, quoted: bool, uncased: bool) -> bool:
    """True when ``name`` may be an organisation's: no person (nor, in a script without
    capitals, a part with a genitive after its type word), no number, no bracket
    left open (a part cut inside a bracket: "X(Y"); in capitals, one, or, ``quoted`` in
    quotation marks that bound it, any words but a country's or an event's ("«Xandia
    больше-свободы»", "“Xan meydanı”": a name in sentence case that its marks, not its
    capitals, bound)."""
    if any(c.isdigit() for c in name) and (uncased or not re.search(r"[^\W\d_]", name)):
        return False
    if name.count("(") + name.count("（") > name.count(")") + name.count("）"):
        return False
    if is_person(name) or (uncased and owns_what_follows(name)):
        return False  # "X पार्टी के अध्यक्ष Y": a person, who signs for X
    if quoted and not uncased:
        return not (country_code(name) or is_event(name))
    return uncased or is_signer(name)


def _unquoted(sentence: str, item: tuple[int, str]) -> tuple[str, bool]:
    """The name of ``item`` (its offset in ``sentence``, its text) without the quotation marks
    around it, and whether it is quoted: written inside them, or right after an opening mark."""
    at, name = item
    inner = _QUOTED.fullmatch(name.strip())
    if inner is not None:
        return inner.group("name"), True
    return name, at > 0 and sentence[at - 1] in ANY_OPENING


def names_whole(items: list[str]) -> bool:
    """True when ``items``, each read whole (a line of a block after a count), are names as
    :func:`read_run` reads them near a count: each short and plausible (in capitals, shaped as a
    signer's name), and in a script without capitals one of them at least saying what it is."""
    if not items or not all(map(may_be_name, items)):
        return False
    return not is_uncased(" ".join(items)) or any(map(_typed, items))


def may_be_name(item: str) -> bool:
    """True when ``item``, read whole, may be an organisation's name: short, plausible."""
    return _short(item) and _plausible(item, False, is_uncased(item))


def paragraph_sentences(paragraph: Line) -> Iterator[tuple[int, str]]:
    """The sentences of ``paragraph`` (offset in the document, text; where a sentence ends:
    :func:`~kzld.parse.text.sentences`), also those that end with a mark the scripts of Asia
    write without a space after it."""
    for offset, sentence in sentences(paragraph):
        at = 0
        for piece in _CLOSE.split(sentence):
            if piece.strip():
                yield offset + at, piece
            at += len(piece)


@reads
def enumerated_signers(paragraph: Line, numbers: frozenset[int]) -> Section | None:
    """The signers an enumeration in ``paragraph`` names, as many as one of ``numbers`` (the
    counts of organisations the title and the lead state)."""
    for offset, sentence in paragraph_sentences(paragraph):
        for n in sorted(numbers, reverse=True):
            names = read_run(sentence, n)
            if names:
                return signers_section(paragraph, [(offset + a, t) for a, t in names], "phrase")
    return None
