"""Blocks of a text: versions by language (their headings chosen by :mod:`.headings`), paragraphs,
datelines, persons, links, genre, and the signers named outside lists."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from ..model.addresses import SCHEMED_ADDRESS
from ..model.folding import fold
from ..model.records import (
    GENRES,
    Dateline,
    Document,
    Entry,
    Link,
    Paragraph,
    Person,
    Section,
    Span,
    Version,
)
from .announced import announced_signers, umbrella_signers
from .authored import statement_authors
from .boilerplate import find_boilerplate
from .calendars import whole_date
from .closing import closing_signers
from .coordinated import prose_signers
from .counted import count_signers
from .cued import cued_signers
from .cues import folded_words, vocabulary
from .dates import (
    date_alone,
    date_cell,
    names_a_range,
    names_statement,
    read_dateline,
    run_on_dateline,
    statement_dates,
    with_update_stamps,
    writes_month_first,
)
from .enumerated import counts, enumerated_signers
from .enumerations import enumeration_signers
from .expanded import expanded_signers
from .headings import (
    LABEL_AFTER,
    is_prose,
    lead_paragraphs,
    running,
    version_headings,
    without_site,
    without_translation,
    without_update_mark,
)
from .inflection import same_word
from .language import detect, detect_all
from .lists import ITEM, is_entry
from .names import is_abbreviation, is_bare_type_word, is_name_join, person_shaped
from .openings import headline_speaker, opening_signers, speaker_signers, subject_signers
from .outside import measured_names
from .paired import paired_signers
from .phrased import phrased_signers
from .places import is_city
from .plurals import counted_signers, plural_signers
from .posted import posted_signers
from .quoted import quoted_signers
from .reading import reading_in
from .remembered import remembered
from .repeated import cut_short, repeated_signers, written_shorter
from .represented import represented_signers, signing_persons, spoken_for
from .signatories import Found, find_sections, gate, signing_cue
from .signatories.cut import cut_signers
from .signing import among_signers, behalf_signers, sentence_signers
from .subjects import lead_signers
from .summed import inner_signers, summed_signers
from .text import BULLETS, Line, folded_in_place, words
from .titled import head_signers, joint, sender_signers, title_signers
from .together import together_signers
from .totals import stated_total
from .unsigned import lead_speaker, recurring_speaker
from .unspaced import unspaced_signers
from .wrapping import logical_lines

__all__ = ["build_document"]

#: A bullet before a heading ("• Title"): no part of its text.
_BULLET = re.compile(rf"^[{BULLETS}]\s+(?=\S)")
#: A colon (with the space French writes before it) that ends a heading.
_TRAILING_COLON = re.compile(r"\s*[:：]\s*$")
#: A colon, semicolon or bar before a heading's first word, left of a label the copy lost
#: ("Title: <headline>" copied without its label): no title opens with one.
_LEADING_MARK = re.compile(r"^\s*[:：;|｜]\s*(?=\S)")


@cache
def _person_pattern() -> re.Pattern[str]:
    """``Name Surname, member of ...``: a person's name followed by a role."""
    roles = "|".join(sorted(map(re.escape, vocabulary()["person_roles"]), key=len, reverse=True))
    return re.compile(
        rf"^(?P<name>[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?: [A-ZÀ-ÝА-ЯЁ][\w'’-]+){{1,3}}),\s+"
        rf"(?P<role>(?:{roles})\b.*)$",
        re.IGNORECASE,
    )


def _genre(texts: list[str]) -> str:
    lowered = [fold(t) for t in texts]
    for genre, cues in vocabulary()["genres"].items():
        if genre in GENRES and any(fold(cue) in t for t in lowered for cue in cues):
            return str(genre)
    return "statement"


def _open_end(text: str) -> bool:
    """True when the text's last line ends with a space after its last word: the copy stopped
    between two words, so whatever ends there may go on; not when half of its other lines with
    words end with a space too (the copy's habit, no stop)."""
    *others, last = text.rstrip("\r\n").split("\n")
    if not last.strip() or last == last.rstrip():
        return False
    worded = [line.rstrip("\r") for line in others if line.strip()]
    return not worded or sum(line != line.rstrip() for line in worded) * 2 < len(worded)


def build_document(name: str, sha256: str, text: str, lines: list[Line]) -> Document:
    """Assemble the document from its decoded text and line index, its dates read in the
    languages of its prose (:func:`_text_languages`) and in the order its written dates give
    (:func:`~kzld.parse.dates.writes_month_first`)."""
    with reading_in(_text_languages(lines), writes_month_first(lines)):
        return _document(name, sha256, text, lines)


def _text_languages(lines: list[Line]) -> frozenset[str]:
    """The languages of a text's runs of prose (:func:`_language_runs`), in which a month's
    name that means different months in two languages is read ("listopad": Croatian October,
    Czech and Polish November). A line that is a date as a whole is no prose of them."""
    worded = [
        i
        for i, line in enumerate(lines)
        if not line.blank and not whole_date(folded_in_place(line.content))
    ]
    return frozenset(language for language, _, _ in _language_runs(lines, worded, set()))


