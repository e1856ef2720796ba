"""How strongly a span of running text (a title, a sentence) reads as the name of a signer.

:mod:`.names` weighs a phrase as an entry of a list. A span read from a title or a sentence
(:func:`.runs.name_run`) is weighed by the same evidence, corrected for running text, so that
one scorer serves every place where signers are named outside a list:

- a plural type word describes many signers ("Communist and Workers' Parties") unless a singular
  type word comes before it ("Federation of Trade Unions") or a capitalised word or an
  abbreviation after it ("партии Ксании": in Russian the plural is also the genitive singular);
- a country alone, a person's name and an event ("the 5th Congress", "Summit 2024", "World
  Social Forum 2025") name no signer, whatever their words;
- a word of speaking right after a sentence's subject ("... condemns", "... llaman", "...
  приветствует"), at the end of a verb-last sentence ("... çağırıyor") or opening a verb-first one
  ("يدعو ..."), is the evidence that the subject is who speaks: the statement's signer.

:func:`strength` folds a span's own evidence into one number from 0 to 1; the readers of
:mod:`.outside` keep a span when it clears the threshold of its place (:data:`NAMED`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model.countries import country_code
from ..model.folding import fold
from .cues import folded_words, vocabulary
from .names import (
    NameEvidence,
    evidence,
    generic_plural,
    is_abbreviation,
    is_name_join,
    is_person,
    is_qualifier,
    is_type_word,
    person_shaped,
)
from .remembered import remembered
from .text import WordSet, is_letter, words

__all__ = [
    "NAMED",
    "bounded_name",
    "described",
    "is_event",
    "is_gloss",
    "joined_before_statement",
    "measure_words",
    "measured",
    "name_evidence",
    "names_a_meeting",
    "signing_words",
    "speaking",
    "speaks",
    "spoken_of",
    "statement_compound",
    "statement_word",
    "strength",
    "tells_of_a_statement",
]

#: A span whose :func:`strength` reaches this reads as a name by its own words.
NAMED = 0.6

#: The most words of an editor's gloss in square brackets after a name.
_GLOSS_WORDS = 12
#: An editor's gloss in square brackets: no bracket, semicolon or colon inside.
_GLOSS = re.compile(r"\[[^\[\];:]*\]")
#: A year or an ordinal ("2024", "5th", "XX.", "5.", "5e", "5º", "IIIe", "XXème"): with an event
#: word, an event.
_ORDINAL = re.compile(
    r"^(?:\d{4}|\d{1,3}(?:st|nd|rd|th|e|er|ème|º|ª|η|ος|-?[а-я]{1,2})?\.?|[IVXLC]+\.?"
    r"|[IVX]+(?:e|er|ème))$"
)


def is_gloss(text: str) -> bool:
    """True when ``text`` is an editor's gloss in square brackets after a name ("[Xandia Congress
    of Unions]"): a dozen words at most, no semicolon or colon, no bracket inside."""
    return _GLOSS.fullmatch(text) is not None and len(text.split()) <= _GLOSS_WORDS


def _describes(word: str) -> bool:
    return is_qualifier(word) or is_type_word(word)


def described(found: list[str]) -> bool:
    """True when the words ``found`` of a span describe many signers by a plural type word
    ("Communist and Workers' Parties") rather than name one ("Federation of Trade Unions")."""
    for k, word in enumerate(found):
        if not generic_plural(word.strip("()")):
            continue
        before = found[:k]
        if any(is_type_word(w) and not generic_plural(w) for w in before):
            continue  # "Federation of Trade Unions": the plural qualifies a singular
        after = found[k + 1 : k + 2]
        if (
            after
            and after[0][:1].isupper()
            and not (is_qualifier(after[0]) or is_type_word(after[0]))
        ):
            continue  # "партии Ксании": in a name, the plural is a genitive singular
        return True
    return False


