"""Signers a sentence of a text's lead announces as some of a group, with no verb of signing
beside them: after a phrase saying "among them" ("Die fünfzig Organisationen, darunter der
X-Bund, die Kirchen, der Y-Rat ...", "Serikat-serikat buruh itu datang. Mereka yang datang di
antaranya X, Y dan Z": a word for organisations in the plural in the sentence or the one
before) or after such a word and a word for "such as" ("diverses organitzacions com l'X, la Y,
...", "varias asociaciones como la X y la Y"), or after such a word or a word of kind (a
coalition, a front) and a phrase for "consisting of" ("Gabungan ormas tersebut terdiri dari X,
Y dan Z", "Vyama hivyo ni pamoja na X, Y", "la coalición integrada por X y Z"). After the lead,
the argument speaks of groups "such as X and Y" that sign nothing: the caller reads the lead
only.

The names run from the phrase in parts between commas, each read as the runs of names are read
(:func:`.runs.name_run`, any capitalised phrase that is no description): a stretch in lower case
right after a name and before the next comma goes on with it ("X.cat-Organitzacions per a la
justícia global"); a part between commas that opens in lower case and reads no name is a
description of some of them ("die beiden großen Kirchen") and is passed over. The run ends at a
part that is neither, and at a compound of group words ("Sozial- und Wohlfahrtsverbände"). A
single word of a script without capitals must read as a name by itself (Arabic "على", "on",
after the last name is none), and a sentence glued to the last name ("X de Zetlandia.El 15
d'abril") is cut off. Two organisations or more name signers; persons and countries are left
out. A group the sentence speaks of or stands by (a word of speaking before the phrase; a word for
"with", "for", "against" or of a topic right before the plural: "we stand with the unions, among
them ...", "attacks on unions such as ...") signs nothing.

The body a sentence of the lead names right before the words of its members (a phrase for
"consisting of", a verb of uniting: "X yang terdiri dari: A, B", "X, vienijantis A, B ir C",
"X, which unites 40 groups") is the group they make up, and signs with them
(:func:`umbrella_signers`) when its name reads as an organisation's by its own words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, cached_property
from itertools import pairwise

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .coordinated import name_tail
from .cues import folded_words, phrase_alternation
from .lists import ARTICLE
from .names import and_of_the_language, generic_plural, is_person, is_type_word
from .outside import signers_section
from .provenance import reads
from .running import WORD, organisations, reads_as_name, uncased
from .runs import name_run
from .spans import speaks, spoken_of, statement_word
from .text import Line, folded_in_place, glued_stop, sentences, words
from .totals import member_verb

__all__ = ["announced_signers", "umbrella_signers"]

#: The most words before the phrase that may hold the word for organisations in the plural
#: ("varias asociaciones integradas en la Federación como ...") or a word of speaking.
_NEAR = 9
#: The most words of a stretch in lower case that goes on with a name, or of a description
#: passed over between two names.
_LOWER_WORDS = 6
#: The most parts an enumeration may pass over or join.
_PARTS = 60
#: The kinds of announcing phrase: "among them", "such as", "consisting of".
_AMONG, _SUCH_AS, _MEMBERS = "among", "such as", "members"
#: The most words before a "consisting of" phrase that may hold the word for the body whose
#: members it names ("Gabungan ormas tersebut terdiri dari", the coalition ... consists of).
_KIND_NEAR = 3
#: Spaces and punctuation between a phrase and the first name after it.
_GAP = re.compile(r"[\s:,–—-]*")
#: A stretch up to the next comma, with no stop, colon, bracket or quotation mark in it, of
#: :data:`_LOWER_WORDS` words at most (a longer one is no description and goes on with no name;
#: bounded, so that looking for it costs its length, not the rest of the sentence's).
_TO_COMMA = re.compile(rf"(?:\s*+[^\s,.;:!?()\[\]\"«»“”„]++){{0,{_LOWER_WORDS}}}\s*+,")
#: A comma and the spaces around it.
_COMMA = re.compile(r"\s*,\s*")


@cache
def _phrases() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The "among them" phrases, the words for "such as" and the phrases for "consisting of", as
    patterns over a text folded in place (``among_phrases``, ``such_as_words`` and
    ``member_phrases`` of ``cues.yaml``)."""

    def pattern(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{phrase_alternation(key)})(?!\w)")

    return pattern("among_phrases"), pattern("such_as_words"), pattern("member_phrases")