def _document(name: str, sha256: str, text: str, lines: list[Line]) -> Document:
    skip = find_boilerplate(lines)
    listed = find_sections(lines, skip, len(text.rstrip()), open_end=_open_end(text))
    used = listed.used
    free = [i for i, line in enumerate(lines) if not line.blank and i not in skip and i not in used]
    datelines, created, published = statement_dates(lines, free, _datelines(lines, free, used))
    versions = _versions(lines, free, used, datelines)
    # a dateline's line parts paragraphs as furniture does: "Zedtown, 12 May 2020" above
    # "Some 40 parties ..." is no part of that sentence's opening
    total = stated_total(*_paragraphs(lines, skip | datelines.keys(), listed.sections))
    sections = gate.published(_with_outside(text, lines, skip, listed, versions, total), text)
    if not any(s.entries for s in sections):
        # the last readings, when no reader published a signer: a run of names inside a
        # sentence in a script without capitals, an enumeration of names in the prose, a run
        # in the title or lead the list reader refused for its ends, cut at both, the lead's
        # speaker, the sign-off, the authors the head or the lead names, the text's
        # recurring subject, the bodies persons speak for, the bodies a roll of persons' posts
        # names in a script without capitals
        found = gate.published(inner_signers(lines, skip), text)
        found = found or gate.published(enumeration_signers(lines, skip), text)
        found = found or gate.published(cut_signers(lines, skip), text)
        found = found or gate.published(lead_speaker(lines, skip), text)
        found = found or gate.published(closing_signers(lines, skip), text)
        found = found or gate.published(statement_authors(text, lines, skip, versions), text)
        found = found or gate.published(recurring_speaker(lines, skip, total), text)
        found = found or gate.published(spoken_for(lines, skip), text)
        found = found or gate.published(posted_signers(lines, skip), text)
        sections = sorted([*sections, *found], key=lambda s: s.span.start)
    sections = with_update_stamps(lines, skip, _with_languages(sections, versions))
    texts = [t for v in versions[:1] for t in (v.kicker, v.title, v.subtitle) if t]
    heads_all = [lines[i].content for i in free if not is_prose(lines[i].content)][:8]
    genre = _genre(texts) if _genre(texts) != "statement" else _genre(heads_all)
    persons, publisher, links = _people_and_links(lines, free, versions)
    return Document(
        name=name,
        sha256=sha256,
        text=text,
        genre=genre,
        versions=tuple(versions),
        sections=tuple(sections),
        created=created,
        published=published,
        persons=persons,
        publisher=publisher,
        links=links,
        boilerplate=tuple(Span(lines[i].start, lines[i].end) for i in sorted(skip)),
        skipped=tuple(listed.skipped + gate.set_aside(listed.sections, sections)),
        stated_total=total,
    )


def _datelines(lines: list[Line], free: list[int], used: set[int]) -> dict[int, Dateline]:
    """The lines of ``free`` that are, as a whole, a date (:func:`read_dateline`), and the lines
    of ``free`` or of a list (``used``) that open with a place and date run together with the
    next line's words (:func:`run_on_dateline`)."""
    datelines: dict[int, Dateline] = {}
    for i in sorted({*free, *used}):
        line = lines[i]
        found = read_dateline(line.content) if i not in used else None
        if found and found[0] == "stamp" and (city := _city_by_date(line.content)):
            found = ("dateline", *city)  # "03.05.2020 / Zedstadt": a place, not a site's stamp
        if found:
            kind, day, place = found
            # "Zedtown, 14-15 March 2021": a place, and no single day
            ranged = kind == "dateline" and names_a_range(line.content)
            span = Span(line.start, line.end)
            datelines[i] = Dateline(line.content, span, kind, None if ranged else day, place)
        elif run_on := run_on_dateline(line.content):
            raw, day, place = run_on
            span = Span(line.start, line.start + len(raw))
            datelines[i] = Dateline(raw, span, "dateline", day, place)
        elif i not in used and (city := _city_then_date(line.content)):
            day, place = city
            datelines[i] = Dateline(
                line.content, Span(line.start, line.end), "dateline", day, place
            )
        elif i not in used and (cell := date_cell(line.content)):
            raw, day = cell
            datelines[i] = Dateline(raw, Span(line.start, line.start + len(raw)), "dateline", day)
    return _placed_apart(lines, free, datelines)


#: The most words of a city's name before a date on its line (:func:`_city_then_date`).
_CITY_WORDS = 3


def _city_then_date(content: str) -> tuple[date, str] | None:
    """The date and place of a line that is a city's name and a date with no comma between
    ("Zedstadt 5. Mai 2020", "Αθήνα 5/5/2020"): only a city's name (:func:`~.places.is_city`)
    makes the words before a date its place."""
    found = content.split()
    for k in range(1, min(_CITY_WORDS, len(found) - 1) + 1):
        place = " ".join(found[:k])
        if not is_city(place):
            continue
        if (day := date_alone(" ".join(found[k:]))) is not None:
            return day, place
    return None


#: What parts a date from a city's name on one line (:func:`_city_by_date`).
_BY_DATE = re.compile(r"\s+[/|]\s+")


def _city_by_date(content: str) -> tuple[date, str] | None:
    """The date and place of a line of two parts parted by a slash or a bar, a date alone and
    a city's name, either first ("03.05.2020 / Zedstadt", "Zedstadt | 3 May 2020"): a
    dateline, as a city's name on the line beside a date is (:func:`_placed_apart`)."""
    parts = _BY_DATE.split(content.strip())
    if len(parts) != 2:
        return None
    for place, dated in (parts, parts[::-1]):
        day = date_alone(dated) if is_city(place) else None
        if day is not None:
            return day, place.strip()
    return None


