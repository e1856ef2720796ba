"""Signers a news report names through the persons who sign for them: "przewodniczący X Party
Jan Kowalski i przewodniczący YDP Anna Nowak podpisali porozumienie", "Ketua Umum Partai X, Budi;
Ketua Umum Partai Y, Sari ...", "X Partiyasının rəhbəri Ali Veli və Y Partiyasının rəhbəri Ayşe
Kaya ... imza atıblar".

Each person is named with a signer's role (the ``signer_roles`` of ``cues.yaml``) and the
organisation the role is of, in either order the languages write them:

- the role first, then the organisation, then the person, glued ("przewodniczący Unii Pracy Jan
  Kowalski": the person is the last two capitalised words) or parted by a comma ("Ketua Umum
  Partai X, Budi Santoso");
- the organisation first, in its case, then the role, then the person ("X Partiyasının rəhbəri
  Ali Veli");
- the role, then the organisation in sentence case up to the person that closes the stretch
  before the next separator ("predsednik Stranke rada i prava Ivo Ypsil,"), words in lower case
  saying its kind left out ("kopredsednik stranke Xajedno Ana Zet": "Xajedno"), or up to a
  comma with the person after it;
- a role said once for several organisations, each pair after the first opening with the same
  joining word ("the leader of X, Person, of Y, Person and of Z, Person").

The organisation's name is taken as the text writes it (a genitive stays a genitive). Only in a
sentence that tells of a statement or a signing, and only when two persons or more name two
organisations or more: one person with a role is the one who speaks, not the signers.

Last of all, when no other reader found a signer (:func:`spoken_for`), the bodies the same
pairs name in a sentence where a person is quoted or speaks ("a coordenadora do XKP, Ana Zet,
anunciou que ... “...”", "„...,“ dodala Ana Zetová, predsedníčka Odborového združenia
sestier.", "— заявил председатель Союза Ксандии Иван Петров"): the body a person speaks for is
the text's when the text names no other. A post in a caption, where no one speaks, names none.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Section
from .coordinated import sentences
from .cues import folded_words, vocabulary
from .headings import running
from .names import (
    generic_plural,
    is_abbreviation,
    is_name_join,
    is_person,
    is_type_word,
    person_shaped,
)
from .outside import signers_section
from .provenance import reads
from .remembered import remembered
from .running import kind_words, reads_as_name
from .spans import bounded_name, speaks, tells_of_a_statement
from .text import Line
from .wrapping import logical_lines

__all__ = ["represented_signers", "role_length", "signing_persons", "spoken_for"]

#: A word as written (with a hyphen, an apostrophe, a colon before a case ending ("XKP:n") or
#: brackets inside), or a separator.
_TOKEN = re.compile(r"\(?[^\W_](?:[\w'’.-]|:(?=\w))*\)?|[,;]")
#: The most words an organisation's name read between a role and a person may have.
_LONGEST = 8

Token = tuple[int, str]


@cache
def _roles() -> tuple[tuple[str, ...], ...]:
    """The signers' roles, folded, as words; the longest first ("ketua umum" before "ketua")."""
    forms = {tuple(fold(str(r)).split()) for r in vocabulary()["signer_roles"]}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _roles_by_letter() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The roles of :func:`_roles` under the first letter of their first word, each list the
    longest first; a role whose first word is a bare ``*`` under ``""`` (it opens any word)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _roles():
        found.setdefault(phrase[0].removesuffix("*")[:1], []).append(phrase)
    return {letter: tuple(phrases) for letter, phrases in found.items()}


def role_length(folded: list[str], k: int) -> int:
    """How many words of ``folded`` from the ``k``-th are a signer's role (0 when none): a word
    of the data, with a case ending of up to three letters ("presidente", "genel başkanı"), or a
    stem of it (``"przewodnicz*"``) with any ending."""
    if k >= len(folded):
        return 0
    # a word the role's first word matches opens with it (or with its stem): only the roles
    # under the word's first letter can match, and those opening with a bare "*"
    by_letter = _roles_by_letter()
    first = folded[k][:1]
    phrases = by_letter.get(first, ())
    if "" in by_letter and first:
        phrases = tuple(sorted(phrases + by_letter[""], key=len, reverse=True))
    for phrase in phrases:
        here = folded[k : k + len(phrase)]
        if len(here) == len(phrase) and all(
            w == r
            or (r.endswith("*") and w.startswith(r[:-1]))
            or (len(r) >= 5 and w.startswith(r) and len(w) - len(r) <= 3)
            for w, r in zip(here, phrase, strict=True)
        ):
            return len(phrase)
    return 0


