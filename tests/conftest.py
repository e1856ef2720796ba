"""Shared fixtures: a small hand-made corpus the mapping and serialisation tests use; a cache
folder of the test session's own (:mod:`kzld.derived`), so that tests neither read what earlier
runs kept in the user's cache nor write there; and the property tests' hypothesis profile.

The profile ``kzld`` (the default) draws the same examples on every run, so that the suite's
verdict depends on the code alone and a red run can be repeated; ``HYPOTHESIS_PROFILE=explore``
draws new examples each run, to look for failures the fixed draw misses."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import settings

from kzld.derived import CACHE_ENV
from kzld.model.records import (
    Corpus,
    Dateline,
    Document,
    Entry,
    Event,
    Mention,
    Name,
    Organisation,
    Person,
    Place,
    ResolvedDocument,
    Section,
    Span,
    Version,
)

settings.register_profile("kzld", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "kzld"))


@pytest.fixture(scope="session", autouse=True)
def _session_cache() -> Iterator[None]:
    """``KZLD_CACHE_DIR`` set to a folder of this session's, removed at its end."""
    folder = tempfile.mkdtemp(prefix="kzld-test-cache-")
    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = folder
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(CACHE_ENV, None)
        else:
            os.environ[CACHE_ENV] = before
        shutil.rmtree(folder, ignore_errors=True)


TEXT = (
    "Joint statement on the strike\n\n"
    "We salute the strikers of Lakeside.\n\n"
    "Signatories (as of 3 March 2020):\n"
    "1. Workers Party of Lakeland\n"
    "2. WPL Workers Party of Lakeland\n"
    '3. Green <Union> "of" {Lakes}\n\n'
    "Lakeside, 2 March 2020\n\n"
    "Совместное заявление о забастовке\n"
)


def span_of(text: str, needle: str, start: int = 0) -> Span:
    """The span of the first ``needle`` in ``text`` at or after ``start``."""
    at = text.index(needle, start)
    return Span(at, at + len(needle))


@pytest.fixture
def corpus() -> Corpus:
    """One statement in two languages with three entries naming two signatories (one twice)."""
    text = TEXT
    entries = []
    for position, raw in enumerate(
        [
            "Workers Party of Lakeland",
            "WPL Workers Party of Lakeland",
            'Green <Union> "of" {Lakes}',
        ],
        start=1,
    ):
        entries.append(Entry(position, raw, span_of(text, raw), raw))
    ru = text.index("Совместное")
    document = Document(
        name="lake 01.txt",
        sha256="0" * 64,
        text=text,
        genre="joint-statement",
        versions=(
            Version("en", Span(0, ru), title="Joint statement on the strike"),
            Version("ru", Span(ru, len(text)), title="Совместное заявление о забастовке"),
        ),
        sections=(
            Section(
                "Signatories (as of 3 March 2020):",
                span_of(text, "Signatories (as of 3 March 2020):"),
                tuple(entries),
                language="en",
                as_of=date(2020, 3, 3),
                more_stated=4,
            ),
        ),
        created=Dateline(
            "Lakeside, 2 March 2020",
            span_of(text, "Lakeside, 2 March 2020"),
            "dateline",
            date(2020, 3, 2),
            "Lakeside",
        ),
        persons=(Person("Ann Example", span_of(text, "We"), role="secretary", language="en"),),
    )
    resolved = ResolvedDocument(
        document=document,
        signatories=(("workers-party-of-lakeland", "workers-party-of-lakeland", "x-green-union"),),
        mentions=(
            Mention(
                "event",
                "lakeside-strike",
                span_of(text, "strikers of Lakeside"),
                "strikers of Lakeside",
                "en",
            ),
        ),
        about=("lakeside-strike",),
        person_affiliations=("workers-party-of-lakeland",),
        created_place="lakeside",
    )
    return Corpus(
        documents=(resolved,),
        organisations=(
            Organisation(
                "workers-party-of-lakeland",
                (Name("Workers Party of Lakeland", "en"),),
                alternate_names=("WPL Workers Party of Lakeland",),
                abbreviations=("WPL",),
                country="NO",
                kinds=("party",),
            ),
            Organisation("x-green-union", (Name('Green <Union> "of" {Lakes}'),), known=False),
        ),
        events=(
            Event(
                "lakeside-strike",
                (Name("Lakeside strike", "en"),),
                types=("strike",),
                start="2020-02",
                end="2020-03-01",
                place="lakeside",
            ),
        ),
        places=(Place("lakeside", (Name("Lakeside", "en"),), country="NO"),),
    )


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A local port something already listens on, for as long as the test runs."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        yield busy.getsockname()[1]
