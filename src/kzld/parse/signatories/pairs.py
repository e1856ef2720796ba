"""Entries that pair an organisation with the person who signs for it, in any language:

- a person, a dash, the organisation ("Surname Name – X Union", "Name Surname - XPB");
- the organisation, a dash, the person and perhaps a role ("X Mission – Name Surname, former
  president", "X Mission–Hon. Dr. Name Surname, former president");
- the organisation, a comma, the person, a comma, the role ("X Union, Name Surname, secretary");
- the person, a comma, the organisation, then after a dash what the person spoke of, in lower
  case ("Name Surname, X Union – on the need for ...");
- the organisation, the person's post and the person, with no comma, as a sign-off under a
  letter is written where the organisation's name comes before its post ("X Union
  general secretary Name Surname", "X-o federacijos pirmininkas Name Surname", "X Partiyası –
  sədr Name Surname");
- the person, perhaps a post of their own in lower case, and after the last comma the
  organisation before its post ("Name Surname, X Partys ordförande");
- the person, a word for "for", an article, perhaps the organisation's kind, and its name
  ("Name Surname for the X Union", "Name Surname για τον συνδυασμό X");
- a letter's sign-off one part a line: the person's name alone, then the post and the
  organisation ("General Secretary of the XKP"), or the post alone with the organisation's
  name on the line under it ("Name Surname" / "elnök" / "XKP"): :func:`officer`, read as the
  one entry "Name Surname, post, organisation" is.

- the organisation as an entry of a bulleted list, its delegates one a line under it, marked
  by another sign (a bullet, then dashes): the delegates are details of the entry, not entries.

The organisation is the signer. An entry whose other part is no organisation but a role or a
description in lower case ("Surname Name – jurist") is a person's. A list is read so only when
most of its entries pair in the same way: "Zeta Milieu – Xandiapeace" alone is no pair.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..cues import inner_cue_words, vocabulary
from ..lists import ARTICLE, Item
from ..names import (
    evidence,
    is_name_join,
    is_person,
    is_post,
    is_type_word,
    person_line,
    person_shaped,
    speaks_for_organisation,
    surname_cased,
)
from ..text import words
from .blocks import Block

__all__ = [
    "PERSON",
    "in_commas",
    "nested",
    "officer",
    "officers",
    "paired",
    "personal",
    "post_before_person",
    "surname_cased",
    "with_organisations",
]

#: What :func:`paired` returns for an entry that names only a person and a role.
PERSON = -1

#: A dash between two parts: an en or em dash however spaced, a hyphen with a space on a side.
_DASH = re.compile(r"\s*[–—]\s*|\s+-\s*|(?<=\w)-\s+")


def personal(text: str) -> bool:
    """True when ``text`` reads as a person's name, perhaps after titles ("Hon. Dr."): two to
    six words, every one capitalised, two to four of them full words, and none of the evidence
    of an organisation (a type word, a qualifier, an abbreviation, a country, a known name)."""
    found = words(text)
    if not 2 <= len(found) <= 6 or re.search(r"[\d()\[\]/&@]", text):
        return False
    # a surname may be written in capitals ("Name SURNAME"), not the whole name
    if not all(w[:1].isupper() for w in found) or all(w.isupper() for w in found):
        return False
    full = [w for w in found if len(w) > 3 or not text.count(w + ".")]
    if not 2 <= len(full) <= 4:
        return False
    # a surname in capitals is no abbreviation: the name is weighed as "Name Surname"
    return not speaks_for_organisation(surname_cased(found))


def _person_and_role(text: str) -> bool:
    """True when ``text`` is a person's name, perhaps with a role after a comma."""
    return personal(text.partition(",")[0].strip())


def _organisation(text: str) -> bool:
    """True when ``text`` may name an organisation: it opens with a capital, a digit or a sign
    ("+Europa"), not with a word in lower case (a role: "jurist", "former minister")."""
    first = next((c for c in text if c.isalnum()), "")
    return bool(first) and not first.islower() and not personal(text)