def _capital(token: str) -> bool:
    """True when ``token`` may be a word of a name: a capital or a digit opens it."""
    head = token.lstrip("(")
    return bool(head) and (head[0].isupper() or head[0].isdigit())


def _run(tokens: list[Token], k: int, folded: list[str]) -> int:
    """Where the capitalised words from the ``k``-th token end (joining words in lower case may
    stand between them); a role, a separator or another word in lower case ends them."""
    end = k
    while end < len(tokens) and end - k < _LONGEST + 3:
        token = tokens[end][1]
        if token in ",;" or role_length(folded, end):
            break
        joining = _joins(token) and end + 1 < len(tokens) and _capital(tokens[end + 1][1])
        if not (_capital(token) or joining):
            break
        end += 1
    return end


def _joins(token: str) -> bool:
    """True when ``token`` in lower case joins the words of one name ("of", "do"), not two names
    or two persons ("and", "i")."""
    return is_name_join(token) and fold(token) not in folded_words("and_words")


def _person(text: str) -> bool:
    """True when ``text`` reads as a person's name: one to three capitalised words, no
    abbreviation among them (Indonesian and other names may be one word)."""
    found = text.split()
    if not 1 <= len(found) <= 3 or any(is_abbreviation(w) or not w[:1].isupper() for w in found):
        return False
    return len(found) == 1 or person_shaped(text) or is_person(text)


def _text(tokens: list[Token], start: int, end: int, sentence: str) -> tuple[int, str]:
    """The text of tokens ``start`` to ``end`` (not included) of ``sentence``, with its offset."""
    first, last = tokens[start], tokens[end - 1]
    return first[0], sentence[first[0] : last[0] + len(last[1])]


#: An organisation and the person who signs for it, each as ``(offset, text)``.
Pair = tuple[Token, str]


def _after_role(tokens: list[Token], k: int, sentence: str, folded: list[str]) -> Pair | None:
    """The organisation named after the role that ends at the ``k``-th token, and its person
    (joining words after the role left out: "chairman of the X Party")."""
    while k < len(tokens) - 1 and tokens[k][1][:1].islower() and is_name_join(tokens[k][1]):
        k += 1
    end = _run(tokens, k, folded)
    if end == k:
        return _in_sentence_case(tokens, k, sentence, folded)
    if end < len(tokens) and tokens[end][1] == ",":
        person_end = _run(tokens, end + 1, folded)
        person = _text(tokens, end + 1, person_end, sentence) if person_end > end + 1 else None
        if person and _person(person[1]) and end - k <= _LONGEST:
            return _text(tokens, k, end, sentence), person[1]  # "Ketua Umum Partai X, Budi"
    if end - k < 3:
        return _in_sentence_case(tokens, k, sentence, folded)
    glued = _text(tokens, end - 2, end, sentence)[1]
    if not person_shaped(glued) or end - 2 - k > _LONGEST:
        return _in_sentence_case(tokens, k, sentence, folded)
    return _text(tokens, k, end - 2, sentence), glued  # "przewodniczący Unii Pracy Jan Kowalski"


