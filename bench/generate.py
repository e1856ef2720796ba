"""A generator of realistic synthetic corpora of statements, deterministic from a seed.

``python bench/generate.py --n 100 --seed 1 --out bench/work/corpus`` writes ``OUT/seeds/*.txt``
(N statement texts in the genre of ``seeds/``: several languages, datelines and publication
stamps, numbered / bulleted / inline signatory lists of 5-60 organisations under varying
spellings, event mentions, boilerplate, some two-language documents) and ``OUT/manifest.json``,
the ground truth per document: languages, dates, and per signatory section its heading, style,
named entries (with the authority key of each organisation, or none for an invented one), stated
further signatories and "as of" date.

About 40% of the documents lay their signers out as issue 18's classes do (``LAYOUTS``: cue
sentences, dateline lists, lists without cue, inline sentences, several lists with update
stamps, signers in titles, "on behalf of" lines, header lines, stated totals; some with site
furniture or a list cut mid-entry). Their ground truth is speed-test material, not a measure of
the reader's quality (that is ``bench/quality_reader.py`` on the development corpus).

Document ``i`` depends only on the seed and ``i``: the corpus of N documents is a prefix of the
corpus of any larger N with the same seed. The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from texts import (
    ALSO,
    AS_OF,
    BOILERPLATE_NAV,
    BREADCRUMBS,
    CITIES,
    CUE_SENTENCES,
    GARBLED,
    HEADINGS,
    INLINE_LEADS,
    INLINE_SENTENCES,
    LANGUAGES,
    MONTHS,
    MORE,
    ON_BEHALF,
    PARAGRAPHS,
    RELATED,
    SECOND_HEADINGS,
    SHARE_FOOTER,
    STATED_TOTALS,
    TITLES,
    TITLES_OF,
    UPDATE_STAMPS,
    format_date,
)

__all__ = [
    "GENERATOR_VERSION",
    "LAYOUTS",
    "Org",
    "fingerprint",
    "generate",
    "main",
    "organisation_pool",
    "stamp_date",
]

#: Bumped whenever the output for a given seed changes on purpose.
GENERATOR_VERSION = 2
REPO = Path(__file__).resolve().parent.parent
AUTHORITY = REPO / "authority" / "organisations.yaml"
#: Kinds of authority organisations that sign statements (not alliances, states or media).
SIGNING_KINDS = {"party", "youth-organisation", "coordination", "movement", "trade-union"}

#: Language of each document, with weights.
LANGUAGE_WEIGHTS = {"en": 35, "de": 15, "es": 12, "fr": 12, "ru": 13, "nl": 13}
#: Second versions a two-language document may have after its first.
SECOND_LANGUAGE = {"en": "ru", "de": "en", "es": "en", "fr": "en", "ru": "en", "nl": "en"}
GENRE_WEIGHTS = {"joint-statement": 40, "resolution": 25, "motion": 20, "declaration": 15}
#: The share of signatories drawn from the authority (the rest are invented organisations).
KNOWN_SHARE = 0.6
#: How the signers are laid out, with weights: ``heading`` is a list under a heading (what the
#: reader handled before issue 18; such a document is byte-for-byte what version 1 wrote), the
#: others are the classes of bench/devcorpus/README.md.
LAYOUTS = {
    "heading": 60,
    "cue-sentence": 5,
    "dateline-list": 5,
    "no-cue-list": 5,
    "inline-list": 4,
    "several-lists": 5,
    "signers-in-title": 4,
    "on-behalf-of": 4,
    "header-lines": 4,
    "stated-total": 4,
}
#: The share of documents of the new layouts with site furniture (header date, breadcrumbs,
#: sharing footer), and of those with a list whose page is cut mid-entry.
FURNITURE_SHARE = 0.35
CUT_SHARE = 0.3
FIRST_DAY = date(2012, 1, 1)
LAST_DAY = date(2024, 12, 31)

# Invented organisations: plausible names that no authority entry has.
_INVENTED_ADJECTIVES = (
    "Revolutionary",
    "Socialist",
    "Democratic",
    "United",
    "New",
    "Independent",
    "Progressive",
    "Popular",
    "Marxist",
    "Radical",
)
_INVENTED_KINDS = (
    "Workers' Party",
    "Communist League",
    "Socialist Union",
    "Labour Front",
    "Youth Federation",
    "Left Alliance",
    "Workers' Movement",
    "Communist Organisation",
    "Peasants' Union",
    "Workers' Council",
)
_INVENTED_COUNTRIES = (
    "AR",
    "BR",
    "CL",
    "CY",
    "EC",
    "EG",
    "FI",
    "GH",
    "HU",
    "IS",
    "KE",
    "LK",
    "MA",
    "NG",
    "PE",
    "PL",
    "RO",
    "SN",
    "TN",
    "ZA",
    "IT",
    "FR",
    "DE",
    "ES",
    "CA",
    "IN",
)


@dataclass(frozen=True)
class Org:
    """An organisation of the pool: canonical name, and what its spellings may use."""

    name: str
    key: str | None  # the authority key; None for an invented organisation
    abbreviation: str | None
    native: str | None
    forms: tuple[str, ...]
    country: str | None  # English country name, when known


def _country_name(code: str) -> str:
    from babel import Locale

    name = Locale("en").territories.get(code, code)
    return str(name).replace("&", "and").replace("’", "'")


def _initials(name: str) -> str:
    small = {"of", "the", "and", "for", "in"}
    return "".join(w[0].upper() for w in name.replace("'", "").split() if w.lower() not in small)


def _authority_orgs() -> list[Org]:
    if not AUTHORITY.is_file():
        return []
    import yaml

    entries = yaml.safe_load(AUTHORITY.read_text(encoding="utf-8")).get("organisations") or []
    orgs = []
    for entry in entries:
        if not set(entry.get("kinds") or ()) & SIGNING_KINDS or entry.get("generic"):
            continue
        if re.search(r"\d{4}-\d{4}$", entry["key"]):  # a historical organisation signs nothing now
            continue
        natives: list[str] = []
        for value in (entry.get("names") or {}).values():
            natives.extend([value] if isinstance(value, str) else value)
        abbreviations = entry.get("abbreviations") or []
        orgs.append(
            Org(
                name=entry["name"],
                key=entry["key"],
                abbreviation=abbreviations[0] if abbreviations else None,
                native=natives[0] if natives else None,
                forms=tuple(entry.get("forms") or ()),
                country=_country_name(entry["country"]) if entry.get("country") else None,
            )
        )
    return orgs


def organisation_pool(seed: int) -> list[Org]:
    """The organisations the corpus draws signatories from: the authority's and invented ones."""
    known = _authority_orgs()
    taken = {o.name.lower() for o in known}
    rng = random.Random(f"pool:{seed}")
    invented: list[Org] = []
    triples: set[tuple[str, str, str]] = set()
    while len(invented) < 300:
        adjective = rng.choice(_INVENTED_ADJECTIVES)
        kind = rng.choice(_INVENTED_KINDS)
        country = _country_name(rng.choice(_INVENTED_COUNTRIES))
        if (adjective, kind, country) in triples:
            continue
        triples.add((adjective, kind, country))
        name = f"{adjective} {kind} of {country}" if rng.random() < 0.6 else f"{adjective} {kind}"
        # A name without a country gets one in every spelling, to tell it from its namesakes.
        if name.lower() in taken or (" of " not in name and f"{name} ({country})".lower() in taken):
            continue
        full = name if " of " in name else f"{name} ({country})"
        taken.add(full.lower())
        taken.add(name.lower())
        invented.append(
            Org(
                name=full,
                key=None,
                abbreviation=_initials(name) if rng.random() < 0.6 else None,
                native=None,
                forms=(),
                country=None if " of " in name else country,
            )
        )
    return known + invented