@reads
def announced_signers(paragraph: Line) -> Section | None:
    """The signers each sentence of ``paragraph`` announces as some of a group (the module's
    docstring): the first announcement of a sentence that gives two organisations or more."""
    names: list[tuple[int, str]] = []
    previous = ""
    for at, sentence in sentences(paragraph.content):
        for start in _announcements(sentence, previous):
            found = organisations(_enumeration(sentence, start, paragraph.start + at))
            found = [n for n in found if not uncased(n[1]) or reads_as_name(n[1])]
            if len(found) >= 2:
                names += [n for n in found if n not in names]
                break
        previous = sentence
    return signers_section(paragraph, names, "phrase") if names else None


#: A relative word between a body's name and the words of its members ("yang", "che"): one
#: short word in lower case.
_RELATIVE = re.compile(r"\s+[^\W\d_]{1,6}$")
#: What bounds a name read back from the words of its members: a stop, a comma, a colon, a dash.
_BOUND = re.compile(r".*(?:[.!?:;,–—]\s|\s-\s)", re.DOTALL)
#: The most words of a name in sentence case that opens its sentence.
_OPENING_WORDS = 8


@reads
def umbrella_signers(paragraph: Line) -> Section | None:
    """The bodies each sentence of ``paragraph`` names right before the words of their members
    (a phrase for "consisting of", ``member_phrases`` of ``cues.yaml``, or a verb of uniting,
    ``member_verbs`` of ``totals.yaml``), a comma and a relative word perhaps between ("X yang
    terdiri dari: A, B", "X, vienijantis A, B ir C, išplatino ...", "X, che riunisce 100 reti"):
    the group its members make up signs with them. The name is read back from there (its
    capitals, or in sentence case the sentence's opening up to its type word), and must read as
    an organisation's by its own words: a type word, an abbreviation or a known name."""
    names: list[tuple[int, str]] = []
    members = _phrases()[2]
    for at, sentence in sentences(paragraph.content):
        folded = folded_in_place(sentence)
        places = [m.start() for m in members.finditer(folded)]
        places += [m.start() for m in WORD.finditer(sentence) if member_verb(m.group())]
        for place in sorted(places):
            found = _body_before(sentence, place)
            if found is not None and (paragraph.start + at + found[0], found[1]) not in names:
                names.append((paragraph.start + at + found[0], found[1]))
    return signers_section(paragraph, names, "phrase") if names else None


def _body_before(sentence: str, place: int) -> tuple[int, str] | None:
    """The name of the body that ends right before ``place`` in ``sentence`` (past a relative
    word and a comma), with its offset; ``None`` when none reads as an organisation's."""
    before = sentence[:place].rstrip()
    relative = _RELATIVE.search(before)
    if relative is not None and relative.group().strip().islower():
        before = before[: relative.start()].rstrip()
    before = before.rstrip(",").rstrip()
    bound = _BOUND.match(before)
    start = bound.end() if bound else 0
    part = before[start:]
    tail = name_tail(part)
    if tail is not None:
        start, name = start + tail[0], part[tail[0] : tail[1]]
    elif not bound and part[:1].isupper() and 1 < len(part.split()) <= _OPENING_WORDS:
        name = part  # the sentence opens with the name in sentence case: "Xandijos darbo centras"
    else:
        return None
    found = words(name)
    if not found or not reads_as_name(name) or generic_plural(found[-1]):
        return None
    if not is_type_word(found[-1]) and tail is None:
        return None  # in sentence case the type word closes the name
    if country_code(name) or is_person(name):
        return None
    return start, name