def _placed_apart(
    lines: list[Line], free: list[int], datelines: dict[int, Dateline]
) -> dict[int, Dateline]:
    """``datelines`` with the place of a date alone written on a line of its own right above
    it or, failing that, right below it (blank lines between at most): "London" / "14 July
    2006", "2011-01-12" / "Vilnius". Only a city's name (:func:`~.places.is_city`) is a place:
    a site's short line beside its date ("Pers", "Lue") is not."""
    placed = dict(datelines)
    for i, dl in datelines.items():
        if dl.kind != "dateline" or dl.place is not None:
            continue
        above = [j for j in free if j < i][-1:]
        below = [j for j in free if j > i][:1]
        for j in (*above, *below):
            between = range(min(i, j) + 1, max(i, j))
            if (
                j not in datelines
                and all(lines[k].blank for k in between)
                and is_city(lines[j].content)
            ):
                placed[i] = replace(dl, place=lines[j].content.strip().rstrip(".,"))
                break
    return placed


def _versions(
    lines: list[Line], free: list[int], used: set[int], datelines: dict[int, Dateline]
) -> list[Version]:
    """The language versions: the runs of prose in one language, each with its headings."""
    runs = _language_runs(lines, [i for i in free if i not in datelines], used)
    if not runs and free:
        # no prose to detect on: the headings and names together, if there is enough of them
        words = " ".join(lines[i].content for i in free)
        language = detect(words) if sum(c.isalpha() for c in words) >= 25 else None
        runs = [(language or "und", free[0], free[-1])]
    starts = _run_starts(lines, runs, free, used | set(datelines))
    versions: list[Version] = []
    for k, (language, _, _) in enumerate(runs):
        hi = starts[k + 1] if k + 1 < len(runs) else len(lines)
        own = [i for i in free if starts[k] <= i < hi]
        if own:
            versions.append(_version(lines, own, language, datelines))
    return versions


def _with_languages(sections: list[Section], versions: list[Version]) -> list[Section]:
    """The sections, each with the language of the version it lies in."""
    return [
        replace(
            section,
            language=next(
                (v.language for v in reversed(versions) if v.span.start <= section.span.start),
                None,
            ),
        )
        for section in sections
    ]


def _paragraphs(
    lines: list[Line], skip: set[int], sections: list[Section]
) -> tuple[list[str], frozenset[int]]:
    """The text's paragraphs (lines joined up to a blank line or a line of ``skip``: furniture,
    datelines), without those lines and the entries, and which of them a list follows (the
    list's cue: "folgende sechzehn Organisationen:")."""
    entry_starts = sorted(e.span.start for s in sections if s.kind == "list" for e in s.entries)
    paragraphs: list[str] = []
    cues: set[int] = set()
    current: list[str] = []
    last: int | None = None  # the paragraph that ended last, while no other line has come
    for i, line in enumerate(lines):
        at = bisect_left(entry_starts, line.start)
        taken = at < len(entry_starts) and entry_starts[at] <= line.end
        if line.blank or i in skip or taken:
            if current:
                paragraphs.append(" ".join(current))
                last = len(paragraphs) - 1
            if taken and last is not None:
                cues.add(last)
            if taken:
                last = None
            current = []
            continue
        current.append(line.content)
        last = None
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs, frozenset(cues)


def _keys(entry: Entry) -> set[str]:
    """Forms by which two mentions of one signer in a text are known to be the same."""
    keys = {fold(entry.name), fold(entry.raw)}
    if entry.abbreviation:
        keys.add(fold(entry.abbreviation))
    for part in re.split(r"\s+[–—-]\s+|\s*[()\[\]]\s*", entry.raw):
        if part.strip():
            keys.add(fold(part.strip()))
    return keys


def _within(entry: Entry, known: set[str]) -> bool:
    """True when a name from running text is part of a longer name already found
    ("Zetel-İş" in "XİS Affiliated Zetel-İş Union"), or the other way round, or the
    abbreviation of one ("XPB" of "X Party of Britain")."""
    name = fold(entry.name)
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    # a word for a kind alone (a name cut short: "Forum") is inside many names, and names none
    if any(
        pattern.search(k) or re.search(rf"(?<!\w){re.escape(k)}(?!\w)", name)
        for k in known
        if len(k) >= 3 and not is_bare_type_word(k)
    ):
        return True
    if any(_initialled(name, k) or _initialled(k, name) for k in known):
        return True
    if _abbreviated(entry.name, known) or any(_inflected_within(name, k) for k in known):
        return True
    if not is_abbreviation(entry.name):
        return False
    letters = [c for c in fold(entry.name) if c.isalpha()]
    # the initials without the joining words ("X Party of Britain"), or of every word when a
    # joining word is the name's own ("Y Workers Union": "y" is Spanish "and")
    return any(
        letters in ([w[:1] for w in words(k) if not is_name_join(w)], [w[:1] for w in words(k)])
        for k in known
        if " " in k
    )


#: The longest case ending told apart from a stem ("Голос" / "Голосу", "Xandija" / "Xandije").
_ENDING = 2


def _inflected(name: str, other: str) -> bool:
    """True when the folded ``name`` is ``other`` in another case: as many words, each pair
    one word (:func:`.inflection.same_word`) with endings of at most two letters ("a title's
    "Голосу" and the lead's "Голос"). A word holding a digit or a hyphen is a code or a
    compound, and no case ending tells two of them apart:
    "CNT-F" and "CNT-E", "X-21" and "X-22" are two names."""
    found, others = name.split(), other.split()
    if name == other or len(found) != len(others):
        return False
    return all(same_word(w, o, _ENDING) for w, o in zip(found, others, strict=True))


