"""A generator of realistic synthetic corpora of statements, deterministic from a seed.

``python bench/generate.py --n 100 --seed 1 --out bench/work/corpus`` writes ``OUT/seeds/*.txt``
(N statement texts in the genre of ``seeds/``: several languages, datelines and publication
stamps, numbered / bulleted / inline signatory lists of 5-60 organisations under varying
spellings, event mentions, boilerplate, some two-language documents) and ``OUT/manifest.json``,
the ground truth per document: languages, dates, and per signatory section its heading, style,
named entries (with the authority key of each organisation, or none for an invented one), stated
further signatories and "as of" date.

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
    AS_OF,
    BOILERPLATE_NAV,
    CITIES,
    HEADINGS,
    INLINE_LEADS,
    LANGUAGES,
    MONTHS,
    MORE,
    PARAGRAPHS,
    RELATED,
    SECOND_HEADINGS,
    TITLES,
    format_date,
)

__all__ = ["GENERATOR_VERSION", "Org", "fingerprint", "generate", "main", "organisation_pool"]

#: Bumped whenever the output for a given seed changes on purpose.
GENERATOR_VERSION = 1
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


def _document(seed: int, index: int, pool: list[Org]) -> tuple[str, str, dict[str, Any]]:
    """The file name, text and ground truth of document ``index``."""
    rng = random.Random(f"doc:{seed}:{index}")
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

    lines: list[str] = []
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
    lines += [title, ""]
    numbered_paragraphs = rng.random() < 0.1
    for number, i in enumerate(picked, start=1):
        text = PARAGRAPHS[i][1][language]
        lines += [f" {number}. {text}" if numbered_paragraphs else text, ""]

    dateline_text = format_date(language, created.year, created.month, created.day)
    if place:
        dateline_text = f"{place}, {dateline_text}"
    dateline_after = rng.random() < 0.4
    if has_dateline and not dateline_after:
        lines += [dateline_text, ""]

    # Signatory sections.
    total = rng.randint(5, 60)
    known = [o for o in pool if o.key]
    from_known = min(len(known), sum(1 for _ in range(total) if rng.random() < KNOWN_SHARE))
    chosen = rng.sample(known, from_known) + rng.sample(
        [o for o in pool if not o.key], total - from_known
    )
    rng.shuffle(chosen)
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
            }
        )
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
    text = "\n".join(lines).rstrip("\n") + ("\n" if rng.random() < 0.5 else "")
    truth = {
        "file": name,
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
        "events": events,
        "boilerplate": boilerplate,
    }
    return name, text, truth


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