def _in_sentence_case(tokens: list[Token], k: int, sentence: str, folded: list[str]) -> Pair | None:
    """The organisation written in sentence case between the role ending at the ``k``-th token
    and the person closing the stretch up to the next separator ("predsednik Stranke rada i
    prava Ana Zet,", "kopredsednik stranke Xajedno Ivo Ypsil,": the person is its last two
    words; words in lower case saying the kind before the name are left out), or after the comma
    that ends it ("лидерот на Ксандиско движење, Иван Петровски")."""
    start = k + kind_words([t for _, t in tokens[k : k + 3]])
    stop = start
    while stop < len(tokens) and stop - start <= _LONGEST + 2:
        token = tokens[stop][1]
        following = tokens[stop + 1][1] if stop + 1 < len(tokens) else ""
        inside = following[:1].islower() and not role_length(folded, stop + 1)
        if token in ",;" or role_length(folded, stop):
            break
        if fold(token) in folded_words("and_words") and not inside:
            break  # (an "and" before a word in lower case is the name's: "Stranka rada i prava")
        stop += 1
    if stop < len(tokens) and tokens[stop][1] == "," and start < stop <= start + _LONGEST:
        # "на Ксандиско движење, Иван Петровски": the person after a comma
        after = _run(tokens, stop + 1, folded)
        person = _text(tokens, stop + 1, after, sentence)[1].rstrip(".") if after > stop + 1 else ""
        if _person(person) and bounded_name([t for _, t in tokens[start:stop]]):
            return _text(tokens, start, stop, sentence), person
    if stop - start < 3 or stop - start > _LONGEST + 2:
        return None
    person = _text(tokens, stop - 2, stop, sentence)[1].rstrip(".")
    name = [t for _, t in tokens[start : stop - 2]]
    if not person_shaped(person) or not bounded_name(name):
        return None
    return _text(tokens, start, stop - 2, sentence), person


def _before_role(tokens: list[Token], k: int, sentence: str, folded: list[str]) -> Pair | None:
    """The organisation named right before the role that opens at the ``k``-th token, and the
    person after the role ("X Partiyasının rəhbəri Ali Veli"): capitalised words, or a name in
    sentence case whose last word says its kind (:func:`_kind_before`: "Xandijas skolotāju
    arodbiedrības priekšsēdētājs Ana Zete")."""
    start = k
    while start > 0 and _capital(tokens[start - 1][1]) and k - start < _LONGEST:
        start -= 1
    if start < k - 1 and folded[start] in folded_words("articles"):
        start += 1  # "The XKP's chairman ...": the article opening the sentence is no name's
    if start == k:
        start = _kind_before(tokens, k)
    length = role_length(folded, k)
    after = _run(tokens, k + length, folded)
    if start == k or after == k + length:
        return None
    person = _text(tokens, k + length, min(after, k + length + 3), sentence)[1]
    if not _person(person):
        return None
    return _text(tokens, start, k, sentence), person


def _kind_before(tokens: list[Token], k: int) -> int:
    """Where a name in sentence case ends right before the ``k``-th token opens, its last word a
    type word in lower case (in its case: "arodbiedrības", "sąjungos"): back over words in lower
    case to capitalised words, and over those, read whole as one name (:func:`bounded_name`:
    "Xandijas skolotāju arodbiedrības"); ``k`` when no such name ends there."""
    if k == 0 or not tokens[k - 1][1][:1].islower() or not is_type_word(tokens[k - 1][1]):
        return k
    start = k - 1
    while start > 0 and k - start < _LONGEST and tokens[start - 1][1][:1].islower():
        start -= 1
    capitals = start
    while start > 0 and capitals - start < _LONGEST and _capital(tokens[start - 1][1]):
        start -= 1
    if start == capitals or not bounded_name([t for _, t in tokens[start:k]]):
        return k
    return start


#: Quotation marks that open a name, and those that close it.
_OPENING = '"«„“'
_CLOSING = '"»“”'


@cache
def _for_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in vocabulary()["signing_for_words"])


def _signed_for(tokens: list[Token], k: int, sentence: str) -> Pair | None:
    """The organisation named after the word for "for" at the ``k``-th token, with the person
    right before it ("Ivan Petrov za "X Union"", "John Smith for the X Party"): a name in
    quotation marks, or capitalised words."""
    if k < 2 or not _person(_text(tokens, k - 2, k, sentence)[1]):
        return None
    person = _text(tokens, k - 2, k, sentence)[1]
    after = tokens[k][0] + len(tokens[k][1])
    rest = sentence[after:]
    gap = len(rest) - len(rest.lstrip())
    if rest[gap : gap + 1] and rest[gap] in _OPENING:
        start = after + gap + 1
        close = next((j for j in range(start, len(sentence)) if sentence[j] in _CLOSING), None)
        if close is None or close - start < 2 or close - start > 80:
            return None
        return (start, sentence[start:close]), person
    folded = [fold(t.strip("()")) for _, t in tokens]
    first = k + 1
    while first < len(tokens) - 1 and tokens[first][1][:1].islower():
        if not is_name_join(tokens[first][1]):
            return None
        first += 1
    end = _run(tokens, first, folded)
    if end == first or end - first > _LONGEST:
        return None
    return _text(tokens, first, end, sentence), person


