"""Block scoring: whether a candidate block names signers.

Each entry is scored by how much it reads as an organisation's name (:func:`entry_score`: the
hand-weighed evidence of :mod:`..names` and the learnt likeness of :mod:`..likeness`), and each
block by its entries, the cue near it and its place:

- a heading with a signatory cue (``Signatories:``, ``Unterzeichner``) or a further list right
  after one ("Other parties") is the strongest cue: the list is taken unless it reads as prose;
- a line that introduces what follows (it ends with a colon, or speaks of signing or of what
  follows: "The parties that sign this statement:") is a weaker cue: most entries must be names;
- with no cue at all (a list after a dateline, names at the end of the text), nearly every entry
  must be a name, and there must be at least three; capitals alone, no entry's words reading as a
  name, make no list there (a stamp's or a register's lines);
- a block that closes the text, each of its two entries or more a person paired with the
  organisation they sign for (:mod:`.pairs`), is a sign-off whatever the names alone score.

Cue words are evidence, never a gate: a "More signatures for ..." title followed by a paragraph
with commas names no one.
"""

from __future__ import annotations

import re

from ...model.folding import fold
from ..dates import read_dateline
from ..likeness import likeness
from ..lists import commas, conjoined, quoted_whole, semicolons, undescribed, unpunctuated
from ..names import (
    evidence,
    is_name_join,
    is_qualifier,
    is_type_word,
    name_score,
    name_shaped,
    person_line,
    person_shaped,
)
from ..remembered import remembered
from ..spans import signing_words
from ..text import cased, words
from .blocks import NONE, STRONG, WEAK, Block
from .cuelines import speaks_for
from .pairs import PERSON, paired, personal, surname_cased

__all__ = ["NAME", "accept", "entry_score", "is_menu", "shaped_run"]


#: An entry scoring this much reads as a name.
NAME = 0.5


def _scores(block: Block) -> list[float]:
    """Each entry's score as a name. In a list of persons paired with organisations, the
    organisation of a pair reads as a name by the pairing, and a person with a role only
    ("Name Surname – lawyer") is no entry to weigh. Under a strong cue ("Signed by:") the
    hand-weighed evidence alone scores an entry: the cue says the entries are signers, and the
    learnt likeness, which only doubts, would lose a name it has never seen the like of."""
    scored = name_score if block.cue == STRONG else entry_score

    def score(raw: str) -> float:
        # "X Union (a union of 40,000 teachers)": the name weighed with and without what it is
        named = undescribed(raw)
        return scored(raw) if named == raw else max(scored(raw), scored(named))

    scores: list[float] = []
    for _, start, raw in block.items:
        if block.pairs and start in block.sides:
            scores.append(max(NAME, score(raw)))
        elif not (block.pairs and paired(raw) == PERSON):
            sentence = _labelled_sentence(raw) or _tells_a_signing(raw)
            scores.append(0.0 if sentence else score(raw))
    return scores


@remembered()
def entry_score(raw: str) -> float:
    """How much an entry reads as an organisation's name: the hand-weighed evidence
    (:func:`~..names.name_score`, the authority's names among it), lowered to its mean with the
    learnt likeness (:func:`~..likeness.likeness`) where the model doubts it more. The model tells
    clauses, datelines and furniture from names by their letters and shape in languages no word
    list covers; it never raises an entry, since raising ones let sentences' pieces through.
    Measured on two folds of the tune texts (each scored by the model trained on the other, ``python
    bench/likeness_folds.py``), it cuts inventions and loses no signer."""
    hand = name_score(raw)
    return min(hand, (hand + likeness(_named_part(raw))) / 2)


def _named_part(raw: str) -> str:
    """An entry without the words in lower case that open it ("(with the support of the Xandia
    Union" -> "Xandia Union"): the reader takes such a phrase off the name it leads to. An entry
    with no capitalised word after them is left whole."""
    tokens = raw.lstrip("(").split(" ")
    for k, token in enumerate(tokens):
        if token[:1].isupper():
            return " ".join(tokens[k:]) if k else raw
        if not token[:1].islower():
            break
    return raw


