"""Signers a sentence of the lead names one after another, each written out with its
abbreviation in brackets: "pasirašytas Xandijos darbo partijos (XDP) ir Zetlando profesinių
sąjungų konfederacijos (ZPSK) susitarimas", "nilagdaan ng Partido Federal ng Xandia (PFX) at
Lakas-Zetland Union (Lakas-ZU)".

The abbreviation says where each name begins, whatever its case or the case of its words:
read back from the bracket, the name's words spell the abbreviation's letters
(:func:`.running.spelled_back`), a word in lower case among them too ("profesinių" gives the "P" of
"ZPSK"), a joining word in lower case ("ng", "of") giving a letter or none. A name whose words
do not spell its abbreviation (a name translated: "Jog és Igazságosság (PiS)", "Ədalət və
İnkişaf Partiyası (AKP)") is bounded by its words instead (:func:`_bounded_back`): its capitalised
words read back from the bracket, a joining word or a word for "and" between two of them.

Two such names or more, nothing between them but a comma, one short word ("and", whatever the
language) or a few words in lower case that describe the name after them ("and its ally the",
", also in opposition,"), in a sentence that tells of a statement or a signing, are its signers;
one alone may be anyone the sentence speaks of, and so are names after a word of speaking ("The
statement condemns the X Party (XP) and the Y Union (YU)": what it speaks of, the argument's) and
names a word of speaking, signing, company or topic parts ("the X Party (XP) against the Y Union
(YU)"). A name with no abbreviation after a word for "and" closes a run of two or more when its type
word ends it ("(XP) és Zetland Pártja").
"""

from __future__ import annotations

import re

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .coordinated import sentences
from .cues import folded_words
from .names import is_abbreviation, is_name_join, is_person, is_type_word, person_shaped
from .outside import signers_section
from .provenance import reads
from .running import spelled_back, unelided
from .spans import described, is_event, signing_words, speaks, spoken_of, tells_of_a_statement
from .text import Line, words

__all__ = ["expanded_signers"]

#: An abbreviation in brackets, and the words right before it in its sentence.
_BRACKETED = re.compile(r"\(([^\s()]{2,16})\)")
#: The most words a name written out before its abbreviation may have.
_LONGEST = 10
#: The most words in lower case that may describe the name after them between two names ("və
#: onun müttəfiqi", and its ally; "és volt koalíciós társa, a", and its former partner, the).
_DESCRIBING = 5


def _bounded_back(before: str, abbreviation: str) -> int | None:
    """Where in ``before`` the name begins that ends it, read by its words when they do not spell
    the abbreviation after it ("ellenzéki Jog és Igazságosság" for "PiS": "Jog"): back over
    capitalised words, and over a joining word or a word for "and" in lower case between two of
    them, at most ten words, past an elided article ("l’Assemblea") and a word for the leaders
    of organisations (``leader_words``: "Vertreter"), and not the capitalised article opening a
    sentence; the name must be no country, no person (nor shaped as a person's
    name: "Dilma Xandu (XP)" is a member of the party), no event and no description of many (the
    abbreviation after it is the evidence that it is a name), and one of its capitalised words
    must open with a letter of the ``abbreviation`` (a translation keeps some: "Partiyası" and
    "AKP"; "Xandia Party of Labour (ZRU)" is no name of ZRU); else ``None``."""
    spans = [m.span() for m in re.finditer(r"\S+", before)][-_LONGEST:]
    joins = folded_words("and_words")
    first: int | None = None
    start = 0
    for k in range(len(spans) - 1, -1, -1):
        at, word = unelided(spans[k][0], before[spans[k][0] : spans[k][1]])
        if not word.replace("-", "").isalpha() or fold(word) in folded_words("leader_words"):
            break  # "Vertreter X (XP)": the leaders' word is none of the name's
        if word[:1].isupper():
            first, start = k, at  # "l’Assemblea": the name past its elided article
        elif not (word.islower() and (is_name_join(word) or fold(word) in joins)):
            break
        elided = before[spans[k][0] : at].rstrip("'’")
        if elided and fold(elided) in folded_words("elided_articles"):
            break  # "l’": the article before the name; "d’Actors" goes on with it
    if first is None:
        return None
    if first + 1 < len(spans) and fold(before[start : spans[first][1]]) in folded_words("articles"):
        start = spans[first + 1][0]  # "Το Κόμμα ...": the article opening the sentence
    name = before[start:]
    if country_code(name) or is_person(name) or person_shaped(name) or is_event(name):
        return None
    initials = {fold(w)[:1] for w in words(name) if w[:1].isupper()}
    if not initials & {fold(c) for c in abbreviation if c.isalpha()}:
        return None  # "Xandia Party of Labour (ZRU)": a bracket of none of its letters
    return None if described(words(name)) else start