def paired(raw: str) -> tuple[int, str] | int | None:
    """How an entry pairs a person and an organisation: ``(offset, organisation)`` when it names
    the organisation a person signs for (``offset`` where it starts in ``raw``), :data:`PERSON`
    when it names a person and a role only, ``None`` when it is no such pair."""
    described = _described(raw)  # "Name, X Union – on ...": the dash ends the pair, not a name
    if described is not None:
        return described
    posted = post_before_person(raw)  # "X Union general secretary Name Surname"
    if posted is not None:
        return posted
    dash = _DASH.search(raw)
    if dash is not None and dash.start() > 0:
        left, right = raw[: dash.start()].rstrip(), raw[dash.end() :].strip()
        first = _after_post(left)
        if first is not None and _person_and_role(right.rstrip(" .")):
            return first, left[first:]  # "President of the XKP – Name Surname": XKP signs
        if personal(left):
            role = person_line(f"{left}, {right}")  # "Name – President of X": X signs
            if role is not None and role[0] == "signer":
                at = role[1] - len(left) - 2 + dash.end()
                return at, raw[at:].rstrip(" .,;")
            organisation = right.rstrip(" .,;")
            return (dash.end(), organisation) if _organisation(organisation) else PERSON
        if right and _person_and_role(right.rstrip(" .")) and _organisation(left):
            return 0, left
    return in_commas(raw)


#: The most words of a post between an organisation and its officer's name ("pirmininko
#: pavaduotojas", "general secretary", "Genel Başkanı").
_POST_WORDS = 3
#: The fewest and most words of a person's name closing a sign-off line.
_PERSON_WORDS = (2, 4)


def post_before_person(raw: str) -> tuple[int, str] | None:
    """``(0, organisation)`` when an entry is an organisation's name, then a post that speaks
    for it (one to three words that are a post of ``signer_roles``, the longest first:
    "general secretary", not "secretary") and a person's name closing the entry, with no comma
    between them: "X Union general secretary Name Surname". A person's name after words that
    are no post ("Fondazione don Name Surname") pairs nothing."""
    tokens = raw.split()
    low, high = _PERSON_WORDS
    for size in range(low, high + 1):
        if len(tokens) <= size + 1 or not personal(" ".join(tokens[-size:])):
            continue
        for post in range(_POST_WORDS, 0, -1):
            if len(tokens) <= size + post or not is_post(" ".join(tokens[-size - post : -size])):
                continue
            organisation = " ".join(tokens[: -size - post]).rstrip(" –—-,:")
            if organisation and _organisation(organisation):
                return 0, organisation
    return None


def _after_post(text: str) -> int | None:
    """Where the organisation starts in ``text`` when a post that speaks for it opens it (one to
    three words of ``signer_roles``, the longest first), perhaps with joining words and an
    article after the post ("President of the XKP", "PREȘEDINTE XKP", "Председатель ПТУ"):
    the first capitalised word after them; ``None`` when no post opens ``text``."""
    tokens = list(re.finditer(r"\S+", text))
    for post in range(_POST_WORDS, 0, -1):
        if len(tokens) <= post or not is_post(" ".join(t.group() for t in tokens[:post])):
            continue
        k = post
        while k < len(tokens) - 1 and tokens[k].group()[:1].islower():
            if not (is_name_join(tokens[k].group()) or ARTICLE.match(tokens[k].group() + " X")):
                return None
            k += 1
        return tokens[k].start() if _organisation(text[tokens[k].start() :]) else None
    return None


def in_commas(raw: str) -> tuple[int, str] | None:
    """``(offset, organisation)`` when an entry parts a person and the organisation they sign
    for by commas: "Name Surname, chair X Union"; the organisation and a role in lower case
    between commas, in either order ("X Union, Name Surname, secretary"; "Name Surname & Name
    Surname, X Union, coordinators of Y"); the organisation before its post after the last comma
    ("Name Surname, X Partys ordförande")."""
    role = person_line(raw)
    if role is not None and role[0] == "signer" and personal(raw.partition(",")[0]):
        return role[1], raw[role[1] :].rstrip(" .,;")  # "Name Surname, chair X Union": X signs
    described = _described(raw)
    if described is not None:
        return described
    parts = [p.strip() for p in raw.split(",")]
    if len(parts) >= 2 and (after := _post_after_organisation(raw)) is not None:
        return after
    if len(parts) < 3 or not parts[2][:1].islower():
        return None
    persons = _named_persons(parts[0])
    # two persons joined before it: the part after them is theirs, whatever its form
    if persons and parts[1][:1].isupper() and (persons == 2 or _organisation(parts[1])):
        return raw.index(parts[1], len(parts[0])), parts[1]
    if personal(parts[1]) and _organisation(parts[0]):
        return 0, parts[0]
    return None