def _inflected_within(name: str, other: str) -> bool:
    """True when the folded ``name`` is ``other`` in another case (:func:`_inflected`), or,
    of two words or more, some of ``other``'s words one after another in another case: a name
    that a phrase puts in its case ("në emër të Partisë Punëtore") is part of the longer name
    already found ("Partia Punëtore e Xandisë"), as the same words in the same case are."""
    if _inflected(name, other):
        return True
    size, found = len(name.split()), other.split()
    if size < 2 or size >= len(found):
        return False
    return any(
        _inflected(name, " ".join(found[k : k + size])) for k in range(len(found) - size + 1)
    )


def _abbreviated(name: str, known: set[str]) -> bool:
    """True when ``name`` of two words or more is written out from an abbreviation already
    found: its words' initials (without or with the joining words) are one of the folded
    ``known`` forms ("Xandia Party of Youth" after "XPY"; not "Xandia for Free Zetland" after
    "XZ", whose initials are "XFZ")."""
    found = words(name)
    if len(found) < 2:
        return False
    initials = {
        "".join(w[:1] for w in found if not is_name_join(w)),
        "".join(w[:1] for w in found),
    }
    initials = {fold(i) for i in initials}
    return any(len(k) >= 2 and k in initials for k in known)


def _initialled(short: str, long: str) -> bool:
    """True when the folded ``short`` writes the first words of ``long`` as initials with full
    stops ("k.k.xandias" of "kommunistiko komma xandias")."""
    parts = [p for p in re.split(r"\.\s*", short) if p]
    initials = [p for p in parts if len(p) == 1]
    if len(initials) < 2 or parts[: len(initials)] != initials:
        return False
    found = words(long)
    rest = parts[len(initials) :]
    if len(found) != len(initials) + len(" ".join(rest).split()):
        return False
    heads = [w[:1] for w in found[: len(initials)]]
    return heads == initials and found[len(initials) :] == " ".join(rest).split()


def _with_outside(
    text: str,
    lines: list[Line],
    skip: set[int],
    listed: Found,
    versions: list[Version],
    total: int | None,
) -> list[Section]:
    """The sections of the lists, with the signers named outside lists added (title, first
    sentences, names together in a sentence of prose, "on behalf of", "among them", as many as
    a count of organisations says: the text's stated total), each only when no list or header
    line already names it and no word before it in its sentence reads it as the object of a
    measure taken (:func:`.outside.measured_names`); in text order."""
    sections = listed.sections
    # each paragraph read whole: a name cut by a line break is read as one
    logical = logical_lines(lines, skip)
    joined = logical.paragraphs()
    titled = _title_signers(joined)
    # the name a headline opens with, as the paragraph below that opens with it again writes
    # it: before the title's reading of the headline, which may cut it ("Stanovisko X-gen")
    repeated = _repeated_headline(joined)
    title = None if repeated and titled and cut_short(titled, repeated) else titled
    title = _not_shorter(title, joined)
    candidates: list[Section | None] = [repeated, title]
    candidates += _heading_signers(joined)
    candidates.append(_headline_speaker(joined))
    # persons who sign for organisations, before the opening sentences' subjects: the role and
    # the person say where each name ends
    lead = lead_paragraphs(joined)
    candidates += [represented_signers(line) for line in lead]
    candidates += _run_signers(joined, total)
    persons = frozenset().union(*(signing_persons(line) for line in lead))
    openings = _openings(joined, versions)
    for opening, relaxed, told in openings:
        # a title that names its signers is the evidence: capitals alone say no more after it;
        # a list that names them, that the paragraph under the statement's name tells of others
        candidates.append(
            opening_signers(opening, relaxed and titled is None, told and not sections)
        )
    candidates += _phrase_signers(joined)
    # names together in a sentence that says they sign, after the readers above: a name they
    # read whole is not read again in part
    free = [
        line
        for k, line in enumerate(logical.lines)
        if not line.blank and k not in logical.skip and not set(logical.physical[k]) & listed.used
    ]
    candidates += _sentence_signers(free)
    # some of a group the lead announces ("the fifty organisations, among them A, B"), after the
    # readers above: a name they read is kept whole; after the lead, the argument speaks of
    # groups "such as X and Y" that sign nothing
    candidates += [announced_signers(line) for line in lead]
    # the body the lead names by its members ("X, which unites A, B and C"): it signs with them
    candidates += [umbrella_signers(line) for line in lead]
    candidates = [
        c for c in candidates if c is not None and c.entries and not measured_names(c, text)
    ]
    found = _not_named_yet([_without_persons(c) for c in candidates], sections, persons)
    found = [s for s in (_without_topics(s) for s in found) if s is not None]
    if not sections and not found:
        # the one who speaks in the first sentence, when nothing else names a signer
        speaker = next((s for line, _, _ in openings if (s := speaker_signers(line))), None)
        found += [speaker] if speaker else []
    return sorted([*sections, *found], key=lambda s: s.span.start)


def _run_signers(joined: list[Line], total: int | None) -> list[Section | None]:
    """The signers of the runs of names in the headings and the lead (unspaced, phrased,
    enumerated as many as they count), summed or together anywhere, and those a count anywhere
    (``total``, the text's stated total among them) points at."""
    heads = lead_paragraphs(joined, headings=True)
    candidates: list[Section | None] = [unspaced_signers(line) for line in heads]
    candidates += [phrased_signers(line) for line in heads]
    candidates.append(summed_signers(joined))
    candidates += [together_signers(line) for line in joined]
    # as many names as the title or the lead counts organisations: the count says where the
    # enumeration ends, whatever the script
    numbers = counts(heads)
    candidates += [enumerated_signers(line, numbers) for line in heads] if numbers else []
    # a count anywhere points at the enumeration of as many names beside it
    candidates += count_signers(joined, total)
    return candidates