def _announcements(sentence: str, previous: str) -> list[int]:
    """Where names may follow an announcing phrase in ``sentence``: after an "among them"
    phrase when a word for organisations in the plural comes before it in the sentence or in
    the ``previous`` one (the group "them" points at), and after a word for "such as" that such
    a word comes shortly before; never when the group is what the sentence speaks of (a word of
    speaking shortly before the phrase, or a word of a topic before the plural: "we condemn the
    attacks on unions, among them ..."). The sentence's words are read once for all its phrases,
    so that a sentence costs its length."""
    among, such_as, members = _phrases()
    folded = folded_in_place(sentence)
    places = [(m, _AMONG) for m in among.finditer(folded)]
    places += [(m, _SUCH_AS) for m in such_as.finditer(folded)]
    places += [(m, _MEMBERS) for m in members.finditer(folded)]
    words = _Words(sentence, previous)
    found = []
    for match, kind in places:
        before = words.near(match.start())
        if any(speaks(w.group()) and not statement_word(fold(w.group())) for w in before):
            continue
        plural = next((w for w in before if _group_word(w.group(), kind)), None)
        if plural is None and kind == _MEMBERS:
            # "the coalition consists of X, Y and Z": a body of several names its members
            plural = next((w for w in before[-_KIND_NEAR:] if is_type_word(w.group())), None)
        if plural is None and not (kind == _AMONG and words.group_before(match.start())):
            continue
        if spoken_of(words.tail(plural.start() if plural else match.start())):
            continue
        if plural is not None and _accompanied(words.tail(plural.start())):
            continue
        gap = _GAP.match(sentence, match.end())
        found.append(gap.end() if gap else match.end())
    return sorted(found + _postposed(sentence, words))


class _Words:
    """A sentence's words (:data:`.running.WORD`) and its stretches between spaces, read once,
    so that what stands before each of its phrases is found by bisection rather than by reading
    the sentence from its start again."""

    def __init__(self, sentence: str, previous: str) -> None:
        self.sentence = sentence
        self.previous = previous
        self.tokens = list(re.finditer(r"\S+", sentence))
        self.token_starts = [t.start() for t in self.tokens]

    @cached_property
    def starts(self) -> list[int]:
        """Where each word of the sentence starts."""
        return [w.start() for w in WORD.finditer(self.sentence)]

    @cached_property
    def plurals(self) -> list[bool]:
        """``plurals[k]``: one of the sentence's first ``k`` words is a word for organisations
        in the plural."""
        found = [False]
        for word in WORD.finditer(self.sentence):
            found.append(found[-1] or _group_word(word.group(), _AMONG))
        return found

    @cached_property
    def previous_plural(self) -> bool:
        """True when the previous sentence holds a word for organisations in the plural
        ("Numerous organisations back the appeal. Among them ..."; not "The strike spreads.
        Among them ...")."""
        return any(_group_word(w.group(), _AMONG) for w in WORD.finditer(self.previous))

    def _window(self, end: int) -> tuple[int, Iterator[re.Match[str]]]:
        """The index of a word of the whole sentence far enough before ``end`` that the words
        from it to ``end`` read as the words of ``sentence[:end]`` do (only the last one, which
        ``end`` may cut, is read anew), and those words."""
        first = max(0, bisect_left(self.starts, end) - _NEAR - 2)
        low = self.starts[first] if first < len(self.starts) else end
        return first, WORD.finditer(self.sentence, min(low, end), end)

    def near(self, end: int) -> list[re.Match[str]]:
        """The last :data:`_NEAR` words of ``sentence[:end]``."""
        return list(self._window(end)[1])[-_NEAR:]

    def group_before(self, end: int) -> bool:
        """True when a word for organisations in the plural stands in ``sentence[:end]`` or in
        the previous sentence."""
        first, window = self._window(end)
        if self.plurals[first] or any(_group_word(w.group(), _AMONG) for w in window):
            return True
        return self.previous_plural

    def tail(self, end: int) -> str:
        """The last three stretches between spaces of ``sentence[:end]``, joined by a space:
        what :func:`.spans.spoken_of` and :func:`_accompanied` read of it."""
        count = bisect_left(self.token_starts, end)
        last = self.tokens[max(0, count - 3) : count]
        parts = [t.group() for t in last]
        if last and last[-1].end() > end:
            parts[-1] = self.sentence[last[-1].start() : end]
        return " ".join(parts)


