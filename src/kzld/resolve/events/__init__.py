"""Event resolution: the gazetteer's events found in a document, and what a statement does with
them.

- :mod:`.gazetteer`: loading and checking ``authority/events.yaml`` (events, places, the forms
  and co-occurrence rules by which they are found);
- :mod:`.finder`: finding the events in every language version of a document, with evidence,
  and linking a statement to them (about, adopted at, mentioned);
- :mod:`.survey`: the survey ``kzld events`` prints.
"""

from .finder import EventFinder, EventLinks
from .gazetteer import Gazetteer, load_gazetteer
from .survey import EventSurvey, survey_events

__all__ = [
    "EventFinder",
    "EventLinks",
    "EventSurvey",
    "Gazetteer",
    "load_gazetteer",
    "survey_events",
]
