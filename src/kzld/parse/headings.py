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
Geneva 2021"), or differs in a dash or a quotation mark; a line written more than twice that
nothing but its copies echoes is the site's label (an advertisement's), and a line leading into
a numbered list with a dash ("... are as follows:-") is no title. Other lines are
told from the title by what the prose says: a page's title names what its article is about, so
its words come back in the prose (or in the headings under it); a line of the site shares none
with it. A line that no word after it echoes is passed over when a heading under it is echoed
clearly; when none is, the first heading stays the title.

Which lines are a version's headings at all (:func:`version_headings`) is decided here too: the
lines above its first line of running text (:func:`is_prose`), a slogan ending with an
exclamation mark among them (:func:`_slogan`), or a one-sentence headline over it; not a
hard-wrapped paragraph's first lines, nor a site's lone sentence and the lines above it; and
when no heading stands above the prose, the title of a statement a report quotes under its
lead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..model.addresses import DOMAIN, SCHEMED_ADDRESS, site_address
from ..model.folding import WORD_MARKS, fold
from ..model.records import Dateline
from ..model.scripts import letter_script
from .boilerplate import is_byline
from .cues import folded_words
from .dates import is_date_line, is_source_line, names_statement
from .language import detect
from .lists import ITEM
from .names import is_name_join
from .remembered import remembered
from .separators import COMMAS
from .stops import SPACED_STOPS
from .text import Line, words

__all__ = [
    "LABEL_AFTER",
    "RUNNING",
    "Headings",
    "choose_headings",
    "echo",
    "is_label",
    "is_prose",
    "lead_paragraphs",
    "running",
    "version_headings",
    "without_site",
    "without_translation",
    "without_update_mark",
]

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
#: The first character of those scripts (U+2E80, a CJK radical): a word of letters before it
#: holds none, and is not asked letter by letter.
_FIRST_IDEOGRAPHIC = "\u2e80"

