"""Signers named in a title or in the head of a text: after a statement word ("Joint statement of
the ABC, the DEF and the GHI", "Joint statement: A, B and C"), before it ("X Party and Y Party:
joint statement on ..."), as abbreviations joined by dashes ("XİS-YKS-ZMO-WTB: Ortak Açıklama"),
or in a press release's sender field ("From: X Union"); the one name a headline parts from its
slogan or label by a colon or a dash (:func:`labelled_signer`: "Xandian Union Federation: STOP
THE EVICTIONS!", "Stop the evictions: XTU message on May Day"); and whether a heading calls the
statement joint (:func:`joint`).
"""

from __future__ import annotations

import re
from functools import cache

from ..model.addresses import holds_address
from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .cues import folded_words, statement_words_end, vocabulary
from .names import (
    is_abbreviation,
    is_person,
    person_shaped,
)
from .openings import confirmed
from .outside import signers_section
from .provenance import reads
from .running import kind_words, opens_name, plausible, reads_as_name
from .runs import kind_quoted_runs, name_run
from .spans import (
    NAMED,
    is_event,
    joined_before_statement,
    names_a_meeting,
    statement_compound,
    strength,
)
from .text import Line, WordSet, words

__all__ = [
    "head_signers",
    "is_sender_label",
    "issuer",
    "joint",
    "labelled_signer",
    "sender_name",
    "sender_signers",
    "title_signers",
]


@reads
def title_signers(line: Line) -> Section | None:
    """The signers a title names after a statement word ("Joint statement of A and B")."""
    for match in re.finditer(r"[^\W\d_]+", line.content):
        if not statement_compound(fold(match.group())):
            continue
        # in a title in capitals, capitals say nothing: every name must read as one by its words
        cased = sum(c.isupper() for c in line.content) * 2 < sum(c.isalpha() for c in line.content)
        rest = line.content[match.end() :]
        issued = issuer(rest, line.start + match.end())
        if issued:
            return signers_section(line, issued, "title")
        at = match.end() + _past_between(rest)
        lead = [fold(w) for w in line.content[at:].split()[:3]]
        between = any(w in folded_words("between_words") for w in lead)  # "... between A and B"
        names, _ = name_run(line.content[at:], line.start + at, relaxed=between, then_relaxed=cased)
        if any(names_a_meeting(name) for _, name in names):
            return None  # "Declaration of the Xandian Trade Union Summit": a meeting issued it
        if names:
            return signers_section(line, names, "title")
        colon = re.match(r"^(?:\s*[^\W\d_]+){0,2}?\s*:\s*", rest)
        if colon:  # "Joint statement: A, B and C", "بيان مشترك: ...", "Press release: X Party"
            at = match.end() + colon.end()
            names, end = name_run(line.content[at:], line.start + at, relaxed=True)
            # a clause closed by "!" after the colon is a headline's cry, as one closed by "?"
            # is its question ("Joint statement: Zetland law unjust!"), no sender's name
            whole = not line.content[at + end :].strip(" .")
            if len(names) >= 2 and whole and any(reads_as_name(name) for _, name in names):
                return signers_section(line, names, "title")
            if len(names) == 1 and whole and reads_as_name(names[0][1]) and plausible(names, False):
                return signers_section(line, names, "title")  # "Persbericht: Partij van de Arbeid"
        quoted = [run for run in kind_quoted_runs(rest, line.start + match.end()) if len(run) > 1]
        if quoted:  # "Statement of the local branches of ПП „X“, ПП „Y“ and ПП „Z“"
            return signers_section(line, quoted[0], "title")
    return _title_head(line)


#: The most words of a statement's topic between its word for a statement and "between".
_TOPIC = 4


def _past_between(rest: str) -> int:
    """Where the names start in the ``rest`` of a title after its word for a statement when a
    word for "between" follows a few words of what the statement is on ("Agreement on shared
    candidates between A and B", "اتفاق المرشحين المشتركين بين A و B"): right after that word,
    for the words before it are the statement's topic, no name's (a script without capitals
    would read them into the first name); 0 otherwise."""
    tokens = list(re.finditer(r"\S+", rest))[: _TOPIC + 1]
    for token in tokens[1:]:
        if fold(token.group()) in folded_words("between_words"):
            return token.end()
    return 0


#: A participle of issuing and its word for "by" after a statement word ("issued by", "صادر
#: عن"), then perhaps an article and up to three words in lower case saying the issuer's kind.
_ISSUED = re.compile(r"^\s*([^\W\d_]+)\s+([^\W\d_]+)\s+")


