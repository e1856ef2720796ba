"""Whether a phrase of running text reads as a signer's name: where a name may open (a capital, a
word of a script without capitals), whether the phrase is a name and not a description, a count
or an event (:func:`reads_as_name`), whether names read from prose are organisations'
(:func:`plausible`, :func:`organisations`), and the name cut out of the words around it
(:func:`trimmed_name`: a case ending, a body's name, a kind word before it).

:mod:`.runs` reads the runs of names with these; the modules that find signers in titles,
openings, sentences and phrases (:mod:`.titled`, :mod:`.openings`, :mod:`.signing`,
:mod:`.plurals`) weigh what they read with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import islice

from ..model.countries import country_code
from ..model.folding import fold
from .cues import folded_words, vocabulary, word_file
from .names import (
    evidence,
    generic_plural,
    is_abbreviation,
    is_bare_type_word,
    is_name_join,
    is_person,
    is_type_word,
    known_name,
    person_shaped,
)
from .remembered import remembered
from .spans import (
    NAMED,
    described,
    is_event,
    name_evidence,
)
from .text import folded_in_place, words
from .totals import number_value

__all__ = [
    "KIND_AFTER",
    "WORD",
    "Token",
    "arabic_script",
    "expanded",
    "kind_after",
    "kind_words",
    "opens_name",
    "organisations",
    "plausible",
    "prose_words",
    "reads_as_name",
    "spelled_across",
    "spelled_back",
    "spells",
    "trimmed_name",
    "uncased",
    "unelided",
    "without_case_ending",
]


Token = tuple[int, str]

#: The most words in lower case that may say a name's kind before it ("poslaničke grupe").
_KIND_WORDS = 3
#: The most words a name written out before its abbreviation may have.
_SPELLED_WORDS = 10
#: A word long enough to be a compound whose parts give two letters ("Socialdemokratų": "SD").
_COMPOUND = 8


#: An elided article or preposition before a capital ("l’Axpi", "dell'AXCI", "d'Xandie").
_ELIDED = re.compile(r"^[^\W\d_A-ZÀ-Ý]{1,4}['’](?=[^\W\d_])")


def unelided(start: int, token: str) -> tuple[int, str]:
    """A token without an elided article before a capitalised word ("l’Axpi" -> "Axpi")."""
    match = _ELIDED.match(token)
    if match and token[match.end()].isupper():
        return start + match.end(), token[match.end() :]
    return start, token


def opens_name(token: str) -> bool:
    head = token.lstrip("(«“\"'")
    return bool(head) and (head[0].isupper() or (head[0].isdigit() and is_abbreviation(head)))


def uncased(token: str) -> bool:
    """True when ``token`` is written in a script without capitals (Arabic, Persian)."""
    return token[:1].isalpha() and token[:1].upper() == token[:1].lower()


@remembered()
def reads_as_name(text: str, relaxed: bool = False) -> bool:
    """True when a phrase from running text is a signer's name, not a description."""
    found_words = words(text)
    if not found_words or described(found_words) or is_event(text):
        return False
    if fold(text.split()[0]) in folded_words("person_roles"):
        return False  # "member of the X Bloc": an apposition to the name before it
    if _counted(text):
        return False  # "Dört örgüt", "Négy szervezet": a count of organisations, no name
    if relaxed:
        # any capitalised phrase, but an adjective alone ("Comunistas") names no one
        parts = text.split()
        bare = len(parts) == 1 and all(
            generic_plural(part) or is_bare_type_word(part) for part in re.split(r"[-‐]", parts[0])
        )
        start = opens_name(parts[0]) or uncased(parts[0])
        short = len(parts) <= 8 or expanded(text)
        return start and short and not evidence(text).prose and not bare
    parts = [w.strip("()") for w in text.split()]
    if len(parts) == 1 and is_bare_type_word(parts[0]) and not known_name(text):
        return False  # "Профспілкового" ("of the trade unions") alone names no one
    if known_name(text) or (
        all(is_abbreviation(w) or w.isdigit() for w in parts) and is_abbreviation(parts[0])
    ):
        return True  # "XKP", "XOP 09"
    found = name_evidence(text)
    return found.score >= NAMED and (found.types > 0 or found.abbreviation)