@remembered()  # several readers ask about each sentence of the lead
def _pairs(sentence: str) -> tuple[Pair, ...]:
    """The organisations ``sentence`` names through a role and a person, each with its person,
    in text order."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(sentence)]
    folded = [fold(t.strip("()")) for _, t in tokens]
    found: list[Pair] = []
    k = 0
    while k < len(tokens):
        length = role_length(folded, k)
        if not length:
            signed = _signed_for(tokens, k, sentence) if folded[k] in _for_words() else None
            named = [name for (_, name), _ in found]
            if signed is not None and signed[0][1] not in named and not country_code(signed[0][1]):
                found.append(signed)
            k += 1
            continue
        taken = {person for _, person in found}
        pair = _person_first(tokens, k, length, sentence, folded, taken)
        if pair is None:
            pair = _after_role(tokens, k + length, sentence, folded)
        said_once = _said_once(tokens, k + length, sentence, folded) if pair else []
        if pair is None and k > 0 and tokens[k][1][:1].islower():
            pair = _before_role(tokens, k, sentence, folded)
        for one in [pair, *said_once]:
            named = [name for (_, name), _ in found]
            if one is not None and not country_code(one[0][1]) and one[0][1] not in named:
                found.append(one)
        k += length
    return tuple(found)


def _person_first(
    tokens: list[Token], k: int, length: int, sentence: str, folded: list[str], taken: set[str]
) -> Pair | None:
    """The organisation after the role of ``length`` words at the ``k``-th token when the
    person stands before it, parted by a comma ("Name Surname, president of the X Union,
    ..."), and its person: the words after the role (joining words after it left out) up to
    the next separator or role, every one capitalised (joining words in lower case between
    them), or in sentence case when they close the sentence (:func:`_closing`). A person
    already ``taken`` by the pair before signs for that one: "role X Person, role Y Person" is
    read from the role."""
    if k < 3 or tokens[k - 1][1] != ",":
        return None
    before = k - 1
    first = before
    while first > 0 and before - first < 3 and _capital(tokens[first - 1][1]):
        first -= 1
    person = _text(tokens, first, before, sentence)[1] if first < before else ""
    if not _person(person) or len(person.split()) < 2 or any(map(person.endswith, taken)):
        return None
    start = k + length
    while start < len(tokens) - 1 and tokens[start][1][:1].islower():
        if not is_name_join(tokens[start][1]):
            return None
        start += 1
    stop = start
    while stop < len(tokens) and stop - start <= _LONGEST and tokens[stop][1] not in ",;":
        if role_length(folded, stop) or folded[stop] in folded_words("and_words"):
            break
        stop += 1
    if stop == start:
        return None
    if _run(tokens, start, folded) != stop and not _closing(tokens, start, stop):
        return None  # a name in sentence case may go on into the clause: no pair is read
    at, name = _text(tokens, start, stop, sentence)
    return (at, name.rstrip(".")), person  # (the full stop closing the sentence is no name's)


def _closing(tokens: list[Token], start: int, stop: int) -> bool:
    """True when tokens ``start`` to ``stop`` close their sentence and read whole as one name in
    sentence case (:func:`~.spans.bounded_name`): the apposition of a person quoted last ("...,"
    added Ana Zet, chair of the Xandian nurses' union.")."""
    if stop != len(tokens) or not tokens[stop - 1][1].endswith("."):
        return False
    found = [t for _, t in tokens[start:stop]]
    return bounded_name([*found[:-1], found[-1].removesuffix(".")])


def _said_once(tokens: list[Token], k: int, sentence: str, folded: list[str]) -> list[Pair]:
    """The pairs after the first that the role ending at the ``k``-th token is said once for,
    each opening with the same joining word as the first ("лидерот на X, Person, на Y, Person
    и на Z, Person": the leader of X, of Y and of Z), parted by commas or a word for "and"."""
    join = k
    while join < len(tokens) and tokens[join][1][:1].islower() and is_name_join(tokens[join][1]):
        join += 1
    if join == k:
        return []  # "chair X Party, Person": no joining word to say the role again
    found: list[Pair] = []
    at = k
    while True:
        pair = _after_role(tokens, at, sentence, folded)
        if pair is None:
            return found[1:]
        found.append(pair)
        at = _token_after(tokens, sentence.index(pair[1], pair[0][0]) + len(pair[1]))
        while at < len(tokens) and (
            tokens[at][1] == "," or fold(tokens[at][1]) in folded_words("and_words")
        ):
            at += 1
        if folded[k:join] != folded[at : at + join - k]:
            return found[1:]


def _token_after(tokens: list[Token], offset: int) -> int:
    """The index of the first token at or after ``offset``."""
    return next((i for i, (start, _) in enumerate(tokens) if start >= offset), len(tokens))


#: How many paragraphs' pairs :func:`_signing_pairs` remembers (those of the lead of a text).
_PARAGRAPHS_KEPT = 16


@lru_cache(maxsize=_PARAGRAPHS_KEPT)
def _signing_pairs(paragraph: Line) -> tuple[tuple[int, tuple[Pair, ...]], ...]:
    """The pairs of each sentence of ``paragraph`` that tells of a statement or a signing and
    names two organisations or more through their persons, with the sentence's offset (asked
    twice of each paragraph of the lead: for the signers, and for the persons who sign)."""
    found: list[tuple[int, tuple[Pair, ...]]] = []
    for offset, sentence in sentences(paragraph):
        if not tells_of_a_statement(sentence):
            continue
        pairs = _pairs(sentence)
        if len(pairs) >= 2:
            found.append((offset, pairs))
    return tuple(found)


@reads
def represented_signers(paragraph: Line) -> Section | None:
    """The organisations a sentence of ``paragraph`` names through the persons who sign for them,
    when it tells of a statement or a signing and names two of them or more."""
    names = [
        (offset + at, name)
        for offset, pairs in _signing_pairs(paragraph)
        for (at, name), _ in pairs
    ]
    return signers_section(paragraph, names, "phrase") if names else None


def signing_persons(paragraph: Line) -> frozenset[str]:
    """The persons who sign for the organisations :func:`represented_signers` reads: none of
    them is a signer of their own ("Ketua Umum Partai X, Budiman": not "Budiman")."""
    return frozenset(person for _, pairs in _signing_pairs(paragraph) for _, person in pairs)


#: A quotation mark, opening or closing.
_QUOTE_MARK = re.compile(r"[\"«„“”»]")
#: Words a person is quoted as saying: four words or more between quotation marks (a name in
#: quotation marks is no quotation).
_QUOTATION = re.compile(r"[\"«„“]\S+(?:\s+[^\s\"«„“”»]+){3,}[^\"«„“”»]*[\"»“”]")


@reads
def spoken_for(lines: list[Line], skip: set[int]) -> list[Section]:
    """The bodies that persons quoted or speaking are named for through their posts, asked last
    of a text in which no other reader found a signer (``skip``: the lines of furniture): in
    each paragraph of running text, the sentences in which someone speaks (a word of speaking,
    or a quotation mark of a quotation the paragraph holds), each body one of their
    :func:`_pairs` names when it reads as a body's name by its words and is no country, one
    section a paragraph."""
    logical = logical_lines(lines, skip)
    found: list[Section] = []
    for k, line in enumerate(logical.lines):
        if line.blank or k in logical.skip or not running(line.content):
            continue
        quoted = _QUOTATION.search(line.content) is not None
        names = [
            (offset + at, name)
            for offset, sentence in sentences(line)
            if (quoted and _QUOTE_MARK.search(sentence)) or any(map(speaks, sentence.split()))
            for (at, name), _ in _pairs(sentence)
            if _spoken_body(name)
        ]
        if names:
            found.append(signers_section(line, names, "phrase"))
    return found


def _spoken_body(name: str) -> bool:
    """True when ``name``, read after or before a post, is a body's: it reads as a name by its
    words, it is no country, it is whole (a post in brackets, "(chair XKP)", is cut), and it
    does not end in a plural of a kind in lower case, which names many ("the organisation
    secretaries of both unions")."""
    whole = name.count("(") == name.count(")")
    last = name.split()[-1] if name.split() else ""
    many = last.islower() and generic_plural(last)
    return whole and not many and reads_as_name(name) and not country_code(name)