#: A label wholly in brackets ("<Notice>", "[Home]", "【News】"), or an aside in round ones
#: ("(XKP)", "(Source: Zetland Press)").
_BRACKETED = re.compile(
    r"^(?:<[^<>]*>|\[[^\[\]]*\]|【[^【】]*】|〈[^〈〉]*〉|〔[^〔〕]*〕|\([^()]*\)|（[^（）]*）)$"
)
#: A line that ends with the separator of a path or of a source's name ("News /", "Home »").
_TRAILING_SEPARATOR = re.compile(r"(?:/|\||\s»|\s›|\s>|／)$")
#: A quotation closed at a line's end, its mark after a space as French writes it ("... : «
#: Unité pour gagner »"): no path's separator.
_QUOTATION_AT_END = re.compile(r"«[^«»]*\s»$|‹[^‹›]*\s›$")
#: A site's address beside a page's name ("Elections 2021 - example.md", "example.org | News").
_SITE = re.compile(rf"(?:^{DOMAIN}\s*[-–—|:]\s|\s[-–—|:]\s*{DOMAIN}$)")
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
    after a caption's mark ("▲ ..."), a line ending with a path's separator, a line naming a
    site's address (beside a page's name, or in the site's own line: "Join Example.com+"),
    menu items written without spaces, a reporter's by-line
    (:func:`~.boilerplate.is_byline`), or the opening of a sentence that goes on below it ("We, the
    undersigned,", "Dear friends,": it ends with a comma)."""
    heading = heading.strip()
    return bool(
        heading.endswith(tuple(COMMAS))
        or _BRACKETED.match(heading)
        or _MARKED.match(heading)
        or (_TRAILING_SEPARATOR.search(heading) and not _QUOTATION_AT_END.search(heading))
        or _SITE.search(heading.casefold())
        or site_address().search(heading.casefold())
        or _glued(heading)
        or is_byline(heading)
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


@remembered(kept=1 << 12)
def _units(text: str) -> frozenset[str]:
    """What of ``text`` is compared: the stems of its longer words (an Arabic word without its
    article), and the pairs of characters of a word written in Chinese characters or kana
    (which has no spaces)."""
    found: set[str] = set()
    for word in _WORD.findall(fold(text)):
        if word.isdigit():
            continue
        if letter_script(word[0]) == "ARABIC":
            word = _ARTICLE.sub("", word)
        if max(word) >= _FIRST_IDEOGRAPHIC and any(letter_script(c) in _IDEOGRAPHIC for c in word):
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


@remembered(kept=1 << 12)
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


def _written_twice(
    heads: Sequence[str], start: int, prose: str = "", below: Sequence[str] = ()
) -> int | None:
    """The title when a heading from ``start`` on is written again: the first written of the
    two, or the shorter one when the longer has a breadcrumb's path before it (words that are
    not the page's kicker, written as a heading of its own: "Solidarity motion" / "on the ban
    of ..." under the page's title "Solidarity motion on the ban of ..."). A heading written
    more than twice whose words nothing else echoes is a label of the site (an advertisement's
    "Publicidad", written above the headline and amid the article), never the title."""
    words = [_WORD.findall(fold(h)) for h in heads]
    for k in range(start, len(heads)):
        if _widget(heads, k) or _label_written_often(heads, k, prose, below):
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


def _past_site_copies(heads: Sequence[str], start: int, prose: str, apart: Sequence[bool]) -> int:
    """Where the title may start once the site's lines written twice are passed: a heading
    whose copy stands apart from it (other headings or lines of the page between them: a menu's
    item and a breadcrumb's last one, a weather widget's "Clear" over and under the temperature)
    and that the prose shares no word with is the site's, and so is every heading above its
    copy. The page's title written again as its headline stands right over it, or the prose
    echoes it. A line written more than twice (an advertisement's label, above the headline and
    amid the article) says nothing of where the title starts; ``start`` when no heading would
    be left under the copy."""
    found = start
    for k in range(start, len(heads)):
        if sum(_letters(h) == _letters(heads[k]) for h in heads) > _TWICE:
            continue
        for j in range(k + 1, len(heads)):
            copied = _repeats(heads[k], heads[j]) or _repeats(heads[j], heads[k])
            spaced = j > k + 1 or any(apart[m] for m in range(k + 1, min(j + 1, len(apart))))
            if copied and spaced and echo(heads[k], prose) == 0.0:
                found = max(found, j + 1)
    return found if any(_may_title(h) for h in heads[found:]) else start


def _label_written_often(heads: Sequence[str], k: int, prose: str, below: Sequence[str]) -> bool:
    """True when the ``k``-th heading is written more than twice (among the headings and the
    lines under them) and nothing but its copies echoes it."""
    own = _letters(heads[k])
    copies = sum(_letters(line) == own for line in (*heads, *below))
    if not own or copies <= _TWICE:
        return False
    return echo(heads[k], _others(heads[k], heads[k + 1 :], prose, below)) == 0.0


def _again_below(heads: Sequence[str], start: int, below: Sequence[str]) -> int | None:
    """The first heading from ``start`` on, of a few words at least, that a line under the
    headings writes again (the page's title, then the article's headline after its lead)."""
    again = {_letters(line) for line in below}
    for k in range(start, len(heads)):
        if _site_button(heads[k], below):
            continue
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


def _slug(heading: str, under: str) -> bool:
    """True when ``heading`` is written in small letters only, in a script with capitals, and
    every word of it is a word of the heading under it, which has more ("sciopero zed 16
    settembre" / "Sciopero nazionale ZED del 16 settembre!"): the page's address or tag made
    of the headline's words, not the title."""
    own, fuller = _WORD.findall(heading), {fold(w) for w in _WORD.findall(under)}
    return (
        bool(own)
        and heading == heading.lower() != heading.upper()
        and all(fold(w) in fuller for w in own)
        and len(fuller) > len({fold(w) for w in own})
    )


def _small_link(heading: str, under: str) -> bool:
    """True when ``heading`` is written in small letters only, in a script with capitals, shares
    no word with the heading under it, and that heading may be a title and is not written so
    ("skip to content" / "Xandian Workers' Declaration"): a link of the site's, whose words the
    page writes in small letters beside headings it capitalises. A line in small letters that
    shares a word with the heading under it may be the page's own (:func:`_slug` tells)."""
    own, other = _WORD.findall(fold(heading)), _WORD.findall(fold(under))
    return (
        bool(own)
        and heading == heading.lower() != heading.upper()
        and under != under.lower()
        and not set(own) & set(other)
        and _may_title(under)
    )


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


def _title_at(
    heads: Sequence[str], prose: str, below: Sequence[str] = (), apart: Sequence[bool] = ()
) -> int:
    """Where the title is among ``heads`` (``len(heads)`` when none can be): the first heading
    that is no label (:func:`is_label`), unless the ones above a clearly echoed heading share
    no word with what follows them (the headings under them and the prose). A heading written
    twice is the title (the page's title, then its headline), and the lines above it are the
    site's. A heading that only the site's lines echo (:func:`_site_echo`: a form's fields
    repeating each other's words) is passed over."""
    start = next((k for k, h in enumerate(heads) if _may_title(h)), len(heads))
    while start + 1 < len(heads) and (
        _site_word(heads[start], heads[start + 1])
        or _slug(heads[start], heads[start + 1])
        or _small_link(heads[start], heads[start + 1])
    ):
        start += 1
    while start < len(heads) and _never_title(heads, start, below):
        start += 1
    start = _past_site_copies(heads, start, prose, apart)
    twice = _written_twice(heads, start, prose, below)
    if twice is None:
        twice = _again_below(heads, start, below)
    if twice is not None:
        return twice
    first = None
    for k in range(start, len(heads)):
        if _never_title(heads, k, below):
            continue  # a label ("Dear friends,"), a date, a file's name: never the title
        share = echo(heads[k], _others(heads[k], heads[k + 1 :], prose, below))
        if share and _site_echo(heads, k, prose):
            continue
        first = k if first is None else first
        if share is not None and share >= ECHOED:
            return k
        if share:
            return first  # a heading the prose echoes a little: the page's own
    return start


def _others(heading: str, after: Sequence[str], prose: str, below: Sequence[str]) -> str:
    """What may echo ``heading``: the headings after it and the prose, without the copies of
    ``heading`` itself (an advertisement's label written above and amid the article echoes
    nothing of it by being written again)."""
    own = _letters(heading)
    if below:
        prose = " ".join(line for line in below if _letters(line) != own)
    return " ".join([*(h for h in after if _letters(h) != own), prose])


def _never_title(heads: Sequence[str], k: int, below: Sequence[str]) -> bool:
    """True when the ``k``-th heading cannot be the title: a label, a date, a file's name
    (:func:`_may_title`), a widget's line (:func:`_widget`), a button of the site
    (:func:`_site_button`), or the rest of a line above it that ends with a comma ("XGT," /
    "YFO, ZSU, PTU," / "XKP and XWF": names wrapped across lines, as a sentence's opening
    goes on below it)."""
    return (
        not _may_title(heads[k])
        or _widget(heads, k)
        or _site_button(heads[k], below)
        or (k > 0 and heads[k - 1].rstrip().endswith(tuple(COMMAS)))
    )


def _site_button(heading: str, below: Sequence[str]) -> bool:
    """True when the page writes ``heading`` again under its headings and nothing else under
    them shares a word with it ("Share this News" above and below the article, an
    advertisement's label): a button or a label of the site. A title written again at the
    foot of the page, or as the headline under a lead, is echoed by its prose; a slogan ending
    with an exclamation mark is the statement's, which it closes with again."""
    own = _letters(heading)
    if not own or not any(_letters(line) == own for line in below):
        return False
    if heading.rstrip("\"”»'’ ").endswith("!"):
        return False  # a slogan the statement closes with again ("No to wage dumping!")
    return echo(heading, " ".join(line for line in below if _letters(line) != own)) == 0.0


def _site_echo(heads: Sequence[str], k: int, prose: str) -> bool:
    """True when the ``k``-th heading and every heading under it that repeats one of its words
    share no word with ``prose`` (both having words to compare): the site's lines echoing each
    other ("Your e-mail" / "Recipient's e-mail"), not a title that its subtitle echoes and the
    article goes on from."""
    if not _units(prose[:_PROSE]):
        return False
    return all(
        echo(heads[j], prose) == 0.0
        for j in range(k, len(heads))
        if j == k or _units(heads[k]) & _units(heads[j])
    )


def choose_headings(
    contents: Sequence[str],
    heads: Sequence[int],
    prose: str,
    below: Sequence[str] = (),
    under: str = "",
    apart: Sequence[bool] = (),
) -> Headings:
    """The kicker, title and subtitle among the heading lines ``heads`` (line indices, in
    order, whose texts are ``contents``) of a version whose prose is ``prose`` and whose lines
    under the headings are ``below`` (``under`` is the first line under them, a list's entry
    too). A kicker is a
    first heading that ends with a colon or is a short path ("Home / News"); a subtitle is the
    heading right under the title (``blank_between`` lines excepted: see the caller). ``apart``
    says of each heading whether a line of the page that is no heading stands above it, between
    it and the heading before it."""
    if prose:
        at = _title_at(contents, prose, below, apart)
    else:
        at = next((k for k, h in enumerate(contents) if _may_title(h)), len(contents))
    passed = tuple(heads[:at])
    rest = list(range(at, len(heads)))
    kicker = title = subtitle = None
    if rest:
        first = contents[rest[0]]
        if len(rest) > 1 and (first.endswith(":") or ("/" in first and len(first.split()) <= 3)):
            kicker = heads[rest.pop(0)]
    if len(rest) == 1 and _leads_in(contents[rest[0]], under):
        return Headings(kicker, None, None, passed)
    if rest and _DASHED_LEAD.search(contents[rest[0]]):
        # "... are as follows:-" over "1. X Union": the lead of a list, no title
        following = contents[rest[1]] if len(rest) > 1 else under
        if ITEM.match(following):
            return Headings(kicker, None, None, passed)
    if rest:
        title = heads[rest[0]]
        if len(rest) > 1:
            subtitle = heads[rest[1]]
    return Headings(kicker, title, subtitle, passed)


def _leads_in(heading: str, under: str) -> bool:
    """True when ``heading``, the only one above the prose, is no title but leads with a colon
    into the list whose first entry is ``under`` ("The signatory parties:" / "- condemn ...",
    "Into one force unite:" / "1. ..."); a heading that names a statement stays a title
    ("Memorandum of understanding:"), as one over prose does ("Joint text of the unions:")."""
    return (
        heading.rstrip().endswith((":", "："))
        and bool(ITEM.match(under))
        and not names_statement(heading)
    )


#: A line ending with a dash written onto its last word, perhaps after a colon ("... are as
#: follows:-", Bengali "... হলো-"): it leads into what follows as a colon does; a title ends
#: with no dash.
_DASHED_LEAD = re.compile(rf"(?:[^\W\d_]|[{WORD_MARKS}]):?[-–—]\s*$")


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


#: A mark in brackets closing a title ("... (UPDATED)", "... [Aktualisiert]").
_CLOSING_MARK = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]$")


def without_update_mark(title: str) -> str:
    """``title`` without a mark of updating in brackets at its end ("... (UPDATED)", "...
    [Aktualisiert]": ``update_cues``, every word of the mark): the page's note that the article
    changed, no part of the statement's name. A dated update stamp stays (it dates the lists)."""
    mark = _CLOSING_MARK.search(title)
    if mark is None or not mark.start():
        return title
    updating = folded_words("update_cues")
    inner = fold(mark.group(1))
    found = words(inner)
    if inner.strip() in updating or (found and all(w in updating for w in found)):
        return title[: mark.start()]
    return title


#: What ends a sentence, in the scripts that write it otherwise too (。？ in Chinese and
#: Japanese, ؟ in Arabic, । in the scripts of India, ። in Ethiopic, and its two wordspaces
#: "፡፡" as many type it, ။ in Burmese, ։ in Armenian).
_PROSE_END = (*".?;:…\"”»)'。？．）」』", *SPACED_STOPS)
#: A bracket that closes a short heading ("... Revolutions (X Solidarity Network)").
_LAST_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]$")
#: The fewest words before a closing bracket for the line to be a heading with a source or an
#: update in brackets, not a name with its abbreviation.
_BRACKETED_AFTER = 4


