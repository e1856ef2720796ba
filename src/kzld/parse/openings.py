"""Signers named as the subject of a statement's opening sentence or headline: "El Partido X y el
Partido Y llaman ...", "The X Party of Britain condemns ...", "A, B y C firman la declaración",
"PS, Spolu a KDH garantujú ..."; the names in apposition to a "we" (:func:`we_opening`) after a
dateline (:func:`dateline_end`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..model.acronyms import spells_initials
from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words
from .names import (
    evidence,
    is_abbreviation,
    is_name_join,
)
from .outside import signers_section
from .provenance import reads
from .running import plausible, prose_words, reads_as_name, uncased
from .runs import name_run, sentence_cased
from .spans import (
    NAMED,
    name_evidence,
    signing_words,
    speaks,
    statement_word,
    strength,
    tells_of_a_statement,
)
from .text import Line, words

__all__ = [
    "confirmed",
    "dateline_end",
    "headline_speaker",
    "led_speaker_signers",
    "news_dateline_end",
    "opening_signers",
    "speaker_signers",
    "subject",
    "subject_signers",
    "we_opening",
    "with_its_own",
]


@reads
def subject_signers(line: Line) -> Section | None:
    """The signers named before a verb of signing ("A, B y C firman la declaración"), or as the
    subject of a headline ("PS, Spolu, KDH a Za ľudí garantujú ...", "X Party and Y Union call
    for ..."): two names or more, most of them reading as names by their words, then a word in
    lower case."""
    at = _article_end(line.content)  # "La X i la Y signem ...": "La" is no name's word
    names, end = name_run(line.content[at:], line.start + at, relaxed=True)
    end += at
    after = line.content[end:].split()[:3]
    if len(names) >= 2 and any(signing_words().matches(fold(w.strip(",.:"))) for w in after):
        return signers_section(line, names, "title")
    headline = len(line.content) <= 200 and not line.content.rstrip().endswith((".", "!", "?"))
    # a short capitalised word that does not read as a name is a preposition opening one ("Za");
    # an article alone ("The", "La") opens the headline's next words, no name
    names = [
        (at, name)
        for at, name in names
        if (len(name) >= 3 or reads_as_name(name)) and not is_name_join(name)
    ]
    strong = sum(reads_as_name(name) for _, name in names)
    typed = any(name_evidence(name).types for _, name in names)
    if not headline or not (typed or len(names) >= 3):
        return None  # "NATO and EU condemn ...": two abbreviations alone may be the argument's
    verb = bool(after) and after[0][:1].islower() and not is_name_join(after[0])
    if verb and len(names) >= 2 and strong * 2 >= len(names) and plausible(names, False):
        return signers_section(line, names, "title")
    return None


#: A number or bullet opening a paragraph ("1. The ...", "- ").
_OPENER = re.compile(r"^(?:\d{1,2}[.)]\s+|[-–•]\s+)?")


#: A dateline before a lead's first sentence, up to its dash ("Xandiaville, 20 March (XNA) - "),
#: which may be written onto the date's last number ("7 August 2012- ").
_DATELINE = re.compile(r"^[^!?]{0,60}?(?:\s|(?<=\d))[–—-]\s+(?=\S)")
#: How far into a sentence :data:`_DATELINE`'s dash may stand: after its sixty characters and
#: a space.
_DASH_WITHIN = 62
#: What marks a news agency's or outlet's dateline: a number past its first word (a date: "Roma,
#: 20 mar. (XNA)", "Zedtown 16. augusta"), a date alone ("7 August 2012"), or an outlet's domain
#: ("Zedpost.zt", "ZEDNEWS.com").
_NEWS_MARK = re.compile(r"^\D+\d|^\d{1,4}\D+\d|\w\.[^\W\d_]{2,}\b")


#: An article before a name in quotation marks ("the «X Initiative»", "η «Πρωτοβουλία X»").
_ARTICLE_QUOTE = re.compile(r"^([^\W\d_]{1,3})\s+(?=[«“„\"])")


#: A word and a comma opening a sentence.
_WORD_AND_COMMA = re.compile(r"\s*([^\W\d_]+)\s*,\s*")


def dateline_end(sentence: str) -> int:
    """Where ``sentence`` starts after a dateline that opens it, up to its dash ("XANDIASTADT -
    ", "Xandiaville, 20 March (XNA) - "); 0 when there is none."""
    head = sentence[:_DASH_WITHIN]
    if "-" not in head and "–" not in head and "—" not in head:
        return 0  # most sentences: no dash where a dateline's could stand, no scan of its start
    dateline = _DATELINE.match(sentence)
    return dateline.end() if dateline else 0


def news_dateline_end(sentence: str) -> int:
    """Where ``sentence`` starts after a news dateline that opens it (:func:`dateline_end`) that
    holds a date or an outlet's domain ("Zedtown, 3 March (XNA) – ", "Zedpost.zt, Zedtown – "),
    no colon, and no word in lower case before its date ("le 3 mars", "3 de marzo" are the
    date's words); 0 when there is none. Its words name the place and the outlet, never a
    signer: "The agreement was signed in Zedtown by Ana Zet – " is the sentence's own."""
    end = dateline_end(sentence)
    head = sentence[:end].rstrip(" –—-")
    if not end or ":" in head or not (_NEWS_MARK.search(head) or _placed(head)):
        return 0
    found = head.split()
    for k, word in enumerate(found):
        dated = any(w[:1].isdigit() for w in found[: k + 2])  # "le 3 mars", "3 de marzo"
        if word.lstrip("(«“\"'")[:1].islower() and not dated:
            return 0
    return end


#: A dateline of two words and a comma: a place and its country, or an outlet and its place
#: ("Zedtown, Xandia", "ZEDTOWN, Xandia", "Zedpost, Zedtown").
_PLACE_PAIR = re.compile(r"^([^\W\d_]+)\s*,\s*([^\W\d_]+)$")


def _placed(head: str) -> bool:
    """True when the dateline ``head`` is two words and a comma, neither the word of a kind of
    organisation, the second cased as a place's name is (no abbreviation): "Zedtown, Xandia", not
    a person's line ("Jane Roe, Xandia Party – ", "Ana Zet, XKP – ") or two names ("XKP, PTU")."""
    pair = _PLACE_PAIR.match(head)
    if pair is None:
        return False
    place = pair.group(2)
    cased = place[:1].isupper() and place[1:].islower() and not is_abbreviation(place)
    return cased and not any(evidence(word).types for word in pair.groups())


def we_opening(sentence: str) -> int | None:
    """Where the names in apposition to a word for "we" start when ``sentence`` (after a
    dateline) opens with one and a comma ("XANDIASTADT - Wir, die X, ..."); else ``None``."""
    for at in (0, dateline_end(sentence)):  # "We, the X - a party of ... - and": no dateline
        word = _WORD_AND_COMMA.match(sentence, at)
        if word is not None and fold(word.group(1)) in folded_words("we_words"):
            return word.end()
    return None


def subject(
    content: str, offset: int, relaxed: bool, cased: bool = False
) -> tuple[list[tuple[int, str]], str]:
    """The names a sentence opens with (after a number and an article), and the text after them;
    with ``cased``, where no run of names opens it, the one name in sentence case that does
    (:func:`.runs.sentence_cased`: "Xandijos profesinė sąjunga „Vienybė“ palaiko ...")."""
    start = _OPENER.match(content)
    at = start.end() if start else 0
    at += news_dateline_end(content[at:])  # "Zedpost.zt, Zedtown – ": the names after the dash
    we = we_opening(content[at:])
    if we is not None:
        at += we  # "(XANDIASTADT - )We, the X Party and ...": the names after "we"
    at += _article_end(content[at:])  # "El Partido Comunista ...", "The Xandia Chamber ..."
    quoted = _ARTICLE_QUOTE.match(content[at:])
    if quoted and fold(quoted.group(1)) in folded_words("articles"):
        at += quoted.end()  # "η «Πρωτοβουλία X» καλεί ...": the name in quotation marks
    verb = re.match(r"^([^\W\d_]+)\s+(?=[^\W\d_])", content[at:])
    if verb and fold(verb.group(1)) in prose_words() and content[at + verb.end()].isupper():
        at += verb.end()  # "Mae Undeb X a Phlaid Y ...": a verb that opens the sentence
    names, end = name_run(content[at:], offset + at, relaxed=relaxed, then_relaxed=True)
    if names and _cut_at_and(content[at + end :]) and not reads_as_name(names[-1][1]):
        names = names[:-1]  # "X, Y, Narod i pravda i Z": the last name goes on past "and"
    whole = sentence_cased(content[at:], offset + at) if cased and len(names) <= 1 else None
    if whole is not None and end < whole[1]:
        return [whole[0]], content[at + whole[1] :]  # not its words up to its kind alone
    return names, content[at + end :]


#: A short word opening a sentence before another word (an article perhaps).
_FIRST_SHORT = re.compile(r"^([^\W\d_]{1,3})\s+(?=[^\W\d_])")


def _article_end(content: str) -> int:
    """Where ``content`` goes on after an article that opens it ("El Partido ...", "La X i la Y
    ..."): the article is no word of the name after it; 0 when no article opens it."""
    article = _FIRST_SHORT.match(content)
    if article and fold(article.group(1)) in folded_words("statement_joins"):
        return article.end()
    return 0


#: A word for "and" and a word in lower case after a run of names.
_AND_LOWER = re.compile(r"\s+(\S+)\s+[^\W\d_]")


def _cut_at_and(rest: str) -> bool:
    """True when the ``rest`` of a sentence after a run of names opens with a word for "and"
    and a word in lower case: the run may have stopped inside its last name, whose words go on
    in lower case ("Narod i pravda"), so that name is not read unless it reads as a name by its
    own evidence (a type word, an abbreviation, a known name: "X, Zetland Union and others")."""
    found = _AND_LOWER.match(rest)
    if found is None or fold(found.group(1)) not in folded_words("and_words"):
        return False
    return rest[found.end() - 1].islower()


@reads
def opening_signers(line: Line, relaxed: bool, told: bool = False) -> Section | None:
    """The signers the opening sentence of a statement names as its subject ("El Partido
    Comunista de Xandia (XKK) y el Partido Comunista de Zetlandia (ZKP) llaman ...", "1. The Xandia
    Chamber of Commerce (XCC), the Zetland Chamber of Commerce (ZTO) ... met today"):
    two names or more, then the sentence goes on in lower case, or after a word of speaking that
    opens the sentence ("يدعو الحزب ... وحزب ..."). Each name must read as an organisation's (a
    type word, an abbreviation, a name the authority knows) unless ``relaxed`` (the heading above
    calls the statement joint): then capitals are enough. Either way the sentence must tell of a
    statement (a word of speaking counts), or the heading right above name the statement and
    each name read as an organisation's by its words (``told``: "Declaración aprobada:" above
    "La X, el Y y la Z, hemos mantenido ..."): the paragraph is the statement's own, and its
    subject who writes it. Elsewhere a subject that strikes or meets signs nothing."""
    names, rest, verb_first = _opening(line, relaxed)
    if len(names) < 2 or not plausible(names, relaxed):
        return None
    worded = told and all(reads_as_name(name) for _, name in names)
    if not worded and not tells_of_a_statement(line.content):
        # "X, Y and Z attended the meeting": names that do something else; and under a joint
        # heading too, where capitals alone are read ("Die Arbeiter der Region streiken ...")
        return None
    if verb_first or rest[:1].islower():
        return signers_section(line, names, "title")
    if uncased(rest[:1]) and all(reads_as_name(name) for _, name in names):
        return signers_section(line, names, "title")  # no capitals: each name read by its words
    return None


@reads
def speaker_signers(line: Line, led: bool = False) -> Section | None:
    """The signers the opening sentence names as the subject of a word of speaking ("The X
    Party of Britain condemns ...", "The X Party and the Y Union call ...", "Ksanya Komünist
    Partisi ... kınıyor.", "يدين الحزب ..."): one name or several joined, each reading as an
    organisation's by its words, no country, person or event; or one name in sentence case
    (:func:`subject`), unless words ``led`` up to the sentence's rest (a name after them may
    stand in another case: "In the appeal of the Xandian union «Y» ...", whose name is Y's)."""
    names, rest, verb_first = _opening(line, False, cased=not led)
    if not names or not plausible(names, False):
        return None
    if any(strength(name) < NAMED for _, name in names) or is_name_join(names[0][1].split()[0]):
        return None  # "V Zvezi X ...": a preposition opens it (led_speaker_signers reads past)
    if verb_first or _spoken(rest):
        return signers_section(line, names, "title")
    at, last = names[-1]
    apposed = _past_apposition(line.content[at - line.start + len(last) :])
    if apposed is not None and _spoken(apposed):
        return signers_section(line, names, "title")  # "The X Union, which ..., condemns ..."
    return None


#: An apposition or a clause between commas or dashes right after a subject ("The X Union, the
#: country's largest, condemns ...", "Die X – sie vertritt 40.000 Lehrer – fordert ..."): no
#: comma (but one inside a number: "40,000"), dash or sentence's end inside it.
_APPOSITION = re.compile(
    r"^\s*(?:,|\s[–—-])\s+(?P<inner>(?:[^,;:.!?–—]|(?<=\d)[,.](?=\d)){3,120}?)(?:,|\s[–—-])\s+"
)


def _past_apposition(rest: str) -> str | None:
    """The ``rest`` of a sentence after its subject past an apposition or a clause between two
    commas or dashes that describes the subject ("which represents 40,000 teachers", "die
    größte Gewerkschaft des Landes"), with no word of speaking in it (the verb said inside it
    is the clause's) and no other organisation named in it ("together with the Y Union", "mit
    der IG Y": the names that speak beside it): where the subject's verb stands; ``None`` when
    no such apposition follows."""
    found = _APPOSITION.match(rest)
    if found is None:
        return None
    inner = found.group("inner")
    if any(speaks(word) for word in inner.split()):
        return None
    if any(_names_one(run) for run in _capital_runs(inner)):
        return None
    return rest[found.end() :]


def _capital_runs(text: str) -> list[str]:
    """The runs of capitalised words of ``text`` (one word, or several one after another)."""
    runs: list[str] = []
    current: list[str] = []
    for word in [*text.split(), ""]:
        if word[:1].isupper():
            current.append(word)
        elif current:
            runs.append(" ".join(current))
            current = []
    return runs


def _names_one(run: str) -> bool:
    """True when the capitalised words ``run`` name an organisation: an abbreviation, or two
    words or more reading as a name by their words (one capitalised word is a noun in German)."""
    if is_abbreviation(run.split()[0]):
        return True
    return len(run.split()) >= 2 and reads_as_name(run)


#: The most words in lower case (after the sentence's first) before the subject of a word of
#: speaking that :func:`led_speaker_signers` reads past.
_LEAD_IN = 4


def led_speaker_signers(line: Line) -> Section | None:
    """The signers the opening sentence names, as :func:`speaker_signers` reads them, after a
    few words that open it and name no one: its first word and up to three more in lower case,
    the last perhaps with a comma ("In its statement, the X Party calls ...", "Σε σχετική της
    ανακοίνωση η «Πρωτοβουλία X» καλεί ...", "Desde a X (XCT) mandamos ..."). A word of
    speaking among them makes the names after it whom it speaks to or of, and a joining word
    right before them (an article perhaps between) makes them another word's ("Dear comrades of
    the X Party, we send ..."), and a word for "that" among them makes them the subject of a
    clause the sentence reports or judges ("We regret that the X Party ..."): nothing is read."""
    found = line.content.split(" ", _LEAD_IN + 1)
    at = 0
    last = 0  # the last word that is no article: the sentence's first, or no joining word
    for k, word in enumerate(found[:_LEAD_IN]):
        bare = word.rstrip(",")
        if not bare.isalpha() or speaks(bare) or (k and not bare.islower()):
            return None
        if fold(bare) in folded_words("that_words"):
            return None  # "We regret that the X Party ...": whom the sentence speaks of
        at += len(word) + 1
        last = last if fold(bare) in folded_words("articles") else k
        rest = line.content[at:]
        if not _opens_subject(rest):
            if word.endswith(","):
                return None
            continue
        if last and is_name_join(found[last]):
            return None
        if speaks(rest.split(" ", 1)[0]):
            return None  # "Today calls the X ...": a verb first, read by speaker_signers
        speaker = speaker_signers(Line(line.number, line.start + at, line.end, rest), led=True)
        if speaker is not None and not word.endswith(","):
            speaker = _past_a_comma(line, speaker)
        if speaker is not None or word.endswith(","):
            return speaker
    return None


def _past_a_comma(line: Line, speaker: Section) -> Section | None:
    """The signers of ``speaker`` (read after words that open ``line`` with no comma) when its
    names are not parted by a comma alone, no word for "and" joining any of them; else the
    subject after that comma, the first name closing the words that open the sentence ("In a
    letter to the X Party, the Y Union condemns ...": whom the letter goes to)."""
    entries = speaker.entries
    joins = [
        line.content[a.span.end - line.start : b.span.start - line.start]
        for a, b in pairwise(entries)
    ]
    ands = folded_words("and_words")
    if (
        not joins
        or joins[0].strip()[:1] != ","
        or any(fold(w) in ands for join in joins for w in words(join))
    ):
        return speaker
    after = entries[0].span.end + joins[0].index(",") + 1
    tail = line.content[after - line.start :]
    rest = tail.lstrip()
    return speaker_signers(Line(line.number, after + len(tail) - len(rest), line.end, rest), True)


def _opens_subject(rest: str) -> bool:
    """True when ``rest`` may open a sentence's subject: a capital, a quotation mark, or an
    article before one ("the X Party", "η «X»")."""
    if rest[:1].isupper() or rest.startswith(("«", "“", "„", '"')):
        return True
    first, _, after = rest.partition(" ")
    return fold(first) in folded_words("articles") and _opens_subject(after) and after[:1] != " "


@reads
def headline_speaker(headline: Line, below: list[Line]) -> Section | None:
    """The one signer a headline names as the subject of a word of speaking right after it
    ("XKP condemns ...", "XKP apoia ...", "ПТУ поддерживает ..."): a name that reads as an
    organisation's by its words, or an abbreviation that the paragraphs ``below`` write again
    or write out ("XKP" and "O Xandia Kommunistiko Partido"); whom it speaks to or of follows
    the verb and signs nothing."""
    names, _, verb_first = _opening(headline, False)
    if verb_first or len(names) != 1 or not plausible(names, False):
        return None
    at, name = names[0]
    following = headline.content[at - headline.start + len(name) :].split()[:1]
    # (a comma, or a word for a statement, makes the name the statement's label: "X Party,
    # joint declaration on ...", "X's declaration on ...")
    if not following or not speaks(following[0]) or statement_word(fold(following[0])):
        return None
    if strength(name) >= NAMED or (is_abbreviation(name) and confirmed(name, below)):
        return signers_section(headline, names, "title")
    return None


def confirmed(abbreviation: str, below: list[Line]) -> bool:
    """True when a paragraph of ``below`` writes ``abbreviation`` again, or the first paragraph
    opens with a name whose initials it spells."""
    again = re.compile(rf"(?<!\w){re.escape(abbreviation)}(?!\w)")
    if any(again.search(line.content) for line in below):
        return True
    opened = subject(below[0].content, below[0].start, False)[0] if below else []
    # the name perhaps after an article the run kept ("O Partido ...")
    written = [words(name)[k:] for _, name in opened[:1] for k in (0, 1)]
    return any(spells_initials(abbreviation, found) for found in written)


def _opening(
    line: Line, relaxed: bool, cased: bool = False
) -> tuple[list[tuple[int, str]], str, bool]:
    """The names an opening sentence opens with, or names right after a word of speaking that
    opens it; the rest of the sentence after them; whether the verb came first."""
    content = line.content
    verb = re.match(r"^(\S+)\s+", content)
    at = verb.end() if verb and speaks(verb.group(1)) else 0
    names, after = subject(content[at:], line.start + at, relaxed, cased)
    return names, after.lstrip(" ,–—-"), bool(at)


def _spoken(rest: str) -> bool:
    """True when the rest of a sentence after its subject says that the subject speaks: a word of
    speaking among its first three words in lower case ("strongly condemns") with no article
    before it (", the government calls ...": the names were another subject's words), or as its
    last word (a language that puts the verb last: "... mücadeleye çağırıyor.")."""
    sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    found = sentence.split()
    if with_its_own(found, speaks):
        return True
    for word in (w for w in found[:3] if w[:1].islower() or uncased(w)):
        if speaks(word):
            return True
        if fold(word) in folded_words("articles"):
            return False  # "..., the government calls": another subject speaks
    return len(found) > 3 and speaks(found[-1])


#: The most words after a word for "and" that say who acts beside a subject without naming them
#: ("and its affiliates", "et ses syndicats", "and its member unions").
_OTHERS = 3


def with_its_own(found: list[str], acts: Callable[[str], bool]) -> bool:
    """True when the words ``found`` after a sentence's or clause's subject open with a word for
    "and", a word in lower case that names no one (:func:`_unnamed`: a possessive, "other", or
    the others' word itself), at most two more words that name no one either (German nouns
    keep their capitals: "und seine Mitgliedsgewerkschaften"), and then a word that ``acts``
    takes for the subject's verb ("The X Union and its affiliates express ...", "La X et ses
    syndicats condamnent ..."): the subject acts, with its own, whom it does not name."""
    if len(found) < 3 or fold(found[0]) not in folded_words("and_words"):
        return False
    if not _unnamed(found[1]):
        return False
    for n in range(1, min(_OTHERS, len(found) - 2) + 1):
        if n > 1 and not _unnamed(found[n], cased=True):
            return False
        if acts(found[1 + n]):
            return True
    return False


def _unnamed(word: str, cased: bool = False) -> bool:
    """True when ``word`` is a word in lower case (or, ``cased``, in any case) of those that may
    say, after "and", who else speaks without naming them: no article, no joining word ("the",
    "of": a name follows) and no word of speaking."""
    folded = fold(word)
    if not word.isalpha() or not (cased or word.islower()) or is_name_join(word):
        return False
    return folded not in folded_words("articles") and not speaks(word)