#: A short label and a colon opening an entry ("READ: ...", "LEXO: ...", "Foto: ...").
_LABEL = re.compile(r"^[^\W\d_][^:,;]{0,30}:\s+(?P<tail>\S.*)$")


def _labelled_sentence(raw: str) -> bool:
    """True when an entry is a label and a sentence after its colon ("READ: After X, Y backs
    the declaration"): a link to another article or a caption, no name. (A label before an
    enumeration of names, "Unions: A, B, C", is no sentence.)"""
    match = _LABEL.match(raw)
    if match is None:
        return False
    tail = match["tail"]
    return (
        len(words(tail)) >= 8 and commas(tail) < 2 and not semicolons(tail) and not conjoined(tail)
    )


def _tells_a_signing(raw: str) -> bool:
    """True when an entry goes on after its first words with a word of signing in lower case
    and two words or more after it ("X, Y i Z potpisali Deklaraciju o saradnji", "A and B sign
    a joint appeal"): a headline telling of a signing, whose names the title reader reads, no
    name of a list."""
    found = raw.split()
    return any(
        word[:1].islower()
        and signing_words().matches(fold(word.strip(",.:;")))
        and len(found) - k - 1 >= 2
        for k, word in enumerate(found[1:], start=1)
    )


#: The fewest entries of a list the copy starts inside, one a line or on one line.
_OPENING_LINES = 3
_OPENING_RUN = 5
#: The fewest items of an enumeration under a word of signing that its length speaks for.
_LONG_RUN = 10
#: The most words of an entry in such a run.
_LONG_ITEM = 10


#: The kinds of blocks whose entries are a list's (one a line, marked or not, or on one line).
_LISTED = ("marked", "plain", "inline")


def accept(block: Block) -> bool:
    """True when the block names signers, on the evidence of its entries, cue and place."""
    scores = _scores(block)
    if not scores:
        return block.more is not None and block.cue == STRONG
    mean = sum(scores) / len(scores)
    names = sum(1 for s in scores if s >= NAME) / len(scores)
    if _passed_over(block):
        return False
    if block.kind in ("letterhead", "signed"):
        return True
    if block.cue == NONE and block.kind in _LISTED and not names and _cased(block):
        # no cue, and no entry whose words read as a name: capitals alone make no list (in a
        # script without them, the form and type words weigh the entries: :func:`_uncased_list`)
        return _promised(block) or _signing_off(block)
    if block.kind == "columns":
        return _shaped(block, 2) and all(s >= 0.4 for s in scores)
    if block.lead and block.cue != NONE:
        return all(evidence(raw).capitals >= 0.5 for _, _, raw in block.items)
    if block.kind == "plain" and block.cue == STRONG and len(scores) == 1:
        return scores[0] >= NAME
    if block.cue == STRONG:
        if block.kind == "inline":
            # a long run of short items under a word of signing is a list of names by its form,
            # though many of its names have few capitals ("Centro culturale X", "Comitato per Y")
            long = len(scores) >= _LONG_RUN and all(_short_item(raw) for _, _, raw in block.items)
            # so is a run of names by their form alone ("Signed: Zetpeace, Forward, XKP")
            return (mean >= 0.45 and names >= (0.4 if long else 0.6)) or _shaped(block, 3)
        return mean >= 0.2
    if block.cue == WEAK or _cut_cue(block):
        if block.kind == "inline":
            return (len(scores) >= 2 and mean >= 0.5 and names >= 0.6) or _shaped(block, 3)
        return (
            (len(scores) >= 2 and names >= 0.5 and mean >= 0.4)
            or _shaped(block, 2)
            or _signing_off(block)
            or (block.kind == "marked" and _closing(block) and _uncased(block))
        )
    if block.top:
        return _above(block, scores)
    if block.kind == "inline":
        # an enumeration parted by semicolons, or one that is a paragraph of its own after the
        # argument (names at the end of the text), may be taken by the form of its entries
        parted = any(semicolons(line.content) for line, _, _ in block.items)
        closing = block.prose_after == 0 and not block.top and _no_sentence(block)
        worded = len(scores) >= 3 and names >= 0.8 and mean >= 0.6 and not _clause_after(block)
        return worded or ((parted or closing) and _shaped(block, 4))
    return (
        (len(scores) >= 3 and names >= 0.75 and mean >= 0.55)
        or _shaped(block, 3)
        or _promised(block)
        or _signing_off(block)
    )