def _sentence_signers(free: list[Line]) -> list[Section | None]:
    """The signers the lines outside lists name together in a sentence: persons paired with the
    organisations they sign for (in a sentence of signing or after one), an enumeration after a
    cue of signing, then the coordinated runs of names."""
    before = ["", *(line.content for line in free)][: len(free)]
    found: list[Section | None] = [
        paired_signers(line, signing_cue(b)) for line, b in zip(free, before, strict=True)
    ]
    found += [cued_signers(line) for line in free]
    return found + [prose_signers(line) for line in free]


def _phrase_signers(joined: list[Line]) -> list[Section | None]:
    """The signers each paragraph names in a phrase: "among them", a sentence of signing, "on
    behalf of", a sender's field (above the prose), a number of organisations, and in the lead
    (the first three paragraphs of running text) an apposition after a plural and the subject of
    a sentence that tells of the statement, and in such a sentence the names written out with
    their abbreviations one after another, and the names in quotation marks after their kind."""
    candidates: list[Section | None] = []
    prose = 0  # paragraphs of running text read so far: the first three are the text's lead
    for line in joined:
        if prose < 3 and is_prose(line.content):
            # each name bounded by its own abbreviation: read before the runs of other readers
            candidates.append(expanded_signers(line))
        if signing_cue(line.content):
            candidates.append(among_signers(line))
            candidates.append(sentence_signers(line))
        candidates.append(behalf_signers(line))
        if not prose:
            candidates.append(sender_signers(line))
        candidates.append(counted_signers(line))
        if prose < 3:
            candidates.append(plural_signers(line))
            if is_prose(line.content):
                candidates.append(lead_signers(line))
                candidates.append(quoted_signers(line))
        prose += running(line.content)
    return candidates


def _heads(paragraphs: list[Line]) -> Iterator[int]:
    """The indices of the paragraphs that may be the title: among the first six short
    paragraphs (an epigraph or a site's slogan may come first), before the first paragraph of
    running text."""
    for heads, line in enumerate(paragraphs):
        content = line.content
        if len(content) > 200 or heads >= 6:
            break
        prose = running(content) and content[-1] != ":"
        if prose and not content.isupper():
            break  # the first paragraph of running text (a heading may be in capitals)
        yield heads


def _title_signers(paragraphs: list[Line]) -> Section | None:
    """The signers the title names."""
    for heads in _heads(paragraphs):
        line = paragraphs[heads]
        titled = title_signers(line) or subject_signers(line) or head_signers(line)
        if titled is not None:
            return titled
    return None


def _headline_speaker(paragraphs: list[Line]) -> Section | None:
    """The one signer a heading that may be the title names as the subject of a word of
    speaking, an abbreviation confirmed by the paragraphs under it."""
    for heads in _heads(paragraphs):
        speaker = headline_speaker(paragraphs[heads], paragraphs[heads + 1 :])
        if speaker is not None:
            return speaker
    return None


#: The longest headline, in characters.
_HEADLINE = 200


def _repeated_headline(paragraphs: list[Line]) -> Section | None:
    """The one signer a heading that may be the title names at its start and a paragraph under
    it opens with again (:func:`.repeated.repeated_signers`): the first paragraph too, when it
    is short (a headline in sentence case, perhaps closed by a date's stop, reads as running
    text)."""
    first = paragraphs[0].content.rstrip() if paragraphs else ""
    headline = 0 < len(first) <= _HEADLINE
    for heads in sorted({*_heads(paragraphs), *([0] if headline else [])}):
        found = repeated_signers(paragraphs[heads], paragraphs[heads + 1 :])
        if found is not None:
            return found
    return None


def _heading_signers(paragraphs: list[Line]) -> list[Section | None]:
    """The signers a heading below the text's first paragraph of running text names with its
    statement ("X, Y ja Z esimeeste ühisavaldus" above the statement a news report quotes whole),
    as a title names them."""
    found: list[Section | None] = []
    prose = False
    for line in paragraphs:
        content = line.content
        if running(content):
            prose = True
        elif prose and len(content) <= 200 and not ITEM.match(content):
            # (a numbered or bulleted line is a list's entry, no heading)
            found.append(_not_shorter(title_signers(line), paragraphs))
    return found


def _not_shorter(title: Section | None, paragraphs: list[Line]) -> Section | None:
    """``title`` (a heading's reading), unless the paragraphs under the heading write a shorter
    name than each it read in capitals (:func:`.repeated.written_shorter`): capitals did not
    say where the name opens."""
    if title is None:
        return None
    below = [line for line in paragraphs if line.start >= title.span.end]
    return None if written_shorter(title, below) else title


def _without_persons(section: Section | None) -> Section | None:
    """``section`` without the persons a sentence names one after another beside their
    organisations ("The chairs of XP, YP and ZU, Ana Zet, Ivo Ypsil and Eva Xan, agreed"): a
    run of two entries or more, each shaped as a person's name (:func:`~.names.person_shaped`)."""
    if section is None:
        return None
    shaped = [person_shaped(e.raw) for e in section.entries]
    persons = {
        k
        for k in range(len(shaped))
        if shaped[k] and ((k > 0 and shaped[k - 1]) or (k + 1 < len(shaped) and shaped[k + 1]))
    }
    if not persons:
        return section
    return replace(
        section, entries=tuple(e for k, e in enumerate(section.entries) if k not in persons)
    )