#: The fewest characters of a line of running text (:func:`running`).
RUNNING = 60


def running(content: str) -> bool:
    """True when a line is a paragraph of running text: prose (:func:`is_prose`) of at least
    :data:`RUNNING` characters, as the readers of a text's lead, its openings and its foot count
    its paragraphs."""
    return len(content) >= RUNNING and is_prose(content)


def lead_paragraphs(paragraphs: list[Line], prose: int = 3, headings: bool = False) -> list[Line]:
    """The lead: the paragraphs of prose up to the ``prose``-th paragraph of running text
    (:func:`running`), with the headings above and among them when ``headings``."""
    found: list[Line] = []
    seen = 0
    for line in paragraphs:
        if seen >= prose:
            break
        if headings or is_prose(line.content):
            found.append(line)
        seen += running(line.content)
    return found


@remembered()
def is_prose(content: str) -> bool:
    """True when a line is running text: it ends as a sentence does, or is long, or holds a
    link. A short line that only closes a quotation or a bracket ("“BASTA CON LA GUERRA”",
    "... firman la 'Declaración de Mallorca'", "... in Berlin! (Aktualisierung vom 24.09.22)")
    is a heading unless what is inside ends a sentence."""
    if content.endswith(":") and len(content) < 60 and not SCHEMED_ADDRESS.search(content):
        return False
    if len(content) > 160 or SCHEMED_ADDRESS.search(content):
        return True
    inner = content.rstrip("\"”»'’")
    if inner != content and inner:
        return inner.endswith((".", "?", "!", ";", "…")) and len(content) > 60
    bracket = _LAST_BRACKET.search(content)
    if bracket and len(content[: bracket.start()].split()) >= _BRACKETED_AFTER:
        return is_prose(content[: bracket.start()])
    return content.endswith(_PROSE_END)