def _signing_off(block: Block) -> bool:
    """True when a block closes the text (no running text after it) and each of its two entries
    or more is a person paired with the organisation they sign for ("Name Surname, X Partys
    ordförande" one a line, "Name Surname για τον συνδυασμό X"): the pairs say whom the persons
    sign for, whatever the organisations' names alone would score. One entry is enough when
    its person and post stand on lines of their own above it ("Name Surname" / "elnök" /
    "XKP": :func:`.pairs.officer`)."""
    if block.prose_after or len(block.items) < (1 if block.details else 2):
        return False
    return all(start in block.sides for _, start, _ in block.items)


def _cut_cue(block: Block) -> bool:
    """True when the copy starts inside a list, whose cue it left out: nothing but furniture
    above it, and three entries or more one a line, or five short ones or more on its first line
    (a title names fewer, in a clause). Such a list is weighed as one under a weak cue."""
    if not block.opening:
        return False
    if block.kind != "inline":
        return len(block.items) >= _OPENING_LINES
    return len(block.items) >= _OPENING_RUN and all(_short_item(raw) for _, _, raw in block.items)


def _passed_over(block: Block) -> bool:
    """True when a block is no list of signers by its form or place, whatever its entries score:
    sentences with commas, a measure's subjects, a menu, a letter's addressees, a hard-wrapped
    paragraph, names amid the argument, or lines saying on whose behalf the lines of members
    between them act."""
    raws = [raw for _, _, raw in block.items]
    if block.kind == "inline" and not _enumeration(block):
        return True
    if block.opening and not _cut_cue(block):
        return True  # the copy's first line, no list's: its title, whose names are read there
    if block.cue == STRONG:
        return False
    if block.measured and not block.signing:
        return True  # "the organisations listed below have been struck off": its subject
    if is_menu(raws):
        return True
    if block.addressed and block.cue == NONE:
        return True  # "Szanowna Pani / Name / Chair / X Union": whom a letter is addressed to
    if _signed_off(block):
        return True  # "Name SURNAME" / "Executive secretary XU": one person's sign-off
    if block.wrapped and not all(name_shaped(_unarticled(w)) for w in block.wrapped):
        return True  # a paragraph hard-wrapped over lines, read as a list: running text
    if block.kind == "inline" and block.prose_after >= 1 and not block.signing:
        return True  # names amid the argument, with no word of signing near them: whom it speaks of
    # "Name, Name" / "X-ryhmän puolesta" / ...: each group signs, as the phrase reader reads it
    return sum(map(speaks_for, raws)) * 3 >= len(raws)


def _signed_off(block: Block) -> bool:
    """True when two lines one under the other are a letter's sign-off: a person's name (the
    surname perhaps in capitals, "Name SURNAME") and under it the post the person holds, as a
    person's line gives it after a comma ("Executive secretary of XU", "Izvršni sekretar ZSX"):
    one person signing, no list of two signers."""
    if block.kind != "plain" or len(block.items) != 2 or block.pairs:
        return False  # (the organisations of persons' pairs are read already: they sign)
    name, post = (raw for _, _, raw in block.items)
    if not personal(name):
        return False
    return person_line(f"{surname_cased(name.split())}, {post}") is not None