def issuer(rest: str, offset: int) -> list[tuple[int, str]]:
    """The issuer that the ``rest`` of a heading or a sentence names after its word for a
    statement, a participle and a word for "by" (``issued_joins``: "Statement issued by the XKP",
    "Comunicato diffuso da X", "بيان صادر عن X"): its names, each reading as an organisation's
    by its own words, or one name read by its capitals after words in lower case that say its
    kind ("issued by the trade union Zetsol"); none when the rest is not so formed or names no
    organisation ("issued by communist parties from ...", a meeting, a person) (``offset``:
    where ``rest`` starts in the document)."""
    found = _ISSUED.match(rest)
    if found is None or fold(found.group(2)) not in folded_words("issued_joins"):
        return []
    if found.group(1)[:1].isupper() and found.group(1) != found.group(1).capitalize():
        return []  # "Statement XKP by ...": no participle
    at = found.end()
    tokens = list(re.finditer(r"\S+", rest[at:]))
    found_words = [token.group() for token in tokens]
    article = 1 if found_words and fold(found_words[0]) in folded_words("articles") else 0
    kind = kind_words(found_words[article:])
    if kind and len(tokens) > article + kind:
        at += tokens[article + kind].start()  # "the trade union Zetsol": its kind, then its name
    names, _ = name_run(rest[at:], offset + at, relaxed=bool(kind))
    if kind:
        names = names[:1]
    elif not all(reads_as_name(name) for _, name in names):
        return []
    if not plausible(names, bool(kind)) or any(is_event(name) for _, name in names):
        return []
    return names


def _title_head(line: Line) -> Section | None:
    """The signers a title names before its statement word ("X Party and Y Party: joint
    statement on ...", "KKP, ZİP ve PGB'den ortak açıklama"): two or more, for one name there
    ("XKI resolution: ...") is often the body whose members sign in the list below."""
    names, end = name_run(line.content, line.start)
    if len(names) < 2 or not plausible(names, False):
        return None
    after = line.content[end:]
    gap = re.match(r"^(?:['’][^\W\d_]+)?\s*[:–—-]?\s*", after)
    following = words(after[gap.end() if gap else 0 :])[:3]
    if any(statement_compound(fold(w)) for w in following):
        return signers_section(line, names, "title")
    return None


#: Where a headline parts its slogan or label from a name: a colon, or a dash with spaces.
_LABEL_MARK = re.compile(r"\s*:\s+|\s+:\s*|\s+[–—-]\s+")
#: A bracketed short form closing a name ("Zetland Radio Federation (ZRF)").
_SHORT_FORM = re.compile(r"\s*\([^()]{2,40}\)$")
#: The marks that open a quotation.
_QUOTATION = ("«", "“", "„", '"', "‘", "'")


@reads
def labelled_signer(headline: Line, below: list[Line]) -> Section | None:
    """The one signer a headline names in one of its two parts, parted by a colon or a dash with
    spaces, the other its slogan or label: the name alone ("Xandian Union Federation: STOP THE
    EVICTIONS!", "Declaration on community radio: Zetland Radio Federation (ZRF)") or before its
    word for the statement ("Stop the evictions now: XTU message on May Day").

    The name reads as an organisation's by its own words (a type word, a known name), or is an
    abbreviation the paragraphs ``below`` write again (one they do not is what the headline is
    about: "XU-ZU: a trade war"); a bracketed short form after it is no part of it. It is no
    person, country, event or meeting and no leaders' plural ("Coalition heads: ..."). The other
    part names no one by its words, and opens no quotation, which makes the name whom a report
    quotes ("X: «...»"); the name's part closes with no "!" or "?", which makes it a cry."""
    content = headline.content.rstrip(" .")
    marks = list(_LABEL_MARK.finditer(content))
    if len(marks) != 1:
        return None  # "A – B – C": a run of names, the head readers'
    mark = marks[0]
    parts = [(0, content[: mark.start()]), (mark.end(), content[mark.end() :])]
    for k, (at, part) in enumerate(parts):
        if part.rstrip().endswith(("!", "?")):
            continue  # a cry or a question ("...: the X Law is undemocratic!"), no name
        other = parts[1 - k][1].strip()
        if not other or other.startswith(_QUOTATION) or reads_as_name(other):
            continue
        name = _author_part(part, headline.start + at, below)
        if name is not None:
            return signers_section(headline, [name], "title")
    return None


def _author_part(part: str, offset: int, below: list[Line]) -> tuple[int, str] | None:
    """The one organisation's name ``part`` of a headline is, past an article, whole but for a
    bracketed short form after it, or followed by its word for the statement (``offset``: where
    ``part`` starts in the document); ``None`` when it is no such part."""
    core = _SHORT_FORM.sub("", part.rstrip())
    start = len(core) - len(core.lstrip())
    first = core[start:].split(" ", 1)
    if len(first) == 2 and fold(first[0]) in folded_words("articles"):
        start += len(first[0]) + 1  # "a X nyilatkozata", "the X statement"
    names, end = name_run(core[start:], offset + start)
    rest = words(core[start + end :])
    if len(names) != 1 or (rest and not statement_compound(fold(rest[0]))):
        return None
    name = names[0][1]
    leaders = folded_words("leader_words")
    if any(fold(word) in leaders for word in words(name)):
        return None
    if names_a_meeting(name) or not plausible(names, False):
        return None
    if is_abbreviation(name):  # ("EU-US: a trade war": whom the headline is about)
        return names[0] if confirmed(name, below) else None
    return names[0] if strength(name) >= NAMED else None


