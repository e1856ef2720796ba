"""Signers named beside a verb of signing wherever the sentence stands ("A, B y C han firmado ...",
"... που συνυπέγραψαν A, B και C", "Hanno già aderito l’Associazione X, la Rete Y e Z"), in an "on
behalf of" phrase ("namens der ...", "X adına"), or among others in the line announcing a list
("..., among them XKP:").
"""

from __future__ import annotations

import re
from functools import cache

from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words, vocabulary
from .names import (
    generic_plural,
    person_shaped,
)
from .openings import subject
from .outside import signers_section
from .plurals import after_plural
from .provenance import reads
from .running import WORD, opens_name, organisations, plausible, reads_as_name
from .runs import name_run
from .spans import signing_words
from .text import Line, folded_in_place, sentences

__all__ = [
    "among_signers",
    "behalf_signers",
    "sentence_signers",
]


@cache
def _among() -> tuple[tuple[str, ...], ...]:
    """The phrases that name the signers as some among others, folded, as words."""
    return tuple(tuple(fold(p).split()) for p in vocabulary()["among_phrases"])


@cache
def _among_patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Each phrase of :func:`_among` as a pattern over a text folded in place (any spaces
    between its words), in its order; and all of them as one, which a line without any of them
    fails in one scan. The one pattern asks for the word's edges once, outside the alternation:
    asked in each of a hundred phrases, they cost the scan a hundred tries at every character."""
    phrases = tuple(r"\s+".join(map(re.escape, phrase)) for phrase in _among())
    each = tuple(rf"(?<!\w){phrase}(?!\w)" for phrase in phrases)
    anywhere = rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)" if phrases else "(?!)"
    return re.compile(anywhere), tuple(map(re.compile, each))


@cache
def _behalf() -> re.Pattern[str]:
    phrases = sorted((fold(p) for p in vocabulary()["on_behalf_phrases"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")


@reads
def behalf_signers(line: Line) -> Section | None:
    """The signers an "on behalf of" phrase in ``line`` names."""
    folded = folded_in_place(line.content)
    names: list[tuple[int, str]] = []
    phrases = list(_behalf().finditer(folded))
    for match in phrases:
        found, end = name_run(line.content[match.end() :], line.start + match.end())
        names += [_before_next(line, name, phrases) for name in found]
        # "namens der X und der in Deutschland wirkenden Organisationen der A, der B"
        at = after_plural(line.content, match.end() + end)
        if at is not None:
            more, _ = name_run(line.content[at:], line.start + at)
            names += more if len(more) >= 2 else []
    names += [n for n in _before_postposition(line) if n not in names]
    return signers_section(line, names, "phrase") if names else None


def _before_next(
    line: Line, name: tuple[int, str], phrases: list[re.Match[str]]
) -> tuple[int, str]:
    """``name`` without the person that a word for "and" joins to its end when an "on behalf
    of" phrase follows right after it ("on behalf of the X Union and Ann Zet on behalf of the
    Y": Ann Zet speaks for Y); else ``name``."""
    at, text = name
    end = at - line.start + len(text)
    if not any(m.start() > end and not line.content[end : m.start()].strip() for m in phrases):
        return name
    cut = list(_and_word().finditer(folded_in_place(text)))
    if cut and person_shaped(text[cut[-1].end() :]):
        return at, text[: cut[-1].start()]
    return name


@cache
def _and_word() -> re.Pattern[str]:
    """A word for "and" between spaces, read in a text folded in place (``"și"``, ``"And"``)."""
    ands = "|".join(re.escape(w) for w in sorted(folded_words("and_words"), key=len, reverse=True))
    return re.compile(rf"\s+(?:{ands})\s+")


def _before_postposition(line: Line) -> list[tuple[int, str]]:
    """The names right before a word that speaks for them after them ("Eylemde KKP-ZİP-PGB
    adına ...", "Ksanya Komünist Partisi (KKP) adına ..."): the longest run of names that ends
    there, read from a capitalised word at most a dozen words before."""
    content = line.content
    names: list[tuple[int, str]] = []
    after = folded_words("on_behalf_after")
    # most lines hold no such word: their words are folded and looked up in one pass first
    if after.isdisjoint(map(fold, WORD.findall(content))):
        return names
    for word in WORD.finditer(content):
        if fold(word.group()) not in after:
            continue
        head = content[: word.start()].rstrip()
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s))\S", head)][-12:]
        for start in starts:
            if not opens_name(head[start:]):
                continue
            found, end = name_run(head[start:], line.start + start)
            if found and start + end == len(head):
                names += [_without_article(name) for name in found]
                break
    return names