def _counted(text: str) -> bool:
    """True when ``text`` is a number word and organisation words only ("Four Unions", "Dört
    örgüt"): it counts the signers and names none of them."""
    parts = text.split()
    return (
        len(parts) >= 2
        and number_value(parts[0]) is not None
        and all(is_bare_type_word(p) or generic_plural(p) for p in parts[1:])
    )


@cache
def _organs() -> re.Pattern[str]:
    organs = sorted((fold(w) for w in vocabulary()["organ_words"]), key=len, reverse=True)
    joins = "|".join(map(re.escape, sorted(folded_words("statement_joins"), key=len, reverse=True)))
    return re.compile(
        r"^(?:(?:the|il|la|le|el|der|die|das|το|η|ο)\s+)?(?:"
        + "|".join(map(re.escape, organs))
        + rf")(?:\s+(?:{joins}))*\s+(?=\S)"
    )


def _organ(name: str) -> int:
    """The length of a body's name opening ``name`` ("General Board of the ", "ЦК ",
    "Центрального Комитета "), else 0: when the organisation's name after it reads as one."""
    match = _organs().match(folded_in_place(name))
    return match.end() if match and reads_as_name(name[match.end() :]) else 0


def _trailing_join(word: str) -> bool:
    """True when a name read from running text may not end with ``word`` ("of", not "Y")."""
    return is_name_join(word) and not word[:1].isupper()


def spells(letters: str, words_before: list[str]) -> bool:
    """True when the abbreviation ``letters`` is the initials of the capitalised words (an
    elided article before one left out: "l'Action")."""
    bare = [unelided(0, w)[1] for w in words_before]
    initials = "".join(w[0] for w in bare if w[:1].isupper())
    return len(initials) >= 2 and initials == re.sub(r"\W", "", letters)


#: The most capitalised words after a quoted name that may say its kind ("İctimai Forumu").
KIND_AFTER = 3


def kind_after(after: Iterable[str]) -> int:
    """How many of the words ``after`` a quoted name's closing mark say its kind: capitalised,
    the last a type word ("«X» İctimai Forumu", "«X» Partiyası": languages that put the kind
    after the name), at most three; 0 when none do."""
    for j, word in enumerate(islice(after, KIND_AFTER)):
        if not opens_name(word):
            return 0
        if is_type_word(word):
            return j + 1
    return 0


#: One letter of an abbreviation, or a whole word of it ("Lakas" in "Lakas-ZU").
Target = tuple[str, bool]


def _targets(abbreviation: str) -> list[Target]:
    """The abbreviation's letters, folded, each as ``(letter, False)``, and the words written
    whole inside it ("Lakas-ZU": ``("lakas", True)``, then "z" and "u")."""
    found: list[Target] = []
    for chunk in re.split(r"[-‐/]", abbreviation):
        tail = chunk[1:]
        if len(chunk) >= 3 and chunk[:1].isupper() and tail.isalpha() and tail.islower():
            found.append((fold(chunk), True))
        else:
            found += [(fold(c), False) for c in chunk if c.isalnum()]
    return found


