"""A survey of the events a set of documents speaks of: which statement, in which languages, and
whether it is about the event, mentions it, or was adopted at it (``kzld events``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...model.records import Document, Event
from .finder import EventFinder
from .gazetteer import Gazetteer, load_gazetteer

__all__ = ["EventSurvey", "EventUse", "StatementUse", "survey_events"]


@dataclass(frozen=True, slots=True)
class StatementUse:
    """How one statement speaks of an event: ``role`` is ``about``, ``adopted-at`` or
    ``mentioned``; ``languages`` the versions that name it; ``mentions`` how often."""

    file: str
    role: str
    languages: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class EventUse:
    """An event with the statements that speak of it (in file-name order)."""

    event: Event
    statements: tuple[StatementUse, ...]

    @property
    def name(self) -> str:
        """The event's English name, else its first name."""
        english = [n.text for n in self.event.names if n.language == "en"]
        return english[0] if english else self.event.names[0].text


@dataclass(frozen=True, slots=True)
class EventSurvey:
    """Every gazetteer event some document speaks of, in key order."""

    events: tuple[EventUse, ...]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"events": [{"key", "name", "start", "end", "statements"}]}``."""
        return {
            "events": [
                {
                    "key": use.event.key,
                    "name": use.name,
                    "start": use.event.start,
                    "end": use.event.end,
                    "statements": [
                        {
                            "file": s.file,
                            "role": s.role,
                            "languages": list(s.languages),
                            "mentions": s.mentions,
                        }
                        for s in use.statements
                    ],
                }
                for use in self.events
            ]
        }


def survey_events(documents: Sequence[Document], gazetteer: Gazetteer | None = None) -> EventSurvey:
    """Find and classify the events of every document; group the results by event."""
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    finder = EventFinder(gazetteer)
    uses: dict[str, list[StatementUse]] = {}
    for document in sorted(documents, key=lambda d: d.name):
        mentions = finder.find_mentions(document)
        links = finder.link(document, mentions)
        for key in sorted({m.target for m in mentions}):
            own = [m for m in mentions if m.target == key]
            languages = tuple(sorted({m.language for m in own if m.language}))
            if key in links.about:
                role = "about"
            elif key == links.adopted_at:
                role = "adopted-at"
            else:
                role = "mentioned"
            uses.setdefault(key, []).append(StatementUse(document.name, role, languages, len(own)))
    return EventSurvey(
        tuple(
            EventUse(event, tuple(uses[event.key]))
            for event in gazetteer.events
            if event.key in uses
        )
    )