def _post_after_organisation(raw: str) -> tuple[int, str] | None:
    """``(offset, organisation)`` when an entry gives a person's name, perhaps a post of their
    own in lower case after a comma, and after the last comma an organisation's name followed by
    a post that speaks for it (one to three words of ``signer_roles``), as languages that write
    the organisation before the post sign off: "Name Surname, X Partys ordförande", "Name
    Surname, minister, XP:s vice ordförande"."""
    head, comma, tail = raw.rpartition(",")
    parts = [p.strip() for p in head.split(",")]
    if not comma or not personal(parts[0]) or any(not p[:1].islower() for p in parts[1:]):
        return None
    tokens = tail.split()
    for post in range(_POST_WORDS, 0, -1):
        if len(tokens) <= post or not is_post(" ".join(tokens[-post:])):
            continue
        organisation = " ".join(tokens[:-post])
        # (its post says it is an organisation, though its words may read as a person's: "De
        # Grönas")
        if organisation[:1].isupper() and tail.lstrip().startswith(organisation):
            return len(raw) - len(tail.lstrip()), organisation
    return None


#: A dash or a colon after which an entry says in lower case what its person spoke of.
_TOPIC = re.compile(r"\s+[–—-]\s+(?=[^\W\d_])|:\s+(?=[^\W\d_])")


def _described(raw: str) -> tuple[int, str] | None:
    """``(offset, organisation)`` when an entry gives a person, after a comma the organisation
    they speak for, then after a dash or a colon in lower case what they spoke of ("Name
    Surname, X Union – on the need for ..."): the organisation signs, the person does not."""
    topic = _TOPIC.search(raw)
    if topic is None or not raw[topic.end() :][:1].islower():
        return None
    head, comma, tail = raw[: topic.start()].partition(",")
    organisation = tail.strip()
    if not comma or "," in organisation or not personal(head.strip()):
        return None
    if not organisation or not _organisation(organisation):
        return None
    return len(head) + 1 + len(tail) - len(tail.lstrip()), organisation


@cache
def _persons_joined() -> re.Pattern[str]:
    """The "&", "+" or a word for "and" of one word (``cues.yaml``) between two persons' names."""
    ands = (w for w in vocabulary()["and_words"] if " " not in w)
    return re.compile(r"\s+(?:&|\+|" + "|".join(map(re.escape, ands)) + r")\s+")


def _named_persons(text: str) -> int:
    """How many persons ``text`` names: one person's name, or two joined by "&" or a word for
    "and"; 0 when it is no such thing."""
    found = _persons_joined().split(text)
    return len(found) if len(found) <= 2 and all(personal(p) for p in found) else 0


def _in_column(raw: str) -> tuple[int, str] | None:
    """``(offset, organisation)`` when an entry has the form of "Surname Name – Organisation":
    two to four capitalised words before a dash and a capitalised part after it, whatever the
    words say (a surname may also be a country's adjective or a type word)."""
    dash = _DASH.search(raw)
    if dash is None or dash.start() == 0:
        return None
    left, right = raw[: dash.start()].rstrip(), raw[dash.end() :].strip().rstrip(" .,;")
    found = words(left)
    if not 2 <= len(found) <= 4 or re.search(r"[\d()\[\]/&@]", left):
        return None
    if not all(w[:1].isupper() and not w.isupper() for w in found) or not _organisation(right):
        return None
    return dash.end() + len(raw[dash.end() :]) - len(raw[dash.end() :].lstrip()), right


def _person_after(raw: str) -> tuple[int, str] | None:
    """``(0, organisation)`` when an entry gives an organisation, then after its last comma a
    person's name ("X PARTY, Name Surname"), in a list whose pairs give the organisation first."""
    head, comma, tail = raw.rpartition(",")
    if comma and personal(tail.strip().rstrip(" .")) and _organisation(head.strip()):
        return 0, head.strip()
    return None


def _none(raw: str) -> None:
    """No pair: the list's pairs are written both ways, so an entry's form tells nothing."""
    return None


