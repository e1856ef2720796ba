"""Which of the lines above a version's prose are its kicker, its title and its subtitle.

The headings of a page stand above its prose: a kicker ("Comunicato stampa:"), the title, a
subtitle. Pages copied from websites often carry lines of the site above them too: the site's
name or a section ("Interfax-Ukraine", "Halaman", "Retour"), a category label in another script
("Left Parties Joint Statement" above a Bengali title), a template's placeholder ("spot_img"),
the headlines of other articles. A heading the page writes twice is its title. Other lines are
told from the title by what the prose says: a page's title names what its article is about, so
its words come back in the prose (or in the headings under it); a line of the site shares none
with it. A line that no word after it echoes is passed over when a heading under it is echoed
clearly; when none is, the first heading stays the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model.folding import WORD_MARKS, fold
from .language import script_of

__all__ = ["Headings", "choose_headings", "echo"]

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


@dataclass(frozen=True)
class Headings:
    """A version's headings: each is an index into the lines, or ``None``; ``passed`` are the
    lines of the site above the title, which are neither headings nor paragraphs."""

    kicker: int | None
    title: int | None
    subtitle: int | None
    passed: tuple[int, ...]


def _units(text: str) -> set[str]:
    """What of ``text`` is compared: the stems of its longer words, and the pairs of
    characters of a word written in Chinese characters or kana (which has no spaces)."""
    found: set[str] = set()
    for word in _WORD.findall(fold(text)):
        if word.isdigit():
            continue
        if any(script_of(c) in _IDEOGRAPHIC for c in word):
            found.update(word[k : k + 2] for k in range(len(word) - 1))
        elif len(word) >= _SHORT:
            found.add(word[:_STEM])
    return found


def echo(heading: str, prose: str) -> float | None:
    """The share of ``heading``'s words that ``prose`` repeats, or ``None`` when the heading
    has no word to compare (a number, "fbpx")."""
    own = _units(heading)
    if not own:
        return None
    return len(own & _units(prose[: _PROSE + len(heading)])) / len(own)


def _title_at(heads: Sequence[str], prose: str) -> int:
    """Where the title is among ``heads``: the first heading, unless the ones above a clearly
    echoed heading share no word with what follows them (the headings under them and the
    prose). A heading written twice is the title (the page's title, then its headline), and
    the lines above it are the site's."""
    folded = [fold(h) for h in heads]
    twice = next((k for k, h in enumerate(folded) if h in folded[k + 1 :]), None)
    if twice is not None:
        return twice
    for k, heading in enumerate(heads):
        share = echo(heading, " ".join([*heads[k + 1 :], prose]))
        if share is not None and share >= ECHOED:
            return k
        if share:
            return 0  # a heading the prose echoes a little: the page's own
    return 0


def choose_headings(contents: Sequence[str], heads: Sequence[int], prose: str) -> Headings:
    """The kicker, title and subtitle among the heading lines ``heads`` (line indices, in
    order, whose texts are ``contents``) of a version whose prose is ``prose``. A kicker is a
    first heading that ends with a colon or is a short path ("Home / News"); a subtitle is the
    heading right under the title (``blank_between`` lines excepted: see the caller)."""
    at = _title_at(contents, prose) if prose else 0
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