def _without_topics(section: Section) -> Section | None:
    """``section`` without the entries that open with a word for what a statement is about
    ("ON PEACE", "SUR LA PAIX", "ÜBER DEN FRIEDEN" after a title's statement word: its topic, no
    signer); ``None`` when none is left. The others are numbered again."""
    topics = folded_words("about_words")
    entries = [e for e in section.entries if fold(next(iter(words(e.raw)), "")) not in topics]
    if len(entries) == len(section.entries):
        return section
    if not entries:
        return None
    renumbered = tuple(replace(e, position=n) for n, e in enumerate(entries, start=1))
    return replace(section, entries=renumbered)


def _not_named_yet(
    candidates: list[Section | None], sections: list[Section], persons: frozenset[str]
) -> list[Section]:
    """The ``candidates`` (in order), each with only the entries that neither ``sections`` (the
    lists) nor a candidate before it names, and that are none of the ``persons`` who sign for an
    organisation, renumbered; a candidate left with none is dropped, and one whose other entries
    a candidate before it holds at the same place (:func:`_read_before`: one run of names, read
    in part before) adds its entries to that one."""
    known = {k for s in sections for e in s.entries for k in _keys(e)}
    found: list[Section] = []
    for section in candidates:
        if section is None:
            continue
        entries = [
            e
            for e in section.entries
            if not (_keys(e) & known) and not _within(e, known) and e.raw.strip() not in persons
        ]
        if not entries:
            continue
        known.update(k for e in entries for k in _keys(e))
        read = _read_before(section, entries, found)
        if read is not None:
            # the rest of a run a reader before read in part: one list, in the order of the text
            # (a word for a kind alone that this reader reads whole gives way to the name)
            kept = [e for e in found[read].entries if not any(_widens(n, e) for n in entries)]
            whole = sorted([*kept, *entries], key=lambda e: e.span.start)
            found[read] = _renumbered(found[read], whole)
            continue
        found.append(_renumbered(section, entries))
    return found


def _renumbered(section: Section, entries: list[Entry]) -> Section:
    """``section`` with ``entries``, numbered from 1, its span reaching over them all."""
    numbered = tuple(replace(e, position=n) for n, e in enumerate(entries, start=1))
    start = min([section.span.start, *(e.span.start for e in entries)])
    end = max([section.span.end, *(e.span.end for e in entries)])
    return replace(section, entries=numbered, span=Span(start, end))


def _read_before(section: Section, new: list[Entry], found: list[Section]) -> int | None:
    """The index of the one section of ``found`` (read from running text, not a list) that
    holds, at the same place in the text, every entry of ``section`` besides its ``new`` ones
    (two readers read one run of names, the first a part of it), none of the ``new`` ones
    among them unless it widens a word for a kind alone the first read; else ``None``."""
    left = [e.span for e in section.entries if e not in new]
    if not left or section.kind == "list":
        return None
    held = [
        k
        for k, s in enumerate(found)
        if s.kind != "list" and any(_overlap(e.span, o) for e in s.entries for o in left)
    ]
    if len(held) != 1:
        return None
    own = found[held[0]].entries
    if not all(any(_overlap(o, e.span) for e in own) for o in left):
        return None
    if any(_overlap(n.span, e.span) and not _widens(n, e) for n in new for e in own):
        return None  # two readings of one name: which is right is not for this step to say
    return held[0]


def _widens(longer: Entry, entry: Entry) -> bool:
    """True when ``entry`` is a word for a kind alone ("Forum") and ``longer`` reaches over it:
    the name a reader cut short, read whole ("Forum delle famiglie")."""
    holds = longer.span.start <= entry.span.start and entry.span.end <= longer.span.end
    return holds and is_bare_type_word(entry.raw)


def _overlap(one: Span, other: Span) -> bool:
    """True when the two spans share a character."""
    return one.start < other.end and other.start < one.end


def _openings(paragraphs: list[Line], versions: list[Version]) -> list[tuple[Line, bool, bool]]:
    """The paragraphs whose first sentence may name the statement's signers as its subject, each
    with whether the headings above call the statement joint and whether the heading right above
    names a statement: the first paragraph of each version, and a paragraph right under a
    heading that names a statement ("Declaración conjunta de ...", "COMUNICATO STAMPA CONGIUNTO
    DEL 4.4.2022")."""
    found: list[tuple[Line, bool, bool]] = []
    heads: list[str] = []
    version = 0
    first = True
    for line in paragraphs:
        while version + 1 < len(versions) and line.start >= versions[version + 1].span.start:
            version += 1
            heads, first = [], True
        if not running(line.content):
            heads.append(line.content)
            continue
        named = bool(heads) and names_statement(heads[-1])
        if first or named:
            found.append((line, any(joint(h) for h in heads[-3:]), named))
        first = False
        heads = []
    return found


def _people_and_links(
    lines: list[Line], free: list[int], versions: list[Version]
) -> tuple[tuple[Person, ...], str | None, tuple[Link, ...]]:
    """The persons named with a role, the publisher a line names, and the web addresses."""
    persons: list[Person] = []
    publisher = None
    links: list[Link] = []
    for i in free:
        line = lines[i]
        person = _person(line, versions)
        if person is not None:
            persons.append(person)
        if publisher is None:
            publisher = _publisher(line.content)
        links.extend(_links(line))
    return tuple(persons), publisher, tuple(links)


def _person(line: Line, versions: list[Version]) -> Person | None:
    """The person ``line`` names with a role ("Name Surname, member of ..."), if any."""
    match = _person_pattern().match(line.content)
    if not match or not match["name"][0].isupper():
        return None
    role = match["role"].strip().rstrip(".")
    caps = re.findall(r"(?<!\w)[A-ZА-ЯΑ-Ω]{3,}(?!\w)", role)
    lang = next((v.language for v in versions if v.span.start <= line.start <= v.span.end), None)
    name = match["name"]
    return Person(
        name, Span(line.start, line.start + len(name)), role, caps[-1] if caps else None, lang
    )


