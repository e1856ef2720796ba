"""Signers named together in running prose: "La déclaration a été signée par le Parti X, l'Union
Y et le Mouvement Z", "A közleményt a X Párt, a Y és a Z írta alá", often hard-wrapped over
several lines.

A line is read as the text's sentences run (:func:`.wrapping.logical_lines`: a paragraph the
page hard-wrapped is one line, so that a name cut by a line break is read whole), cut into
sentences. A sentence is read only when it says that names in it sign, endorse or issue a
statement: a word of signing, or a word calling a statement joint before a word for a statement
(after it only in a phrase that opens the sentence: "Dans une déclaration commune, A, B ...");
or, after a sentence that says organisations sign or back the statement, a sentence that only
enumerates names ("Her finner vi blant annet A og B, C og D."). A sentence of participants alone
("Attending were the X Party, the Y Union and ...") names no signer. The subjects of the lead's
sentences are :mod:`.subjects`'.

In such a sentence the run of coordinated names is taken: the parts of the sentence between
commas, semicolons and words for "and" (outside brackets and quotation marks), each a name as a
whole (:func:`.names.name_shaped`, an article before it left out), the first perhaps at the end of
the words before it ("Formacions polítiques X") and the last at the start of the words after it
("... i Z han signat"). Two names or more, none a country, a person or an event, at least half of
them reading as names by their own words (:func:`.spans.strength`, an abbreviation, a name the
authority knows). A run that a year comes right before the verb of ("que en 1998 firmaron A, B y
C") is a signing the text tells of, not this statement's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import islice

from ..model.countries import country_code
from ..model.folding import fold
from ..model.quotes import ANY_CLOSING, ANY_OPENING, SINGLE_OPENING
from ..model.records import Section
from .cues import folded_words, vocabulary
from .likeness import likeness
from .lists import open_more
from .names import (
    and_of_the_language,
    evidence,
    generic_plural,
    is_abbreviation,
    is_name_join,
    is_person,
    is_qualifier,
    is_type_word,
    known_name,
    name_shaped,
    not_and,
    person_shaped,
    persons_organisation,
)
from .openings import news_dateline_end
from .outside import signers_section
from .provenance import reads
from .remembered import remembered
from .running import KIND_AFTER, kind_after, kind_words, spelled_across
from .separators import SPACED_SEPARATORS, one_of
from .spans import (
    NAMED,
    bounded_name,
    described,
    is_event,
    is_gloss,
    signing_words,
    speaks,
    spoken_of,
    statement_word,
    strength,
    tells_of_a_statement,
)
from .text import Line, WordSet, has_case, words
from .text import sentences as text_sentences

__all__ = [
    "ELIDED",
    "Run",
    "accepted",
    "is_signer",
    "joins_names",
    "masked",
    "name_head",
    "name_tail",
    "parts_between",
    "prose_signers",
    "runs",
    "says",
    "says_signed",
    "sentence_case_span",
    "sentences",
    "strong",
    "whole_in_sentence_case",
    "whole_name",
]

#: The most words a name read from prose may have.
_LONGEST = 8
#: A word as written, with what clings to it (brackets, quotation marks, a hyphen).
_TOKEN = re.compile(r"\S+")
#: Dashes between the words of a name ("Articolo 9 – Mxp").
_DASHES = ("–", "—", "-")
#: An article elided onto the word after it ("l’", "dell'", "d’").
ELIDED = re.compile(r"^[^\W\d_]{1,4}['’](?=\w)")
#: Square brackets closing a part, perhaps an editor's gloss ("XCU [Xandia Congress of Unions]").
_BRACKETED = re.compile(r"\s*(\[[^\[\]]*\])[\s.]*$")
#: A dash with spaces between a person and the organisation they sign for.
_PAIR_DASH = re.compile(r"\s[–—-]\s")
#: A year (1900-2099) as a word.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def sentences(paragraph: Line) -> Iterator[tuple[int, str]]:
    """The sentences of a paragraph, each with its offset in the document
    (:func:`~kzld.parse.text.sentences`: not at initials, "Dr.", "Υπ.", ordinals, or before a
    small letter), the first after a news dateline that opens it
    (:func:`.openings.news_dateline_end`: "Zedpost.zt, Zedtown – "), whose names sign nothing."""
    for at, sentence in text_sentences(paragraph.content):
        opens = news_dateline_end(sentence) if at == 0 else 0  # "Zedpost.zt, Zedtown – X, Y"
        yield paragraph.start + at + opens, sentence[opens:]


@cache
def _joint() -> WordSet:
    return WordSet(vocabulary()["joint_words"])


def says_signed(sentence: str) -> list[int]:
    """Where ``sentence`` says that names in it sign or issue a statement: the offsets of its
    words of signing, or of a word calling a statement joint beside a word for a statement."""
    return list(_signed_at(sentence))


#: The most words before a word for joint that ends a phrase opening a sentence ("Dans une
#: déclaration commune,": the word for joint is the fourth).
_FRONTED = 3


@remembered()  # the prose readers ask about each sentence of a paragraph several times
def _signed_at(sentence: str) -> tuple[int, ...]:
    found = list(re.finditer(r"[^\W\d_][\w'’-]*", sentence))
    folded = [fold(m.group()) for m in found]
    places = [m.start() for k, m in enumerate(found) if signing_words().opens_at(folded, k)]
    for k, match in enumerate(found):
        if not _joint().matches(fold(match.group())):
            continue
        near = [fold(m.group()) for m in found[k + 1 : k + 3]]
        # where the adjective follows its noun, the two open the sentence as a phrase of their
        # own before its subject ("Dans une déclaration commune, A, B ...")
        before = fold(found[k - 1].group()) if k else ""
        fronted = sentence[match.end() :].lstrip().startswith(",") and k <= _FRONTED
        after = any(statement_word(w) for w in near)
        if after or (fronted and statement_word(before)) or _fronted_uncommaed(sentence, found, k):
            places.append(match.start())
    return tuple(sorted(places))


#: The most words of a phrase that opens a sentence with no comma after it, its word for joint
#: last ("Într-un comunicat de presă comun": the word for joint is the sixth).
_FRONTED_UNCOMMAED = 6


def _fronted_uncommaed(sentence: str, found: list[re.Match[str]], k: int) -> bool:
    """True when the word for joint ``found[k]`` ends a phrase that opens ``sentence`` with no
    comma after it, a word for a statement among its words before it ("Într-un comunicat de
    presă comun A, B și C afirmă ...", "En un comunicado conjunto A y B piden ..."): every word
    of the phrase in lower case but its first, and the names open right after it with a capital
    (where the adjective follows its noun, the writer may leave the comma out), perhaps after an
    article. A word for joint that is also a word for "with" ("bersama") opens no such phrase:
    the names after it may be those the statement was made with."""
    if not 2 <= k + 1 <= _FRONTED_UNCOMMAED or sentence[: found[0].start()].strip():
        return False
    if fold(found[k].group()) in folded_words("company_words"):
        return False  # "kenyataan bersama X": "bersama" is "with" too, X whom it was made with
    phrase = found[: k + 1]
    after = sentence[found[k].end() :].split(maxsplit=2)
    if after and fold(after[0]) in folded_words("articles"):
        after = after[1:]  # "Dans un communiqué commun la X et le Y ..."
    if not after or not after[0][:1].isupper():
        return False
    if not all(m.group()[:1].islower() for m in phrase[1:]):
        return False
    return any(statement_word(fold(m.group())) for m in phrase[1:k])


def says(token: str) -> bool:
    """True when ``token`` is a word for a statement, perhaps with a case ending ("Açıklamaya"),
    or of signing: it ends a name before it, and opens none after it."""
    folded = fold(token.strip(".,;:()«»“”\"'"))
    return statement_word(folded) or signing_words().matches(folded)


def masked(sentence: str) -> list[bool]:
    """For each character of ``sentence``, whether it lies inside brackets or quotation marks.
    A single mark that no mark closes before the sentence ends opens no quotation: it elides
    the word it is written onto ("... ਮੰਚ 'ਚ A, B", "'s-Xandenbosch", "'n")."""
    # where the last mark that may close a quotation stands: a single mark after it closes none
    last_close = max(
        (
            k
            for k, char in enumerate(sentence)
            if char in ANY_CLOSING and (k + 1 == len(sentence) or not sentence[k + 1].isalnum())
        ),
        default=-1,
    )
    inside = [False] * len(sentence)
    depth = 0
    quote = ""
    for k, char in enumerate(sentence):
        if quote:
            inside[k] = True
            if char in ANY_CLOSING and (k + 1 == len(sentence) or not sentence[k + 1].isalnum()):
                quote = ""
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif (
            char in ANY_OPENING
            and depth == 0
            and (k == 0 or not sentence[k - 1].isalnum())
            and (char not in SINGLE_OPENING or k < last_close)
        ):
            quote = char
        inside[k] = depth > 0 or bool(quote)
    return inside


@cache
def _ands() -> frozenset[str]:
    return frozenset(str(w) for w in vocabulary()["and_words"] if " " not in str(w))


#: A comma or a semicolon with the spaces around it, or a word between spaces (which may be one
#: for "and").
_CUT = re.compile(
    rf"\s*{one_of(SPACED_SEPARATORS)}\s*|(?<=\s)([^\s{re.escape(SPACED_SEPARATORS)}]+)(?=\s)"
)


def _parts(sentence: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the parts of ``sentence`` between commas, semicolons and words
    for "and", outside brackets and quotation marks. Czech and Slovak "a" is "and" only where no
    comma comes before it (after a comma it is the Hungarian article: ", a Xobbik")."""
    inside = masked(sentence)
    cuts: list[tuple[int, int]] = []
    for match in _CUT.finditer(sentence):
        if inside[match.start()]:
            continue
        word = match.group(1)
        if word is None or joins_names(sentence, match.start(), match.end()):
            cuts.append((match.start(), match.end()))
    parts: list[tuple[int, int]] = []
    at = 0
    for start, end in cuts:
        if start >= at:
            parts.append((at, start))
            at = end
    parts.append((at, len(sentence)))
    return [(start, end) for start, end in parts if sentence[start:end].strip()]


def joins_names(sentence: str, start: int, end: int) -> bool:
    """True when the word of ``sentence`` from ``start`` to ``end`` is a word for "and" between
    two names: one of ``and_words``, or one of ``and_before_capitals`` (Czech and Slovak "a",
    Slovene "in") with a name before it and a capital after it ("XMŠ, PTU, Zelena in ZAB"), or a
    word for "and" of the text's language alone (:func:`and_of_the_language`: Swahili "na"); never
    a linking article of the text's language nor another word there (:func:`.names.not_and`:
    Dutch "en" in a Spanish text, "..., en Zedtown")."""
    word = sentence[start:end]
    if word in _ands():
        return not not_and(word)
    if and_of_the_language(word, sentence[:start], sentence[end:]):
        return True  # "X, Y na Z" in a Swahili text
    return (
        fold(word) in folded_words("and_before_capitals")
        and sentence[end:].lstrip()[:1].isupper()
        and _after_a_name(sentence[:start])
        and not not_and(word)
    )


def _after_a_name(before: str) -> bool:
    """True when ``before`` ends with a capitalised word that is not the sentence's first, and
    no comma: where Czech and Slovak "a" is "and" ("Most-Xíd a Zeta"), not the article of
    Hungarian after a comma (", a Xobbik") or of Portuguese ("Desde a Confederación")."""
    found = before.split()
    return len(found) >= 2 and _capitalised(found[-1]) and not found[-1].endswith(",")


def _capitalised(token: str) -> bool:
    """True when ``token`` opens a name's word: a capital, a digit, a bracket, a quotation mark."""
    head = token.lstrip(ANY_OPENING + "(")
    return bool(head) and (head[0].isupper() or head[0].isdigit() or token[0] in ANY_OPENING + "(")


def _lower_word(token: str, previous: str) -> bool:
    """True when ``token``, in lower case after ``previous``, is a word of a name: a joining word
    ("per", "della"), or a type word or a qualifier not after another ("stranka", "comunista")."""
    bare = token.strip(".,;:")
    if not bare[:1].islower():
        return False
    if is_name_join(bare):
        return True
    described = is_type_word(bare) or is_qualifier(bare)
    return described and not (previous[:1].islower() and not is_name_join(previous))


def name_head(part: str) -> tuple[int, int] | None:
    """Where the name that opens ``part`` lies (an article before it left out): capitalised
    words, words in lower case that join them or say what the organisation is, a bracket."""
    tokens = list(_TOKEN.finditer(part))
    k = 0
    if k < len(tokens) - 1 and _article(tokens[k].group()) and _capitalised(tokens[k + 1].group()):
        k += 1
    elided = ELIDED.match(tokens[k].group()) if k < len(tokens) else None
    if elided and tokens[k].group()[elided.end() :][:1].isupper():
        start = tokens[k].start() + elided.end()  # "l’Alleanza": the article elided onto it
    elif k >= len(tokens) or not _capitalised(tokens[k].group()):
        return None
    else:
        start = tokens[k].start()
    if tokens[k].group()[0] in ANY_OPENING:
        return _kind_after(part, start, _quoted(part, start))
    end = k
    while end + 1 < len(tokens) and end + 1 - k < _LONGEST:
        token = tokens[end + 1].group()
        following = tokens[end + 2].group() if end + 2 < len(tokens) else ""
        if says(token) or token.startswith("["):
            break  # (an editor's gloss in square brackets after a name is none of its words)
        if _capitalised(token) or _lower_word(token, tokens[end].group()):
            end += 1
        elif (typed := _typed_close(part, tokens, start, end)) is not None:
            end += typed  # "Xandijos darbo federacija gegužės ...": up to its type word
        elif token in _DASHES and _capitalised(following):
            end += 1  # "Articolo 9 – Mxp", "Partei Xandias – KPX"
        else:
            break
    while end > k and is_name_join(tokens[end].group()):
        end -= 1
    return start, tokens[end].end()


def _kind_after(part: str, start: int, quoted: tuple[int, int] | None) -> tuple[int, int] | None:
    """The ``quoted`` name that opens at ``start`` with the capitalised words after its closing
    mark that say its kind (:func:`.running.kind_after`), marks and all ("«X» İctimai Forumu");
    else ``quoted``."""
    if quoted is None:
        return None
    tokens = islice(_TOKEN.finditer(part, quoted[1] + 1), KIND_AFTER)
    after = [(token.start(), token.group().rstrip(",.;:")) for token in tokens]
    count = kind_after(word for _, word in after)
    if count == 0:
        return quoted
    at, word = after[count - 1]
    return start, at + len(word)


def _quoted(part: str, start: int) -> tuple[int, int] | None:
    """The name in quotation marks that opens at ``start`` in ``part``, without the marks."""
    close = next((k for k in range(start + 1, len(part)) if part[k] in ANY_CLOSING), None)
    if close is None or close == start + 1:
        return None
    return start + 1, close


def name_tail(part: str) -> tuple[int, int] | None:
    """Where the name that ends ``part`` lies ("Formacions polítiques X Party": "X Party"):
    read back over capitalised words and the words in lower case inside a name, to a word in
    lower case that is none of those, a plural type word or a word before a capital that no
    joining word links to it. A name in quotation marks that ends the part is read with the
    abbreviation right before it (:func:`_kind_before_quote`: "comun XNSL "Fratia""), else
    alone."""
    stripped = _without_gloss(part).rstrip(" .")
    if stripped.endswith(tuple(ANY_CLOSING)):
        opening = max(stripped.rfind(q, 0, len(stripped) - 1) for q in ANY_OPENING)
        if opening >= 0 and (opening == 0 or not stripped[opening - 1].isalnum()):
            if len(stripped) - opening <= 2:
                return None
            kind = _kind_before_quote(stripped, opening)
            return (kind, len(stripped)) if kind is not None else (opening + 1, len(stripped) - 1)
    tokens = list(_TOKEN.finditer(stripped))
    if not tokens:
        return None
    first = len(tokens) - 1
    if not _capitalised(tokens[-1].group()):
        if _typed_opening([t.group() for t in tokens]) != 0:
            return None
        # "Xandijos darbo federacija," a part whole: a name in sentence case up to its type word
        return (0, tokens[-1].end()) if likeness(stripped) >= _SENTENCE_CASE_LIKENESS else None
    while first > 0 and len(tokens) - first < _LONGEST:
        token = tokens[first - 1].group()
        after = tokens[first].group()
        if generic_plural(token.strip("(),")) or fold(token) in folded_words("leader_words"):
            break  # "Szefowie X": the leaders' word is none of the name's
        if token.startswith("(") or says(token):
            break  # "Bratislava (XNA) – X Party", "Erklärung die X Partei": no name's words
        dash = token in _DASHES and first > 1
        if _capitalised(token) or is_name_join(token) or dash:
            first -= 1
        elif _lower_word(token, "") and not _capitalised(after):
            first -= 1  # "Demokratska stranka"; not "polítiques X" (no word joins them)
        else:
            break
    while first < len(tokens) and _no_start(tokens[first].group()):
        first += 1  # "(XNA) – X Party": a name opens with neither a bracket nor a dash
    first = _past_opening([t.group() for t in tokens], first)
    if first >= len(tokens):
        return None
    return tokens[first].start(), tokens[-1].end()


def _kind_before_quote(part: str, opening: int) -> int | None:
    """Where the abbreviation lies that is written right before the quoted name opening at
    ``opening`` in ``part`` ("XNSL "Fratia"", "ПП «Ксандия»"), which the name keeps, as
    :func:`name_head` reads it where it opens a part; else ``None``. A capitalised type word
    there may be the sentence's ("Фракції Ради "X"": the factions of the Council X), not the
    name's kind."""
    before = part[:opening].rstrip()
    if len(before) == opening:
        return None  # the mark is glued to the word before it
    word = before.rsplit(maxsplit=1)[-1] if before.split() else ""
    return len(before) - len(word) if word and is_abbreviation(word) else None


def _past_opening(tokens: list[str], first: int) -> int:
    """Where the name read back to ``tokens[first]`` opens once the words that open a sentence
    are passed over: a number or a bullet and the word after it ("1. The X Chamber"), or a
    sentence's first word ("Also the X Party", "Representantes de la X")."""
    numbered = 0
    while numbered < len(tokens) and not any(c.isalpha() for c in tokens[numbered]):
        numbered += 1  # "1.", "–": a number or a bullet opening the sentence
    if (
        numbered > 0
        and first <= numbered
        and numbered + 1 < len(tokens)
        and _opens_sentence(tokens[numbered], tokens[numbered + 1])
    ):
        first = numbered + 1  # "1. The X Chamber": no name's first word after the number
    elif first == 0 and len(tokens) > 1 and _opens_sentence(tokens[0], tokens[1]):
        first = 1  # "Also the X Party", "Representantes de la X": no name's first word
    else:
        return first
    while first < len(tokens) and not _capitalised(tokens[first]):
        first += 1
    return first


#: The most words in lower case before the type word that closes a name in sentence case.
_SENTENCE_CASE = 3
#: How much a name in sentence case must look like an organisation's by the learnt likeness:
#: "Xandijos darbo federacija" scores near 0.8, a clause that a type word closes ("Potrivit
#: liderilor sindicali", according to the union leaders) near 0.55.
_SENTENCE_CASE_LIKENESS = 0.6


def _plain_lower(token: str) -> bool:
    """True when ``token`` is a word in lower case that a name in sentence case may hold: no
    word for "and", of speaking, of signing or for a statement, no punctuation after it."""
    return (
        token.isalpha()
        and token.islower()
        and token not in _ands()
        and not says(token)
        and not speaks(token)
    )


def _typed_close(part: str, tokens: list[re.Match[str]], start: int, end: int) -> int | None:
    """How many words after the ``end``-th of ``tokens`` go on with the name of ``part`` that
    opens at ``start`` in sentence case: words in lower case up to a (singular) type word that
    closes them ("Xandijos darbo federacija"), when the whole reads as a name
    (:func:`.likeness.likeness`); else ``None``."""
    if tokens[end].group()[-1:] in ',.;:!?)»”"':
        return None  # the name ended at its punctuation: "Xandijos sąjunga, sukūrė federaciją"
    following = [t.group() for t in tokens[end + 1 : end + 1 + _SENTENCE_CASE]]
    for k, token in enumerate(following):
        bare = token.rstrip(",.;:")
        if not _plain_lower(bare):
            return None
        if is_type_word(bare) and not generic_plural(bare):
            name = part[start : tokens[end + 1 + k].start() + len(bare)]
            return k + 1 if likeness(name) >= _SENTENCE_CASE_LIKENESS else None
        if bare != token:
            return None
    return None


def _typed_opening(tokens: list[str]) -> int | None:
    """Where the name opens that ``tokens`` end with in sentence case: a (singular) type word in
    lower case last, up to three words in lower case before it, and a capitalised word before
    them ("Xandijos profesinių sąjungų konfederacija"); else ``None``."""
    last = tokens[-1]
    if not _plain_lower(last) or not is_type_word(last) or generic_plural(last):
        return None
    k = len(tokens) - 2
    while k >= 0 and len(tokens) - 1 - k <= _SENTENCE_CASE:
        if _capitalised(tokens[k]):
            return None if says(tokens[k]) else k  # "Declaración de la federación": no name
        if not _plain_lower(tokens[k]):
            return None
        k -= 1
    return None


def _no_start(token: str) -> bool:
    """True when a name cannot open with ``token``: a word in lower case, a dash, a bracket."""
    return not _capitalised(token) or token.startswith("(") or token in _DASHES


def _article(token: str) -> bool:
    """True when ``token`` is an article or a joining word before a name ("la", "az", "the")."""
    return token[:1].islower() and (len(token) <= 3 or is_name_join(token))


def _opens_sentence(token: str, following: str) -> bool:
    """True when a capitalised word opening a sentence is no name's: a word of prose, an
    article, or a word joined to what follows that says nothing of an organisation
    ("Representantes de la X")."""
    if is_abbreviation(token):
        return False
    folded = fold(token)
    if is_name_join(folded) or evidence(token.lower()).prose > 0 or len(folded) <= 3:
        return True
    described = is_type_word(token) or is_qualifier(token) or known_name(token)
    return is_name_join(following) and not described


def whole_name(part: str) -> tuple[int, int] | None:
    """Where ``part`` lies as one name (an article before it left out), if it is one."""
    head = name_head(part)
    if head is None or _without_gloss(part[head[1] :]).strip(" .\"'»”’") != "":
        return None
    return head


def sentence_case_span(part: str) -> tuple[int, int] | None:
    """Where ``part`` lies as one name in sentence case by its form (an article before it left
    out): a capitalised word, then capitalised words, words in lower case a name may hold (no
    word for "and", of speaking, signing or for a statement), joining words and brackets, and no
    joining word at its end; else ``None``. Whether it is a name is
    :func:`whole_in_sentence_case`'s."""
    head = name_head(part)
    if head is None:
        return None
    stretch = part[head[0] :].rstrip(" .")
    tokens = stretch.split()
    if not tokens or len(tokens) > _LONGEST or is_name_join(tokens[-1]):
        return None
    for token in tokens[1:]:
        bare = token.strip("()")
        if not (
            _capitalised(token) or _plain_lower(bare) or is_name_join(bare) or token[:1] == "("
        ):
            return None
    return head[0], head[0] + len(stretch)


def whole_in_sentence_case(part: str) -> tuple[int, int] | None:
    """Where ``part`` lies as one name in sentence case (:func:`sentence_case_span`), when the
    whole reads as an organisation's name by the learnt likeness ("Demokratske zajednice
    vojvođanskih Mađara", "Pokreta centra"; not "Zetton last week"); else ``None``."""
    span = sentence_case_span(part)
    if span is None or likeness(part[span[0] : span[1]]) < _SENTENCE_CASE_LIKENESS:
        return None
    return span


def _without_gloss(part: str) -> str:
    """``part`` without the editor's gloss (:func:`.spans.is_gloss`) that closes it, if one
    does."""
    found = _BRACKETED.search(part)
    return part[: found.start()] if found is not None and is_gloss(found.group(1)) else part


def is_signer(name: str) -> bool:
    """True when ``name``, read from prose, may be an organisation's: the form of a name, none of
    a country, a person by a title or by a party in brackets, an event or a description by a
    plural. (Two capitalised words, "Crida Xandiana", may be either: the run decides.)"""
    found = words(name)
    if not found or len(found) > _LONGEST or not name_shaped(name):
        return False
    if country_code(name) or is_person(name) or is_event(name):
        return False
    if persons_organisation(name):
        return False  # "Name Surname (XP)": a person, with the party in brackets
    paired = _PAIR_DASH.split(name, maxsplit=1)
    if len(paired) == 2 and person_shaped(paired[0]):
        return False  # "Name Surname – X Party": a person and the party they sign for
    return not described(found)


def strong(name: str) -> bool:
    """True when ``name`` reads as an organisation's by its own words."""
    return strength(name) >= NAMED or evidence(name).abbreviation or known_name(name)


Run = list[tuple[int, str]]


def parts_between(sentence: str) -> list[tuple[int, int, bool]]:
    """:func:`_parts`, each with whether a comma (not a word for "and") comes before it."""
    parts = _parts(sentence)
    return [
        (start, end, k > 0 and sentence[parts[k - 1][1] : start].strip() in SPACED_SEPARATORS)
        for k, (start, end) in enumerate(parts)
    ]


def runs(sentence: str) -> Iterator[Run]:
    """The runs of coordinated names in ``sentence``, each as ``(offset, name)`` pairs. The
    first name of a run ends the words before it; when it is the whole of its part or reads as
    a name by its words, it opens the run, else the run opens after it. The last may open the
    words after it; after a comma it must open them ("..., en Palma el día": a place)."""
    parts = parts_between(sentence)
    k = 0
    while k < len(parts):
        start, end, _ = parts[k]
        tail = name_tail(sentence[start:end]) or _bounded_tail(sentence[start:end], parts, k)
        run: Run = []
        if tail is not None:
            name = sentence[start + tail[0] : start + tail[1]]
            taken = whole_name(sentence[start:end]) is not None or strong(name)
            if taken or _spelled_on(sentence, parts, k, start + tail[0]):
                run.append((start + tail[0], name))
        j = k + 1
        while j < len(parts):
            start, end, comma = parts[j]
            part = sentence[start:end]
            whole = whole_name(part)
            head = None if whole else name_head(part)
            if head is not None and _name_after(parts, j, sentence):
                whole = _bounded(part, head)
            if head is None and whole is None and j + 1 < len(parts):
                whole = _kind_quoted(part)  # "..., profesinė sąjunga „Xandija“ ir ..."
            found = whole or head
            if whole is None and head is not None and _goes_on_after(sentence, parts, j):
                whole = found = (head[0], len(part.rstrip()))  # "Związku pracy i rozwoju, ..."
            if found is None and run and _goes_on(part, comma, parts, j):
                end_at = start + len(part.rstrip())
                run[-1] = (run[-1][0], sentence[run[-1][0] : end_at])  # "Narod i pravda, ..."
                j += 1
                continue
            if found is None or (whole is None and comma and found[0] > 0):
                break
            name = sentence[start + found[0] : start + found[1]]
            article = part[: found[0]]
            joined = sentence[run[-1][0] : start + found[1]] if run else ""
            if run and not comma and _continues(joined, article, name, run[-1][1]):
                run[-1] = (run[-1][0], sentence[run[-1][0] : start + found[1]])
            else:
                run.append((start + found[0], name))
            j += 1
            if whole is None:
                break
        yield run
        k = max(j - 1, k + 1)


#: The most words in lower case after a word for "and" that go on with the name before them.
_LOWER_TAIL = 2


def _goes_on(part: str, comma: bool, parts: list[tuple[int, int, bool]], j: int) -> bool:
    """True when ``part``, after a word for "and" (not a comma), is one or two words in lower
    case and a comma comes after it: they go on with the name before the "and", written in
    sentence case ("Narod i pravda, Xajedno", "Stranka rada i prava, ..."), no word of speaking,
    of signing or for a statement among them, and not a word for "other" and a plural ("and
    other parties": :func:`.lists.open_more`)."""
    found = part.split()
    if comma or not 1 <= len(found) <= _LOWER_TAIL or j + 1 >= len(parts) or not parts[j + 1][2]:
        return False
    if open_more(part):
        return False  # "... and other parties, ...": more than the names, none of them
    return all(w[:1].islower() and w.isalpha() and not says(w) and not speaks(w) for w in found)


def _kind_quoted(part: str) -> tuple[int, int] | None:
    """Where the name in quotation marks lies that closes ``part`` after words in lower case
    saying its kind ("profesinė sąjunga „Xandija“", :func:`.running.kind_words`); else ``None``."""
    tokens = list(_TOKEN.finditer(part))
    kind = kind_words([t.group() for t in tokens])
    if not kind or kind + 1 != len(tokens) or tokens[kind].group()[0] not in ANY_OPENING:
        return None
    found = _quoted(part, tokens[kind].start())
    return found if found is not None and not part[found[1] + 1 :].strip() else None


def _goes_on_after(sentence: str, parts: list[tuple[int, int, bool]], j: int) -> bool:
    """True when the part after the ``j``-th goes on with its name (:func:`_goes_on`): the
    ``j``-th part is then a name whole, in sentence case."""
    if j + 1 >= len(parts):
        return False
    start, end, comma = parts[j + 1]
    return _goes_on(sentence[start:end], comma, parts, j + 1)


def _name_after(parts: list[tuple[int, int, bool]], j: int, sentence: str) -> bool:
    """True when a part that opens with a name comes after the part ``j`` (a comma or a word for
    "and" between them)."""
    if j + 1 >= len(parts):
        return False
    start, end, _ = parts[j + 1]
    return name_head(sentence[start:end]) is not None


def _bounded_tail(part: str, parts: list[tuple[int, int, bool]], k: int) -> tuple[int, int] | None:
    """Where the name that ends the first ``part`` of a run lies when it is written in sentence
    case ("Hanno firmato la Rete Xandia più bella, ..."): the longest run of its last words that
    a capital opens after a word that is none (:func:`.spans.bounded_name`; not the sentence's
    first word, "Potrivit liderilor sindicali, ..."), when a separator and a name follow it."""
    if k + 1 >= len(parts):
        return None
    tokens = list(_TOKEN.finditer(part.rstrip(" .")))
    for n, token in enumerate(tokens):
        if (n and _capitalised(tokens[n - 1].group())) or not _capitalised(token.group()):
            continue
        if n == 0 and k == 0:
            continue  # the sentence's first word: its capital says nothing of a name
        found = [t.group() for t in tokens[n:]]
        if bounded_name(found) and not any(says(w) for w in found):
            return token.start(), tokens[-1].end()
    return None


def _bounded(part: str, head: tuple[int, int]) -> tuple[int, int] | None:
    """Where ``part`` lies as one name written in sentence case, when separators and names
    bound it on both sides (:func:`.spans.bounded_name`), its name opening at ``head``
    (:func:`name_head`); an article before it is left out."""
    name = part[head[0] :].rstrip(" ")
    if any(says(w) for w in name.split()) or not bounded_name(name.split()):
        return None
    return head[0], head[0] + len(name)


def _continues(joined: str, article: str, name: str, before: str) -> bool:
    """True when ``name``, after a word for "and" and an ``article``, goes on with the name
    ``before`` it ("Movimiento X y la Ciudadanía de Z"): words of its own joined in lower case, no
    name by its words, where the two together (``joined``) read as one; or, with no article,
    when only ``name`` has a type word and ``before`` does not read as a name alone ("Magyar
    Xisztviselők és Zalkalmazottak Szakszervezete"), never when a type word opens ``name``
    ("Llywodraeth Xandia a Phlaid Zetland": a name of its own)."""
    if joined[len(before) : len(before) + 1] in tuple(ANY_CLOSING):
        return False  # "„Xandija“ ir Zetos darbo federacija": a quoted name is whole
    found = evidence(name)
    opens_typed = is_type_word(name.split()[0]) if name.split() else False
    if spelled_across(joined, name) or (not article.strip() and _abbreviates_more(name)):
        unbracketed = re.sub(r"\([^()]*\)", " ", joined)
        return not before.rstrip().endswith(")") and len(words(unbracketed)) <= _LONGEST
    if opens_typed:
        return False  # "Llywodraeth Cymru a Phlaid Cymru": a type word opens a name of its own
    if not article.strip() and found.types and not strong(before) and not evidence(before).types:
        if any(w[:1].islower() for w in before.split()):
            return False  # "Xandiaforeningen for folkehelsen og Zetlands Kvinneforbund": two
        return strength(joined) >= NAMED and len(words(joined)) <= _LONGEST
    inner = any(w[:1].islower() and is_name_join(w) for w in name.split()[1:])
    if not article.strip() or not inner or found.types or found.abbreviation:
        return False
    return strength(joined) >= NAMED


def _abbreviates_more(name: str) -> bool:
    """True when ``name`` is one word and a bracketed abbreviation of three capitals or more
    ("Industry (XCCI)"): the abbreviation is of more words than that one, those before a word
    for "and" ("X Chamber of Commerce and Industry (XCCI)")."""
    match = re.fullmatch(r"([^\W\d_][\w'’-]*)\s*\(([^()]+)\)", name.strip())
    if match is None or not match.group(1)[:1].isupper() or is_abbreviation(match.group(1)):
        return False
    return sum(c.isupper() for c in match.group(2)) >= 3 and bool(match.group(2).strip())


def _spelled_on(sentence: str, parts: list[tuple[int, int, bool]], k: int, at: int) -> bool:
    """True when the name at ``at``, closing the ``k``-th of the ``parts`` of ``sentence``, goes
    on past the word for "and" after it to the bracketed abbreviation of the next part, which
    spells the initials of the two together (:func:`.running.spelled_across`: "... la Camera
    di Commercio e Industria di Xandia (CCIX), ...")."""
    if k + 1 >= len(parts) or parts[k + 1][2]:
        return False
    start, end, _ = parts[k + 1]
    bracket = re.match(r"[^()]*\([^()]+\)", sentence[start:end])
    if bracket is None:
        return False
    close = start + bracket.end()
    return spelled_across(sentence[at:close], sentence[start:close].strip())


def accepted(run: Run, strong_enough: int = 0) -> Run:
    """The run's names that may be organisations' when the run reads as signers' names: two or
    more, two thirds of the run or more, at least half of them strong (or ``strong_enough``,
    where the sentence's form says more), fewer than half of the form of a person's name; else
    none. A name opening with a year says the run is a date's ("as of November 3, 2009 the X
    Party ...")."""
    names: Run = []
    for at, raw in run:
        name = raw.lstrip(" .,;:")
        names.append((at + len(raw) - len(name), name.rstrip(" .,;:")))
    if any(_YEAR.match(name) for _, name in names):
        return []
    kept = [(at, name) for at, name in names if is_signer(name) and not _named_person(name)]
    if len(kept) < 2 or len(kept) * 3 < len(names) * 2:
        return []  # persons or countries among the names: a run of another kind
    if sum(person_shaped(name) for _, name in kept) * 2 >= len(kept):
        return []  # as many names of the form of a person's as others
    found = sum(strong(name) for _, name in kept)
    enough = found * 2 >= len(kept) or (strong_enough > 0 and found >= strong_enough)
    return kept if found and enough else []


def _named_person(name: str) -> bool:
    """True when ``name`` has the form of a person's name of three words ("Ivo Xan Ypsil"), no
    word of it speaking for an organisation: a person among organisations (two words, "Crida
    Xandiana", may be either: the run decides)."""
    return len(words(name)) >= 3 and person_shaped(name) and not strong(name)


def _near(sentence: str, run: Run, places: list[int]) -> bool:
    """True when a word saying that the run signs is at most eight words from it, and no year
    comes within three words before such a word that the run follows ("que en 1998 firmaron A,
    B y C": a signing the text tells of)."""
    first, last = run[0][0], run[-1][0] + len(run[-1][1])
    for place in places:
        between = sentence[last:place] if place >= last else sentence[place:first]
        if len(between.split(maxsplit=9)) > 9:
            continue
        window = sentence[:place].rsplit(maxsplit=3)[-3:] if place < first else []
        if not any(_YEAR.fullmatch(w.strip(",.")) for w in window):
            return True
    return False


def _titled(sentence: str) -> bool:
    """True when ``sentence`` capitalises most of its longer words (a headline in title case):
    there capitals say nothing of names."""
    long = [w for w in words(sentence) if len(w) >= 4 and has_case(w[0])]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) * 4 >= len(long) * 3