def _without_article(name: tuple[int, str]) -> tuple[int, str]:
    """A name read back from a word after it, without the article of one or two letters that
    opens its sentence ("A Xandiai Kommunista Párt nevében")."""
    at, text = name
    article = re.match(r"^[^\W\d_]{1,2}\s+", text)
    if article and text[:1].isupper() and reads_as_name(text[article.end() :]):
        return at + article.end(), text[article.end() :]
    return name


@reads
def among_signers(line: Line) -> Section | None:
    """The signers named among others in a line announcing a list ("..., among them XKP:")."""
    folded = folded_in_place(line.content)
    anywhere, phrases = _among_patterns()
    if anywhere.search(folded) is None:
        return None
    for pattern in phrases:
        for match in pattern.finditer(folded):
            names, _ = name_run(line.content[match.end() :], line.start + match.end())
            if names:
                return signers_section(line, names, "phrase")
    return None


@reads
def sentence_signers(line: Line) -> Section | None:
    """The signers a sentence names next to a verb of signing, wherever the sentence is in the
    text: before it ("Xandia per Zetland, Compromís Ypsilon, ... y Movimiento Zeta y la Ciudadanía
    de Ypsilon han firmado ...", "Το ΞΚΚ συνυπογράφει ...") or after it ("... που συνυπέγραψαν
    ΞΣΚ, ΖΚΚ και Ζήτα 25", "firmado por el Partido X y el Partido Y")."""
    names: list[tuple[int, str]] = []
    for at, _ in sentences(line.content):
        # from the sentence's start to the line's end: the names may run past its stop
        sentence = line.content[at:]
        found, after = subject(sentence, line.start + at, relaxed=True)
        following = [fold(w.strip(",.:")) for w in after.split(maxsplit=3)[:3]]
        signing = next((k for k, w in enumerate(following) if signing_words().matches(w)), None)
        if signing is None or not plausible(found, True):
            continue
        if set(following[:signing]) & folded_words("negation_words"):
            continue  # "Партия "X" не подписала": who did not sign
        if len(found) >= 2 or (found and reads_as_name(found[0][1])):
            names += found
    titled = len(line.content) <= 200 and not line.content.rstrip().endswith((".", "!", "?"))
    for word in WORD.finditer(line.content if titled else ""):
        if not signing_words().matches(fold(word.group())):
            continue
        if any(generic_plural(w) for w in line.content[: word.start()].split()):
            break  # "Fifty parties sign XKK Solidarity Campaign": what they sign follows
        at = word.end()
        found, _ = name_run(line.content[at:], line.start + at, then_relaxed=True)
        if found and plausible(found, False) and not any(f in names for f in found):
            names += found
    if not titled:
        taken = set(names)
        names += [n for n in _after_verbs(line) if n not in taken]
    return signers_section(line, names, "phrase") if names else None


def _after_verbs(line: Line) -> list[tuple[int, str]]:
    """The organisations a sentence of prose names right after a verb of signing ("Hanno già
    aderito l’Associazione X, la Rete Y e Z", "have joined the X Party of Britain and the Y
    Union"): persons and countries among them left out."""
    names: list[tuple[int, str]] = []
    taken: set[tuple[int, str]] = set()  # the names, to look up (a paragraph may hold thousands)
    for word in WORD.finditer(line.content):
        if not signing_words().matches(fold(word.group())):
            continue
        at = word.end()
        found, _ = name_run(line.content[at:], line.start + at, relaxed=True)
        kept = organisations(found)
        if len(kept) >= 2:  # one name alone after the verb is what it signed, or who signed a
            new = [n for n in kept if n not in taken]  # treaty the argument speaks of
            names += new
            taken.update(new)
    return names