@cache
def _publisher_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in vocabulary()["publisher_patterns"])


def _publisher(content: str) -> str | None:
    for pattern in _publisher_patterns():
        found = pattern.search(content)
        if found:
            return str(found["org"]).rstrip("/.,")
    return None


def _links(line: Line) -> list[Link]:
    """The web addresses of ``line``, each with the language a word before it names."""
    links = []
    for url in SCHEMED_ADDRESS.finditer(line.content):
        before = line.content[: url.start()].casefold()
        names = vocabulary()["language_names"].items()
        code = next((c for c, stems in names if any(s in before for s in stems)), None)
        address = url.group().rstrip(".,)")
        start = line.start + url.start()
        links.append(Link(address, Span(start, start + len(address)), code))
    return links


def _language_runs(
    lines: list[Line], candidates: list[int], listed: set[int]
) -> list[tuple[str, int, int]]:
    """``(language, first, last)`` line indices of the prose runs in one language; ``listed``
    are the lines of the text's lists."""
    prose = [i for i in candidates if _tells_language(lines[i].content)]
    found = detect_all([SCHEMED_ADDRESS.sub(" ", lines[i].content) for i in prose])
    detected = dict(zip(prose, found, strict=True))
    langs = {i: lang for i, lang in detected.items() if lang}
    prose = [i for i in prose if i in langs]
    for k in range(1, len(prose) - 1):
        before, here, after = langs[prose[k - 1]], langs[prose[k]], langs[prose[k + 1]]
        if before == after != here:
            langs[prose[k]] = before
    runs: list[tuple[str, int, int]] = []
    for i in prose:
        if runs and runs[-1][0] == langs[i]:
            runs[-1] = (langs[i], runs[-1][1], i)
        else:
            runs.append((langs[i], i, i))
    # a run of a single paragraph is a quote or a note, and joins the run before it, unless a
    # heading in its own language comes first: then it is a short version with its own title
    merged: list[tuple[str, int, int]] = []
    titled_at: set[int] = set()
    for run in runs:
        titled = bool(merged) and (
            _titled(lines, candidates, merged[-1][2], run[1], run[0])
            or _announces_a_list(lines, listed, run[2])
            or _translates(lines[merged[-1][2]].content, lines[run[1]].content)
        )
        if merged and ((run[1] == run[2] and not titled) or merged[-1][0] == run[0]):
            merged[-1] = (merged[-1][0], merged[-1][1], run[2])
        else:
            if titled:
                titled_at.add(len(merged))
            merged.append(run)
    # an opening run of a single paragraph (a byline, a dedication) belongs to the text after it
    if (
        len(merged) > 1
        and merged[0][1] == merged[0][2]
        and 1 not in titled_at
        and not _translates(lines[merged[0][1]].content, lines[merged[1][1]].content)
    ):
        merged[:2] = [(merged[1][0], merged[0][1], merged[1][2])]
    return _one_per_language(lines, prose, merged)


@remembered()  # asked of the same lines by both readings of a text's runs (languages, versions)
def _tells_language(content: str) -> bool:
    """True when a line is prose that says which language the text is in: not a short line,
    a list's entry, a line of names or a person with a role (names are written in any
    language)."""
    # a web address makes a line prose but says nothing of its language: the line is read
    # without it ("Xandia Media Centre http://example.org" is a site's name, no version)
    content = " ".join(SCHEMED_ADDRESS.sub(" ", content).split())
    return (
        is_prose(content)
        and len(content) >= _LANGUAGE_LINE
        and not is_entry(content)
        and not _names_only(content)
        and not _person_with_role(content)
    )


#: The fewest characters of a line whose language is read.
_LANGUAGE_LINE = 25
#: The fewest names a line of names only gives (:func:`_names_only`).
_NAMES_IN_A_LINE = 3
#: The most words of one name in such a line.
_NAME_WORDS = 5
#: Words in small letters inside a person's name ("Viola von Xandia", "Ana de la Zeta").
_NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "du", "la", "le",
     "bin", "ibn", "al", "el", "y", "e", "zu", "ten", "ter", "af"}
)  # fmt: skip


def _names_only(content: str) -> bool:
    """True when a line is names and nothing else, three or more parted by commas or semicolons,
    each of one to five capitalised words ("Michael Roe, Tomáš Novák, Jane Doe, ..."): names are
    written in their own languages and say nothing of the text's."""
    parts = [p for p in re.split(r"\s*[,;]\s*", content.strip().rstrip(".")) if p]
    if len(parts) < _NAMES_IN_A_LINE:
        return False
    return all(
        1 <= len(p.split()) <= _NAME_WORDS
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in p.split())
        for p in parts
    )


#: The longest line of a person's name and role (:func:`_person_with_role`).
_ROLE_LINE = 80
#: The most words of the role.
_ROLE_WORDS = 6


def _person_with_role(content: str) -> bool:
    """True when a line is a person's name and their role parted by a full stop ("Ana Zet.
    Activista social.", "Ivo Ypsil. Escritor."): an entry of a list of persons, which says
    nothing of the text's language (a role of two words makes no version of its own)."""
    text = content.strip().rstrip(".")
    if len(text) > _ROLE_LINE:
        return False
    for cut in re.finditer(r"\.\s+", text):
        name, role = text[: cut.start()], text[cut.end() :]
        if person_shaped(name) and "." not in role and len(role.split()) <= _ROLE_WORDS:
            return True
    return False


