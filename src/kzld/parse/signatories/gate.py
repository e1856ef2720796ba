"""The gate a signer's entry passes before it is published: what a published name must carry.

Every reader (lists, titles, running sentences, phrases) hands its sections to :func:`published`,
which first completes each run of names a reader took in part (:mod:`.completed`: every part
of an accepted run signs unless it is no name), then looks at each entry by its form, whatever
the script, and keeps it, mends it or sets it aside:

- an entry whose first words are a word of signing ("Among the signatories – X", "Signed by
  the X", "كما وقعته X") holds the sentence's frame before a name: a name never opens with the
  verb of its own signing. The name is what follows a dash or a colon after that word, or else
  its first capitalised word past a word in lower case (a capitalised word right after it makes
  the word of signing the name's own: "Xandian Sign Language Association"), or, in a script
  without capitals, a type word right after that word, which opens the name ("كما وقعته جبهة
  X"); where none says where it starts, the entry is set aside, and so is a name another entry
  publishes already;
- an entry that opens with a phrase that frames a name ("as well as", "in addition to", "the
  representatives of", "on behalf of": ``addition_phrases``, ``representative_words`` and
  ``on_behalf_phrases`` of ``cues.yaml``; "إضافة إلى X", "представники X", "W imieniu X") is the
  name after it; a phrase of one word is the name's own where it is capitalised ("Leaders
  Forum"). Where the name left is a word for a kind alone at its line's end ("On behalf of the
  Committee" / "of the Xandian Union" / ...), the lines of the section right below it are that
  name wrapped: they are read as one entry;
- an entry that closes with a word for "and" and one for "others" ("X and others", "X та
  інші") is the name before them, and one that is an abbreviation and then only words in lower
  case ("XKP meclis grubu", "ZWU unitariamente") is the abbreviation: the words are the
  sentence's;
- an entry whose first quotation mark closes a quotation ("... end of the slogan” said X")
  opens inside a quoted title or slogan: no name; a quotation opened after a name and never
  closed within the entry (a statement's title glued on: "X and Y “Stop the ...") is no part of
  it;
- two abbreviations joined by a word for "and" ("XKP and ZWU", "XKP ve ZWU") are two names,
  and so are two abbreviations alone joined by a word for "with" ("XKP ile ZWU", "XKP mit ZWU":
  ``company_words``; Turkish "ile" also joins the words of one name, so a run keeps it),
  and so are two names each with its own word for a kind ("Zetland Teachers' Union and Xandia
  Workers' Party"), and a name with its own after a word for "and" and an article ("La Unión X
  y la Asociación Y", "the X Union and the Y League": one name repeats no article before a
  second kind);
- an entry closed by its abbreviation in brackets whose initials start past words in lower case
  that join no name ("Peress li l-Partit Xandjan (PX)") starts where they start: the words
  before are the sentence's;
- an entry of several words that ends with a colon ("X and Y issued the following statement:")
  introduces what follows: a name never ends with one;
- an entry that is one word of prose in lower case ("XKP, PTU, later, ZTU": ``prose_words`` of
  ``orgwords.yaml``) is no name, and neither is a line addressed to the holder of a post ("To
  the Leader of the X Party": ``address_words`` of ``cues.yaml``) or to the press ("To the
  press": ``press_words``), nor a city's, a country's or a region's name alone (a place signs
  nothing), nor a dateline or a stamp, a date perhaps with its place ("Zedtown, 14 March 2021",
  "14.03.2021": :func:`~..dates.read_dateline`: when and where, no one), nor an abbreviation in
  the plural ("NGOs", "ONGs": ``abbreviation_plurals``), which names bodies of a kind, nor a
  kind and some bodies of it after a word for "such as" ("Musicians like the duo X and the Y
  Choir");
- an abbreviation that the text counts, a number of two or more right before it and no word
  for a kind after it ("six CSO rejected ...", "Enam CSO ..."), names a kind of bodies, as
  "NGOs" does, and signs nothing;
- an entry of the lines above a text (a letterhead, a head no cue introduces) of two capitalised
  words or more that the text writes elsewhere with every word in lower case ("GLOBAL TENANTS
  NETWORK" over "... members of the global tenants network") is a common phrase set in capitals
  over the text, no one body's name (:func:`_common_phrase`), and so is one word in capitals of
  five letters or more that the text writes in lower case (a page's section label, "YOUTH"); a
  name the authority knows still signs. A list's entry is set out as a name, and a text may
  write a body's words in lower case in its prose: it is not so read;
- an entry that opens with a preposition of a script without capitals, a "و" perhaps glued on
  (``uncased_prepositions`` of ``cues.yaml``: "في مقر حزب X", at the seat of the X party) is a
  phrase of the sentence, no name;
- an entry that holds the full stop or the comma of a script written without spaces ("。",
  "，") is a sentence of the argument, no name;
- an entry that is a body's name, a colon and only a quotation of a few words ("Xandia Union:
  “No cuts to the schools”") gives what that body said or its own statement's title: a voice
  the text quotes, no signer (a word for a kind alone before the colon labels the quoted name:
  "Verein: „Xandia hilft“");
- an abbreviation with a case ending after a hyphen ("XKP-a", "XKP-së") is a second signature
  of the abbreviation when another entry publishes it bare;
- a word for a kind of organisation alone ("Party", "Forum") that the text goes on after with
  a word joining a name's words ("Party for the Tenants", "Forum delle cooperative") is the head of
  a name cut short, no name;
- parts after commas or a further "and" past the word for "and" of a section's run, each with
  no evidence of a name of its own, are the last name's own ("A and B of Xandia, Zetland, Ypsia",
  "A, B and C Justice and the Tenants of Zedtown");
- in a run of names that close with their kind, an entry that does not, joined by "and" to the
  next, which does, is that name's first half ("Xandian Tenants and Residents Association");
- an entry that is a country's name with abbreviations in a bracket after it ("France (XFDT,
  ZGT)", "Allemagne (XGB)") names the bodies of that country by their abbreviations: each
  abbreviation is a name, the country its country; a country signs nothing.
- an entry followed by a word for a kind in the plural, in lower case, that it shares with
  the words after it ("the Xandian Labour and Green parties", "Xandias och Zetlands
  fackförbund") is an attribute of bodies of that kind, no name; an abbreviation so placed
  ("the XTU and ZWU federations") still is one;
- an entry that is a person's name written with initials and a surname ("A. ZET", "M.ROE |",
  two parted by a slash: :func:`~..names.is_initialled_person`), as a leader's line under the
  lines of the bodies they lead is, names a person, in any script written with capitals;
- an entry written as a person's name that opens with a given name ("Paolo Zettini", "Anna
  Xandova": :func:`~..names.given_named`, ``given_names`` of ``orgwords.yaml``), perhaps with a
  bracket after it ("Luca Ypsini (XAP Zetgrado)": their role or their body), names a person,
  whatever stands beside it in its run;
- an entry written as a person's name that the text writes elsewhere after a person's title
  ("Dr Ivo Roe") or with a post after a comma ("Ivo Roe, general secretary") is a person's
  (:func:`.persons.named_as_person`);
- an entry written as a person's name amid persons' names in its run (the reader's persons left
  out beside it: "Ana Zet (secretary), Ivo Roe, Eva Doe") is a person's (:mod:`.persons`).

An entry set aside this way is left out of the section; the others are numbered again (a list is
numbered 1..n), and a section left with no entry is dropped. An entry of a list that the gate
publishes nothing of, and whose name no other entry publishes, is reported (:func:`set_aside`):
nothing a list holds is lost without a word.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from ...model.acronyms import initials
from ...model.countries import country_code, region_code
from ...model.folding import fold, fold_in_place
from ...model.quotes import CLOSING, OPENING
from ...model.records import Entry, Section, Skipped, Span
from ..cues import folded_words, phrase_alternation, vocabulary
from ..dates import read_dateline
from ..entries import split_entry
from ..lists import ARTICLE
from ..names import (
    evidence,
    generic_plural,
    given_named,
    is_abbreviation,
    is_bare_type_word,
    is_furniture_word,
    is_initialled_person,
    is_name_join,
    is_type_word,
    known_name,
    post_length,
)
from ..places import is_city
from ..running import spelled_across
from ..separators import glued_and_before
from ..spans import signing_words
from ..stops import UNSPACED_STOPS
from ..text import cased, folded_in_place, words
from ..totals import number_value
from .clauses import in_quoted_clause
from .completed import completed
from .headers import opens_addressing
from .persons import named_as_person, without_persons

__all__ = ["published", "set_aside"]

#: The word right after an entry on its line.
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
#: The fewest words of a line that a colon closes to introduce what follows.
_INTRODUCING = 3
#: An abbreviation and a case ending after a hyphen ("XKP-a", "ΞΚΚ-ου", "XKP-së").
_INFLECTED = re.compile(r"^(?P<abbreviation>\w+)[-–](?P<ending>[^\W\d_]{1,3})$")

#: An abbreviation in a bracket that closes an entry ("... Xandian Party (XP)").
_CLOSING_ABBREVIATION = re.compile(r"\(\s*(?P<abbreviation>[^()\s]+)\s*\)\W*$")
#: An article written onto its noun with a hyphen or an apostrophe ("l-Partit", "l’Unione").
_GLUED_ARTICLE = re.compile(r"^[^\W\d_A-Z]{1,3}[-'’](?=[^\W\d_])")

#: The fewest words of a quotation after a body's name and a colon read as what it said.
_SAID = 3
#: The full stops and commas of the scripts written without spaces between words.
_IDEOGRAPHIC_PUNCTUATION = (*UNSPACED_STOPS, "，", "；")

#: An article elided onto the word after it ("L'Union", "d’Associació").
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’](?=[^\W\d_])")

#: How many of an entry's first words are read for a word of signing that frames it.
_FRAME = 3
#: The most words between a word of signing and the name it leads to ("signed by the").
_LEAD = 3
#: Marks after a frame that the name follows ("Among the signatories – X").
_MARKS = frozenset("–—-:")
#: Quotation marks and brackets that may open a name.
_OPENING = "\"'«“„‘(["
#: The lists of ``cues.yaml`` whose phrases frame a name at an entry's start.
_FRAMES = ("addition_phrases", "representative_words", "on_behalf_phrases")
#: A double quotation mark where one opens (at the start or after a space, before a word), and
#: where one closes (after a word or a stop, not before a word): the marks that serve both, as
#: '"' and '“' do, are told by where they stand.
_OPENS = re.compile(rf"(?:^|(?<=\s))[{re.escape(OPENING)}](?=\w)")
_CLOSES = re.compile(rf"(?<=[\w.!?])[{re.escape(CLOSING)}](?!\w)")
_QUOTE = re.compile(rf"[{re.escape(OPENING + CLOSING)}]")
#: A proper noun with a case ending after an apostrophe ("XKP'nin", "Xand-İş’e", "Xandia’ya"),
#: perhaps with a stop after it.
_INFLECTED_NOUN = re.compile(r"^(?P<stem>[^\W\d_][\w-]+)['’](?P<ending>[^\W\d_]{1,5})[.,;:]?$")
#: The most lines below a lone word for a kind that a wrapped name runs over.
_WRAPPED = 4


def published(sections: list[Section], text: str) -> list[Section]:
    """The ``sections`` of ``text`` with each entry as it is published: a frame of signing taken
    off its name, or the entry set aside (see the module's docstring)."""
    sections = completed(sections, text, lambda entry: _cut_head(entry, text))
    named = {fold(e.raw) for section in sections for e in section.entries}
    spans = [e.span for section in sections for e in section.entries]
    found: list[Section] = []
    for section in sections:
        kept = [e for e in section.entries if not _cut_head(e, text)]
        passed = [
            p
            for e in kept
            for p in _passed(e, named)
            if not _members_body(p, text)
            and not _shared_head(p, text)
            and not named_as_person(p.raw, text)
            and not _counted_kind(p.raw, text)
            and not in_quoted_clause(p.span, text)
            and not (section.kind == "header" and _common_phrase(p.raw, text))
        ]
        entries = _unwrapped(passed, text)
        entries = _shared_kinds(_enumerated_tail(entries, text), text)
        entries = without_persons(entries, text, spans)
        if entries == list(section.entries):
            found.append(section)
            continue
        if not entries and section.more_stated is None:
            continue
        renumbered = tuple(replace(e, position=n) for n, e in enumerate(entries, start=1))
        found.append(replace(section, entries=renumbered))
    return found


def set_aside(listed: list[Section], published: list[Section]) -> list[Skipped]:
    """The entries of the ``listed`` sections (the lists) that none of the ``published`` ones
    holds: no published entry overlaps them and none publishes their name; each reported as no
    name ("Signed by:" / "1. Sign": the list's one entry is a word of signing)."""
    spans = [e.span for section in published for e in section.entries]
    named = {fold(e.raw) for section in published for e in section.entries}
    return [
        Skipped(e.raw, e.span, "not-a-name")
        for section in listed
        for e in section.entries
        if fold(e.raw) not in named
        and not any(s.start < e.span.end and e.span.start < s.end for s in spans)
    ]


def _passed(entry: Entry, named: set[str]) -> list[Entry]:
    """``entry`` as it passes the gate: itself, the name inside its frame, two names, or none
    when it is no name (``named``: the entries of every section, folded)."""
    raw = entry.raw
    if _introducing(raw) or _inflected_from(raw) in named or _opens_in_quotation(raw):
        return []
    if _word_of_prose(raw) or _addressed(raw) or _furniture(raw) or _place(raw):
        return []
    if _dateline(raw):
        return []
    if _plural_abbreviation(raw) or _kind_and_examples(raw) or is_initialled_person(raw):
        return []
    if given_named(raw):
        return []
    if _opens_with_preposition(raw) or _ideographic_sentence(raw) or _said_by(raw):
        return []
    start = _name_after_frame(raw)
    if start is None:
        start = _name_after_phrase(raw)
    if start is not None and start < 0:
        return []
    start = start or _spelled_start(raw)
    start, end = _past_inflected(raw, start, _name_end(raw, start))
    if (start, end) != (0, len(raw)):
        if end <= start or fold(raw[start:end]) in named:
            return []  # nothing left, or a name another entry publishes already
        entry = _within(entry, start, end)
    return [name for named_entry in _two_names(entry) for name in _country_held(named_entry)]


def _spelled_start(raw: str) -> int:
    """Where the name starts in an entry closed by a bracketed abbreviation that spells the
    initials of its last words but not of all of them, when a word in lower case that joins no
    name stands before those: the words before them are the sentence's ("Peress li l-Partit
    Xandjan (PX)": as the PX ..., "Poiché ora il Partito Xandiano (PX)"), an article glued onto
    the name's first word ("l-", "l’") with them; 0 otherwise."""
    closing = _CLOSING_ABBREVIATION.search(raw)
    if closing is None or not is_abbreviation(closing["abbreviation"]):
        return 0
    abbreviation = fold(closing["abbreviation"]).upper()
    tokens = list(re.finditer(r"\S+", raw[: closing.start()]))
    if not tokens or abbreviation in _initials(raw[: closing.start()]):
        return 0
    for k in range(1, len(tokens)):
        glued = _GLUED_ARTICLE.match(tokens[k].group())
        first = tokens[k].start() + (glued.end() if glued else 0)
        spelled = raw[first : closing.start()]
        if not spelled[:1].isupper() or abbreviation not in _initials(spelled):
            continue
        before = [t.group() for t in tokens[:k]]
        if any(w.isalpha() and w[:1].islower() and not is_name_join(w) for w in before):
            return first
        return 0
    return 0


def _initials(name: str) -> set[str]:
    """The initials of the words of ``name``, of all of them and of those that join no name."""
    return initials(name, {fold(w) for w in name.split() if is_name_join(w)})


def _country_held(entry: Entry) -> list[Entry]:
    """``entry`` as the names it holds when it is a country's name and, in a bracket after it,
    abbreviations parted by commas ("Belgique (XSC, ZGTB)"): the abbreviations, each with the
    country as its country; a country is no organisation. An abbreviation that is a country's
    own ("Germany (DE)", "(USA)") is none of its bodies. Any other entry is itself."""
    name, abbreviation, gloss, _ = split_entry(" ".join(entry.raw.split()))
    code = country_code(name)
    opening = entry.raw.rfind("(")
    if code is None or (abbreviation or gloss) is None or opening < 0:
        return [entry]
    parts = list(re.finditer(r"[^\s,()]+", entry.raw[opening:]))
    if not parts or not all(is_abbreviation(p.group()) for p in parts):
        return [entry]
    held = [p for p in parts if country_code(p.group()) is None and fold(p.group()) != fold(code)]
    return [
        replace(_within(entry, opening + p.start(), opening + p.end()), country_hint=name)
        for p in held
    ]


def _word_of_prose(raw: str) -> bool:
    """True when ``raw`` is one word of prose in lower case (``prose_words`` of ``orgwords.yaml``:
    "also", "auch", "luego"), as an adverb between two commas of a run is: no name."""
    found = words(raw)
    return len(found) == 1 and bool(evidence(raw).prose)


def _furniture(raw: str) -> bool:
    """True when ``raw`` is a word of a site's furniture alone (``furniture_words``:
    "Advertisement", "Anzeige", "Share"), not written as an abbreviation is ("TÖP" is a party's,
    though it folds to "top")."""
    entry = raw.strip()
    return is_furniture_word(entry) and not is_abbreviation(entry)


def _plural_abbreviation(raw: str) -> bool:
    """True when ``raw`` is one abbreviation written in the plural, its capitals and then an
    ending in lower case (``abbreviation_plurals``: "NGOs", "ONGs"): bodies of a kind, as "the
    unions" is, and no one body's name. An authority's name so written still signs."""
    entry = raw.strip()
    for ending in folded_words("abbreviation_plurals"):
        stem = entry[: -len(ending)]
        if (
            entry.endswith(ending)
            and len(stem) >= 2
            and stem.isupper()
            and stem.isalpha()
            and not known_name(entry)
        ):
            return True
    return False


#: The most a number counting bodies of a kind is read to be (past it, a year or an amount).
_MOST_COUNTED = 999


def _counted_kind(raw: str, text: str) -> bool:
    """True when ``raw`` is an abbreviation that ``text`` counts somewhere, a number of two or
    more right before it and no capitalised word, word for a kind or plural right after it
    ("six CSO rejected ...", "Enam CSO menafikan ...", "15 NGO dari ..."): an abbreviation of a
    kind of bodies, as "NGOs" is, and no one body's name. A number before an abbreviation that
    a word for a kind follows ("three XTU unions") counts those, a list's number ("3. XTU",
    "3) XTU") counts nothing, and an authority's name still signs."""
    name = raw.strip()
    if not is_abbreviation(name) or known_name(name):
        return False
    for found in re.finditer(rf"(\S+)[ \t]+{re.escape(name)}(?!\w)", text):
        if not found[1].isalnum():
            continue
        value = number_value(found[1])
        if value is None or not 2 <= value <= _MOST_COUNTED:
            continue
        after = _NEXT_WORD.match(text, found.end())
        if after and (after[1][:1].isupper() or is_type_word(after[1]) or generic_plural(after[1])):
            continue
        return True
    return False


#: The fewest capitalised words of an entry that :func:`_common_phrase` reads: a name of one
#: word is a common word's too often ("Together", "Forward") for the text's lower case to tell.
_PHRASE_WORDS = 2
#: The fewest letters of one word in capitals that :func:`_common_phrase` reads as a head's
#: label ("YOUTH" over a paper's page): shorter, it may be an abbreviation of the text's.
_LABEL = 5


def _common_phrase(raw: str, text: str) -> bool:
    """True when ``raw`` is words only, two or more of them capitalised or one word in capitals
    of five letters or more (a head's label: "YOUTH" over a paper's page), and ``text`` writes
    its words somewhere in the same order, each opening in lower case, with only spaces or a
    line's break between them, accents aside ("Global Tenants Network" and "... of the global
    tenants network", "ΔΙΚΤΥΟ ΕΝΟΙΚΙΑΣΤΩΝ" and "δίκτυο ενοικιαστών"): a common phrase that a
    head writes in capitals, no one body's name. A name the authority knows is one whatever the
    text writes."""
    parts = raw.split()
    if not all(part[:1].isalpha() for part in parts):
        return False  # a bracket, a quotation mark or a number: read as written
    label = len(parts) == 1 and len(parts[0]) >= _LABEL and parts[0].isupper()
    capitalised = sum(part[:1].isupper() for part in parts)
    if (capitalised < _PHRASE_WORDS and not label) or known_name(raw.strip()):
        return False
    parts = fold_in_place(raw).split()  # accents off: capitals drop them ("ΔΙΚΤΥΟ", "δίκτυο")
    lowered = r"\s+".join(
        re.escape(part[0].lower()) + f"(?i:{re.escape(part[1:])})" for part in parts
    )
    return re.search(rf"(?<!\w){lowered}(?!\w)", fold_in_place(text)) is not None


@cache
def _such_as() -> re.Pattern[str]:
    """A word for "such as" (``such_as_words`` of ``cues.yaml``) as written, in lower case,
    between two words."""
    forms = sorted(vocabulary()["such_as_words"], key=len, reverse=True)
    joined = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<=\w[\s,])\s*(?:{joined})\s+(?=\S)")