def _promised(block: Block) -> bool:
    """True when a list closes a text that opened saying who signs it ("We, the undersigned,
    ..."): a closing list by its form (:func:`_closing`)."""
    return block.promised and _closing(block)


def _closing(block: Block) -> bool:
    """True when a list one a line closes the text: no running text after it, and three entries
    or more, each short and no sentence, shaped as a name where the script has capitals (where
    it has none, the form says nothing). Under a line that introduces it (a colon at its end),
    or in a text that opened promising its signers' names, such a list names them, whatever the
    words of its heading and however few of its names the type words know."""
    if block.prose_after or block.top or block.kind == "inline":
        return False
    raws = [raw for _, _, raw in block.items]
    return len(raws) >= 3 and all(
        len(words(raw)) <= 8
        and not raw.rstrip().endswith((".", "!", "?"))
        and not evidence(raw).sentence
        and (name_shaped(raw) or not cased(raw))
        for raw in raws
    )


def _uncased(block: Block) -> bool:
    """True when half of a block's entries or more are written in a script without capitals
    (Arabic, Devanagari, ...): there only the type words speak for a name (:func:`_shaped`), and
    a closing list marked as one (numbered, bulleted, dashed) under a line that introduces it
    (:func:`_closing`) is taken by its form. (Plain lines closing a text under a colon are as
    often its furniture: "Share:" / "Facebook" / "X" / "WhatsApp".)"""
    return sum(not _shows_case(raw) for _, _, raw in block.items) * 2 >= len(block.items)


def _above(block: Block, scores: list[float]) -> bool:
    """True when a block above the text's prose, with no cue, names signers: header lines
    ("PARTY OF X – ABC"), few and every one a name; under a place and date, only a list
    (:func:`_dated`), since such lines are most often whom a letter is addressed to."""
    if block.heading and read_dateline(block.heading):
        return _dated(block, scores)
    return 2 <= len(scores) <= 6 and min(scores) >= 0.7


def _dated(block: Block, scores: list[float]) -> bool:
    """True when a list right under a place-and-date line above the text names its signers:
    three names or more, marked as a list's entries or followed by a word of signing."""
    if block.kind not in ("marked", "plain") or not (block.kind == "marked" or block.signing):
        return False
    return _shaped(block, 3) or (
        len(scores) >= 3 and sum(s >= NAME for s in scores) * 4 >= len(scores) * 3
    )


def _short_item(raw: str) -> bool:
    """True when an entry is short and holds no sentence's end: a name's length, not a clause's."""
    ends = [m.start() for m in re.finditer(r"[.!?]\s+\S", raw)]
    sentence = any(raw[max(0, k - 3) : k].isalpha() and raw[k - 3 : k].islower() for k in ends)
    return len(raw.split()) <= _LONG_ITEM and not sentence


def _clause_after(block: Block) -> bool:
    """True when the line of a block's last entry ends as a sentence does and that entry goes on
    past its last capitalised word (not its first) in two words or more in lower case, the first
    none that joins a name ("..., la Asociación de Jóvenes de X denuncian los desahucios."): the
    names are the subject of a sentence, read by the readers of prose, not a list."""
    line, _, raw = block.items[-1]
    if not line.content.rstrip().endswith((".", "!", "?")):
        return False
    tokens = words(raw)
    capitals = [k for k, w in enumerate(tokens) if w[:1].isupper()]
    if len(capitals) < 2:
        return False
    rest = tokens[capitals[-1] + 1 :]
    return len(rest) >= 2 and all(w.islower() for w in rest) and not is_name_join(rest[0])


def _no_sentence(block: Block) -> bool:
    """True when no line of a block ends as a sentence does and every entry, the last one too,
    is shaped as a name: a paragraph of names, not a sentence whose subject they are."""
    return not any(
        line.content.rstrip().endswith((".", "!", "?")) for line, _, _ in block.items
    ) and all(name_shaped(raw) for _, _, raw in block.items)