@cache
def _joint() -> WordSet:
    return WordSet(vocabulary()["joint_words"])


def joint(content: str) -> bool:
    """True when ``content`` calls a statement joint ("Comunicato stampa congiunto", "Ortak
    Deklerasyonu", "Joint statement")."""
    return _joint().count(content) > 0


@cache
def _senders() -> frozenset[str]:
    return frozenset(fold(w).replace(" ", "") for w in vocabulary()["sender_labels"])


#: A field of a press release's head: a label, a colon, its value ("From: X Union", "발 신 : X").
_FIELD = re.compile(r"^\s*([^\W\d_][^:：]{0,14}?)\s*[:：]\s*(\S.{0,119})$")


@reads
def sender_signers(line: Line) -> Section | None:
    """The signer a press release's head names in its sender field ("From: X Union", "Von:
    ...", "발 신 : ..."): one name, no person's, no address."""
    field = _FIELD.match(line.content)
    if not field or not is_sender_label(field.group(1)):
        return None
    value = field.group(2).strip().rstrip(".;,")
    if not sender_name(value):
        return None
    return signers_section(line, [(line.start + field.start(2), value)], "header")


def is_sender_label(text: str) -> bool:
    """True when ``text`` is the label of a sender field ("From", "Issued by": ``sender_labels``
    of ``cues.yaml``), however spaced ("발 신")."""
    return fold(text).replace(" ", "") in _senders()


#: A telephone number: two runs of three digits or more.
_TELEPHONE = re.compile(r"\d{3,}[\s-]?\d{3,}")


def sender_name(value: str) -> bool:
    """True when the value of a sender field is one organisation's name: no person's, no
    country's, no address, at most eight words."""
    if holds_address(value) or _TELEPHONE.search(value) or len(value.split()) > 8:
        return False
    if person_shaped(value) or is_person(value) or country_code(value):
        return False
    return reads_as_name(value, relaxed=True) or reads_as_name(value)


@reads
def head_signers(line: Line) -> Section | None:
    """The signers a title names as abbreviations before a colon, joined by dashes, slashes,
    commas or "and" ("XİS-YKS-ZMO-WTB: Ortak Açıklama", "XKP – YKP: Joint statement"), or after
    the words that name the statement ("Declaración conjunta XGT – YGT – ZFO"), or a line of the
    head that is nothing but such names ("XFDT - YFE-CGC - Solidaires - WNSA"; not a menu of
    languages, "EN – FR – DE"). Where a dash with spaces parts them, a hyphen without spaces is
    inside one name ("YFE-CGC")."""
    head, colon, _ = line.content.partition(":")
    at = statement_words_end(head)
    joined = None if colon else joined_before_statement(line.content)
    if joined is not None:  # "XKP-ZWU bilateral joint statement": as if a colon followed
        at, head, colon = joined[0], line.content[: joined[1]], ":"
    if len(head) - at > 80:
        return None
    names = _head_parts(head, at)
    if len(names) < 2 or not all(opens_name(p) and " " not in p for _, p in names):
        return None
    if sum(is_abbreviation(p) and p.upper() == p for _, p in names) * 2 <= len(names):
        return None  # "YGT – SOLIDAIRES – WNSA": most of them abbreviations
    if not colon and all(len(p) == 2 for _, p in names):
        return None
    if not plausible(names, False):
        return None
    return signers_section(line, [(line.start + at, part) for at, part in names], "title")


def _head_parts(head: str, at: int) -> list[tuple[int, str]]:
    """The parts of ``head`` from ``at`` between separators, each with its offset: commas,
    slashes, words for "and", dashes with spaces around them, and hyphens too when nothing
    else parts the line ("XKP-ZWU-YKS"; in "XKP, ZWU-YFE et ZAF" the hyphen is inside a name)."""
    ands = "|".join(re.escape(w) for w in vocabulary()["and_words"] if " " not in w)
    spaced = rf"\s*[,/]\s*|\s+[–—-]\s+|\s+(?:{ands})\s+"
    parted = re.search(spaced, head[at:], re.IGNORECASE) is not None
    separator = re.compile(spaced if parted else rf"{spaced}|\s*[–—-]\s*", re.IGNORECASE)
    names: list[tuple[int, str]] = []
    for match in [*separator.finditer(head, at), None]:
        end = match.start() if match else len(head)
        part = head[at:end].strip()
        if part:
            names.append((at + head[at:end].index(part), part))
        at = match.end() if match else at
    return names