def version_headings(
    lines: list[Line], own: list[int], datelines: dict[int, Dateline]
) -> tuple[Headings, str]:
    """The headings of the version made of lines ``own`` (its ``datelines`` left out), the
    site's lines above its headline among the ``passed`` ones, and the prose under them (the
    text a title is told from the site's lines by, :func:`without_site`). An outlet's
    abbreviation before the page's date ("RTS 30.08.2023") dates the page, and is read here as
    a line of the page's head, as any line that is no dateline (:func:`~.dates.is_source_line`)."""
    datelines = {i: d for i, d in datelines.items() if not is_source_line(lines[i].content)}
    top = _site_sentence(lines, own, datelines)
    site = tuple(i for i in own[:top] if i not in datelines)
    heads = _wrapped_away(lines, _heads(lines, own[top:], datelines))
    body = [i for i in own if i not in datelines and i not in heads and i not in site]
    prose = " ".join(lines[i].content for i in body)
    below = [lines[i].content for i in body]
    after = lines[heads[-1] + 1 :] if heads else []
    under = next((line.content for line in after if not line.blank), "")
    apart = [False, *(any(not lines[m].blank for m in range(a + 1, b)) for a, b in pairwise(heads))]
    contents = [lines[i].content for i in heads]
    chosen = choose_headings(contents, heads, prose, below, under, apart)
    if chosen.title is None and (quoted := _title_under_lead(lines, own[top:], datelines)):
        chosen = replace(chosen, title=quoted, subtitle=None)
    return replace(chosen, passed=(*site, *chosen.passed)), prose