#: An article and a word in lower case before a capital: the organisation's kind, perhaps
#: ("the union X", "τον συνδυασμό X").
_KIND = re.compile(r"^([^\W\d_]{1,3})\s+([^\W\d_]+)\s+(?=[^\W\d_])(?=[^a-zß-ÿα-ωа-я])")


def signed_for(raw: str) -> tuple[int, str] | None:
    """``(offset, organisation)`` when an entry names one person or two, then a word for "for"
    (``signing_for_words`` of ``cues.yaml``), an article and a capitalised name ("Name Surname
    y Name Surname por la Dirección Nacional del XKP", "Name Surname for the X Union", "Name
    Surname for the union X Union", the organisation's kind between the article and it): the
    persons sign for the organisation, which is the signer. Its form alone tells, whatever the
    other entries of the list are; without the article, "for" is as often a name's own ("Xandian
    Voice for Peace", "Gemeinschaft für Zetlandpolitik"), and two capitalised words before it
    may be a name's as well as a person's."""
    for match in inner_cue_words(raw, "signing_for_words"):
        if not _named_persons(raw[: match.start()].strip()):
            continue
        rest = raw[match.end() :].lstrip()
        # "por la X", "for the X", "pour l’X", "for the union X": the article is required
        article = ARTICLE.match(rest) or _KIND.match(rest)
        if not article or not rest[: article.end()].islower():
            continue  # "Xandian Voice for Peace": a name's own "for", with no article after it
        if article.re is _KIND and not is_type_word(article.group(2)):
            continue
        rest = rest[article.end() :]
        organisation = rest.rstrip(" .,;")
        if organisation[:1].isupper() and _organisation(organisation):
            return len(raw) - len(rest), organisation
    return None


def with_organisations(block: Block) -> Block:
    """The block with each entry that pairs a person and an organisation read as the
    organisation, when most of its entries (two at least) are such pairs; an entry in which
    persons sign for an organisation (:func:`signed_for`) is read so whatever the others are.

    The pairs of a list are written alike: when most of them give the person first, an entry of
    the same form whose words alone would not tell ("Russo Anna – Xli", where "Russo" is also a
    country's adjective) gives its person first too."""
    found = [paired(raw) for _, _, raw in block.items]
    if len(found) < 2 or sum(f is not None for f in found) * 2 <= len(found):
        return _signed_for(block)
    pairs = [f for f in found if isinstance(f, tuple)]
    column = _in_column
    if sum(offset == 0 for offset, _ in pairs) * 4 >= len(pairs) * 3:
        column = _person_after
    elif sum(offset > 0 for offset, _ in pairs) * 4 < len(pairs) * 3:
        column = _none
    found = [
        f if f is not None else column(raw)
        for f, (_, _, raw) in zip(found, block.items, strict=True)
    ]
    items: list[Item] = []
    sides: set[int] = set()
    for (line, start, raw), pair in zip(block.items, found, strict=True):
        if isinstance(pair, tuple):
            offset, organisation = pair
            items.append((line, start + offset, organisation))
            sides.add(start + offset)
        else:
            items.append((line, start, raw))
    return replace(block, items=items, pairs=True, sides=block.sides | frozenset(sides))


def _signed_for(block: Block) -> Block:
    """The block with each entry in which persons sign for an organisation read as it."""
    found = [signed_for(raw) for _, _, raw in block.items]
    if not any(found):
        return block
    items = [
        (line, start + pair[0], pair[1]) if pair else (line, start, raw)
        for (line, start, raw), pair in zip(block.items, found, strict=True)
    ]
    sides = frozenset(item[1] for item, pair in zip(items, found, strict=True) if pair)
    return replace(block, items=items, sides=block.sides | sides)


#: The most lines an officer's sign-off takes: the person's name, the post, the organisation.
_OFFICER_LINES = 3