def _spelling(org: Org, rng: random.Random) -> str:
    """One of the ways a list writes ``org``."""
    name = org.name
    options = [name, name]
    if org.abbreviation:
        options += [f"{org.abbreviation} {name}", f"{name} ({org.abbreviation})"]
        if org.native:
            options.append(f"{org.abbreviation} {org.native} ({name})")
    if org.native:
        options.append(f"{org.native} ({name})")
    if org.country and org.country.lower() not in name.lower():
        options += [f"{name}, {org.country}", f"{name} ({org.country})", f"{name} – {org.country}"]
    options += list(org.forms)
    return rng.choice(options)


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _day(rng: random.Random, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _stamp(day: date, rng: random.Random) -> str:
    hour, minute = rng.randrange(1, 13), rng.randrange(60)
    comma = "," if rng.random() < 0.5 else ""
    half = rng.choice(("AM", "PM"))
    return f"{day.month}/{day.day}/{day:%y}{comma} {hour}:{minute:02d} {half}"


def _list_lines(
    style: str, spellings: list[str], rng: random.Random, lead: str
) -> tuple[list[str], list[str]]:
    """The lines of a list (``style`` numbered/bulleted/inline) and the entries as written."""
    if style == "inline":
        return [lead + " " + ", ".join(spellings)], spellings
    lines: list[str] = []
    indent = rng.choice(("", " ", "  "))
    bullet = rng.choice(("•", "-", "*"))
    gap = rng.randrange(len(spellings)) if rng.random() < 0.1 and len(spellings) > 3 else -1
    for number, text in enumerate(spellings, start=1):
        marker = f"{number}." if style == "numbered" else bullet
        lines.append(f"{indent}{marker} {text}")
        if number - 1 == gap:
            lines.append("")
    return lines, spellings


def _choose(rng: random.Random, pool: list[Org], total: int) -> list[Org]:
    """``total`` organisations of the pool, about :data:`KNOWN_SHARE` of them the authority's."""
    known = [o for o in pool if o.key]
    from_known = min(len(known), sum(1 for _ in range(total) if rng.random() < KNOWN_SHARE))
    chosen = rng.sample(known, from_known) + rng.sample(
        [o for o in pool if not o.key], total - from_known
    )
    rng.shuffle(chosen)
    return chosen


def _in_a_line(org: Org, rng: random.Random) -> str:
    """A spelling of ``org`` that a running sentence can hold (no comma or semicolon)."""
    text = _spelling(org, rng)
    if "," in text or ";" in text:
        text = org.name.replace(",", "").replace(";", "")
    return text


def _joined(names: list[str], language: str, separator: str = ", ") -> str:
    """``A, B and C`` in ``language``."""
    word = INLINE_SENTENCES[language][1]
    return names[0] if len(names) == 1 else f"{separator.join(names[:-1])} {word} {names[-1]}"


def _entries(texts: list[str], orgs: list[Org]) -> list[dict[str, Any]]:
    return [
        {"text": text, "name": org.name, "key": org.key}
        for text, org in zip(texts, orgs, strict=True)
    ]


def _section(
    layout: str,
    style: str,
    heading: str,
    language: str,
    texts: list[str],
    orgs: list[Org],
    **more: Any,
) -> dict[str, Any]:
    """The ground truth of one group of signers of a new layout."""
    return {
        "layout": layout,
        "heading": heading,
        "style": style,
        "language": language,
        "named": len(orgs),
        "more_stated": None,
        "as_of": more.get("as_of"),
        "entries": _entries(texts, orgs),
        "fragments": more.get("fragments", []),
    }


def _plain_list(
    x: random.Random, style: str, spellings: list[str], cut_with: str | None
) -> tuple[list[str], list[str]]:
    """The lines of a list without a heading (numbered, bulleted, dashed or plain), and the
    fragment a cut page ends with (the start of ``cut_with``, or a garbled line), if any."""
    bullet = {"bulleted": x.choice(("•", "*")), "dashed": x.choice(("-", "–"))}.get(style)
    lines = []
    for number, text in enumerate(spellings, start=1):
        marker = f"{number}. " if style == "numbered" else f"{bullet} " if bullet else ""
        lines.append(marker + text)
    fragments: list[str] = []
    if cut_with is not None:
        fragment = (
            cut_with[: x.randint(2, max(2, len(cut_with) // 2))].rstrip()
            if x.random() < 0.7
            else x.choice(GARBLED)
        )
        number = len(spellings) + 1
        marker = f"{number}. " if style == "numbered" else f"{bullet} " if bullet else ""
        lines.append(marker + fragment)
        fragments.append(fragment)
    return lines, fragments


def stamp_date(language: str, day: date) -> str:
    """A date as an update stamp writes it: ``26.03.2012`` (de, ru) or ``26/03/2012``."""
    return f"{day:%d.%m.%Y}" if language in {"de", "ru"} else f"{day:%d/%m/%Y}"


def _new_layout(
    layout: str,
    x: random.Random,
    language: str,
    pool: list[Org],
    created: date,
    dateline: str | None,
) -> tuple[list[str], list[dict[str, Any]], int | None, bool]:
    """The lines that carry the signers of a new layout after the argument, their ground truth,
    the total the text states (or None), and whether the page is cut after them."""
    style = x.choice(("numbered", "bulleted", "dashed", "plain"))
    lines: list[str] = []
    if layout == "on-behalf-of":
        orgs = _choose(x, pool, x.randint(2, 4))
        texts = [_in_a_line(o, x) for o in orgs]
        lines += [ON_BEHALF[language].format(name=t) for t in texts]
        return lines, [_section(layout, "on-behalf", "", language, texts, orgs)], None, False
    orgs = _choose(x, pool, x.randint(5, 40))
    if layout == "inline-list":
        orgs = orgs[: x.randint(3, 9)]
        texts = [_in_a_line(o, x) for o in orgs]
        sentence, _ = INLINE_SENTENCES[language]
        line = sentence.format(names=_joined(texts, language, x.choice((", ", "; "))))
        return [line], [_section(layout, "inline", "", language, texts, orgs)], None, False
    spare = _choose(x, pool, 1)[0]
    cut = x.random() < CUT_SHARE
    stated = None
    if layout == "several-lists":
        split = x.randint(2, len(orgs) - 2)
        sections = []
        as_of = created + timedelta(days=x.randrange(0, 60))
        for number, group in enumerate((orgs[:split], orgs[split:])):
            texts = [_spelling(o, x) for o in group]
            if number == 0:
                head = x.choice(HEADINGS[language] + CUE_SENTENCES[language])
            else:
                head = ALSO[language]
                as_of = as_of + timedelta(days=x.randrange(1, 200))
            stamp = UPDATE_STAMPS[language].format(date=stamp_date(language, as_of))
            last = number == 1
            listed, fragments = _plain_list(x, style, texts, spare.name if cut and last else None)
            lines += [head, stamp, *listed, ""]
            sections.append(
                _section(
                    layout,
                    style,
                    f"{head}\n{stamp}",
                    language,
                    texts,
                    group,
                    as_of=as_of.isoformat(),
                    fragments=fragments,
                )
            )
        return lines[:-1], sections, None, cut
    if layout == "cue-sentence":
        head = x.choice(CUE_SENTENCES[language])
    elif layout == "dateline-list":
        head = dateline or ""
    elif layout == "stated-total":
        stated = len(orgs) + x.randint(1, 30)
        head = STATED_TOTALS[language].format(n=stated)
    else:  # no-cue-list: the names end the text
        head = ""
    texts = [_spelling(o, x) for o in orgs]
    listed, fragments = _plain_list(x, style, texts, spare.name if cut else None)
    lines += ([head] if head else []) + listed
    section = _section(layout, style, head, language, texts, orgs, fragments=fragments)
    return lines, [section], stated, cut


def _document(seed: int, index: int, pool: list[Org]) -> tuple[str, str, dict[str, Any]]:
    """The file name, text and ground truth of document ``index``."""
    rng = random.Random(f"doc:{seed}:{index}")
    # The new layouts draw from a stream of their own, so that a document of the ``heading``
    # layout is what version 1 of the generator wrote.
    x = random.Random(f"layout:{seed}:{index}")
    layout = _weighted(x, LAYOUTS)
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:16]
    name = f"{index:05d}_{digest}.txt"
    language = _weighted(rng, LANGUAGE_WEIGHTS)
    languages = [language]
    if rng.random() < 0.15:
        languages.append(SECOND_LANGUAGE[language])
    genre = _weighted(rng, GENRE_WEIGHTS)
    created = _day(rng)
    has_dateline = rng.random() < 0.7
    place = rng.choice(CITIES[language]) if rng.random() < 0.7 else None
    published = created + timedelta(days=rng.randrange(0, 15)) if rng.random() < 0.5 else None
    picked = rng.sample(range(len(PARAGRAPHS)), rng.randint(3, 6))
    events = sorted({e for i in picked for e in PARAGRAPHS[i][0]})
    boilerplate: list[str] = []
    sections: list[dict[str, Any]] = []

    lines: list[str] = []
    furniture = layout != "heading" and x.random() < FURNITURE_SHARE
    if furniture:  # the day the page was printed, above everything: not the statement's date
        printed = _day(x, date(2025, 1, 1), date(2025, 12, 31))
        lines += [format_date(language, printed.year, printed.month, printed.day)]
        lines += [BREADCRUMBS[language], ""]
        boilerplate += ["header-date", "breadcrumbs"]
    if published is not None:
        lines.append(_stamp(published, rng))
        if len(languages) > 1 or rng.random() < 0.3:
            lines.append("  • " + " ".join(lang.capitalize() for lang in languages))
            boilerplate.append("language-menu")
        lines.append("")
    if rng.random() < 0.2:
        lines += [BOILERPLATE_NAV[language], ""]
        boilerplate.append("navigation")
    title = TITLES[genre][language]
    if len(languages) > 1 and rng.random() < 0.5:
        title += " [" + ", ".join(lang.capitalize() for lang in languages) + "]"
    if layout == "signers-in-title":
        orgs = _choose(x, pool, x.randint(2, 3))
        texts = [_in_a_line(o, x) for o in orgs]
        title = TITLES_OF[language].format(names=_joined(texts, language))
        sections.append(_section(layout, "title", "", language, texts, orgs))
    if layout == "header-lines":
        orgs = _choose(x, pool, x.randint(2, 3))
        texts = [f"{o.name.upper()} – {o.abbreviation or _initials(o.name)}" for o in orgs]
        lines += [*texts, ""]
        sections.append(_section(layout, "header-lines", "", language, texts, orgs))
    lines += [title, ""]
    numbered_paragraphs = rng.random() < 0.1
    for number, i in enumerate(picked, start=1):
        text = PARAGRAPHS[i][1][language]
        lines += [f" {number}. {text}" if numbered_paragraphs else text, ""]

    dateline_text = format_date(language, created.year, created.month, created.day)
    if place:
        dateline_text = f"{place}, {dateline_text}"
    dateline_after = rng.random() < 0.4
    if layout == "dateline-list":  # the list follows the dateline, with no cue
        has_dateline, dateline_after = True, False
    elif has_dateline and not dateline_after:
        lines += [dateline_text, ""]

    cut = False
    stated_total = None
    if layout == "heading":
        sections += _heading_sections(rng, language, pool, created, lines)
    elif layout not in {"signers-in-title", "header-lines"}:
        written, found, stated_total, cut = _new_layout(
            layout, x, language, pool, created, dateline_text if has_dateline else None
        )
        lines += [*written, ""]
        sections += found
    if cut:  # the page ends mid-entry: nothing of it is left after the list
        languages = languages[:1]
        has_dateline = has_dateline and not dateline_after
        text = "\n".join(lines).rstrip("\n")
    else:
        if has_dateline and dateline_after:
            lines += [dateline_text, ""]

        for other in languages[1:]:
            lines += ["", TITLES[genre][other], ""]
            for i in picked:
                lines += [PARAGRAPHS[i][1][other], ""]
            if has_dateline:
                lines += [format_date(other, created.year, created.month, created.day), ""]

        if rng.random() < 0.3:
            heading, titles = RELATED[language]
            lines += ["", heading, *rng.sample(titles, rng.randint(1, len(titles))), ""]
            boilerplate.append("related-articles")
        if rng.random() < 0.15:
            start = _day(rng, date(2025, 1, 1), date(2025, 12, 1))
            end = start + timedelta(days=rng.randrange(1, 5))
            months = MONTHS["en"]
            lines.append(
                f"{months[start.month - 1]} {start.day}, {start.year} - "
                f"{months[end.month - 1]} {end.day}, {end.year} - "
                f"{rng.choice(CITIES['en'])} {_ordinal(rng.randint(5, 30))} Congress of the "
                f"{rng.choice(pool).name}"
            )
            boilerplate.append("event-calendar")
        if furniture:
            lines += ["", SHARE_FOOTER]
            boilerplate.append("share-footer")
        text = "\n".join(lines).rstrip("\n") + ("\n" if rng.random() < 0.5 else "")
    if stated_total is None and any(s["more_stated"] for s in sections):
        stated_total = sum(s["named"] + (s["more_stated"] or 0) for s in sections)
    truth = {
        "file": name,
        "layout": layout,
        "genre": genre,
        "languages": languages,
        "created": (
            {"date": created.isoformat(), "place": place, "text": dateline_text}
            if has_dateline
            else None
        ),
        "published": published.isoformat() if published else None,
        "sections": sections,
        "signatures": sum(s["named"] for s in sections),
        "stated_total": stated_total,
        "events": events,
        "boilerplate": boilerplate,
    }
    return name, text, truth


def _heading_sections(
    rng: random.Random, language: str, pool: list[Org], created: date, lines: list[str]
) -> list[dict[str, Any]]:
    """One or two lists under headings (version 1's layout); their lines are added to ``lines``."""
    total = rng.randint(5, 60)
    chosen = _choose(rng, pool, total)
    two = total >= 8 and rng.random() < 0.3
    cut = rng.randint(total // 2, total - 2) if two else total
    groups = [chosen[:cut], chosen[cut:]] if two else [chosen]
    sections: list[dict[str, Any]] = []
    for number, members in enumerate(groups):
        style = rng.choices(("numbered", "bulleted", "inline"), weights=(6, 3, 1))[0]
        if style == "inline" and len(members) > 25:
            style = "numbered"
        spellings = []
        for org in members:
            text = _spelling(org, rng)
            while style == "inline" and "," in text:
                text = org.name if "," not in org.name else text.replace(",", "")
            spellings.append(text)
        as_of = None
        if number == 0 and style != "inline" and rng.random() < 0.25:
            as_of = created + timedelta(days=rng.randrange(0, 40))
            heading = AS_OF[language].format(
                date=format_date(language, as_of.year, as_of.month, as_of.day)
            )
        elif number == 0:
            heading = rng.choice(HEADINGS[language])
        else:
            heading = rng.choice(SECOND_HEADINGS[language])
        if style == "inline":
            heading = INLINE_LEADS[language]
        else:
            lines += [heading, ""]
        list_lines, written = _list_lines(style, spellings, rng, heading)
        lines += list_lines
        more = None
        if style != "inline" and number == len(groups) - 1 and rng.random() < 0.1:
            more = rng.randint(2, 40)
            lines.append(MORE[language].format(n=more))
        lines.append("")
        sections.append(
            {
                "layout": "heading",
                "heading": heading,
                "style": style,
                "language": language,
                "named": len(members),
                "more_stated": more,
                "as_of": as_of.isoformat() if as_of else None,
                "entries": [
                    {"text": text, "name": org.name, "key": org.key}
                    for text, org in zip(written, members, strict=True)
                ],
                "fragments": [],
            }
        )
    return sections


def fingerprint() -> str:
    """A digest of everything the output depends on besides seed and N (code and authority)."""
    digest = hashlib.sha256(str(GENERATOR_VERSION).encode())
    for path in (Path(__file__), Path(__file__).with_name("texts.py"), AUTHORITY):
        digest.update(path.read_bytes() if path.is_file() else b"-")
    return digest.hexdigest()[:16]


def generate(n: int, seed: int, out: Path) -> dict[str, Any]:
    """Write N documents to ``out/seeds`` and the ground truth to ``out/manifest.json``."""
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for old in seeds.glob("*.txt"):
        old.unlink()
    pool = organisation_pool(seed)
    documents = []
    for index in range(n):
        name, text, truth = _document(seed, index, pool)
        (seeds / name).write_bytes(text.encode("utf-8"))
        documents.append(truth)
    manifest = {
        "generator": {"version": GENERATOR_VERSION, "fingerprint": fingerprint()},
        "seed": seed,
        "n": n,
        "totals": {
            "documents": n,
            "sections": sum(len(d["sections"]) for d in documents),
            "signatures": sum(d["signatures"] for d in documents),
            "authority_signatures": sum(
                1 for d in documents for s in d["sections"] for e in s["entries"] if e["key"]
            ),
            "languages": {
                lang: sum(1 for d in documents if lang in d["languages"]) for lang in LANGUAGES
            },
        },
        "documents": documents,
    }
    (out / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    manifest = generate(args.n, args.seed, args.out)
    totals = manifest["totals"]
    print(
        f"{totals['documents']} documents, {totals['sections']} sections, "
        f"{totals['signatures']} signatures -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