def _heads(lines: list[Line], own: list[int], datelines: dict[int, Dateline]) -> list[int]:
    """The lines of ``own`` above its first line of prose, datelines left out."""
    heads: list[int] = []
    for k, i in enumerate(own):
        if i in datelines:
            continue
        if is_prose(lines[i].content) and not _slogan(lines, own[k:]):
            if not heads and _headline(lines, [j for j in own[k:] if j not in datelines]):
                heads.append(i)
            break
        heads.append(i)
    return heads


#: The longest slogan a page heads its article with (:func:`_slogan`).
_SLOGAN = 80


def _slogan(lines: list[Line], own: list[int]) -> bool:
    """True when the first line of ``own`` is a slogan heading the text: one short sentence
    ending with an exclamation mark, a paragraph of its own (a blank line under it), over a
    line of running text ("National strike on 16 September!" / the article)."""
    first = lines[own[0]].content.strip()
    if len(first) > _SLOGAN or not first.endswith("!") or _INNER_END.search(first):
        return False
    after = own[0] + 1
    following = [lines[i] for i in own[1:] if not lines[i].blank]
    return (
        after < len(lines)
        and lines[after].blank
        and bool(following)
        and running(following[0].content)
    )


#: A sentence ending inside a line: a word's letters, a full stop, "!" or "?", a space.
_INNER_END = re.compile(r"[^\W\d_]{2}[.!?]\s+\S")
#: The most characters of a headline that ends as a sentence does.
_HEADLINE = 250


#: A one-word label in brackets after a headline's full stop ("... the new government.
#: (Document)", "(Video)"): a news site marks its headlines so, and no sentence of a lead ends
#: with one; the label is no part of the title.
LABEL_AFTER = re.compile(r"(?<=[.!?…])\s*\([^\W\d_]+\)$")