def _names(sentence: str) -> list[tuple[int, int]]:
    """Each name of ``sentence`` written out before its abbreviation in brackets, as the span
    from its first word to the closing bracket: spelled by its words, else bounded by them."""
    found: list[tuple[int, int]] = []
    for match in _BRACKETED.finditer(sentence):
        if not is_abbreviation(match.group(1)) and "-" not in match.group(1):
            continue
        before = sentence[: match.start()].rstrip()
        start = spelled_back(before, match.group(1))
        if start is None:
            start = _bounded_back(before, match.group(1))
        if start is not None:
            found.append((start, match.end()))
    return found


def _one_after_another(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when nothing but a comma and at most two words, each a word for "and" or a short
    word in lower case, stands between the two names ("(XDP) ir Zetlando", "(PFX) at Lakas",
    "(XP) and the Y", "(XP), (YP)"), or a few words in lower case that describe the name after
    them after a comma or a word for "and" ("(XP) and its ally the Y", "(XP), also in opposition,
    the Y"), none of speaking, signing, company or topic."""
    between = sentence[first[1] : second[0]].replace(",", " ").split()
    if len(between) <= 2 and all(
        fold(w) in folded_words("and_words") or (len(w) <= 3 and w.islower()) for w in between
    ):
        return True
    opening = sentence[first[1] : second[0]].lstrip()
    if not opening.startswith(",") and fold(between[0]) not in folded_words("and_words"):
        return False  # "(XP) accused the Y Union (YU)": the sentence's verb, no description
    apart = folded_words("company_words") | folded_words("about_words")
    return len(between) <= _DESCRIBING and all(
        w.isalpha()
        and w.islower()
        and not speaks(w)
        and not signing_words().matches(fold(w))
        and fold(w) not in apart
        for w in between
    )


def _last_after_and(sentence: str, end: int) -> tuple[int, int] | None:
    """The last name of the run, written with no abbreviation after a word for "and" right after
    the name that ends at ``end`` ("(XP) ve Zetland Partisi ..."): its capitalised words up to its
    type word, which is not its first word, when no joining word goes on after that (a name
    whose type word ends it, as the names before it in brackets are read; "Zetland Partisi
    Xandiyanın" stops at "Partisi"); else ``None``."""
    tokens = list(re.finditer(r"[^\s,.;:!?()]+", sentence[end : end + 200]))
    if not tokens or fold(tokens[0].group()) not in folded_words("and_words"):
        return None
    for k, token in enumerate(tokens[1 : 1 + _LONGEST], start=1):
        word = token.group()
        if not word[:1].isupper() and not (k > 1 and is_name_join(word)):
            return None
        if is_type_word(word) and word[:1].isupper():
            if k == 1:
                return None  # "(ZU) and Unions of ...", "y Partido Vortex": a kind word alone
            after = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            if is_name_join(after):
                continue
            return end + tokens[1].start(), end + token.end()
    return None


@reads
def expanded_signers(paragraph: Line) -> Section | None:
    """The signers a sentence of ``paragraph`` that tells of a statement or a signing names one
    after another, each written out with its abbreviation in brackets: the longest such run of
    two names or more of each sentence."""
    names: list[tuple[int, str]] = []
    for offset, sentence in sentences(paragraph):
        if "(" not in sentence or not tells_of_a_statement(sentence):
            continue
        spans = _names(sentence)
        run: list[tuple[int, int]] = []
        best: list[tuple[int, int]] = []
        for span in spans:
            run = [*run, span] if run and _one_after_another(sentence, run[-1], span) else [span]
            best = run if len(run) > len(best) else best
        last = _last_after_and(sentence, best[-1][1]) if len(best) >= 2 else None
        best = [*best, last] if last is not None else best
        if len(best) >= 2 and not spoken_of(sentence[: best[0][0]]):
            names += [(offset + start, sentence[start:end]) for start, end in best]
    return signers_section(paragraph, names, "phrase") if names else None
