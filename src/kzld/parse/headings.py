"""Which of the lines above a version's prose are its kicker, its title and its subtitle.

The headings of a page stand above its prose: a kicker ("Comunicato stampa:"), the title, a
subtitle. Pages copied from websites often carry lines of the site above them too: the site's
name or a section ("Interfax-Ukraine", "Halaman", "Retour"), a category label in another script
("Left Parties Joint Statement" above a Bengali title), a template's placeholder ("spot_img"),
the headlines of other articles. Some lines cannot be a title by their form: a label in
brackets ("<Notice>", "【News】"), a line that ends with a path's separator ("Home /"), the
site's address beside a page's name ("... - example.org"), menu items written without spaces
("HomeNewsContact"). A heading the page writes twice is its title, also when the second time
it stands in a breadcrumb ("Home News <title>") or ends with a place and date ("<title>,
Geneva 2021"), or differs in a dash or a quotation mark. Other lines are
told from the title by what the prose says: a page's title names what its article is about, so
its words come back in the prose (or in the headings under it); a line of the site shares none
with it. A line that no word after it echoes is passed over when a heading under it is echoed
clearly; when none is, the first heading stays the title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..model.folding import WORD_MARKS, fold
from .cues import folded_words
from .dates import is_date_line
from .language import script_of

__all__ = ["Headings", "choose_headings", "echo", "is_label", "without_site"]

#: The least share of a heading's words that the prose repeats for it to be echoed clearly.
ECHOED = 0.25
#: How much of the prose is read for the echo: the article's opening paragraphs.
_PROSE = 3000
#: The letters of a word's stem compared (so that "déclaration" echoes "déclarations").
_STEM = 5
#: Words shorter than this say little of what a text is about ("the", "und", "для").
_SHORT = 4
_WORD = re.compile(rf"[\w{WORD_MARKS}]+")
_IDEOGRAPHIC = frozenset({"CJK", "HIRAGANA", "KATAKANA"})

#: A label wholly in brackets ("<Notice>", "[Home]", "【News】").
_BRACKETED = re.compile(r"^(?:<[^<>]*>|\[[^\[\]]*\]|【[^【】]*】|〈[^〈〉]*〉|〔[^〔〕]*〕)$")
#: A line that ends with the separator of a path or of a source's name ("News /", "Home »").
_TRAILING_SEPARATOR = re.compile(r"(?:/|\||»|›|>|／)$")
_DOMAIN = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,24}"
#: A site's address beside a page's name ("Elections 2021 - example.md", "example.org | News").
_SITE = re.compile(rf"(?:^{_DOMAIN}\s*[-–—|:]\s|\s[-–—|:]\s*{_DOMAIN}$)")
#: The fewest words of a heading that another heading repeats inside a breadcrumb or before a
#: date ("Home News <title>", "<title>, Geneva 2021"): fewer say too little to be a title.
_REPEATED_WORDS = 3
#: The most words a heading adds around a title it repeats (the path, the place and date).
_ADDED_WORDS = 5


def _glued(heading: str) -> bool:
    """True when ``heading`` is menu items written without spaces ("HomeNewsContact"): one
    word in which a small letter meets a capital at least twice."""
    if " " in heading.strip():
        return False
    meets = sum(a.islower() and b.isupper() for a, b in pairwise(heading))
    return meets >= 2


#: A caption's or an item's mark before a line ("▲ Party leaders at the press conference").
_MARKED = re.compile(r"^[\u25a0-\u25ff\u2605\u2606\u203b\u27a4\u2794]")


def is_label(heading: str) -> bool:
    """True when ``heading`` cannot be a title by its form: a label wholly in brackets, a line
    after a caption's mark ("▲ ..."), a line ending with a path's separator, the site's address
    beside a page's name, menu items written without spaces, or the opening of a sentence that
    goes on below it ("We, the undersigned,", "Dear friends,": it ends with a comma)."""
    heading = heading.strip()
    return bool(
        heading.endswith((",", "،"))
        or _BRACKETED.match(heading)
        or _MARKED.match(heading)
        or _TRAILING_SEPARATOR.search(heading)
        or _SITE.search(heading.casefold())
        or _glued(heading)
    )


@dataclass(frozen=True)
class Headings:
    """A version's headings: each is an index into the lines, or ``None``; ``passed`` are the
    lines of the site above the title, which are neither headings nor paragraphs."""

    kicker: int | None
    title: int | None
    subtitle: int | None
    passed: tuple[int, ...]


#: The Arabic article written onto its word, with a conjunction or preposition before it
#: ("المشترك", "والمشترك", "للمشترك"): the word is compared without it.
_ARTICLE = re.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)(?=\w{3})")


@lru_cache(maxsize=1 << 12)
def _units(text: str) -> frozenset[str]:
    """What of ``text`` is compared: the stems of its longer words (an Arabic word without its
    article), and the pairs of characters of a word written in Chinese characters or kana
    (which has no spaces)."""
    found: set[str] = set()
    for word in _WORD.findall(fold(text)):
        if word.isdigit():
            continue
        if script_of(word[0]) == "ARABIC":
            word = _ARTICLE.sub("", word)
        if any(script_of(c) in _IDEOGRAPHIC for c in word):
            found.update(word[k : k + 2] for k in range(len(word) - 1))
        elif len(word) >= _SHORT:
            found.add(word[:_STEM])
    return frozenset(found)


def echo(heading: str, prose: str) -> float | None:
    """The share of ``heading``'s words that ``prose`` repeats, or ``None`` when the heading
    has no word to compare (a number, "fbpx")."""
    own = _units(heading)
    if not own:
        return None
    return len(own & _units(prose[: _PROSE + len(heading)])) / len(own)


@lru_cache(maxsize=1 << 12)
def _letters(heading: str) -> str:
    """The letters and digits of ``heading``, folded: what stays when the page writes it again
    with another dash, quotation mark or length mark (Japanese "ー" for "〜")."""
    return "".join(c for c in fold(heading) if c.isalnum() and unicodedata.category(c) != "Lm")


def _repeats(heading: str, other: str) -> bool:
    """True when ``other`` writes ``heading`` again: the same letters, or ``heading``'s words at
    its start or end with a few words more (a place and date after it, a breadcrumb's path
    before it)."""
    if _letters(heading) == _letters(other):
        return bool(_letters(heading))
    own, more = _WORD.findall(fold(heading)), _WORD.findall(fold(other))
    added = len(more) - len(own)
    return (
        len(own) >= _REPEATED_WORDS
        and 0 < added <= _ADDED_WORDS
        and own in (more[: len(own)], more[added:])
    )


#: How often a title is written above the prose at most (the page's title and its headline).
_TWICE = 2


def _widget(heads: Sequence[str], k: int) -> bool:
    """True when the ``k``-th heading is a widget's line, never the title: an item of several
    lines written more than twice, the same other line after it each time ("Thursday - 01
    January" / "0/0", five times); not a title the page writes three times in a row."""
    own = _letters(heads[k])
    at = [j for j, h in enumerate(heads) if _letters(h) == own]
    after = {_letters(heads[j + 1]) for j in at[:-1]}
    return len(at) > _TWICE and len(after) == 1 and own not in after


def _written_twice(heads: Sequence[str], start: int) -> int | None:
    """The title when a heading from ``start`` on is written again: the first written of the
    two, or the shorter one when the longer has a breadcrumb's path before it (words that are
    not the page's kicker, written as a heading of its own: "Solidarity motion" / "on the ban
    of ..." under the page's title "Solidarity motion on the ban of ...")."""
    words = [_WORD.findall(fold(h)) for h in heads]
    for k in range(start, len(heads)):
        if _widget(heads, k):
            continue
        for j in range(k + 1, len(heads)):
            if _repeats(heads[k], heads[j]):
                return k
            if _repeats(heads[j], heads[k]):
                first, then = words[k], words[j]
                path = first[: len(first) - len(then)]
                behind = len(first) > len(then) and first[-len(then) :] == then
                return j if behind and path not in words else k
    return None


def _again_below(heads: Sequence[str], start: int, below: Sequence[str]) -> int | None:
    """The first heading from ``start`` on, of a few words at least, that a line under the
    headings writes again (the page's title, then the article's headline after its lead)."""
    again = {_letters(line) for line in below}
    for k in range(start, len(heads)):
        if len(_WORD.findall(heads[k])) >= _REPEATED_WORDS and _letters(heads[k]) in again:
            return k
    return None


def _site_word(heading: str, under: str) -> bool:
    """True when ``heading`` is one word above a heading of three words or more (twice its
    letters, in a script without spaces) that is no label, and names no statement: the site's
    name or a section ("Xandiablog", "Dokumenty", "快訊"), not the title ("Deklaracja",
    "Enough!") nor a kicker's path ("Xandia/Zetland")."""
    heading = heading.strip()
    if " " in heading or "/" in heading or heading.endswith(("!", "?")) or is_label(under):
        return False
    longer = len(under.split()) >= _REPEATED_WORDS
    if " " not in under.strip():
        longer = len(_letters(under)) >= 2 * len(_letters(heading))
    if not longer:
        return False
    return not any(fold(w) in folded_words("statement_words") for w in _WORD.findall(heading))


def _may_title(heading: str) -> bool:
    """True when ``heading`` may be a title by its form: no label (:func:`is_label`), no line
    of a date ("Zedgrad, 8 март 1995 година": :func:`~kzld.parse.dates.is_date_line`), no
    file's name (:func:`_file_name`)."""
    return not is_label(heading) and not is_date_line(heading) and not _file_name(heading)


#: A word that mixes digits and letters ("6c95b899", "53b4"), or a number of five digits or
#: more ("20230512"): a code, an identifier's or a time stamp's part.
_CODED = re.compile(r"^(?:(?=\w*\d)(?=\w*[^\W\d_])\w+|\d{5,})$")
#: The fewest such words for a line to be a file's or an image's name.
_CODED_WORDS = 3


def _file_name(heading: str) -> bool:
    """True when most of ``heading``'s words, three at least, are codes (:data:`_CODED`): an
    image's or a file's name left in the copy ("Large 6c95b899 53b4 4b87 bfb7 671b7891", "IMG
    20230512 143501 4a7f"), not a title that names a "G20" or a "COP26"."""
    found = heading.split()
    coded = sum(bool(_CODED.match(w)) for w in found)
    return coded >= _CODED_WORDS and 2 * coded > len(found)


def _title_at(heads: Sequence[str], prose: str, below: Sequence[str] = ()) -> int:
    """Where the title is among ``heads`` (``len(heads)`` when none can be): the first heading
    that is no label (:func:`is_label`), unless the ones above a clearly echoed heading share
    no word with what follows them (the headings under them and the prose). A heading written
    twice is the title (the page's title, then its headline), and the lines above it are the
    site's."""
    start = next((k for k, h in enumerate(heads) if _may_title(h)), len(heads))
    while start + 1 < len(heads) and _site_word(heads[start], heads[start + 1]):
        start += 1
    while start < len(heads) and (not _may_title(heads[start]) or _widget(heads, start)):
        start += 1
    twice = _written_twice(heads, start)
    if twice is None:
        twice = _again_below(heads, start, below)
    if twice is not None:
        return twice
    for k in range(start, len(heads)):
        if is_date_line(heads[k]) or _file_name(heads[k]) or _widget(heads, k):
            continue
        share = echo(heads[k], " ".join([*heads[k + 1 :], prose]))
        if share is not None and share >= ECHOED:
            return k
        if share:
            return start  # a heading the prose echoes a little: the page's own
    return start


def choose_headings(
    contents: Sequence[str], heads: Sequence[int], prose: str, below: Sequence[str] = ()
) -> Headings:
    """The kicker, title and subtitle among the heading lines ``heads`` (line indices, in
    order, whose texts are ``contents``) of a version whose prose is ``prose`` and whose lines
    under the headings are ``below``. A kicker is a
    first heading that ends with a colon or is a short path ("Home / News"); a subtitle is the
    heading right under the title (``blank_between`` lines excepted: see the caller)."""
    if prose:
        at = _title_at(contents, prose, below)
    else:
        at = next((k for k, h in enumerate(contents) if _may_title(h)), len(contents))
    passed = tuple(heads[:at])
    rest = list(range(at, len(heads)))
    kicker = title = subtitle = None
    if rest:
        first = contents[rest[0]]
        if len(rest) > 1 and (first.endswith(":") or ("/" in first and len(first.split()) <= 3)):
            kicker = heads[rest.pop(0)]
    if rest:
        title = heads[rest[0]]
        if len(rest) > 1:
            subtitle = heads[rest[1]]
    return Headings(kicker, title, subtitle, passed)


#: A bar between a page's title and the site's name or slogan ("<title> | Xandiaforum | ...").
_BAR = re.compile(r"\s+[|｜]\s+")


def without_site(title: str, prose: str) -> str:
    """``title`` without the parts after a bar that the prose does not echo: the site's name and
    slogan a page writes after its title ("<title> | Xandiaforum | The Home of Thinkers"). The
    title kept has three words at least; a part before the title ("VIDEO | <title>") stays."""
    parts = _BAR.split(title)
    while len(parts) > 1 and not echo(parts[-1], prose):
        parts.pop()
    kept = " | ".join(parts)
    if kept == title or len(_WORD.findall(kept)) < _REPEATED_WORDS:
        return title
    return title[: title.index(parts[-1]) + len(parts[-1])]