def _headline(lines: list[Line], own: list[int]) -> bool:
    """True when the first line of ``own`` is the page's headline although it ends as a sentence
    does or is long ("X Union calls on citizens to join the rally on 21. 5.", a news report's
    one-sentence headline): one sentence of at most 250 characters, no colon at its end, a
    paragraph of its own with more prose after it; a full stop before a label in brackets
    (:data:`LABEL_AFTER`) ends a headline, and one in capitals over prose that is not
    (:func:`_in_capitals`) is a headline whatever it ends with."""
    first = lines[own[0]].content
    labelled = LABEL_AFTER.search(first)
    first = first[: labelled.start()] if labelled else first
    if len(first) > _HEADLINE or first.endswith(":") or _INNER_END.search(first):
        return False
    following = [lines[i] for i in own[1:] if not lines[i].blank]
    capitals = _in_capitals(first) and bool(following) and not following[0].content.isupper()
    if not labelled and not capitals and re.search(r"[^\W\d_]\W*[.!?…]\W*$", first):
        return False  # ends as a sentence of the lead does (not with a date: "... 21. 5.")
    if not following or not following[0].content[:1].isupper():
        return False  # the sentence goes on in the next line: a paragraph wrapped by hand
    return running(following[0].content)


def _in_capitals(content: str) -> bool:
    """True when ``content`` is written in capitals, three words at least and at most 250
    characters ("DECLARATION OF THE XANDIA UNIONS ON THE STRIKE.", "XKP 2009 REVIEW…"): a page
    sets its headline so, and the full stop or the ellipsis after it ends no sentence of
    prose."""
    return (
        content.isupper() and len(content.split()) >= _REPEATED_WORDS and len(content) <= _HEADLINE
    )


def _wrapped_away(lines: list[Line], heads: list[int]) -> list[int]:
    """``heads`` without the lines of a paragraph wrapped by hand: lines right above the first
    line of prose, with no blank line between them, one of which goes on with a small letter
    (the sentence continues), are that paragraph's, not headings."""
    if not heads or heads[-1] + 1 >= len(lines) or not is_prose(lines[heads[-1] + 1].content):
        return heads
    block = [heads[-1] + 1]
    while block[0] - 1 in heads and not _in_capitals(lines[block[0] - 1].content):
        block.insert(0, block[0] - 1)
    goes_on = any(
        line[:1].isalpha() and line[:1].islower() and not _FIELD.match(line)
        for line in (lines[i].content for i in block[1:])
    )
    if not goes_on:
        goes_on = _wrapped_without_case([lines[i].content for i in block])
    return [i for i in heads if i < block[0]] if goes_on else heads


#: The fewest lines of a paragraph wrapped by hand, between its first and its last, that are
#: full (:func:`_wrapped_without_case`).
_FULL_LINES = 2
#: How full such a line is, of the paragraph's longest.
_FULL = 0.8
#: The fewest characters of the longest line of such a paragraph.
_WRAP_WIDTH = 25


def _wrapped_without_case(block: Sequence[str]) -> bool:
    """True when ``block``, lines with no blank between them ending with the first line of
    prose, is one paragraph wrapped by hand in a script without capitals (Arabic, Korean,
    Chinese ...), where no small letter tells that a line goes on: two lines or more between
    its first and its last are full (as long as the longest, near enough), and none but the
    last ends a sentence or a clause. Headings over prose are neither as long as each other
    nor that many with nothing between them."""
    if len(block) < _FULL_LINES + 2 or any(c.isupper() or c.islower() for c in "".join(block)):
        return False
    width = max(len(line) for line in block)
    inner = block[1:-1]
    return (
        width >= _WRAP_WIDTH
        and sum(len(line) >= _FULL * width for line in inner) >= _FULL_LINES
        and not any(line.rstrip().endswith(_PROSE_END) for line in block[:-1])
    )


#: A field's line: one word, a colon, its value ("link : <headline>", "judul: <headline>"); a
#: line in small letters that opens so goes on with no sentence of the line above.
_FIELD = re.compile(r"^[^\W\d_]+\s?:\s")


#: The most lines above a site's lone sentence (:func:`_site_sentence`).
_ABOVE_SENTENCE = 2
#: The longest site's sentence above a headline.
_SITE_SENTENCE = 160