@remembered(kept=1 << 14)
def name_evidence(text: str) -> NameEvidence:
    """:func:`.names.evidence` of ``text``, its plural type words counted as type words when
    the span names one signer by them (:func:`described`)."""
    found = evidence(text)
    if found.types:
        return found
    plural = [w for w in words(text) if generic_plural(w) and is_type_word(w)]
    if plural and not described(words(text)):
        return replace(found, types=len(plural))
    return found


@cache
def _events() -> WordSet:
    return WordSet(vocabulary()["event_words"])


def is_event(text: str) -> bool:
    """True when ``text`` names an event rather than an organisation: an event word with a year
    or an ordinal ("5th Congress", "Forum 2024"), or a word only of events ("meeting",
    "conference", not "congress", which names organisations too) that no type word of an
    organisation comes before ("International Meeting of ...")."""
    found = words(text)
    events = [k for k, w in enumerate(found) if _events().matches(fold(w))]
    if not events:
        return False
    tokens = text.replace("(", " ").replace(")", " ").split()
    if any(_ORDINAL.match(t.strip(",;:")) for t in tokens):
        return True
    only = [k for k in events if not is_type_word(found[k])]
    return bool(only) and not any(is_type_word(w) for w in found[: only[0]])


def names_a_meeting(text: str) -> bool:
    """True when ``text`` holds a word only of events ("summit", "meeting", "Συνάντηση"), after
    a type word too ("Xandian Trade Union Summit of Zedtown"): in a heading, such a name is the
    meeting's that issued the statement, no organisation's (:func:`is_event` reads prose, where
    a type word before the event word may open an organisation's name)."""
    return any(_events().matches(fold(w)) and not is_type_word(w) for w in words(text))


def strength(text: str) -> float:
    """How strongly ``text``, read from running text, names a signer: 0 for a country alone, a
    person, an event or a description by a plural; else its evidence as one number (0 to 1)."""
    found = words(text)
    if not found or described(found) or country_code(text) or is_event(text):
        return 0.0
    if is_person(text) or person_shaped(text):
        return 0.0
    return name_evidence(text).score


@cache
def _speaking() -> WordSet:
    return WordSet(vocabulary()["speech_words"])


def speaks(word: str) -> bool:
    """True when ``word`` is a verb of speaking out as a statement does ("condemns", "llaman",
    "приветствует", "çağırıyor", "يدعو")."""
    return _speaking().matches(fold(word.strip(',.:;!?«»“”"')))


def speaking(word: str) -> bool:
    """True when ``word`` is a verb of speaking (:func:`speaks`) and no word for a statement
    ("déclaration", which the stem of "déclarer" also reads): a word for a statement is no verb."""
    return speaks(word) and not statement_word(fold(word.strip(',.:;!?«»“”"')))


@cache
def measure_words() -> WordSet:
    """The words that say a measure was taken against organisations (``measure_words``:
    banned, outlawed, struck off a register)."""
    return WordSet(vocabulary()["measure_words"])


def measured(before: str) -> bool:
    """True when a word of a measure taken against organisations (:func:`measure_words`) stands
    among the last three words of ``before`` with no word for "by" after it ("banned three
    parties (", "los partidos ilegalizados"; not "banned by the"): the names right after it are
    the measure's object."""
    found = [w for w in (fold(w.strip(',.:;!?«»“”"()')) for w in before.split()[-4:]) if w][-3:]
    measures = [k for k in range(len(found)) if measure_words().opens_at(found, k)]
    return bool(measures) and not set(found[measures[0] :]) & folded_words("byline_words")