def _kind_and_examples(raw: str) -> bool:
    """True when ``raw`` names a kind of bodies and then some of them after a word for "such
    as" ("Choirs like the Zetgrad Singers and the Ypsilon Band", "Künstler wie die Gruppe X"),
    the words before it holding no word for a kind and no abbreviation that a name of its own
    would ("Xandian Association of People with ..." is a name): a description, no one body."""
    found = _such_as().search(raw)
    if found is None:
        return False
    label = words(raw[: found.start()])
    return not any(is_type_word(w) or is_abbreviation(w) or known_name(w) for w in label)


def _opens_with_preposition(raw: str) -> bool:
    """True when ``raw`` opens with a preposition of a script without capitals
    (``uncased_prepositions`` of ``cues.yaml``: Arabic "في", "على"; not "من", which opens names
    too), a "و" perhaps glued on: a phrase of the sentence ("في مقر حزب X", at the seat of the X
    party), no name, which opens with its kind or its own word."""
    found = words(raw)
    if len(found) < 2:
        return False
    first = found[0]
    glued = glued_and_before(first)
    if glued and len(first) > len(glued) + 1:
        first = first[len(glued) :]
    return fold(first) in folded_words("uncased_prepositions")


def _said_by(raw: str) -> bool:
    """True when ``raw`` is a body's name, a colon and then only a quotation of a few words
    (``Xandia Union: “No cuts to the schools”``): what that body said or the title of its own
    statement, listed as one of others' voices; no entry of a list of signers reads so. A word
    for a kind alone before the colon is a label of the quoted name ("Verein: „Xandia hilft“")."""
    name, colon, said = raw.partition(":")
    said = said.strip()
    if not colon or not name.strip() or len(words(said)) < _SAID or said[:1] not in OPENING:
        return False
    if _QUOTE.search(name) or said[-1:] not in CLOSING or _QUOTE.search(said[1:-1]):
        return False
    label = words(name)
    return not (len(label) == 1 and is_bare_type_word(label[0]))