def shaped_run(block: Block) -> bool:
    """True when an inline run is a list of names by the form of its three entries or more
    (:func:`_shaped`), whatever its cue and place."""
    return _shaped(block, 3)


def _shaped(block: Block, least: int) -> bool:
    """True when a block is a list of names by its form alone: at least ``least`` entries, every
    one shaped as a name (:func:`~.names.name_shaped`; in a marked or cued list, a name wholly in
    quotation marks too, :func:`~..lists.quoted_whole`; a last entry cut short aside), and not a
    list of persons' names. Where the script has no capitals, the form says nothing: an entry in
    such a script is shaped as a name only on the evidence of its words."""
    raws = [raw for _, _, raw in block.items]
    if len(raws) < least:
        return False
    introduced = block.kind == "marked" or block.cue != NONE
    listed = _uncased_list(raws, introduced)
    # a name wholly in quotation marks is shaped as one by its marks, in a marked or cued list
    shaped = [
        (introduced and quoted_whole(raw))
        or (name_shaped(raw) and (_shows_case(raw) or listed or _worded(raw)))
        for raw in raws
    ]
    # every entry a name (a last one may be cut short), or in a long list nearly every one
    whole = all(shaped[:-1]) and (shaped[-1] or len(raws) > least)
    if not whole and not (len(raws) >= 8 and sum(shaped) >= 0.85 * len(raws)):
        return False
    if any(evidence(raw).sentence for raw in raws) or _stopped(block):
        return False
    if any(all(is_name_join(w) for w in words(raw)) for raw in raws):
        return False  # a word such as "OF" alone on a line is a stamp's or a form's, no name
    # a name quoted whole in a marked or cued list is no person's, however its words run
    persons = [person_shaped(raw) and not (introduced and quoted_whole(raw)) for raw in raws]
    return sum(persons) * 2 < len(raws)


def _stopped(block: Block) -> bool:
    """True when every entry of a list one a line, two at least, closes with a full stop, as
    numbered theses do ("1. The new government is lawful." / "2. Separatism is condemned."): a
    name needs none, so entries that read as names by their form alone are sentences then."""
    if block.kind not in ("marked", "plain") or len(block.items) < 2:
        return False
    return all(
        line.content.rstrip().endswith(".") and not unpunctuated(line.content).endswith(".")
        for line, _, _ in block.items
    )


def _shows_case(raw: str) -> bool:
    """True when an entry is written in a script with capitals (or holds a word in capitals)."""
    return evidence(raw).capitals != 0.5 or any(w.isupper() for w in words(raw))


def _uncased_list(raws: list[str], marked: bool) -> bool:
    """True when entries in a script without capitals (Arabic, Thai, Devanagari, CJK ...) read as
    a list of names by their form and words together: each short (a few words, the shortest at
    least a quarter as long as the longest), and at least half of them holding a type word or
    other evidence of a name when the list is ``marked`` (numbered, bulleted, or under a cue),
    three in four when it is plain lines. The form stands in for the capitals such a script does
    not have; an entry without a type word ("Shiv Sena") is then a name as its neighbours are."""
    uncased = [raw for raw in raws if not _shows_case(raw)]
    if len(uncased) < 3 or len(uncased) * 2 < len(raws):
        return False
    if any(len(words(raw)) > 8 for raw in uncased):
        return False
    lengths = sorted(len(raw) for raw in uncased[:-1])  # a last entry may be cut short
    if lengths[0] * 4 < lengths[-1]:
        return False
    share = sum(_worded(raw) for raw in uncased) / len(uncased)
    return share >= (0.5 if marked else 0.75)