#: How much longer than the other a paragraph's translation may be.
_TRANSLATED_LENGTH = 1.6
#: The fewest names and numbers a paragraph and its translation share.
_TRANSLATED_NAMES = 2
#: A word, with its inner hyphens and apostrophes.
_WORD = re.compile(r"\w[\w'’-]*")


def _translates(first: str, second: str) -> bool:
    """True when two paragraphs in two languages are one text and its translation: of about the
    same length, sharing a third or more of their names and numbers (a sentence's first word
    left out; the names of organisations are translated, those of persons and places are not).
    A paragraph of one language among another's, that is no translation of its neighbour, is
    a quotation or a note, not a version."""
    shorter, longer = sorted((len(first), len(second)))
    if not shorter or longer > _TRANSLATED_LENGTH * shorter:
        return False
    a, b = _names_in(first), _names_in(second)
    shared = a & b
    return len(shared) >= _TRANSLATED_NAMES and 3 * len(shared) >= min(len(a), len(b))


def _names_in(paragraph: str) -> set[str]:
    """The folded names and numbers of ``paragraph``, the first word of each sentence left out."""
    found = set()
    for sentence in re.split(r"(?<=[.!?;:])\s+", paragraph.strip()):
        for match in _WORD.finditer(sentence):
            # a name or a number, which a translation keeps
            if match.start() > 0 and any(c.isupper() or c.isdigit() for c in match.group()):
                found.add(fold(match.group()))
    return found


def _one_per_language(
    lines: list[Line], prose: list[int], runs: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """The runs with each language once: of two runs in one language the one with less prose
    joins its neighbour (the run after it when it opens the text). A statement never has two
    versions in one language; a stray paragraph or a mixed title line made the shorter one."""

    def size(run: tuple[str, int, int]) -> int:
        return sum(len(lines[i].content) for i in prose if run[1] <= i <= run[2])

    while True:
        languages = [run[0] for run in runs]
        twice = next((lang for lang in languages if languages.count(lang) > 1), None)
        if twice is None:
            return runs
        same = [k for k, run in enumerate(runs) if run[0] == twice]
        keep = max(same, key=lambda k: size(runs[k]))
        drop = next(k for k in same if k != keep)
        if drop == 0:
            runs[:2] = [(runs[1][0], runs[0][1], runs[1][2])]
        else:
            runs[drop - 1 : drop + 1] = [(runs[drop - 1][0], runs[drop - 1][1], runs[drop][2])]


def _announces_a_list(lines: list[Line], listed: set[int], at: int) -> bool:
    """True when the paragraph on line ``at`` ends with a colon and a list follows it (under a
    heading perhaps): the cue of that language's list ("... erabaki dute:"), which makes a
    version of its own."""
    if not lines[at].content.endswith(":"):
        return False
    after = [j for j in range(at + 1, len(lines)) if not lines[j].blank][:2]
    return any(j in listed for j in after)


def _titled(
    lines: list[Line], candidates: list[int], after: int, before: int, language: str
) -> bool:
    """True when a heading line in ``language`` lies between lines ``after`` and ``before``."""
    return any(
        after < i < before
        and not is_prose(lines[i].content)
        and sum(c.isalpha() for c in lines[i].content) >= 15
        and detect(lines[i].content) == language
        for i in candidates
    )


def _run_starts(
    lines: list[Line], runs: list[tuple[str, int, int]], free: list[int], taken: set[int]
) -> list[int]:
    """Where each version starts: heading lines right before a run's prose belong to it."""
    starts: list[int] = []
    for k, (_, first, _) in enumerate(runs):
        if k == 0:
            starts.append(free[0] if free else first)
            continue
        start = j = first
        while j - 1 > runs[k - 1][2]:
            j -= 1
            content = lines[j].content
            if not content or j not in free:
                if j in taken:
                    break
                continue
            if j in taken or is_prose(content) or content.endswith(":"):
                break
            start = j
        starts.append(start)
    return starts


def _version(
    lines: list[Line], own: list[int], language: str, datelines: dict[int, Dateline]
) -> Version:
    """The version made of lines ``own``: its headings, paragraphs and datelines."""
    chosen, prose = version_headings(lines, own, datelines)
    titled = {i for i in (chosen.kicker, chosen.title, *chosen.passed) if i is not None}
    kicker = lines[chosen.kicker].content.rstrip(":").strip() if chosen.kicker is not None else None
    title = _BULLET.sub("", lines[chosen.title].content) if chosen.title is not None else None
    # a colon after a title leads into what follows it, a label after its full stop marks it,
    # a colon before it is a lost label's: none is part of the title
    title = _TRAILING_COLON.sub("", title) if title is not None else None
    title = _LEADING_MARK.sub("", title) if title is not None else None
    title = LABEL_AFTER.sub("", title) if title is not None else None
    title = without_update_mark(title) if title is not None else None
    title = without_site(title, prose) if title is not None else None
    title = without_translation(title, language) if title is not None else None
    subtitle = None
    if (
        chosen.title is not None
        and chosen.subtitle is not None
        and not _person_pattern().match(lines[chosen.subtitle].content)
        and all(lines[j].blank for j in range(chosen.title + 1, chosen.subtitle))
    ):
        subtitle = lines[chosen.subtitle].content
        titled.add(chosen.subtitle)
    return Version(
        language=language,
        span=Span(lines[own[0]].start, lines[own[-1]].end),
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        paragraphs=tuple(
            Paragraph(lines[i].content, Span(lines[i].start, lines[i].end))
            for i in own
            if i not in datelines and i not in titled
        ),
        datelines=tuple(datelines[i] for i in own if i in datelines),
    )