def _matches(pieces: list[str], targets: list[Target], p: int, t: int) -> int | None:
    """The index of the first of ``pieces[:p]`` when the pieces up to ``p`` (not included)
    spell ``targets[:t]``, read from the right; else ``None``."""
    if t == 0:
        return p
    if p == 0:
        return None
    piece = pieces[p - 1]
    folded = fold(piece)
    target, whole = targets[t - 1]
    if whole:
        return _matches(pieces, targets, p - 1, t - 1) if folded == target else None
    if piece[:1].islower() and (is_name_join(piece) or len(piece) <= 3):
        skipped = _matches(pieces, targets, p - 1, t)  # "ng", "of": a letter or none
        if skipped is not None:
            return skipped
    if folded[:1] == target:
        return _matches(pieces, targets, p - 1, t - 1)
    two = t >= 2 and len(folded) >= _COMPOUND and not targets[t - 2][1]
    if two and folded[:1] == targets[t - 2][0] and target in folded[2:]:
        return _matches(pieces, targets, p - 1, t - 2)  # "Socialdemokratų": "SD"
    return None


def spelled_back(before: str, abbreviation: str) -> int | None:
    """Where in ``before`` the name begins whose words, read back from its end, spell
    ``abbreviation`` ("Partido Federal ng Xandia" for "PFX", "Zetlando profesinių sąjungų
    konfederacijos" for "ZPS K"): its first word opens with a capital (or is in a script
    without capitals) and it has at most ten words; else ``None``."""
    spans = [m.span() for m in re.finditer(r"\S+", before)][-_SPELLED_WORDS:]
    pieces: list[str] = []
    owner: list[int] = []
    for k, (start, end) in enumerate(spans):
        for part in re.split(r"[-‐]", before[start:end]):
            if part:
                pieces.append(part)
                owner.append(k)
    targets = _targets(abbreviation)
    if len(targets) < 2 or not pieces:
        return None
    first = _matches(pieces, targets, len(pieces), len(targets))
    if first is None:
        return None
    head = pieces[first][:1]
    if not (head.isupper() or (head.isalpha() and head.lower() == head.upper())):
        return None
    return spans[owner[first]][0]


def expanded(text: str) -> bool:
    """True when ``text`` is a name closed by its abbreviation in brackets, spelled by the
    initials of its capitalised words ("Xandia Liga por la Acción Ciudadana (XLAC)")."""
    *before, last = text.split() or [""]
    return last.startswith("(") and last.endswith(")") and spells(last.strip("()"), before)


def spelled_across(joined: str, name: str) -> bool:
    """True when the bracketed abbreviation closing ``name`` spells the initials of ``joined``
    (a name before a word for "and", that word and ``name``: :func:`expanded`) and not those of
    ``name`` alone: the "and" is the name's own ("Xandia Odalar ve Borsalar Birliği (XOBB)",
    "l'Unione delle Camere e delle Borse di Xandia (UCBX)"), not one between two names."""
    return expanded(joined) and not expanded(name)


def arabic_script(token: str) -> bool:
    """True when ``token`` is written in the Arabic script (a name's type word comes first)."""
    return any("\u0600" <= c <= "\u06ff" for c in token[:2])


@cache
def prose_words() -> frozenset[str]:
    return frozenset(
        fold(w) for forms in word_file("orgwords.yaml")["prose_words"].values() for w in forms
    )


#: A case ending written after an apostrophe on a name's last word ("PGB'den", "Partisi'nin"),
#: or after a colon on an abbreviation ("XKP:n", "XKP:s").
_SUFFIX = re.compile(r"(?:^|\s)([^\W\d_][\w-]*?)(['’:])([^\W\d_A-ZÀ-ÝİĞŞÇÖÜ]{1,5})$")


def without_case_ending(name: str) -> str:
    """``name`` without a case ending written after an apostrophe on its last word ("PGB'den",
    "Partisi'nden", "XKP's"), of two letters or more or of one after an abbreviation, or after
    a colon on an abbreviation, as Finnish and Swedish write them ("XKP:n", "XKP:s")."""
    suffix = _SUFFIX.search(name)
    if suffix is None or (suffix.group(2) == ":" and not is_abbreviation(suffix.group(1))):
        return name
    if len(suffix.group(3)) >= 2 or is_abbreviation(suffix.group(1)):
        return name[: suffix.start(2)]
    return name


