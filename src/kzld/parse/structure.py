"""Blocks of a text: versions by language, titles, paragraphs, datelines, persons, links, genre."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model.folding import fold
from ..model.records import GENRES, Dateline, Document, Link, Paragraph, Person, Span, Version
from .boilerplate import find_boilerplate
from .cues import vocabulary
from .dates import read_dateline
from .language import detect
from .signatories import find_sections, is_entry
from .text import Line

__all__ = ["build_document"]

_URL = re.compile(r"https?://\S+")
_PROSE_END = tuple(".?;:…\"”»)'")


def _is_prose(content: str) -> bool:
    if content.endswith(":") and len(content) < 60 and not _URL.search(content):
        return False
    return content.endswith(_PROSE_END) or len(content) > 160 or bool(_URL.search(content))


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


def build_document(name: str, sha256: str, text: str, lines: list[Line]) -> Document:
    """Assemble the document from its decoded text and line index."""
    skip = find_boilerplate(lines)
    sections, used = find_sections(lines, skip)
    free = [i for i, line in enumerate(lines) if not line.blank and i not in skip and i not in used]
    datelines: dict[int, Dateline] = {}
    for i in free:
        found = read_dateline(lines[i].content)
        if found:
            kind, day, place = found
            line = lines[i]
            datelines[i] = Dateline(line.content, Span(line.start, line.end), kind, day, place)
    runs = _language_runs(lines, [i for i in free if i not in datelines])
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
    created = None
    published = None
    for version in versions:
        for dl in version.datelines:
            if dl.kind == "stamp" and published is None:
                published = dl.date
            if dl.kind == "dateline" and created is None and dl.date:
                created = dl
    texts = [t for v in versions[:1] for t in (v.kicker, v.title, v.subtitle) if t]
    sections = [
        replace(
            section,
            language=next(
                (v.language for v in reversed(versions) if v.span.start <= section.span.start),
                None,
            ),
        )
        for section in sections
    ]
    heads_all = [lines[i].content for i in free if not _is_prose(lines[i].content)][:8]
    genre = _genre(texts) if _genre(texts) != "statement" else _genre(heads_all)
    persons, publisher, links = _people_and_links(lines, free, versions)
    boilerplate = tuple(Span(lines[i].start, lines[i].end) for i in sorted(skip))
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
        boilerplate=boilerplate,
    )


def _people_and_links(
    lines: list[Line], free: list[int], versions: list[Version]
) -> tuple[tuple[Person, ...], str | None, tuple[Link, ...]]:
    data = vocabulary()
    person_re = _person_pattern()
    persons: list[Person] = []
    publisher = None
    links: list[Link] = []
    for i in free:
        line = lines[i]
        match = person_re.match(line.content)
        if match and match["name"][0].isupper():
            role = match["role"].strip().rstrip(".")
            caps = re.findall(r"(?<!\w)[A-ZА-ЯΑ-Ω]{3,}(?!\w)", role)
            lang = next(
                (v.language for v in versions if v.span.start <= line.start <= v.span.end), None
            )
            persons.append(
                Person(
                    match["name"],
                    Span(line.start, line.start + len(match["name"])),
                    role,
                    caps[-1] if caps else None,
                    lang,
                )
            )
        if publisher is None:
            for pattern in data["publisher_patterns"]:
                found = re.search(pattern, line.content, re.IGNORECASE)
                if found:
                    publisher = found["org"].rstrip("/.,")
                    break
        for url in _URL.finditer(line.content):
            before = line.content[: url.start()].casefold()
            code = next(
                (
                    c
                    for c, stems in data["language_names"].items()
                    if any(s in before for s in stems)
                ),
                None,
            )
            start = line.start + url.start()
            links.append(
                Link(
                    url.group().rstrip(".,)"),
                    Span(start, start + len(url.group().rstrip(".,)"))),
                    code,
                )
            )
    return tuple(persons), publisher, tuple(links)


def _language_runs(lines: list[Line], candidates: list[int]) -> list[tuple[str, int, int]]:
    """``(language, first, last)`` line indices of the prose runs in one language."""
    # list items name organisations in any language: they say nothing of the text's language
    prose = [
        i
        for i in candidates
        if _is_prose(lines[i].content)
        and len(lines[i].content) >= 25
        and not is_entry(lines[i].content)
    ]
    detected = {i: detect(_URL.sub(" ", lines[i].content)) for i in prose}
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
        titled = bool(merged) and _titled(lines, candidates, merged[-1][2], run[1], run[0])
        if merged and ((run[1] == run[2] and not titled) or merged[-1][0] == run[0]):
            merged[-1] = (merged[-1][0], merged[-1][1], run[2])
        else:
            if titled:
                titled_at.add(len(merged))
            merged.append(run)
    # an opening run of a single paragraph (a byline, a dedication) belongs to the text after it
    if len(merged) > 1 and merged[0][1] == merged[0][2] and 1 not in titled_at:
        merged[:2] = [(merged[1][0], merged[0][1], merged[1][2])]
    return merged


def _titled(
    lines: list[Line], candidates: list[int], after: int, before: int, language: str
) -> bool:
    """True when a heading line in ``language`` lies between lines ``after`` and ``before``."""
    return any(
        after < i < before
        and not _is_prose(lines[i].content)
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
            if j in taken or _is_prose(content) or content.endswith(":"):
                break
            start = j
        starts.append(start)
    return starts


def _version(
    lines: list[Line], own: list[int], language: str, datelines: dict[int, Dateline]
) -> Version:
    """The version made of lines ``own``: its headings, paragraphs and datelines."""
    heads: list[int] = []
    for i in own:
        if i in datelines:
            continue
        if _is_prose(lines[i].content):
            break
        heads.append(i)
    kicker = title = subtitle = None
    titled: set[int] = set()
    first = lines[heads[0]].content if heads else ""
    if len(heads) > 1 and (first.endswith(":") or ("/" in first and len(first.split()) <= 3)):
        kicker = first.rstrip(":").strip()
        titled.add(heads.pop(0))
    if heads:
        title = lines[heads[0]].content
        titled.add(heads[0])
        if (
            len(heads) > 1
            and not _person_pattern().match(lines[heads[1]].content)
            and all(lines[j].blank for j in range(heads[0] + 1, heads[1]))
        ):
            subtitle = lines[heads[1]].content
            titled.add(heads[1])
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