def spoken_of(before: str) -> bool:
    """True when a word of speaking stands among the last three words of ``before`` ("condemns
    the", "llama a la"), or a word for what a statement is about ends it, perhaps with an article
    after it ("on the", "о", "über die"): the names right after it are what a statement speaks of
    (its object, its topic: 'a joint statement on the XU "Green Deal"'), not who speaks. A word
    for a statement is no verb ("la declaración": "Han firmado la declaración la X, la Y ...").
    So are the names right after a word of a measure taken against them ("banned three parties
    (", "los partidos ilegalizados"): its object."""
    found = before.split()
    if any(map(speaking, found[-3:])):
        return True
    if measured(before):
        return True
    last = [fold(w) for w in found[-2:]]
    topics = folded_words("about_words")
    if last and last[-1] in topics:
        return True
    return len(last) == 2 and last[-1] in folded_words("articles") and last[0] in topics


@cache
def _statement_words() -> frozenset[str]:
    return folded_words("statement_words")


@cache
def _joint_words() -> frozenset[str]:
    return folded_words("joint_words")


@cache
def signing_words() -> WordSet:
    """The words of signing (``signing_words`` in ``cues.yaml``), as a word set."""
    return WordSet(vocabulary()["signing_words"])


def _restated(word: str, forms: frozenset[str]) -> bool:
    """True when the folded ``word`` is one of ``forms`` (of five letters or more) with its last
    letter written otherwise, or one more after it, as a case does ("izjavu" of "izjava",
    "заяву" of "заява", "спільну" of "спільна")."""
    if len(word) < 5:
        return False
    stems = _stems(forms)
    return word[:-1] in stems or word[:-2] in stems


@cache
def _stems(forms: frozenset[str]) -> frozenset[str]:
    """The forms of five letters or more without their last letter: a word restates a form when
    it is its stem and one letter, or two."""
    return frozenset(f[:-1] for f in forms if len(f) >= 5)


#: The fewest letters of a word for a statement that ends a compound ("ühisavaldus").
_COMPOUNDED = 7


@cache
def _compound_ends() -> tuple[str, ...]:
    return tuple(w for w in _statement_words() if len(w) >= _COMPOUNDED and " " not in w)


def statement_compound(word: str) -> bool:
    """True when the folded ``word`` is a word for a statement as the data writes it, or a
    compound that ends with one of seven letters or more ("ühisavaldus")."""
    return word in _statement_words() or word.endswith(_compound_ends())


def statement_word(word: str) -> bool:
    """True when the folded ``word`` is a word for a statement, with a case ending of at most
    three letters ("açıklamada", "deklaracji") or its last letter written otherwise ("izjavu"),
    or a compound that ends with a word for a statement of seven letters or more ("ühisavaldus",
    "Gemeinschaftserklärung"), perhaps with such a case ending ("ühisavalduse")."""
    statement = _statement_words()
    if word in statement or _restated(word, statement) or word.endswith(_compound_ends()):
        return True
    return any(
        word[:-k] in statement or word[:-k].endswith(_compound_ends())
        for k in (1, 2, 3)
        if len(word) > k + 4
    )


@remembered()
def tells_of_a_statement(sentence: str) -> bool:
    """True when ``sentence`` tells of a statement: a word for one (:func:`statement_word`), a
    word calling one joint ("спільну"), a word of speaking out or of signing."""
    return any(map(_tells, words(sentence)))


@remembered(kept=1 << 14)
def _tells(word: str) -> bool:
    """True when the ``word`` as written is one :func:`tells_of_a_statement` looks for (words
    recur from sentence to sentence: each is judged once)."""
    folded = fold(word)
    if statement_word(folded) or folded in _joint_words():
        return True
    return _restated(folded, _joint_words()) or signing_words().matches(folded) or speaks(word)