#: The dashes a page sets an aside between, the closing one written onto its last word.
_ASIDE = "-–—"


def trimmed_name(text: str, first: Token, last: Token) -> Token:
    """Where the name read from ``first`` to ``last`` starts, and its text: without joining words
    at its end, a conjunction written onto it, the dash closing an aside the list stands in
    written after its last bracketed abbreviation, a bracket closing a list, a body's name before
    it, a word in lower case saying its kind before a name ("groupe XGL/ZGL")."""
    name = without_case_ending(text[first[0] : last[0] + len(last[1])])
    start = first[0]
    while name and _trailing_join(name.split()[-1]):  # "... of" before a topic
        name = name.rsplit(" ", 1)[0] if " " in name else ""
    head = name.split()[0] if name.split() else ""
    if uncased(head) and head.startswith("و") and is_type_word(head[1:]):
        name = name[1:]  # "والنقابة ...": the conjunction is no part of the name
        start += 1
    if name[-2:] in tuple(")" + dash for dash in _ASIDE):
        name = name[:-1]  # "-A (XA), B y C (ZC)- convocaron": the dash closes the aside
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip()  # "(A, B, C)": the bracket closes the list, not the name
    organ = _organ(name)
    kind = name_after_kind(name[organ:])
    if kind is not None:
        # "groupe XGL/ZGL", "poslaničke grupe XGL": its kind, then its name
        return start + organ + kind, name[organ + kind :]
    return start + organ, name[organ:]


def name_after_kind(text: str) -> int | None:
    """Where the name starts that words in lower case saying its kind open ``text`` with
    (:func:`kind_words`: "groupe XGL/ZGL", "poslaničke grupe XGL", "pokreta Xandija je tu"):
    an abbreviation, a name by its words, or a name of its own in sentence case (two words or
    more, the first a capital's, no country, no word of prose: the kind word says it is a name
    where its capitals alone do not); else ``None``."""
    found = list(re.finditer(r"\S+", text))
    kind = kind_words([w.group() for w in found[:-1]])
    if not kind:
        return None
    rest = text[found[kind].start() :]
    parts = rest.split()
    in_sentence_case = (
        len(parts) >= 2
        and parts[0][:1].isupper()
        and not country_code(rest)
        and reads_as_name(rest, relaxed=True)
    )
    if is_abbreviation(rest) or reads_as_name(rest) or in_sentence_case:
        return found[kind].start()
    return None


def kind_words(found: list[str]) -> int:
    """How many of the words ``found`` that open a name say its kind in lower case before it
    ("groupe XGL", "stranke X", "poslaničke grupe X"): up to the first type word among the first
    three, each in lower case; 0 when they do not."""
    for k, word in enumerate(found[:_KIND_WORDS]):
        if not word[:1].islower():
            return 0
        if is_type_word(word):
            return k + 1
    return 0


WORD = re.compile(r"[^\W_][\w'’-]*")


def plausible(names: list[tuple[int, str]], relaxed: bool) -> bool:
    """True when names read from running text are organisations: none a country, not mostly
    persons' names, and
    (read by their capitals alone) none a word of prose."""
    raws = [name for _, name in names]
    if any(country_code(raw) for raw in raws) or sum(map(person_shaped, raws)) * 2 > len(raws):
        return False
    return not relaxed or all(len(raw) >= 3 for raw in raws)


def organisations(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of a run read from prose that are organisations': persons' names and countries
    left out; a name read by its capitals alone only beside as many names read by their words (a
    surname alone, "Smith", reads as an organisation's name as much as "Xandpeace" does)."""
    kept = [
        (at, name)
        for at, name in names
        if not person_shaped(name) and not is_person(name) and not country_code(name)
    ]
    strong = sum(1 for _, name in kept if reads_as_name(name))
    if strong and (strong * 2 >= len(kept) or len(kept) >= 4):
        return kept
    return [n for n in kept if reads_as_name(n[1])]
