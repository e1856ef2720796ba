"""Reading an organisation's name: what a signatory entry offers to match, and a name's signature.

:func:`read_entry` and :func:`read_name` turn what a list writes into a :class:`Reading`: the
whole names to try (with and without a bracketed abbreviation, a country beside the name, a
leading abbreviation; a name in quotation marks beside a word for its kind), the abbreviations,
and the countries named in the name or beside it. A
first word is taken for an abbreviation only when it is one (:func:`is_abbreviation`): "ZELTA
Party of Xandia" and "Marxist-Leninist Party of Zetland" are names, "XCP(M) Communist Party of
Xandia (Marxist)" is an abbreviation and a name.

:func:`signature` is what a name says whatever its language: its type-word concepts (``party``,
``communist``, ``workers``... from ``authority/typewords.yaml``), its own words (what is left:
"Zelta", "Zed"), and the countries it names. "Partido Obrero de Xandia" and "Workers' Party of
Xandia" have one signature.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

import anyascii
import babel

from ...derived import kept
from ...model.acronyms import initials, spells_initials
from ...model.countries import adjective_countries, country_code, country_words, find_countries
from ...model.folding import fold_name
from ...model.quotes import quoted_name
from ...model.records import Entry
from ...model.scripts import script_of
from .names import (
    abbreviation_key,
    embedded_countries,
    spelt_abbreviation,
    tokens,
    transliterate,
)
from .owncountry import own_countries
from .typewords import type_words

__all__ = [
    "Reading",
    "Signature",
    "before_description",
    "is_abbreviation",
    "leading_country",
    "name_proper",
    "own_words",
    "proper_of",
    "quoted_short",
    "read_entry",
    "read_name",
    "script_of",
    "signature",
    "signatures",
    "type_words_in",
    "without_country",
]

_CACHED = 1 << 16
_BRACKETED = re.compile(r"[(\[]([^()\[\]]+)[)\]]")
#: A leading abbreviation: capitals (and digits, brackets, dashes, slashes) before a name.
_LEADING = re.compile(r"^((?:[^\W\d_]|\d)[\w()\[\]/.&-]*?(?:\([^()\s]{1,6}\))?)\s+(\S.*)$")


@dataclass(frozen=True, slots=True)
class Signature:
    """What a name says, whatever its language: concepts, own words, countries it names."""

    concepts: frozenset[str]
    words: frozenset[str]
    countries: frozenset[str]
    #: How the country is written: by an adjective ("German"), and after "in" ("in Denmark").
    adjectival: bool = False
    located: bool = False

    def describe(self) -> str:
        """The signature for a person: ``communist party · IN · (marxist)``."""
        parts = [" ".join(sorted(self.concepts)) or "-"]
        if self.words:
            parts.append("words " + " ".join(sorted(self.words)))
        if self.countries:
            how = " (adjective)" if self.adjectival else " (in)" if self.located else ""
            parts.append(" ".join(sorted(self.countries)) + how)
        return " · ".join(parts)

    @property
    def form_of_country(self) -> tuple[bool, bool]:
        """How the country is written (tells "Brazilian CP" from "CP of Brazil")."""
        return self.adjectival, self.located


@dataclass(frozen=True, slots=True)
class Reading:
    """What a written name offers to match.

    ``texts`` are whole names, the most complete first; ``parts`` bracketed texts that are no
    abbreviation or country (tried for an exact match only); ``abbreviations`` the abbreviations;
    ``named`` the countries the name itself names; ``beside`` those written beside it (", Italy",
    "(Chile)", the entry's country hint); ``label`` the name a new organisation is named by;
    ``quoted`` the parts that are a name in quotation marks, each with the concepts of the word
    for its kind written beside it ("Parti « X »": party), tried by their signature too.
    """

    texts: tuple[str, ...]
    parts: tuple[str, ...]
    abbreviations: tuple[str, ...]
    named: frozenset[str]
    beside: frozenset[str]
    label: str
    quoted: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def countries(self) -> frozenset[str]:
        """Every country the entry states, in its name or beside it."""
        return self.named | self.beside


@lru_cache(maxsize=_CACHED)
def is_abbreviation(text: str) -> bool:
    """Whether ``text`` is an abbreviation: mostly capitals (or digits), at most two words, and no
    capitalised word ("Marxist-Leninist", "All-Workers" and "ZELTA Party" are not; "XCP(M)",
    "XKP-1930" and "XSČM" are), or one spelt out in letter names
    ("एक्सकेपी(एम)"), alone or in brackets ("(XPB)")."""
    if spelt_abbreviation(text) is not None:
        return True
    if re.fullmatch(r"\s*[(\[][^()\[\]]+[)\]]\s*", text):
        text = text.strip()[1:-1]  # "(XPB)" alone
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if not 2 <= len(letters) <= 14 or len(words) > 2:
        return False
    if len(words) == 2:
        tail = [c for c in words[1] if c.isalpha()]
        bracketed = words[1].startswith(("(", "["))
        if bracketed and country_code(words[1].strip("()[]")):
            return False  # "PC (Italia)": a name and its country
        if tail and not bracketed and sum(c.isupper() for c in tail) * 2 <= len(tail):
            return False  # "KS Finska": a contraction and a word
    head = re.sub(r"\([^()]*\)", "", words[0])
    head_letters = [c for c in head if c.isalpha()]
    if not head_letters:
        return False
    capitals = sum(c.isupper() for c in head_letters)
    # a capital and lower-case letters in every hyphen-part is a word ("All-Workers"), not initials
    pieces = [p for p in re.split(r"[-‐‑–/]", head) if p]
    worded = all(
        p[:1].isupper() and p[1:].isalpha() and p[1:].islower() and len(p) > 2 for p in pieces
    )
    return capitals * 2 > len(head_letters) and not worded and len(head_letters) <= 12


def _acronym_of(abbreviation: str, name: str) -> bool:
    """Whether ``abbreviation`` spells the initials of ``name``'s words in any script (a
    bracketed text before the name, the cut end of an earlier name, does not count)."""
    name = re.sub(r"^\s*[(\[][^()\[\]]*[)\]]\s*", "", name)  # "(ML) Communist Party ..."
    return spells_initials(abbreviation, tokens(name), spell=transliterate)


def _plausible(abbreviation: str | None, name: str, known: Container[str]) -> bool:
    """Whether a first word the reader took for an abbreviation is the name's: one the authority
    knows, or written with a space, a digit, a bracket, a slash or a hyphen, or one whose letters
    are the initials of the name. Any other capital word before a name is part of it ("ZELTA
    Party of Xandia"; "XK Norwick Workers Party", a region written short before a party's name, is
    not the Norwick Workers Party)."""
    if abbreviation and abbreviation_key(abbreviation) in known:
        return True
    if not abbreviation or not is_abbreviation(abbreviation) or _is_type_word(abbreviation):
        return False
    if not name:
        return True
    if " " in abbreviation.strip() or re.search(r"[\d()/\-]", abbreviation):
        return True  # "XKP 1930", "XCP(M)", "ZKP-ML": no word is written so
    return _acronym_of(abbreviation, name)


def _is_type_word(text: str) -> bool:
    """Whether ``text`` is one type word written in capitals ("COMMUNIST", "PARTIDO"): a word
    of a name written all in capitals, never an abbreviation."""
    words = tokens(text)
    return len(words) == 1 and len(words[0]) > 3 and type_words().concept(words[0]) is not None


@lru_cache(maxsize=_CACHED)
def without_country(text: str) -> tuple[str, str] | None:
    """``text`` split into a name and the country written after it ("... – Norway",
    "... (Chile)", "..., Chile", "CP, Italy", and after an abbreviation a space: "XTUC
    Norway", never after a type word written short: "KP Zetland" is a name), or None."""
    for pattern in (r"^(.+?)\s*[(\[]([^()\[\]]+)[)\]]$", r"^(.+?)\s*[,–—-]\s*([^,–—-]+)$"):
        match = re.match(pattern, text.strip())
        if match and country_code(match.group(2)):
            return match.group(1).strip(), match.group(2).strip()
    match = re.match(r"^(\S+)\s+(\S.*)$", text.strip())
    if (
        match
        and country_code(match.group(2))
        and is_abbreviation(match.group(1))
        and not _contracted(match.group(1))  # "XP Zetland"
    ):
        return match.group(1), match.group(2).strip()
    return None


def _contracted(head: str) -> bool:
    """Whether ``head`` is one type word written short ("KP", "CP"): before a country it
    begins a name ("XP Zetland": its kind of body written short, then its country), it is no
    abbreviation of a name with the country beside it."""
    words = head.split()
    return len(words) == 1 and fold_name(words[0]) in type_words().contractions


def _is_qualifier(text: str) -> bool:
    """Whether a bracketed text is a qualifier written short ("ML", "M-L"), not an
    abbreviation of the organisation's name. A contraction ("NCP": new communist party) is
    written for a whole name, never for a qualifier: after a name it is the name's abbreviation."""
    table = type_words()
    words = tokens(_ML.sub(lambda m: m.group().replace("-", "").replace(".", ""), text))
    return bool(words) and all(
        table.concepts_of_compound(w) and w not in table.contractions for w in words
    )


@lru_cache(maxsize=_CACHED)
def leading_country(text: str) -> tuple[str, str] | None:
    """ "Xandia, Partido Comunista Xandiano", "Xandia : Partido ...": the country and the name."""
    match = re.match(r"^([^,:]+?)\s*[,:]\s*(\S.*)$", text.strip())
    if match and country_code(match.group(1)) and not country_code(match.group(2)):
        return match.group(1).strip(), match.group(2).strip()
    return None


def _trailing_abbreviation(text: str, known: Container[str]) -> tuple[str, str] | None:
    """ "Xandian Party for Democracy and Socialism, XPDS", "Zetländska Arbetarpartiet ZAP",
    "Xandian Zeta Union/ XZU": the name and the abbreviation (after a comma, a dash or a slash,
    or a known one after a space)."""
    slashed = re.match(r"^(\S+\s.*?\w)\s*/\s*([^\s/]+)$", text.strip())
    if slashed and is_abbreviation(slashed.group(2)) and not country_code(slashed.group(2)):
        return slashed.group(1), slashed.group(2)
    # after a separator, or a space: never a letter cut off one word ("AXCU" is no "A" + "XCU")
    match = re.match(r"^(.+?)(?:\s*([,–—])\s*|\s+)(\S+)$", text.strip())
    if match is None or country_code(match.group(3)) or not is_abbreviation(match.group(3)):
        # "Partito Comunista di Xandia-KKX"
        glued = re.match(r"^(.+[^\s-])-([^\s-]+)$", text.strip())
        name, short = (glued.group(1), glued.group(2)) if glued else ("", "")
        if " " in name and _glued_abbreviation(name, short, known):
            return name, short
        return None
    if match.group(2) or abbreviation_key(match.group(3)) in known:
        return match.group(1).strip(), match.group(3)
    return None


def _glued_abbreviation(name: str, short: str, known: Container[str]) -> bool:
    """Whether ``short``, joined to ``name`` by a hyphen, is an abbreviation: a known one, or one
    spelling the initials of the name's words ("Zeta Xandia Union-ZXU", in any script)."""
    if abbreviation_key(short) in known:
        return True
    return is_abbreviation(short) and spells_initials(
        spelt_abbreviation(short) or short, tokens(name), spell=transliterate
    )


def _then_abbreviation_and_country(text: str) -> tuple[str, str, str] | None:
    """ "Xandia Workers' Union, XWU Zetland", "Unión Xandia – UX Zetlandia": the name, then after
    a comma or a dash its abbreviation and its country (as :func:`without_country` reads an
    abbreviation and a country alone): the name, the abbreviation and the country."""
    match = re.match(r"^(.+?)\s*[,–—]\s*(\S+\s+\S.*)$", text.strip())
    if match is None or (split := without_country(match.group(2))) is None:
        return None
    short, country = split
    if not is_abbreviation(short) or is_abbreviation(match.group(1)):
        return None
    return match.group(1).strip(), short, country


def _abbreviation_and_country(text: str, known: Container[str]) -> tuple[str, str] | None:
    """ "XCP (Zed) Xandia", "ZKP-ML Zetland", "XADS Ypsilândia": a known abbreviation, and a
    country written after it."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if abbreviation_key(head) in known and any(find_countries(tail)):
            return head, tail
    return None


#: Most letters of a case ending written after an abbreviation ("SAK:lle", "HAK-İŞ’in").
_MAX_ENDING = 4


def _without_ending(text: str) -> str | None:
    """An abbreviation without the case ending a language writes after it, behind a colon or
    an apostrophe ("XTK:n", "XTK:lle", "XO:s", "XAK-İŞ’in": "XTK", "XO", "XAK-İŞ"), or behind
    a hyphen, one of the table's ``abbreviation_endings`` ("XKP-u", "XKP-nek"), else None:
    lower-case letters after capitals (not "Arbeiter:innen", a word; nor "XKP-ml", a type
    word)."""
    for mark in (":", "'", "’", "-", "\u2011"):
        head, found, ending = text.strip().rpartition(mark)
        if (
            found
            and 0 < len(ending) <= _MAX_ENDING
            and ending.isalpha()
            and ending.islower()
            and head[-1:].isupper()
            and is_abbreviation(head)
            and (mark in ":'’" or fold_name(ending) in type_words().abbreviation_endings)
        ):
            return head
    return None


def _in_two_scripts(text: str) -> list[str]:
    """The two names of an entry that writes one name in two scripts ("Parti Communiste de
    Grande Bretagne - Κομμουνιστικό Κόμμα Βρετανίας"), or nothing."""
    words = text.split()
    scripts = {script_of(w) for w in words} - {""}  # a dash or a colon is in no script
    if len(scripts) != 2:
        return []
    lettered = [i for i, w in enumerate(words) if script_of(w)]
    for before, after in pairwise(lettered):
        if script_of(words[before]) != script_of(words[after]):
            left = " ".join(words[: before + 1]).rstrip(" -–—/|:")
            right = " ".join(words[after:]).lstrip(" -–—/|:")
            return [left, right] if left and right else []
    return []


def _is_short_form(inner: str, text: str) -> bool:
    """Whether a bracketed ``inner`` of ``text`` is the name's abbreviation: one by its capitals,
    or one word whose letters are the initials of the name before it, whatever its case
    ("Congress of Xandian Trade Unions (Coxatu)")."""
    if is_abbreviation(inner):
        return True
    name = _drop_brackets(text, {inner})
    return " " not in inner.strip() and (_acronym_of(inner, name) or _shortened(inner, name))


def _glued_on(inner: str, text: str) -> bool:
    """Whether the bracket around ``inner`` is written onto an abbreviation with no space
    ("సీపీఐ(ఎంఎల్)", "XKP(ML)"): it is part of that abbreviation, which with it names another
    organisation than without it, not the short form of the name (as "(XKP)" after a space may
    be)."""
    pattern = rf"(\S+)[(\[]\s*{re.escape(inner)}\s*[)\]]"
    return any(is_abbreviation(m.group(1)) for m in re.finditer(pattern, text))


def _known_short(inner: str, known: Container[str]) -> bool:
    """Whether a bracketed word is an abbreviation the authority knows, whatever its case
    ("Xandia Wanawake Union (Xamwa)" for XAMWA, "(ver.di)", "(Zgil)" for ZGIL): a name's
    abbreviation, not one of its words. Written as a word is (a capital, then lower-case
    letters), it must be neither a type word ("(Bund)": league) nor a short word of a language
    (``plain_words`` in ``authority/typewords.yaml``: "(Top)")."""
    word = inner.strip()
    if " " in word or abbreviation_key(word) not in known:
        return False
    letters = [c for c in word if c.isalpha()]
    if not word.isalpha() or not all(c.islower() for c in letters[1:]):
        return True  # "ver.di", "KontraS", "XAMU": no word is written so
    table, folded = type_words(), fold_name(word)
    return table.concept(folded) is None and folded not in table.plain_words


def _hereafter(inner: str) -> str | None:
    """The short name a bracket defines after a word for "hereafter" ("hereafter XWU", "chair X
    Y, hereafter XWU": "XWU"; ``hereafter_words`` in ``authority/typewords.yaml``), else None."""
    words = type_words().hereafter_words
    for part in re.split(r"[,，、;]", inner):
        match = re.match(r"^\s*(\S+(?:\s\S+)?)?\s+(\S+)\s*$", part)
        if match and match.group(1) and fold_name(match.group(1)) in words:
            return match.group(2)
    return None


def _shortened(short: str, name: str) -> bool:
    """Whether ``short``, in a script without capitals, is ``name`` shortened: at most half as
    many letters, all of them in the name in the same order, the first the name's or three
    letters or more ("คสรท." after "คณะกรรมการสมานฉันท์แรงงานไทย", "原水協" after
    "原水爆禁止日本協議会", "被団協" after "日本原水爆被害者団体協議会")."""
    letters = [c for c in short if c.isalpha()]
    theirs = iter(c for c in name if c.isalpha())
    if len(letters) < 2 or any(c.isupper() or c.islower() for c in letters):
        return False
    if len(letters) * 2 > len([c for c in name if c.isalpha()]) or not name.strip():
        return False
    first = next((c for c in name if c.isalpha()), "")
    if letters[0] != first and len(letters) < 3:
        return False  # two letters from inside a name say too little
    return all(c in theirs for c in letters)


#: A name in quotation marks inside a longer text: «X», „X“, “X”, "X".
_QUOTED = quoted_name()


def _quoted(text: str) -> list[tuple[str, frozenset[str]]]:
    """The one name a text writes in quotation marks beside no more than a word for its kind,
    an abbreviation and its country ("Organisation « La Voie Xandienne » du Zetland", "ZU
    „Zeta“"): the organisation's own name, tried as a whole name too, with the concept of the
    word for its kind (none, or one). Nothing when the whole text is quoted, two names are, or
    the words beside it say more (another organisation named in quotes: "the youth league of
    the party «Zeta»")."""
    found = [name.strip() for name in _QUOTED.findall(text)]
    outside = _QUOTED.sub(" ", text)
    rest = " ".join(w for w in outside.split() if not is_abbreviation(w))
    if len(found) != 1 or not outside.strip(" \t-–—,.:;") or sum(c.isalpha() for c in found[0]) < 2:
        return []
    said = signature(rest)
    return [(found[0], said.concepts)] if len(said.concepts) <= 1 and not said.words else []


def quoted_short(text: str) -> tuple[str, frozenset[str]] | None:
    """The one name ``text`` writes in quotation marks and the letters the words around it are
    written short as: the abbreviation written alone beside it ("XTU „Zeta“"), or the initials
    of the words around it, with their link words and without ("Xandian Trade Unions „Zeta“":
    XTU); None when no name, or two, are quoted, or the words around it are fewer than two and
    no abbreviation. "XTU „Zeta“" and "Xandian Trade Unions „Zeta“" are then one name, short
    and in full."""
    found = [name.strip() for name in _QUOTED.findall(text)]
    outside = _QUOTED.sub(" ", text).strip(" \t-–—,.:;")
    if len(found) != 1 or not outside:
        return None
    if is_abbreviation(outside):
        letters = {abbreviation_key(outside)}
    else:
        letters = {abbreviation_key(one) for one in initials(outside, type_words().link_words)}
    return (found[0], frozenset(letters)) if letters else None


def _split_brackets(text: str) -> list[str]:
    return [m.strip() for m in _BRACKETED.findall(text)]


def _drop_brackets(text: str, contents: set[str]) -> str:
    def drop(match: re.Match[str]) -> str:
        return " " if match.group(1).strip() in contents else match.group()

    return " ".join(_BRACKETED.sub(drop, text).split())


def _leading_abbreviation(text: str, known: Container[str]) -> tuple[str, str] | None:
    """``text`` split into a leading abbreviation and the name after it, when it is one."""
    bracketed = re.match(r"^[(\[]([^()\[\]]+)[)\]]\s*(.+)$", text)
    if bracketed and bracketed.group(1) == bracketed.group(1).upper():
        return bracketed.group(1), bracketed.group(2)  # "(ML) Communist Party ...": a cut tail
    match = _LEADING.match(text)
    if match is None:
        return None
    head, rest = match.groups()
    rest = rest.lstrip(" -–—:")  # "XWU – Xandia Workers' Union"
    if not rest or is_abbreviation(rest):
        return None
    if is_abbreviation(head) and _plausible(head, rest, known):
        if country_code(rest) and _contracted(head):
            return None  # "KP Zetland" is a name (:func:`without_country`)
        return head, rest
    return None


@dataclass(slots=True)
class _Gathered:
    """What :func:`_read` has found so far in an entry's texts."""

    texts: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)
    beside: set[str] = field(default_factory=set)
    #: The texts written with an abbreviation after them ("Name – ABC"), and the name alone.
    shortened: dict[str, str] = field(default_factory=dict)
    #: The names in quotation marks, with the concepts of the kind word beside them.
    quoted: list[tuple[str, frozenset[str]]] = field(default_factory=list)


def _read_country(text: str, found: _Gathered) -> list[str]:
    """File the country written after or before a name ("..., Chile", "Chile : ..."); the name
    without it, to read next."""
    more = []
    if (split := without_country(text)) is not None:
        found.beside.update(find_countries(split[1]))
        more.append(split[0])
    if (leading_place := leading_country(text)) is not None:
        found.beside.update(find_countries(leading_place[0]))
        more.append(leading_place[1])
    return more


def _read_abbreviation_and_country(text: str, known: Container[str], found: _Gathered) -> list[str]:
    """File an abbreviation and a country written together ("XCP (Zed) Xandia", "Name, XWU
    Zetland"); the name without them, to read next."""
    if (placed := _abbreviation_and_country(text, known)) is not None:
        found.abbreviations.append(placed[0])
        found.beside.update(find_countries(placed[1]))
    if (then := _then_abbreviation_and_country(text)) is None:
        return []
    found.abbreviations.append(then[1])
    found.beside.update(find_countries(then[2]))
    found.shortened[text] = then[0]
    return [then[0]]


def _read_text(text: str, known: Container[str], found: _Gathered) -> list[str]:
    """File what one whole text offers in ``found``; the shorter texts it holds, to read next."""
    found.texts.append(text)
    more = _read_country(text, found)
    if (trailing := _trailing_abbreviation(text, known)) is not None:
        found.abbreviations.append(trailing[1])
        found.shortened[text] = trailing[0]
        more.append(trailing[0])
    more += _read_abbreviation_and_country(text, known, found)
    if (stem := _without_ending(text)) is not None:
        more.append(stem)
    more.extend(_in_two_scripts(text))
    inner = _split_brackets(text)
    if defined := {i: h for i in inner if (h := _hereafter(i)) is not None}:
        # "Name (chair X, hereafter XWU)": XWU is the name's abbreviation, the rest no part of it
        found.abbreviations.extend(defined.values())
        found.parts.extend(defined.values())
        more.append(_drop_brackets(text, set(defined)))
        found.shortened[text] = more[-1]
        inner = [i for i in inner if i not in defined]
    places = [i for i in inner if country_code(i)]
    short = [
        i
        for i in inner
        if (_is_short_form(i, text) or _known_short(i, known))
        and not _is_qualifier(i)
        and not _glued_on(i, text)
        and i not in places
    ]
    found.beside.update(code for i in places if (code := country_code(i)))
    if short or places:
        more.append(_drop_brackets(text, {*short, *places}))
        if short and not places:
            found.shortened[text] = more[-1]
    if (leading := _leading_abbreviation(text, known)) is not None:
        found.abbreviations.append(leading[0])
        if re.match(rf"^{re.escape(leading[0])}\s+[-–—:]\s", text):
            found.shortened.setdefault(text, leading[1])  # "XWU – Xandia Workers' Union"
        more.append(leading[1])
    found.abbreviations.extend(short)
    # a short form without capitals may be written by the authority as a form, not as an
    # abbreviation ("原水協"): it is tried as a whole name too
    found.parts.extend(i for i in inner if not is_abbreviation(i) and i not in places)
    quoted = _quoted(text)
    found.parts.extend(name for name, _ in quoted)
    found.quoted.extend(quoted)
    if is_abbreviation(text) or abbreviation_key(text) in known:
        found.abbreviations.append(text)
    return more


class _Tested:
    """The authority's abbreviation keys ``known``, each key tested in them noted (``tested``)."""

    __slots__ = ("known", "tested")

    def __init__(self, known: Container[str]) -> None:
        self.known = known
        self.tested: dict[object, None] = {}

    def __contains__(self, key: object) -> bool:
        self.tested[key] = None
        return key in self.known


def _read(
    written: tuple[str, ...],
    abbreviation: str | None,
    hint: str | None,
    known: frozenset[str],
    preferred: str | None = None,
) -> Reading:
    """What ``written`` offers (see :func:`read_entry`), the keys tested in ``known`` tested
    there whether the reading is made or given again: a view of the authority may record them
    for the text being resolved (:mod:`kzld.resolve.orgs.consulted`)."""
    reading, tested = _reading(written, abbreviation, hint, known, preferred)
    for key in tested:
        known.__contains__(key)
    return reading


@lru_cache(maxsize=_CACHED)
def _reading(
    written: tuple[str, ...],
    abbreviation: str | None,
    hint: str | None,
    known: frozenset[str],
    preferred: str | None,
) -> tuple[Reading, tuple[object, ...]]:
    """:func:`_read`'s reading, and the keys it tested in ``known``, in order."""
    noted = _Tested(known)
    return _made_reading(written, abbreviation, hint, noted, preferred), tuple(noted.tested)


def _made_reading(
    written: tuple[str, ...],
    abbreviation: str | None,
    hint: str | None,
    known: Container[str],
    preferred: str | None,
) -> Reading:
    """The reading :func:`_read` gives, made."""
    found = _Gathered(abbreviations=[abbreviation] if abbreviation else [])
    if hint:
        code = country_code(hint)
        found.beside.update({code} if code else find_countries(hint))
    queue = list(written)
    while queue:
        text = queue.pop(0)
        if text and text not in found.texts:
            queue.extend(_read_text(text, known, found))
    beside = found.beside | {code for t in found.texts if (code := country_code(t))}
    texts = [t for t in found.texts if not country_code(t)] or found.texts
    names = [t for t in texts if not is_abbreviation(t)]
    own = [
        t
        for t in names
        if without_country(t) is None
        and leading_country(t) is None
        and _then_abbreviation_and_country(t) is None
    ]
    bare = [_drop_brackets(t, set(found.parts)) for t in own]
    named = frozenset(c for t in bare for c in own_countries(t, signature(t).countries))
    if not named and not beside:
        named = _glossed(found.parts)
    return Reading(
        tuple(texts),
        tuple(dict.fromkeys(p for p in found.parts if p not in texts)),
        tuple(dict.fromkeys(found.abbreviations)),
        named,
        frozenset(beside) - named if named else frozenset(beside),
        _label(names, found, written, preferred),
        tuple(dict.fromkeys(found.quoted)),
    )


def _glossed(parts: Iterable[str]) -> frozenset[str]:
    """The one country that what a name's brackets hold names, for a name that names none and
    has none written beside it: a description ("(XNF, a coalition of Xandian opposition
    parties)") or another form of the name says where the organisation is. Two countries say
    nothing (:func:`~kzld.resolve.orgs.owncountry.own_countries` keeps its own of them)."""
    countries = frozenset(
        c
        for part in parts
        if not is_abbreviation(part)
        for c in own_countries(part, signature(part).countries)
    )
    return countries if len(countries) == 1 else frozenset()


def _label(
    names: list[str], found: _Gathered, written: tuple[str, ...], preferred: str | None
) -> str:
    """The name a new organisation is named by: the one the reader preferred, else the most
    complete name (:func:`_label_order`), without an abbreviation written after it; an entry of
    blanks alone offers no text: it is named by what it is, blanks and all."""
    if preferred and not is_abbreviation(preferred):
        if (split := without_country(preferred)) is not None:
            preferred = split[0]
        elif (before := leading_country(preferred)) is not None:
            preferred = before[1]
        if is_abbreviation(preferred):
            return preferred.strip().strip("()[]").strip()  # "(XPB), Britain"
        return found.shortened.get(preferred, preferred)
    names = [n for n in names if n not in found.shortened] or names
    if names and all(_placed_abbreviation(n) for n in names):
        return _placed_abbreviation(min(names, key=_label_order))
    label = min(names, key=_label_order) if names else (found.abbreviations or [*written, ""])[0]
    if written and _qualified_abbreviation(written[0], label):
        return written[0].strip()  # "XKP (m-l)", "XKP (Catalunya)": not "m-l", "Catalunya"
    return label


#: An abbreviation and a bracket after it, the whole text ("XKP (m-l)", "XKP(AO)").
_ABBREVIATION_BRACKET = re.compile(r"\s*([^()\[\]]+?)\s*[(\[]([^()\[\]]+)[)\]]\s*")
#: The most own words a bracket that says where an organisation is may have (a region).
_PLACE_WORDS = 1


def _qualified_abbreviation(whole: str, label: str) -> bool:
    """Whether ``label`` is read out of the bracket of an abbreviation that says which of its
    kind or where it is, not what it is: no word of a kind of organisation, and a country or a
    region ("XKP (Catalunya)"), a qualifier alone ("XKP (m-l)"), or letters ("XKP (r)",
    "XKP(AO)"). The abbreviation names the organisation, the bracket only narrows it: named by
    the bracket alone, every organisation so written would be one."""
    found = _ABBREVIATION_BRACKET.fullmatch(whole)
    if found is None or not is_abbreviation(found[1]):
        return False
    inside = found[2].strip()
    if label.strip().strip("()[]").strip() not in inside:
        return False
    sig = signature(inside)
    table = type_words()
    if sig.concepts & table.kinds:
        return False
    if sig.countries:
        return len(sig.words) <= _PLACE_WORDS
    if sig.concepts:
        return not sig.words and sig.concepts <= table.qualifiers
    return is_abbreviation(inside) or len(inside) <= 2


def _placed_abbreviation(text: str) -> str:
    """The abbreviation of a text that is an abbreviation and a country beside it ("XLC
    (Xandia)", "(XPB), Xandia": "XLC", "XPB"), else ""."""
    if (split := without_country(text)) is not None:
        core = split[0]
    elif (before := leading_country(text)) is not None:
        core = before[1]
    else:
        return ""
    core = core.strip().strip("()[]").strip()
    return core if is_abbreviation(core) else ""


def _label_order(text: str) -> tuple[int, int]:
    """The name a new organisation is named by: no country beside it (after or before it), no
    bracket, the longest."""
    beside = without_country(text) is not None or leading_country(text) is not None
    return (beside or "(" in text, -len(text))


def read_entry(entry: Entry, known: frozenset[str] = frozenset()) -> Reading:
    """What a signatory entry offers; ``known`` are the authority's abbreviation keys.

    The whole entry comes first: the reader may take a qualifier such as "(Marxist-Leninist)" for
    a gloss, or a first word for an abbreviation when it is none ("ZELTA Party of Xandia").
    """
    raw = entry.raw.strip()
    name = (entry.name or "").strip()
    abbreviation = entry.abbreviation
    whole = raw
    if abbreviation and _is_qualifier(abbreviation):
        # "(M-L)" qualifies the name: the name without it is another organisation's
        abbreviation, name = None, raw
    if abbreviation and not _plausible(abbreviation, name, known):
        # the reader cut a first word off the name ("ZELTA", "Marxist-Leninist"): put it back
        if raw.startswith(abbreviation):
            name = raw
            if entry.gloss and f"({entry.gloss})" in raw:
                name = " ".join(raw.replace(f"({entry.gloss})", " ").split())
        abbreviation = None
    elif abbreviation and whole.startswith(abbreviation):
        whole = whole[len(abbreviation) :].strip(" \t-–—:,")
    gloss = (entry.gloss or "").strip()
    if gloss and name and not _translates(gloss, name):
        # a qualifier the reader took for a gloss ("(Marxist-Leninist)", "(ML- Liberation)"):
        # the name without it is another organisation's
        name, gloss = whole, ""
    written = tuple(t for t in (whole, name, gloss) if t)
    preferred = name or gloss or None
    return _read(written, abbreviation, entry.country_hint, known, preferred)


def _translates(gloss: str, name: str) -> bool:
    """Whether a bracketed text after a name is its translation, not a qualifier of it: they
    share a type word (party, front...), or neither has any."""
    said, named = signature(gloss).concepts, signature(name).concepts
    return bool(said & named) or not (said or named)


def read_name(text: str, known: frozenset[str] = frozenset()) -> Reading:
    """What a name written in running text (a publisher, an affiliation) offers."""
    text = text.strip()
    offered = is_abbreviation(text) or abbreviation_key(text) in known
    return _read((text,), text if offered else None, None, known)


#: An elided article or preposition before a word ("d'Espanya", "dell'Iran", "l’Union").
_ELISION = re.compile(r"(?<!\w)(d|l|dell|all|nell|sull|dall)['’‘](?=\w)", re.IGNORECASE)
#: "M-L", "M.-L.", "ML" as one word (Marxist-Leninist).
_ML = re.compile(r"(?<![\w-])M\.?[-–]?L\.?(?![\w-])(?:[-–]?M\b)?", re.IGNORECASE)


#: A description after a name: a dash between spaces, or a colon ("Zeta – Centre for X").
_DESCRIBED = re.compile(r"\s+[-–—]\s+|:\s+")
#: The most words a name proper may have.
_PROPER_WORDS = 2


@lru_cache(maxsize=_CACHED)
def name_proper(text: str) -> str | None:
    """The name a text writes before a description of what it is ("Zeta – Centre for Zetan
    Rights", "Zeta: Centre for ..."), or the text itself when it has none: when it is own
    words alone (one or two, no type word and no country: "Left Front – Unity" has none).
    None otherwise."""
    proper = before_description(text)
    return proper_of(proper, signature(proper))


def before_description(text: str) -> str:
    """What ``text`` writes before a description of what it is (all of it when it has none):
    the name proper it may be (:func:`name_proper`)."""
    return _DESCRIBED.split(text, maxsplit=1)[0].strip()


def proper_of(proper: str, sig: Signature) -> str | None:
    """``proper`` (what a name writes before a description) when it is a name proper, given
    its :func:`signature` ``sig`` (see :func:`name_proper`), else None."""
    if sig.concepts or sig.countries or not sig.words:
        return None
    return proper if len(tokens(proper)) <= _PROPER_WORDS else None


@dataclass(frozen=True, slots=True)
class _Words:
    """A name's words read (the first part of its :func:`signature`): the text with elided
    articles and "M-L" set apart, its words with type words of several words joined, their
    concepts and own words, and whether a country's name follows a word for "in"."""

    text: str
    joined: tuple[str, ...]
    concepts: frozenset[str]
    words: frozenset[str]
    located: bool


def _words(written: str) -> _Words:
    table = type_words()
    text = _ELISION.sub(lambda m: m.group(1) + " ", written)
    text = _ML.sub(lambda m: " " + m.group().replace("-", "").replace(".", "") + " ", text)
    concepts: set[str] = set()
    words: set[str] = set()
    # a country is found with its elided article cut off ("dell'Iran") or kept ("Côte d'Ivoire")
    country_parts = country_words(text) | country_words(written)
    located = False
    previous = ""
    joined = table.joined(tokens(text))
    for word in joined:
        if word in country_parts:
            located = located or previous in table.in_words
            previous = word
            continue
        previous = word
        if word in table.link_words or word in table.in_words:
            continue
        compound = table.concepts_of_compound(word)
        if compound and word not in table.contractions:
            concepts.update(compound)
        elif (concept := table.concept(word)) is not None:
            concepts.add(concept)
        elif spelt := transliterate(word):
            words.add(spelt)
    return _Words(text, joined, frozenset(concepts), frozenset(words), located)


@lru_cache(maxsize=_CACHED)
def own_words(text: str) -> frozenset[str]:
    """The own words of a name's :func:`signature`, read without looking for the countries it
    names (the resolver asks it of every run of words a name starts or ends with)."""
    return _words(text).words


@lru_cache(maxsize=_CACHED)
def signature(text: str) -> Signature:
    """The concepts, own words and countries of a name (see the module's docstring)."""
    read = _words(text)
    countries = frozenset(find_countries(read.text)) | frozenset(find_countries(text))
    countries -= embedded_countries(text)  # "인도주의" (humanitarianism) holds no India
    if phrases := [w for w in read.joined if " " in w]:
        # a country's name inside a type word of several words ("lao động": labour) is none
        rest = " ".join(w for w in read.joined if " " not in w)
        countries -= frozenset(find_countries(" ".join(phrases))) - set(find_countries(rest))
    adjectival = bool(countries) and countries <= adjective_countries(read.text)
    return Signature(read.concepts, read.words, countries, adjectival, read.located)


def signatures(names: Iterable[str]) -> dict[str, Signature]:
    """The :func:`signature` of each of ``names`` (an authority's forms), kept between runs
    (:mod:`kzld.derived`) under the names, kzld's code and data and the libraries that read
    country names and spell letters: made, they took most of the resolver's start (the word
    tables looked up afresh for thousands of names)."""
    unique = sorted(set(names))
    return kept(
        "resolve/signatures",
        lambda: {name: signature(name) for name in unique},
        lambda found: [[name, *_signature_value(found[name])] for name in unique],
        _signatures_read,
        libraries=(babel, anyascii),
        inputs=("\n".join(unique),),
    )


def _signature_value(sig: Signature) -> list[object]:
    return [
        sorted(sig.concepts),
        sorted(sig.words),
        sorted(sig.countries),
        sig.adjectival,
        sig.located,
    ]


def _signatures_read(value: Any) -> dict[str, Signature]:
    """What :func:`signatures` keeps, read back (a ``ValueError`` for anything else)."""
    found = {}
    for name, concepts, words, countries, adjectival, located in value:
        texts = [name, *concepts, *words, *countries]
        if not all(isinstance(text, str) for text in texts):
            raise ValueError("not signatures")
        if not isinstance(adjectival, bool) or not isinstance(located, bool):
            raise ValueError("not signatures")
        found[name] = Signature(
            frozenset(concepts), frozenset(words), frozenset(countries), adjectival, located
        )
    return found


@lru_cache(maxsize=_CACHED)
def type_words_in(text: str) -> dict[str, frozenset[str]]:
    """The type words a name writes, by concept, folded and romanised: "party" and "labour" in
    "Labour Party". Abbreviated type words ("CP") are left out: they are no words of a
    language."""
    table = type_words()
    written = table.joined(tuple(w for part in text.split() for w in tokens(part)))
    found: dict[str, set[str]] = {}
    for word in written:
        if (concept := table.concept(word)) is not None:
            found.setdefault(concept, set()).add(transliterate(word))
    return {concept: frozenset(words) for concept, words in found.items()}