def _worded(raw: str) -> bool:
    """True when an entry's words speak for a name: a type word or a qualifier, an abbreviation,
    a country, a name the authority knows."""
    found = evidence(raw)
    return bool(
        found.types or found.qualifiers or found.abbreviation or found.country or found.known
    )


def _cased(block: Block) -> bool:
    """True when every entry of ``block`` is written in a script with capitals
    (:func:`_shows_case`)."""
    return all(_shows_case(raw) for _, _, raw in block.items)


def _enumeration(block: Block) -> bool:
    """True when an inline block reads as an enumeration of names, not as sentences with commas:
    short items, hardly any of them opening in lower case, none holding a sentence's end."""
    raws = [raw for _, _, raw in block.items]
    if any(evidence(raw).sentence for raw in raws):
        return False  # "..., A and B founded an alliance. Y, ... said": a sentence ends inside
    lower = sum(1 for raw in raws if evidence(raw).lower_start and not _led(raw))
    # each line once: a line of many items is counted once, not once an item
    contents = dict.fromkeys(line.content for line, _, _ in block.items)
    longest = 18 if any(semicolons(content) for content in contents) else 12
    return all(len(words(raw)) <= longest for raw in raws) and lower <= 0.2 * len(raws)


#: An elided article before a capitalised name ("l’Unione", "d'Xandia").
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’](?=[^\W\d_])")
#: The most words in lower case that lead into a name in an enumeration's item.
_LEAD = 3


def _led(raw: str) -> bool:
    """True when an item opening in lower case is a name after an article and the words for its
    kind ("η συνδικαλιστική οργάνωση XUT (Ισπανία)", "la federazione Xandia Lavoro", "l’Unione
    ..."): short words (articles) and type words, three at most, then a name shaped as one. Such
    an item is an enumeration's, not a clause's."""
    elided = _ELIDED.match(raw)
    if elided:
        return raw[elided.end()].isupper() and name_shaped(raw[elided.end() :])
    tokens = raw.split()
    lead = 0
    while lead < len(tokens) and tokens[lead][:1].islower():
        lead += 1
    if not 1 <= lead <= _LEAD or lead == len(tokens) or not tokens[lead][:1].isupper():
        return False
    if not all(len(w) <= 3 or is_type_word(w) or is_qualifier(w) for w in tokens[:lead]):
        return False
    return name_shaped(" ".join(tokens[lead:]))


def _unarticled(raw: str) -> str:
    """An entry without an article in lower case that opens it ("le Syndicat X", "l’Union Y"):
    a name the page broke over two lines is shaped as one without it."""
    elided = _ELIDED.match(raw)
    if elided:
        return raw[elided.end() :]
    first, _, rest = raw.partition(" ")
    return rest if len(first) <= 3 and first.islower() and rest[:1].isupper() else raw


#: How many times one line written again makes a run of lines no list (a list may name a signer
#: twice by mistake, never three times).
_REPEATED = 3


def is_menu(raws: list[str]) -> bool:
    """True when entries are a site's menu or buttons, not names: codes of one or two letters
    only ("EN FR DE", "XS / SM / MD"), one line written three times or more (a headline the page
    repeats), or three short entries or more that each repeat a word of another and none of
    which holds the evidence of a name ("DOWNLOAD PHOTO", "DOWNLOAD VIDEO", "SHARE VIDEO")."""
    if not raws:
        return False
    if all(words(raw) and all(len(w) <= 2 and w.isupper() for w in words(raw)) for raw in raws):
        return True
    if max(raws.count(raw) for raw in raws) >= _REPEATED:
        return True  # a page's headline written again and again, no list of names
    if len(raws) < 3 or any(len(words(raw)) > 3 or _worded(raw) for raw in raws):
        return False
    folded = [{w.casefold() for w in words(raw) if not is_name_join(w)} for raw in raws]
    return all(
        any(mine & other for j, other in enumerate(folded) if j != k)
        for k, mine in enumerate(folded)
    )