def _group_word(word: str, kind: str) -> bool:
    """True when ``word`` is a word for organisations in the plural; before an "among them"
    phrase also in a form that is a singular's case too or a federation's word (``among_groups``
    of ``cues.yaml``: "mnoho svazů, mezi nimi", "számos szervezet, köztük"), as the phrase
    itself says a group is meant."""
    if generic_plural(word):
        return True
    return kind == _AMONG and fold(word) in folded_words("among_groups")


def _postposed(sentence: str, words: _Words) -> list[int]:
    """Where names follow a postposition for "among" right after a word for organisations in
    the plural ("दलों में", ``among_after_plural``), unless the plural is spoken of."""
    tokens = words.tokens
    postpositions = folded_words("among_after_plural")
    return [
        token.end() + 1
        for previous, token in pairwise(tokens)
        if fold(token.group()) in postpositions
        and generic_plural(previous.group())
        and not spoken_of(words.tail(previous.start()))
    ]


def _accompanied(before: str) -> bool:
    """True when one of the last two words of ``before`` a group is a word for "with", "for",
    "to", "against" or of a topic (``company_words``, ``about_words``): the group is whom the
    sentence stands by or speaks of ("stand with the unions", "attacks on trade unions")."""
    found = {fold(w) for w in before.split()[-2:]}
    return bool(found & (folded_words("company_words") | folded_words("about_words")))


def _enumeration(sentence: str, start: int, offset: int) -> list[tuple[int, str]]:
    """The names from ``start`` of ``sentence`` (at document ``offset``) on, in parts between
    commas (the module's docstring)."""
    names: list[tuple[int, str]] = []
    at = start
    if not name_run(sentence[at:], 0, relaxed=True)[0]:
        at = _past_verb(sentence, at)
    for _ in range(_PARTS):
        found, end = name_run(sentence[at:], offset + at, relaxed=True)
        if found:
            found = [
                owned
                for n in found
                for parted in _and_parted(sentence, offset, _unglued(n))
                for owned in _owned(parted)
            ]
            whole = [n for n in found if not n[1].endswith("-")]
            names += whole
            if len(whole) < len(found):
                break  # "Sozial- und Wohlfahrtsverbände": a compound of the group's words
            after = _past_name(sentence, at + end, names)
            if after is None:
                break
            at = after
            continue
        part = _TO_COMMA.match(sentence, at)
        if part is None or not _described(part.group()[:-1]):
            break
        at = part.end()
    return names


#: One word in lower case after a phrase, before an article and a name ("are the X").
_VERB = re.compile(r"[^\W\d_]+\s+")


def _past_verb(sentence: str, at: int) -> int:
    """Past a word in lower case at ``at`` right after the phrase, when an article and a
    capitalised name follow it: the verb that says who is among them ("among them are the X",
    "darunter sind der X", "entre ellas están la X"); ``at`` when none is there."""
    verb = _VERB.match(sentence, at)
    if verb is None or not verb.group()[:1].islower() or speaks(verb.group().strip()):
        return at
    if fold(verb.group().strip()) in folded_words("and_words"):
        return at
    return verb.end() if ARTICLE.match(sentence[verb.end() : verb.end() + 8]) else at