def _ideographic_sentence(raw: str) -> bool:
    """True when ``raw`` holds the full stop or the comma of the scripts written without spaces
    between words ("。", "，": :data:`_IDEOGRAPHIC_PUNCTUATION`): a sentence of the argument (a
    paragraph of a report read as a list's line); a name holds neither."""
    return any(mark in raw for mark in _IDEOGRAPHIC_PUNCTUATION)


def _place(raw: str) -> bool:
    """True when ``raw`` is a city's name alone, a country's or a region's
    (:func:`~..places.is_city`, :func:`~...model.countries.country_code`,
    :func:`~...model.countries.region_code`): "Zedtown" under a list, where the statement was
    signed, "in Xandia" or "the unions of Scotland, ..." read from a sentence. A place signs
    nothing; its bodies are named."""
    place = raw.strip()
    return is_city(raw) or country_code(place) is not None or region_code(place) is not None


def _dateline(raw: str) -> bool:
    """True when ``raw`` is a dateline or a stamp (:func:`~..dates.read_dateline`): a date alone
    ("14.03.2021"), or after a place that is a city, a country or a region (:func:`_place`:
    "Zedtown, 14 March 2021"). It says when and where the statement was made, as a place alone
    says where; a name before the date ("Workers' Party of Zetland, 14 March 2021") is a body's
    sign-off, not so read."""
    read = read_dateline(raw)
    return read is not None and (read[2] is None or _place(read[2]))