@reads
def prose_signers(paragraph: Line) -> Section | None:
    """The signers a paragraph names together in a sentence that says they sign or issue the
    statement: the longest run of coordinated names of each such sentence; and, after a sentence
    that says organisations sign or back the statement, each sentence that is an enumeration of
    names and nothing more (:func:`_enumeration`)."""
    names: list[tuple[int, str]] = []
    backed = False  # a sentence before says that organisations sign or back the statement
    for offset, sentence in sentences(paragraph):
        places = says_signed(sentence)
        found = [accepted(run) for run in runs(sentence)] if places or backed else []
        if places:
            # names right after a word of speaking are what the statement speaks of
            near = (
                r
                for r in found
                if r and _near(sentence, r, places) and not spoken_of(sentence[: r[0][0]])
            )
        else:
            near = (_enumeration(sentence, r) for r in found if r)
        best = max(near, key=len, default=[])
        # the words around the names, none of them: a headline capitalises its own words
        around = sentence[: best[0][0]] + sentence[best[-1][0] + len(best[-1][1]) :] if best else ""
        if best and not _titled(around):
            names += [(offset + at, name) for at, name in best]
        backed = backed or bool(places) or _backers(sentence)
    return signers_section(paragraph, names, "phrase") if names else None


#: What may close a sentence after its last name.
_CLOSE = " .;:!)»”\"'’"
#: The most words before the names of a sentence that enumerates them ("Her finner vi blant
#: annet", "Ebenso kommunale").
_BEFORE_ENUMERATION = 5