#: The most words of a name read whole between two separators.
_BOUNDED = 8
#: A year (1900-2099) inside a word.
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def bounded_name(found: list[str]) -> bool:
    """True when the words ``found``, all that lie between two separators of an enumeration (a
    comma or a word for "and" on each side, a name after it), read whole as one name written in
    sentence case ("Rete Xandia più bella", "Forum degli inquilini", "Zetlandsk senter"),
    where capitals alone would end it at its first word in lower case: a capital opens it, it
    has few words, none a word of prose or for a statement, no year, nothing that ends a
    sentence; once a word in lower case that joins no name has come, a capital follows only a
    joining word ("Läkare mot kärnvapen i Zetland"; a person after a role is no name's: "Strana
    X s predsedom Adamom");
    and no person's name opens it ("Ivo Ypsil za "X"")."""
    if not found or len(found) > _BOUNDED or not found[0].lstrip("(«“\"'„")[:1].isupper():
        return False
    text = " ".join(found)
    if _A_YEAR.search(text) or evidence(text).prose or any(map(_ends_clause, found)):
        return False
    if any(statement_word(fold(w.strip(".,;:()«»“”\"'"))) for w in found):
        return False
    lower = [k for k, w in enumerate(found) if w[:1].islower() and not is_name_join(w)]
    if lower and any(
        w[:1].isupper() and not is_name_join(found[k - 1])
        for k, w in enumerate(found[lower[0] :], start=lower[0])
    ):
        return False
    return not person_shaped(" ".join(found[:2]))


def _ends_clause(token: str) -> bool:
    """True when ``token`` ends a sentence or a clause: a colon, "!", "?", or a full stop after
    a word that is no abbreviation or initial."""
    if token[-1] in ":!?":
        return True
    bare = token.rstrip(".")
    return token.endswith(".") and len(bare) > 1 and not is_abbreviation(bare)


#: The most words of a short title that names its signers in one token ("XKP-ZWU joint statement").
_SHORT_TITLE = 5
#: A dash or a slash that joins names.
_JOINING = "–—/-"


def _worded(char: str) -> bool:
    """True when ``char`` ends a word: a letter (or a vowel sign) or a digit."""
    return is_letter(char) or char.isdigit()


def _title_tokens(content: str) -> list[tuple[int, int]]:
    """Where the words of a title lie, two words that a dash or a slash with a space on one side
    only joins taken as one ("XKP -ZWU", "XKP- ZWU": the page's typing; a dash with spaces on both
    sides parts a title's words)."""
    tokens: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", content):
        word = match.group()
        if tokens:
            last = content[tokens[-1][0] : tokens[-1][1]]
            glued_on = last[-1] in _JOINING and _worded(last[:-1][-1:]) and word[0].isalnum()
            glued_to = word[0] in _JOINING and word[1:2].isalnum() and _worded(last[-1])
            if glued_on or glued_to:
                tokens[-1] = (tokens[-1][0], match.end())
                continue
        tokens.append(match.span())
    return tokens


def joined_before_statement(content: str, naming_only: bool = False) -> tuple[int, int] | None:
    """Where the one token of names joined by dashes or slashes lies that a short title gives
    with no colon, every other word naming the statement or in lower case, a word for a
    statement among them ("XKP-ZWU bilateral joint statement", "Joint XKP-ZWU statement",
    "Comunicado conjunto bilateral XGT/YCO"): its start and end; else ``None``. With
    ``naming_only`` every other word names the statement: the title is the statement's name and
    its senders', nothing else ("XKP-ZWU joint statement"; not "XKP-ZWU sign joint statement")."""
    found = _title_tokens(content)
    tokens = [content[start:end] for start, end in found]
    if not 2 <= len(tokens) <= _SHORT_TITLE:
        return None
    naming = folded_words("statement_words") | folded_words("joint_words")
    joined = [k for k, w in enumerate(tokens) if re.search(rf"\w\s?[{_JOINING}]\s?\w", w)]
    if len(joined) != 1:
        return None
    others = [w for k, w in enumerate(tokens) if k != joined[0]]
    if not any(statement_compound(fold(w)) for w in others):
        return None
    lower = not naming_only
    if not all(
        fold(w) in naming or statement_compound(fold(w)) or (lower and w.islower()) for w in others
    ):
        return None
    return found[joined[0]]