def _past_name(sentence: str, at: int, names: list[tuple[int, str]]) -> int | None:
    """Where the next part opens after the name that ends at ``at``: past the comma after it,
    or past a stretch in lower case before that comma that goes on with the name when a name
    follows the comma (the stretch is then added to the last of ``names``); ``None`` when
    neither follows."""
    rest = _TO_COMMA.match(sentence, at)
    if rest is not None and _lower(rest.group()[:-1]) and name_run(sentence[rest.end() :], 0)[0]:
        first, name = names[-1]
        names[-1] = (first, name + rest.group()[:-1].rstrip())  # "X-Organitzacions per a la ..."
        return rest.end()
    comma = _COMMA.match(sentence, at)
    return comma.end() if comma else None


def _and_parted(sentence: str, offset: int, name: tuple[int, str]) -> list[tuple[int, str]]:
    """``name`` (at document ``offset`` plus its place in ``sentence``) as the two names a word
    for "and" of the text's language alone joins in it (:func:`.names.and_of_the_language`:
    Hausa "da", Swahili "na", after the commas of the enumeration), when both read as names;
    ``[name]`` when none does."""
    at, text = name
    base = at - offset
    for word in re.finditer(r"\S+", text):
        start, end = base + word.start(), base + word.end()
        if not and_of_the_language(word.group(), sentence[:start], sentence[end:]):
            continue
        left, right = text[: word.start()].rstrip(), text[word.end() :].lstrip()
        if left and right and reads_as_name(left) and reads_as_name(right):
            return [(at, left), (at + len(text) - len(right), right)]
    return [name]


def _unglued(name: tuple[int, str]) -> tuple[int, str]:
    """``name`` without the first word of the next sentence that a page glued to its end
    (:func:`.text.glued_stop`)."""
    at, text = name
    glued = glued_stop(text)
    return (at, text[:glued]) if glued is not None else name


def _owned(name: tuple[int, str]) -> list[tuple[int, str]]:
    """The organisations in ``name`` that a person leads, named after a genitive postposition
    ("अ ब की X पार्टी और स द की": A B's X Party and C D's, ``genitive_particles``): each stretch
    after one up to a word for "and", that reads as a name; ``[name]`` when none is in it or a
    place or a name stands before the first ("भारत की ... पार्टी" is one name)."""
    at, text = name
    tokens = list(re.finditer(r"\S+", text))
    particles = folded_words("genitive_particles")
    marks = [k for k, t in enumerate(tokens) if fold(t.group()) in particles]
    if not marks or marks[0] == 0:
        return [name]
    before = text[: tokens[marks[0] - 1].end()]
    if country_code(before) or reads_as_name(before):
        return [name]
    owned = []
    ands = folded_words("and_words")
    for k in marks:
        end = next((j for j in range(k + 1, len(tokens)) if fold(tokens[j].group()) in ands), None)
        stretch = tokens[k + 1 : end if end is not None else len(tokens)]
        if stretch and not any(fold(t.group()) in particles for t in stretch):
            piece = text[stretch[0].start() : stretch[-1].end()]
            owned += [(at + stretch[0].start(), piece)] if reads_as_name(piece) else []
    return owned


def _lower(stretch: str) -> bool:
    """True when ``stretch`` is a few words in lower case, none of speaking or signing."""
    found = stretch.split()
    return 0 < len(found) <= _LOWER_WORDS and all(
        w[:1].islower() and not speaks(w) and fold(w) not in folded_words("and_words")
        for w in found
    )


def _described(part: str) -> bool:
    """True when ``part`` opens in lower case, is a few words and reads no name at its start:
    a description of some of the group ("die beiden großen Kirchen")."""
    found = part.split()
    if not found or not found[0][:1].islower() or len(found) > _LOWER_WORDS:
        return False
    return not name_run(part, 0)[0] and not any(speaks(w) for w in found)