def _enumeration(sentence: str, run: Run) -> Run:
    """The names of ``run`` when ``sentence`` is an enumeration of three names or more and no
    more ("Ebenso A, B, C und D.", "Her finner vi blant annet A og B, C og D."), with the name
    the words before the run end with (read by its capitals: the enumeration says it is one);
    nothing but punctuation after the last name, a few words before the first, none a word of
    speaking (what "we condemn" names is the argument's). Else no names."""
    if not run:
        return []
    at, last = run[-1]
    after = sentence[at + len(last) :]
    if after.strip(_CLOSE):
        # the sentence's end bounds the last name: it may go on in lower case ("Plataforma
        # contra la pobreza.")
        whole = (last + after).rstrip(_CLOSE)
        if not bounded_name(whole.split()) or any(says(w) for w in whole.split()):
            return []
        run = [*run[:-1], (at, whole)]
    before = sentence[: run[0][0]]
    cut = re.search(r"(?:,|\s(?:" + "|".join(map(re.escape, _ands())) + r"))\s*$", before)
    tail = name_tail(before[: cut.start()]) if cut else None
    if cut and tail is not None and is_signer(before[tail[0] : tail[1]]):
        run = [(tail[0], before[tail[0] : tail[1]]), *run]
        before = before[: tail[0]]
    if len(run) < 3 or len(before.split()) > _BEFORE_ENUMERATION:
        return []
    return [] if any(speaks(w) for w in before.split()) else run


@remembered()
def _backers(sentence: str) -> bool:
    """True when ``sentence`` tells of a statement and of organisations in the plural ("the 52
    organisations behind the declaration", "Der Aufruf wird von 24 Organisationen
    unterstützt"): the names the sentences after it enumerate are its signers."""
    found = words(sentence)
    return tells_of_a_statement(sentence) and any(generic_plural(w) for w in found)