def _addressed(raw: str) -> bool:
    """True when ``raw`` opens with a word addressing someone (``address_words``), perhaps an
    article, and then a post (:func:`~..names.post_length`): "To the Leader of the X Party", "Al
    Secretario General del ...", or is the press so addressed and nothing more (``press_words``:
    "To the press", "Alla stampa", the end of a heading "Statement to the press"). The line says
    whom a letter goes to: no signer."""
    found = words(raw)
    if len(found) < 2 or not opens_addressing(found):
        return False
    at = 1 + (fold(found[1]) in folded_words("articles"))
    if at == len(found) - 1 and fold(found[at]) in folded_words("press_words"):
        return True
    return len(found) >= 3 and post_length([fold(w) for w in found], at) > 0


def _within(entry: Entry, start: int, end: int) -> Entry:
    """``entry`` read from its character ``start`` to its character ``end`` (its name)."""
    raw = entry.raw[start:end]
    name, abbreviation, gloss, country = split_entry(" ".join(raw.split()))
    span = Span(entry.span.start + start, entry.span.end - (len(entry.raw) - end))
    return Entry(
        entry.position,
        raw,
        span,
        name,
        abbreviation,
        gloss,
        country or entry.country_hint,
        reader=entry.reader,
    )


def _joined(text: str, head: Entry, tail: Entry) -> Entry:
    """One entry read from the start of ``head`` to the end of ``tail``, with what stands between
    them in ``text``: a name the section's entries had cut in pieces."""
    raw = text[head.span.start : tail.span.end]
    return _within(replace(head, raw=raw, span=Span(head.span.start, tail.span.end)), 0, len(raw))