def _site_sentence(lines: list[Line], own: list[int], datelines: dict[int, Dateline]) -> int:
    """How many of ``own``'s first lines are the site's above the headline: a lone sentence of
    one line among the first three (a notice, the site's tagline, a search box's "Close this
    search box.", a category's description) with the lines above it, when a heading follows
    it, prose comes after that, and what follows does not echo it. Without this, the sentence
    would be the text's first prose, and a line of the site above it its title."""
    order = [i for i in own if i not in datelines]
    at = next((k for k, i in enumerate(order) if is_prose(lines[i].content)), None)
    if at is None or at > _ABOVE_SENTENCE or at + 1 >= len(order):
        return 0
    sentence, heading = lines[order[at]].content, lines[order[at + 1]].content
    if (
        len(sentence) > _SITE_SENTENCE
        or _INNER_END.search(sentence)
        or is_prose(heading)
        or is_label(heading)
        or heading.rstrip().endswith((":", "："))  # a list's cue, no headline
        or not any(is_prose(lines[i].content) for i in order[at + 2 :])
    ):
        return 0
    share = echo(sentence, " ".join(lines[i].content for i in order[at + 1 :]))
    return own.index(order[at]) + 1 if share is not None and share < ECHOED else 0


#: How many paragraphs of a reporter's lead may stand above the title of the statement it quotes.
_LEAD_PARAGRAPHS = 3
#: The longest such title.
_QUOTED_TITLE = 200


def _title_under_lead(
    lines: list[Line], own: list[int], datelines: dict[int, Dateline]
) -> int | None:
    """The title of a statement that a report quotes, when no heading stands above the report's
    prose: the first heading after at most three paragraphs of the lead that names a statement
    ("Manifesto de solidariedade com Xandia", "ΚΑΛΕΣΜΑ ΑΓΩΝΑ ΤΩΡΑ ...", "X ja Y volikogude
    avaldus"); not a cue line leading into a list ("The statement is signed by:"), a list's
    entry ("1. Xandia Call Institute"), a line opening with a small letter (the rest of a
    sentence wrapped by hand: "united,” said the group in a statement during a"), a line whose
    statement word is in a quoted name, a heading that only names the genre
    (:func:`_bare_genre`) or one with no prose under it (a link's or a leaflet's label closing
    the report: "Joint statement of the unions" / "Leaflet")."""
    statement = folded_words("statement_words")
    paragraphs = 0
    for k, i in enumerate(own):
        content = lines[i].content
        if i in datelines:
            continue
        if is_prose(content) and not _in_capitals(content):
            paragraphs += 1
            if paragraphs > _LEAD_PARAGRAPHS:
                return None
            continue
        if (
            paragraphs
            and len(content) <= _QUOTED_TITLE
            and not content.rstrip().endswith(":")
            and not is_label(content)
            and not ITEM.match(content)
            and not content[:1].islower()  # a hard-wrapped sentence's line, going on from above
            and any(w in statement for w in words(fold(_QUOTED.sub(" ", content))))
            and not _bare_genre(content)
            and any(is_prose(lines[j].content) for j in own[k + 1 :] if j not in datelines)
        ):
            return i
    return None


def _bare_genre(content: str) -> bool:
    """True when a heading only names a statement's genre ("KOMUNIKATË", "Joint statement",
    "Declaración conjunta", "The letter", "La declaración"): its words are words naming a
    statement, words calling it joint and the small words that join them (an article, "and":
    :func:`~.names.is_name_join`), a label over the quoted text, no title."""
    named = folded_words("statement_words") | folded_words("joint_words")
    found = words(fold(content.rstrip(" :")))
    return any(w in named for w in found) and all(w in named or is_name_join(w) for w in found)


#: A quotation inside a line: a name that holds a statement's word ("''Birliğe Çağrı
#: Platformu'' adına ...") says nothing of the line.
_QUOTED = re.compile(r"''.*?''|\".*?\"|“.*?”|„.*?“|«.*?»|‘.*?’")


#: What parts a title from its translation: a slash with spaces around it.
_TRANSLATION = re.compile(r"\s+/\s+")
#: The fewest letters of each half for its language to be read.
_HALF_LETTERS = 15


def without_translation(title: str, language: str) -> str:
    """``title`` without its translation after a slash ("Message du X au Y / Bericht van X aan
    Y"): the first half, when it reads as the version's ``language`` and the second as
    another; two halves in one language ("Title / Subtitle") stay one title."""
    halves = [half.strip() for half in _TRANSLATION.split(title)]
    if len(halves) != 2 or min(sum(c.isalpha() for c in h) for h in halves) < _HALF_LETTERS:
        return title
    first, second = (detect(half) for half in halves)
    return halves[0] if first == language and second not in (None, language) else title
