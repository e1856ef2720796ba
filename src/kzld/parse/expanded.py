"""Signers a sentence of the lead names one after another, each written out with its
abbreviation in brackets: "pasirašytas Xandijos darbo partijos (XDP) ir Zetlando profesinių
sąjungų konfederacijos (ZPSK) susitarimas", "nilagdaan ng Partido Federal ng Xandia (PFX) at
Lakas-Zetland Union (Lakas-ZU)".

The abbreviation says where each name begins, whatever its case or the case of its words:
read back from the bracket, the name's words spell the abbreviation's letters
(:func:`spelled_back`), a word in lower case among them too ("profesinių" gives the "P" of
"ZPSK"), a joining word in lower case ("ng", "of") giving a letter or none. Two such names or
more, nothing between them but a comma or one short word ("and", whatever the language), in a
sentence that tells of a statement or a signing, are its signers; one alone may be anyone the
sentence speaks of, and so are names after a word of speaking ("The statement condemns the X
Party (XP) and the Y Union (YU)": what it speaks of, the argument's).
"""

from __future__ import annotations

import re

from ..model.folding import fold
from ..model.records import Section
from .coordinated import sentences
from .cues import folded_words
from .names import is_abbreviation, is_name_join
from .outside import signers_section
from .spans import spoken_of, tells_of_a_statement
from .text import Line

__all__ = ["expanded_signers", "spelled_back"]

#: An abbreviation in brackets, and the words right before it in its sentence.
_BRACKETED = re.compile(r"\(([^\s()]{2,16})\)")
#: The most words a name written out before its abbreviation may have.
_LONGEST = 10
#: A word long enough to be a compound whose parts give two letters ("Socialdemokratų": "SD").
_COMPOUND = 8

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
    spans = [m.span() for m in re.finditer(r"\S+", before)][-_LONGEST:]
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


def _names(sentence: str) -> list[tuple[int, int]]:
    """Each name of ``sentence`` written out before its abbreviation in brackets, as the span
    from its first word to the closing bracket."""
    found: list[tuple[int, int]] = []
    for match in _BRACKETED.finditer(sentence):
        if not is_abbreviation(match.group(1)) and "-" not in match.group(1):
            continue
        before = sentence[: match.start()].rstrip()
        start = spelled_back(before, match.group(1))
        if start is not None:
            found.append((start, match.end()))
    return found


def _one_after_another(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """True when nothing but a comma and at most two words, each a word for "and" or a short
    word in lower case, stands between the two names ("(XDP) ir Zetlando", "(PFX) at Lakas",
    "(XP) and the Y", "(XP), (YP)")."""
    between = sentence[first[1] : second[0]].strip().lstrip(",").split()
    return len(between) <= 2 and all(
        fold(w) in folded_words("and_words") or (len(w) <= 3 and w.islower()) for w in between
    )


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
        if len(best) >= 2 and not spoken_of(sentence[: best[0][0]]):
            names += [(offset + start, sentence[start:end]) for start, end in best]
    return signers_section(paragraph, names, "phrase") if names else None