def _name_after_phrase(raw: str) -> int | None:
    """Where the name starts in an entry that opens with a phrase framing it ("as well as",
    "the representatives of", "on behalf of": :data:`_FRAMES`; after an article in lower case
    too: "as well as the X"); ``None`` when no such phrase opens it, or when the phrase is one
    capitalised word, which may be the name's own ("Leaders Forum")."""
    match = _framing().match(folded_in_place(raw))
    if match is None:
        return None
    phrase = raw[: match.end()].split()
    if len(phrase) == 1 and phrase[0][:1].isupper():
        return None
    article, _, rest = raw[match.end() :].partition(" ")
    if rest and article.islower() and fold(article) in folded_words("articles"):
        return match.end() + len(article) + 1  # "as well as the X"
    return match.end()


@cache
def _framing() -> re.Pattern[str]:
    """A phrase of :data:`_FRAMES` opening a text folded in place, with the spaces after it."""
    return re.compile(rf"(?:{phrase_alternation(*_FRAMES)})\s+(?=\w)")


@cache
def _on_behalf_line() -> re.Pattern[str]:
    """A line's start, folded in place, that is a phrase of ``on_behalf_phrases`` and an
    article perhaps, up to the entry after it."""
    return re.compile(rf"^\s*(?:{phrase_alternation('on_behalf_phrases')})\s+(?:\w+\s+)?$")


def _name_end(raw: str, start: int) -> int:
    """Where the name that starts at ``start`` ends: before a closing "and others", before a
    quotation opened after it and never closed (after a name: :func:`_named_before`), else at
    the entry's end."""
    end = len(raw)
    tokens = raw.split()
    if len(tokens) >= 3 and _others(tokens[-2], tokens[-1]):
        end = raw.rindex(tokens[-2], 0, raw.rindex(tokens[-1]))  # "X and others"
    end = _abbreviation_end(raw, start, end)
    for mark in _OPENS.finditer(raw, start, end):
        if (
            _named_before(raw[start : mark.start()])
            and _CLOSES.search(raw, mark.end(), end) is None
        ):
            end = mark.start()  # "X and Y “Stop the ...": a title glued on
            break
    return len(raw[:end].rstrip(" ,;:–—-")) if end < len(raw) else end


def _abbreviation_end(raw: str, start: int, end: int) -> int:
    """Where a name that is an abbreviation ends when only words in lower case follow it ("XKP
    meclis grubu", "ZWU unitariamente"): those are the sentence's words (an abbreviation's
    name is written in capitals, and a name that goes on after it goes on in capitals, "XKP
    Zedtown", "XKP (Zetland)", or is its kind alone, "XKP partisi"), so the name is the
    abbreviation; ``end`` otherwise."""
    tokens = list(re.finditer(r"\S+", raw[start:end]))
    if len(tokens) < 2 or not is_abbreviation(tokens[0].group()):
        return end
    if not all(_lower_word(t.group()) for t in tokens[1:]):
        return end
    if len(tokens) == 2 and is_type_word(tokens[1].group().rstrip(".,;:")):
        return end  # "XKP կուսակցություն", "XKP partisi": its kind, written after it
    return start + tokens[0].end()


def _lower_word(token: str) -> bool:
    """True when ``token`` is a word in lower case, perhaps with a stop after it: letters only
    (no bracket, quotation mark or digit), the first in lower case."""
    word = token.rstrip(".,;:")
    return word.isalpha() and word[0].islower()


def _named_before(before: str) -> bool:
    """True when ``before``, the words of an entry before a quotation mark, are a name of their
    own: a capitalised word that is no word for a kind ("Xandia Union", "XKP"). Words for a kind
    and words in lower case alone ("Partia", "громадська ініціатива") are the quoted name's own
    (its closing mark lost: "Partia “Zetland Razem")."""
    return any(w[:1].isupper() and not is_type_word(w) for w in words(before))