def officer(raws: list[str]) -> tuple[int, int, str] | None:
    """How the first lines of ``raws`` name an organisation through its officer, one part a line
    as a letter's sign-off writes them: the person's name alone, then the post and the
    organisation it is of ("General Secretary of the XKP"), or the post alone (a post of
    ``signer_roles``) and on the line under it the organisation's name by its own words
    (:attr:`~..names.NameEvidence.own_words`: "Name Surname" / "elnök" / "XKP"; not a town, a
    country or the next person's name). The lines are read as the one entry "Name Surname,
    post, organisation" (:func:`paired`): the organisation signs, the person does not.
    Returns how many lines the sign-off takes, where the organisation's name starts in the last
    of them (its text as written, spaces kept) and the name; ``None`` when the lines are no
    such sign-off."""
    if len(raws) < 2 or not personal(raws[0].strip()):
        return None
    # a post alone ("General Secretary") is read with the line under it, never as a name
    post = is_post(raws[1].strip())
    if len(raws) < 2 + post:
        return None
    last = raws[1 + post]
    parts = [surname_cased(raws[0].split()), *raws[1 : 1 + post], last]  # "Name SURNAME"
    parts = [part.strip() for part in parts]
    pair = paired(", ".join(parts))
    head = len(", ".join(parts[:-1])) + 2
    # a post alone leaves the line under it to say whose it is: an organisation by its own words
    # (a type word, an abbreviation, a known name), not a town, a country or the next person
    if not isinstance(pair, tuple) or pair[0] < head or (post and not evidence(pair[1]).own_words):
        return None
    return len(parts), pair[0] - head + len(last) - len(last.lstrip()), pair[1]


def officers(block: Block) -> Block:
    """A block of lines one under the other in which a letter's sign-offs name organisations
    through their officers (:func:`officer`): each sign-off is read as its organisation's entry,
    and the lines of the person and the post are details of it, never entries."""
    if block.kind != "plain" or len(block.items) < 2:
        return block
    raws = [raw for _, _, raw in block.items]
    items: list[Item] = []
    details: list[Item] = []
    sides: set[int] = set()
    k = 0
    while k < len(raws):
        found = officer(raws[k : k + _OFFICER_LINES])
        if found is None:
            items.append(block.items[k])
            k += 1
            continue
        count, offset, organisation = found
        line, start, _ = block.items[k + count - 1]
        items.append((line, start + offset, organisation))
        sides.add(start + offset)
        details.extend(block.items[k : k + count - 1])
        k += count
    if not details:
        return block
    return replace(
        block,
        items=items,
        pairs=True,
        sides=block.sides | frozenset(sides),
        details=block.details + tuple(details),
    )


#: The signs of a bulleted list's outer and inner levels: bullets and dashes.
_BULLETS, _DASHES = frozenset("•*·▪●◦"), frozenset("-–—")


def _sign(item: Item) -> tuple[str, int]:
    """The sign that marks an item and how far its line is indented."""
    line, start, _ = item
    marker = line.content[: start - line.start]
    return marker.strip()[:1], len(marker) - len(marker.lstrip())


def _inner(outer: tuple[str, int], sign: tuple[str, int]) -> bool:
    """True when an item marked ``sign`` lies a level under items marked ``outer``: a sign of
    the other kind (a dash under bullets, a bullet under dashes), or one indented further."""
    if sign[0] == outer[0]:
        return sign[1] > outer[1]
    kinds = (_BULLETS, _DASHES)
    return any(outer[0] in a and sign[0] in b for a, b in (kinds, kinds[::-1]))


def _persons(raw: str) -> bool:
    """True when an entry is a person's line: it opens with a person's title ("Comrade"), or
    gives a person's name with a role ("Jane Doe – general secretary", "Jane Doe, member")."""
    if is_person(raw) or person_shaped(raw) or paired(raw) == PERSON:
        return True
    line = person_line(raw)
    return line is not None and line[0] == "person"


def nested(block: Block) -> Block:
    """A bulleted block whose entries have lines marked a level under them ("• X Party" then
    "– Comrade Name – secretary"): the entries are the outer lines; the inner lines are their
    details, kept apart (a delegate, a member, a role), never entries of their own."""
    if block.kind != "marked" or len(block.items) < 3:
        return block
    signs = [_sign(item) for item in block.items]
    if not signs[0][0] or signs[0][0].isdigit():
        return block
    inner = [_inner(signs[0], sign) for sign in signs]
    if not any(inner) or sum(not i for i in inner) < 2:
        return block
    if not all(
        _persons(raw) for (_, _, raw), below in zip(block.items, inner, strict=True) if below
    ):
        return block  # members under a coalition's name may be organisations: read them all
    items = [item for item, below in zip(block.items, inner, strict=True) if not below]
    details = tuple(item for item, below in zip(block.items, inner, strict=True) if below)
    return replace(block, items=items, details=details)