def _past_inflected(raw: str, start: int, end: int) -> tuple[int, int]:
    """Where the name between ``start`` and ``end`` starts and ends around a proper noun with a
    case ending after an apostrophe ("XKP'nin", "Xandia’ya"), a word of the sentence: a name
    is written in its base form. Where words in lower case and then a capitalised word follow
    it, the noun and those words are the sentence's and the name is what follows ("XKP’ye
    bağlı Zetsen": Zetsen, affiliated to the XKP); where only words in lower case follow it, or
    none, the name ends with the noun's stem ("XKP'nin"; "Zetland Partisi'nin seçim
    ittifakına", the party's election alliance)."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", raw[:end]) if m.start() >= start]
    for k, (at, token) in enumerate(tokens):
        match = _INFLECTED_NOUN.match(token)
        if match is None or not _case_ending(match):
            continue
        after = [t for _, t in tokens[k + 1 :]]
        lower = next((n for n, t in enumerate(after) if not t[:1].islower()), len(after))
        if lower == len(after):
            return start, at + len(match["stem"])  # "XKP'nin", "Partisi'nin seçim ittifakına"
        if lower > 0 and after[lower][:1].isupper():
            return tokens[k + 1 + lower][0], end  # "XKP’ye bağlı Zetsen"
        return start, end
    return start, end


def _case_ending(match: re.Match[str]) -> bool:
    """True when ``match`` of :data:`_INFLECTED_NOUN` is a proper noun's case ending: a
    capitalised stem ("XKP'nin", "Partisi'nin"; not an elided word, "dell'arte",
    "presqu'île") and an ending in lower case that is no English contraction."""
    ending = match["ending"]
    not_a_case = fold(ending) in folded_words("apostrophe_endings")
    return match["stem"][:1].isupper() and ending.islower() and not not_a_case


def _others(word: str, last: str) -> bool:
    """True when ``word`` and ``last`` say "and others" ("та інші", "e altri", "ve diğerleri"),
    in lower case: a capitalised "and More" closes a name ("Zetland Books and More")."""
    last = last.rstrip(".,;")
    return (
        fold(word) in _ands()
        and not last[:1].isupper()
        and fold(last) in folded_words("more_words")
    )


def _opens_in_quotation(raw: str) -> bool:
    """True when the first quotation mark of ``raw`` closes a quotation and words follow it:
    the entry starts inside a quoted title or slogan ("... the cuts back” said the X")."""
    first = _QUOTE.search(raw)
    return (
        first is not None
        and _CLOSES.match(raw, first.start()) is not None
        and _OPENS.match(raw, first.start()) is None
        and bool(words(raw[first.end() :]))
    )


def _two_names(entry: Entry) -> list[Entry]:
    """``entry`` as the names it holds: two names joined by a word for "and" in lower case
    (:func:`_apart`), or two abbreviations alone joined by a word for "with", are two, unless
    the bracketed abbreviation closing the second spells the whole
    (:func:`.running.spelled_across`); any other entry is one."""
    tokens = entry.raw.split()
    joining = folded_words("and_words")
    if len(tokens) == 3:  # "XKP ile ZWU", "XKP with ZWU": two abbreviations alone (:func:`_apart`)
        joining = joining | folded_words("company_words")
    for k in range(1, len(tokens) - 1):
        if not tokens[k].islower() or fold(tokens[k]) not in joining:
            continue
        # past an article after the word for "and", the second name opens ("... and the Y Union")
        at = k + 1 + _articled(tokens[:k], tokens[k + 1 :])
        if (at > k + 1 or _apart(tokens[:k], tokens[k + 1 :])) and not spelled_across(
            entry.raw, " ".join(tokens[at:])
        ):
            first = len(entry.raw[: _offset(entry.raw, tokens, k)].rstrip(" ,"))
            second = _offset(entry.raw, tokens, at)
            return [_within(entry, 0, first), _within(entry, second, len(entry.raw))]
    return [entry]


def _articled(before: list[str], after: list[str]) -> int:
    """1 when ``after`` a word for "and" an article in lower case opens a second name that has
    its own word for its kind, and the words ``before`` are a name with its own ("La Unión X y
    la Asociación Y", "the X Union and the Y Party", "l'Union X et la Fédération Y"): one name
    does not repeat an article before a second kind ("Federation of Councils and Unions of
    Xandia" has none); else 0. The second name opens with its word for a kind, or with a
    capitalised word of none and holds one further on, as :func:`_apart` reads it."""
    if len(after) < 3 or not after[0].islower() or fold(after[0]) not in folded_words("articles"):
        return 0
    rest = after[1:]
    if len(before) < 2 or not before[0][:1].isupper():
        return 0
    if not any(is_type_word(_ELIDED.sub("", w)) for w in before):
        return 0
    if not rest[0][:1].isupper() or generic_plural(rest[0]):
        return 0
    return int(is_type_word(rest[0]) or any(is_type_word(w) for w in rest[1:]))


def _apart(before: list[str], after: list[str]) -> bool:
    """True when the words ``before`` and ``after`` a word for "and" are two names: two
    abbreviations alone ("XKP and ZWU", "XKP ve ZWU"), or two names each with a word for its
    kind, the first of several words ending with it ("Zetland Teachers' Union"), the second
    opening with a capitalised word of no kind and holding one further on ("Xandia Workers'
    Party"). A name whose second part opens with a word for a kind ("Federation of Councils
    and Unions of Xandia") or whose first part is one word ("Central and Eastern ... Network")
    stays one."""
    if len(before) == 1 == len(after):
        return is_abbreviation(before[0]) and is_abbreviation(after[0])
    return (
        len(before) >= 2
        and before[0][:1].isupper()
        and is_type_word(before[-1].rstrip(","))
        and after[0][:1].isupper()
        and not is_type_word(after[0])
        and any(is_type_word(w) for w in after[1:])
    )


def _unwrapped(entries: list[Entry], text: str) -> list[Entry]:
    """``entries`` with a name wrapped over lines read as one: a word for a kind alone after a
    phrase of ``on_behalf_phrases`` on its line ("On behalf of the Committee"), and the entries
    on the lines right below it, up to a blank line, :data:`_WRAPPED` lines at most ("of the
    Xandian Union" / "Zedtown branch"): one body is spoken for."""
    found: list[Entry] = []
    k = 0
    while k < len(entries):
        last = k
        if _wrapped_head(entries[k], text):
            while (
                last + 1 < len(entries)
                and last - k < _WRAPPED
                and _next_line(text, entries[last].span.end, entries[last + 1].span.start)
            ):
                last += 1
        if last == k:
            found.append(entries[k])
        else:
            found.append(_joined(text, entries[k], entries[last]))
        k = last + 1
    return found


def _enumerated_tail(entries: list[Entry], text: str) -> list[Entry]:
    """``entries`` with the parts after the word for "and" of a section's run (the first, with
    commas alone before it) read as one name when the name after it does not close with a word
    for its kind and each part after it has no evidence of a name of its own (no word for a kind,
    abbreviation or known name, no digit): a part after a comma is a word or two in capitals
    ("A and the B of Xandia, Zetland, Ypsia" names two, the second of three places), a part after
    a further "and" three words at most ("A, B and C Justice and the Tenants of Zedtown": three).
    A run of names joins its last with its one "and": what goes on after it is that name's."""
    k = next(
        (j for j in range(1, len(entries)) if _between(text, entries[j - 1], entries[j]) != ","),
        len(entries),
    )
    if k >= len(entries) - 1 or not _joined_by_and(text, entries[k - 1], entries[k]):
        return entries
    last_word = words(entries[k].raw)[-1:]
    if any(map(is_type_word, last_word)):
        return entries  # a name closed by its kind is whole: what follows is no part of it
    for before, part in itertools.pairwise(entries[k:]):
        comma = _between(text, before, part) == ","
        # "A and B and C" with no comma may join three names one by one: only a run that
        # parts its names by commas has used its "and"
        parted = comma or (k >= 2 and _joined_by_and(text, before, part))
        if not parted or not _bare_part(part.raw, comma):
            return entries
    return [*entries[:k], _joined(text, entries[k], entries[-1])]


def _shared_kinds(entries: list[Entry], text: str) -> list[Entry]:
    """``entries`` with two joined by a word for "and" read as one name where the first does not
    close with a word for its kind, the second does, and so do most of the section's others: in
    a run of names each closed by its kind ("X Derneği, Y Birliği, ..."), "Xandia Tenants and
    Residents Association" is one name whose kind serves both of its halves."""
    if len(entries) < _SHARED_FROM:
        return entries
    closed = [_closes_with_kind(e.raw) for e in entries]
    if sum(closed) * 4 < len(entries) * 3:
        return entries
    found: list[Entry] = []
    k = 0
    while k < len(entries):
        first = entries[k]
        if (
            k + 1 < len(entries)
            and not closed[k]
            and closed[k + 1]
            and len(words(first.raw)) >= 2
            and fold(_between(text, first, entries[k + 1])) in _ands()
        ):
            found.append(_joined(text, first, entries[k + 1]))
            k += 2
            continue
        found.append(first)
        k += 1
    return found


#: The fewest entries of a section whose habit of closing names with their kind is read.
_SHARED_FROM = 4


def _closes_with_kind(raw: str) -> bool:
    """True when the last word of ``raw`` before a bracket is a word for a kind."""
    found = words(raw.split("(")[0])
    return bool(found) and is_type_word(found[-1])


def _between(text: str, before: Entry, after: Entry) -> str:
    """The text between two entries, without spaces at its ends."""
    return text[before.span.end : after.span.start].strip()


def _joined_by_and(text: str, before: Entry, after: Entry) -> bool:
    """True when a word for "and", perhaps with an article after it ("and the", "και της"), is
    all that stands between two entries."""
    between = _between(text, before, after)
    word, _, article = between.partition(" ")
    if fold(word) not in _ands():
        return False
    if not article:
        return True
    found = ARTICLE.match(f"{article} {after.raw}")
    return found is not None and found.end() == len(article) + 1


#: The most words of a part after a comma that continues a name ("Zetland", "Nova Ypsia"), and of
#: one after a further word for "and" ("the Citizens of Zedtown").
_PART_WORDS, _AND_PART_WORDS = 2, 3


def _bare_part(raw: str, comma: bool) -> bool:
    """True when ``raw`` has no evidence of a name of its own and no digit ("Covid-19" is none of
    a name's parts): after a comma, one or two words, each capitalised; after a word for "and",
    three words at most, the first capitalised."""
    found = words(raw)
    most = _PART_WORDS if comma else _AND_PART_WORDS
    if not 1 <= len(found) <= most or any(c.isdigit() for c in raw):
        return False
    if not all(w[:1].isupper() for w in (found if comma else found[:1])):
        return False
    evidence_of = evidence(raw)
    return not (evidence_of.types or evidence_of.abbreviation or evidence_of.known)


def _wrapped_head(entry: Entry, text: str) -> bool:
    """True when ``entry`` is a word for a kind alone at its line's end, after a phrase of
    ``on_behalf_phrases`` that opens the line ("W imieniu Komisji", then the line breaks)."""
    found = words(entry.raw)
    if len(found) != 1 or not is_bare_type_word(found[0]):
        return False
    line_start = text.rfind("\n", 0, entry.span.start) + 1
    line_end = text.find("\n", entry.span.end)
    if text[entry.span.end : line_end if line_end >= 0 else len(text)].strip():
        return False
    before = folded_in_place(text[line_start : entry.span.start])
    return _on_behalf_line().match(before) is not None


def _next_line(text: str, end: int, start: int) -> bool:
    """True when the text from ``end`` to ``start`` is one line break and spaces."""
    between = text[end:start]
    return between.count("\n") == 1 and not between.strip()


def _introducing(raw: str) -> bool:
    """True when an entry of several words ends with a colon: a line introducing what follows
    ("X and Y issued the following statement:"), no name."""
    return raw.rstrip().endswith(":") and len(words(raw)) >= _INTRODUCING


def _inflected_from(raw: str) -> str | None:
    """The abbreviation, folded, of an entry that is an abbreviation with a case ending after a
    hyphen ("XKP-a", "XKP-së", "XKP-u"), ``None`` for any other entry."""
    match = _INFLECTED.match(raw.strip())
    if match is None or not match["ending"].islower() or not is_abbreviation(match["abbreviation"]):
        return None
    return fold(match["abbreviation"])


def _cut_head(entry: Entry, text: str) -> bool:
    """True when ``entry`` is a word for a kind of organisation alone and ``text`` goes on after
    it, on the same line, with a word joining a name's words that is no word for "and" ("Party
    for the Tenants", "Forum delle cooperative"): the head of a name the reader cut short."""
    found = words(entry.raw)
    if len(found) != 1 or not is_bare_type_word(found[0]):
        return False
    after = _NEXT_WORD.match(text, entry.span.end)
    return after is not None and is_name_join(after[1]) and fold(after[1]) not in _ands()


def _members_body(entry: Entry, text: str) -> bool:
    """True when the words right before ``entry`` on its line are a word for members and perhaps
    joining words ("the unions members of the X Confederation", "organisations membres de la
    X", "члены Союза X": ``member_words`` of ``cues.yaml``): the body whose members sign, which
    signs nothing itself."""
    line = text[text.rfind("\n", 0, entry.span.start) + 1 : entry.span.start]
    tokens = line.split()[-_MEMBER_JOINS - 1 :]
    while tokens and _member_join(tokens[-1]):
        tokens.pop()
    return bool(tokens) and fold(tokens[-1]) in folded_words("member_words")


#: The most capitalised words between a word for "and" after an entry and a word for a kind in
#: the plural that the entry shares with them ("the Xandian Labour and Green Left parties").
_SHARED_CAPITALS = 3
#: The words right after an entry on its line, up to a stop or a bracket.
_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _shared_head(entry: Entry, text: str) -> bool:
    """True when ``entry`` and the words after it name bodies by a word for their kind in the
    plural, in lower case, that they share: right after it ("Valtion ja Kirkon järjestöt", the
    state's and the church's organisations: "Kirkon"), or after a word for "and" and capitalised
    words ("the Xandian Labour and Green parties": "Xandian Labour"). The entry is an attribute
    of that kind, no name. An abbreviation ("the XTU and ZWU federations"), a name the
    authority knows and one with a kind of its own ("Рабочей партии Ксании и Народной партии
    Зетландии", a singular in a case that spells as the plural) are names as they stand."""
    raw = entry.raw.strip()
    if is_abbreviation(raw) or known_name(raw) or any(is_type_word(w) for w in words(raw)):
        return False
    after: list[str] = []
    at = entry.span.end
    while len(after) < _SHARED_CAPITALS + 2 and (word := _WORDS_AFTER.match(text, at)):
        after.append(word[1])
        at = word.end()
    if not after:
        return False
    if after[0][:1].islower() and generic_plural(after[0]):
        return True
    if fold(after[0]) not in _ands():
        return False
    for k in range(1, len(after)):
        if not after[k][:1].isupper():
            return k > 1 and generic_plural(after[k])
    return False


#: The most joining words between a word for members and their body's name ("membres de la").
_MEMBER_JOINS = 3


def _member_join(token: str) -> bool:
    """True when ``token`` is a joining word or an article ("of", "de la", "des"), no word for
    "and", which may stand between a word for members and their body's name."""
    folded = fold(token)
    joins = is_name_join(token) or folded in folded_words("articles")
    return joins and folded not in _ands()


@cache
def _ands() -> frozenset[str]:
    """The words for "and" (``and_words``, ``and_before_capitals``), folded: between two names."""
    return folded_words("and_words") | folded_words("and_before_capitals")


def _unglued(word: str) -> str:
    """``word`` without a conjunction glued to it (:func:`..separators.glued_and_before`:
    "ووقع" -> "وقع"), when a word of three letters or more is left."""
    glued = glued_and_before(word)
    return word[len(glued) :] if glued and len(word) > len(glued) + 2 else word


def _name_after_frame(raw: str) -> int | None:
    """Where the name starts in an entry one of whose first words is a word of signing ("Among
    the signatories – X", "Signed by the X", "كما وقعته X"): after a dash or a colon that
    follows that word, else at the first capitalised word after it past a word in lower case,
    three words after it at most ("Signed by the X"), or at a type word of a script without
    capitals right after it ("كما وقعته جبهة X"); -1 when none is there; ``None`` when no
    word of signing opens the entry, or when a capitalised word follows it right away: the word
    is the name's own ("Xandian Sign Language Association", "Unterstützerkreis Zetland")."""
    tokens = raw.split()
    at = next((k for k in _word_places(tokens)[:_FRAME] if _signing(tokens[k])), None)
    if at is None:
        return None
    for k in range(at, min(at + _LEAD + 1, len(tokens) - 1)):
        if tokens[k] in _MARKS or tokens[k].endswith(":"):
            return _offset(raw, tokens, k + 1)  # "Among the signatories – X", "Signed by: X"
        if tokens[k + 1].lstrip(_OPENING)[:1].isupper():
            return _offset(raw, tokens, k + 1) if k > at else None
        if k == at and not cased(tokens[k + 1]) and is_type_word(tokens[k + 1]):
            # "كما وقعته جبهة X": no capitals, but the type word right after the word of
            # signing opens the name
            return _offset(raw, tokens, k + 1)
    return -1


def _word_places(tokens: list[str]) -> list[int]:
    """The places of the ``tokens`` that hold a word (not a dash, a number)."""
    return [k for k, token in enumerate(tokens) if words(token)]


def _signing(token: str) -> bool:
    """True when a word of ``token`` is a word of signing, perhaps with a conjunction glued on."""
    signing = signing_words()
    return any(signing.matches(fold(w)) or signing.matches(fold(_unglued(w))) for w in words(token))


def _offset(raw: str, tokens: list[str], k: int) -> int:
    """Where the ``k``-th of ``raw``'s whitespace-parted ``tokens`` starts."""
    at = 0
    for token in tokens[:k]:
        at = raw.index(token, at) + len(token)
    return raw.index(tokens[k], at)
