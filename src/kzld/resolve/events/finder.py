"""Finding the gazetteer's events in a document, and what the statement does with them.

:class:`EventFinder` searches every language version of a document with that language's forms:
an event's own names and forms anywhere, and its co-occurrence triggers sentence by sentence
(all of their terms in one sentence, within the event's context; one mention per sentence, from
the first to the last match of the first term, widened to the nearest match of each other term).
Signatory lists and boilerplate are never searched. Every mention keeps its exact evidence span
in ``document.text``.

:meth:`EventFinder.link` then classifies the events a statement speaks of:

- ``about``: the events named in a title, subtitle or kicker of any version; when no title names
  one, the event(s) mentioned most often, if at least twice;
- ``adopted_at``: a meeting event (a type the gazetteer's ``adoption`` lists) named in a sentence
  with an adoption cue ("the participants of ..."), or named by a statement whose dateline date
  falls within the meeting's dates (and whose dateline place, if any, is the meeting's place);
- ``mentioned``: every other event the statement names (the meeting it was adopted at included).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ...model.countries import find_countries
from ...model.folding import case_key, country_key, fold_in_place
from ...model.records import Document, Event, Mention, Span
from ..forms import Affixes, FormPattern, compile_form_patterns
from .gazetteer import ANY_LANGUAGE, EventRules, Gazetteer

__all__ = ["EventFinder", "EventLinks", "sentence_starts"]

#: A possible sentence end: closing punctuation (with closing quotes) and white space, or a line
#: break. It ends a sentence unless the next character is a lower-case letter; punctuation not
#: followed by white space ends one only before a capital (``закона».С тех пор``).
_BOUNDARY = re.compile(r"[.!?؟…]+[\"”»’')\]]*([ \t\u00a0]*)|[ \t\u00a0]*\n\s*")


def sentence_starts(text: str) -> list[int]:
    """Offsets in ``text`` where sentences start (always beginning with 0)."""
    starts = [0]
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if end >= len(text) or text[end].islower():
            continue
        if match.group(1) == "" and not text[end].isupper():
            continue
        starts.append(end)
    return starts


@dataclass(frozen=True, slots=True)
class EventLinks:
    """What a statement does with the events it names (keys of gazetteer events)."""

    about: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    adopted_at: str | None = None


@dataclass(frozen=True, slots=True)
class _Region:
    """A stretch of the document searched as one language version."""

    language: str | None
    start: int
    end: int


def _date_range(start: str | None, end: str | None) -> tuple[date, date] | None:
    """The first and last day an event's (partial) ISO dates cover."""
    if start is None:
        return None
    last = end or start
    first_day = date.fromisoformat((start + "-01-01")[:10] if len(start) < 10 else start)
    if len(last) == 4:
        last_day = date(int(last), 12, 31)
    elif len(last) == 7:
        year, month = int(last[:4]), int(last[5:7])
        following = date(year + month // 12, month % 12 + 1, 1)
        last_day = date.fromordinal(following.toordinal() - 1)
    else:
        last_day = date.fromisoformat(last)
    return first_day, last_day


class _Scan:
    """One region's text, sentences and (lazily) the matches of each term in it."""

    def __init__(
        self, finder: EventFinder, document: Document, region: _Region, folded: str
    ) -> None:
        self.finder = finder
        self.region = region
        self.text = document.text
        self.folded = folded
        self.language = region.language.split("-")[0].lower() if region.language else None
        self.excluded = finder.excluded(document)
        self._cache: dict[str, list[Span]] = {}
        self._keyed: str | None = None
        self._possible: dict[str, bool] = {}

    @cached_property
    def starts(self) -> list[int]:
        """Where the region's sentences start (offsets in the document's text)."""
        local = sentence_starts(self.text[self.region.start : self.region.end])
        return [self.region.start + s for s in local]

    def sentence(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def sentence_span(self, index: int) -> Span:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.region.end
        return Span(self.starts[index], end)

    def _kept(self, span: Span) -> bool:
        return not any(s.start < span.end and span.start < s.end for s in self.excluded)

    def _lacks(self, form: FormPattern) -> bool:
        """Whether the region lacks every text ``form`` needs (so it cannot match there)."""
        if form.needs is None:
            return False
        if self._keyed is None:
            self._keyed = case_key(self.folded[self.region.start : self.region.end])
        return not any(need in self._keyed for need in form.needs)

    def find(self, patterns: Iterable[FormPattern]) -> list[Span]:
        spans = [
            Span(m.start(), m.end())
            for form in patterns
            if not self._lacks(form)
            for m in form.pattern.finditer(self.folded, self.region.start, self.region.end)
            if m.end() > m.start()
        ]
        return sorted(span for span in spans if self._kept(span))

    def may_have(self, key: str) -> bool:
        """False when the term ``key`` cannot match in the region (it lacks what its forms need)."""
        if key in self._cache:
            return bool(self._cache[key])
        possible = self._possible.get(key)
        if possible is None:
            patterns = self.finder.term_patterns(key, self.language)
            possible = self._possible[key] = not all(map(self._lacks, patterns))
        return possible

    def term(self, key: str) -> list[Span]:
        if key not in self._cache:
            possible = self._possible.get(key, True)
            patterns = self.finder.term_patterns(key, self.language)
            self._cache[key] = self.find(patterns) if possible else []
        return self._cache[key]


class EventFinder:
    """Finds a gazetteer's events in documents and classifies them (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._events = {event.key: event for event in gazetteer.events}
        self._compiled: dict[tuple[str, str, str | None], tuple[FormPattern, ...]] = {}
        self._folded = ("", "")

    # ------------------------------------------------------------------ patterns

    def _patterns(
        self, kind: str, key: str, table: Mapping[str, tuple[str, ...]], language: str | None
    ) -> tuple[FormPattern, ...]:
        cache_key = (kind, key, language)
        if cache_key not in self._compiled:
            wanted = (ANY_LANGUAGE, language)
            groups = [
                (lang, forms)
                for lang, forms in table.items()
                if language is None or lang in wanted or lang.split("-")[0] == language
            ]
            patterns: list[FormPattern] = []
            for lang, forms in sorted(groups):
                # forms valid in every language take the inflection data of the version's
                own = language if lang == ANY_LANGUAGE and language else lang.split("-")[0]
                affixes = self.gazetteer.languages.get(own, Affixes())
                patterns.extend(compile_form_patterns(forms, affixes))
            self._compiled[cache_key] = tuple(patterns)
        return self._compiled[cache_key]

    def term_patterns(self, key: str, language: str | None) -> tuple[FormPattern, ...]:
        """Compiled patterns of the gazetteer term ``key`` for ``language`` (``None``: all)."""
        return self._patterns("term", key, self.gazetteer.terms[key], language)

    def _form_patterns(self, rules: EventRules, language: str | None) -> tuple[FormPattern, ...]:
        return self._patterns("event", rules.key, rules.forms, language)

    def _fold(self, text: str) -> str:
        """:func:`~kzld.model.folding.fold_in_place` of ``text``, remembered for the next call
        (link folds it again)."""
        if self._folded[0] is not text:
            self._folded = (text, fold_in_place(text))
        return self._folded[1]

    @staticmethod
    def excluded(document: Document) -> tuple[Span, ...]:
        """The spans never searched: boilerplate and signatory lists."""
        return (*document.boilerplate, *(section.span for section in document.sections))

    @staticmethod
    def _regions(document: Document) -> list[_Region]:
        """The versions, plus any text outside them (a header before a version, say) searched
        in the language of the version that follows it (or, at the end, precedes it)."""
        if not document.versions:
            return [_Region(None, 0, len(document.text))]
        versions = sorted(document.versions, key=lambda v: (v.span.start, v.span.end))
        regions: list[_Region] = []
        cursor = 0
        for version in versions:
            if version.span.start > cursor:
                regions.append(_Region(version.language, cursor, version.span.start))
            regions.append(_Region(version.language, version.span.start, version.span.end))
            cursor = max(cursor, version.span.end)
        if cursor < len(document.text):
            regions.append(_Region(versions[-1].language, cursor, len(document.text)))
        return regions

    # ------------------------------------------------------------------ mentions

    def find_mentions(self, document: Document) -> tuple[Mention, ...]:
        """Every place where ``document`` names or speaks of a gazetteer event."""
        mentions: list[Mention] = []
        folded = self._fold(document.text)
        for region in self._regions(document):
            scan = _Scan(self, document, region, folded)
            for rules in self.gazetteer.rules:
                spans = scan.find(self._form_patterns(rules, scan.language))
                if rules.triggers and self._in_context(rules, scan, document):
                    spans.extend(self._triggered(rules, scan))
                mentions.extend(
                    Mention("event", rules.key, s, document.text[s.start : s.end], region.language)
                    for s in _merge(spans)
                )
        return tuple(sorted(mentions, key=lambda m: (m.span, m.target)))

    @staticmethod
    def _document_date(document: Document) -> date | None:
        if document.created is not None and document.created.date is not None:
            return document.created.date
        return document.published

    def _in_context(self, rules: EventRules, scan: _Scan, document: Document) -> bool:
        context = rules.context
        if not all(map(scan.may_have, context.requires)):
            return False
        if any(not scan.term(term) for term in context.requires):
            return False
        if context.dated is None and not context.cues:
            return True
        when = self._document_date(document)
        dated = context.dated
        if dated is not None and when is not None and dated[0] <= when <= dated[1]:
            return True
        return any(scan.term(term) for term in context.cues)

    def _triggered(self, rules: EventRules, scan: _Scan) -> list[Span]:
        spans: list[Span] = []
        for trigger in rules.triggers:
            if not all(map(scan.may_have, trigger.all)):
                continue  # a term the text lacks, known without searching for the others
            by_sentence: list[dict[int, list[Span]]] = []
            for term in trigger.all:
                if not (found := scan.term(term)):
                    break  # a term the text lacks: no sentence has them all
                grouped: dict[int, list[Span]] = defaultdict(list)
                for span in found:
                    grouped[scan.sentence(span.start)].append(span)
                by_sentence.append(grouped)
            if len(by_sentence) < len(trigger.all):
                continue
            blocked: set[int] = {
                scan.sentence(span.start) for term in trigger.unless for span in scan.term(term)
            }
            anchors, others = by_sentence[0], by_sentence[1:]
            for index, anchor_spans in sorted(anchors.items()):
                if index in blocked or any(index not in other for other in others):
                    continue
                if trigger.countries is not None:
                    sentence = scan.sentence_span(index)
                    named = set(find_countries(scan.text[sentence.start : sentence.end]))
                    if named - set(trigger.countries):
                        continue
                start = min(anchor.start for anchor in anchor_spans)
                end = max(anchor.end for anchor in anchor_spans)
                for anchor in anchor_spans:
                    for other in others:
                        near = min(other[index], key=lambda s: (_distance(anchor, s), s))
                        start, end = min(start, near.start), max(end, near.end)
                spans.append(Span(start, end))
        return spans

    # ------------------------------------------------------------------ classification

    def link(self, document: Document, mentions: Sequence[Mention]) -> EventLinks:
        """Classify the events ``mentions`` name into about / mentioned / adopted at."""
        found = [m for m in mentions if m.kind == "event" and m.target in self._events]
        if not found:
            return EventLinks()
        adopted_at = self._adopted_at(document, found)
        titled = self._title_spans(document)
        about = {
            m.target
            for m in found
            if any(t.start <= m.span.start and m.span.end <= t.end for t in titled)
        }
        about.discard(adopted_at or "")
        if not about:
            counts = Counter(m.target for m in found if m.target != adopted_at)
            top = max(counts.values(), default=0)
            if top >= 2:
                about = {key for key, count in counts.items() if count == top}
        mentioned = sorted({m.target for m in found} - about)
        return EventLinks(tuple(sorted(about)), tuple(mentioned), adopted_at)

    @staticmethod
    def _title_spans(document: Document) -> list[Span]:
        spans: list[Span] = []
        for version in document.versions:
            for heading in (version.title, version.subtitle, version.kicker):
                if not heading:
                    continue
                start = document.text.find(heading, version.span.start, version.span.end)
                if start < 0:
                    start = document.text.find(heading)
                if start >= 0:
                    spans.append(Span(start, start + len(heading)))
        return spans

    def _adopted_at(self, document: Document, found: Sequence[Mention]) -> str | None:
        kinds = set(self.gazetteer.adoption_types)
        meetings = [m for m in found if kinds & set(self._events[m.target].types)]
        if not meetings:
            return None
        regions = self._regions(document)
        folded = self._fold(document.text)
        for mention in meetings:
            region = next((r for r in regions if r.start <= mention.span.start < r.end), regions[0])
            scan = _Scan(self, document, region, folded)
            index = scan.sentence(mention.span.start)
            for term in self.gazetteer.adoption_cues:
                if any(scan.sentence(span.start) == index for span in scan.term(term)):
                    return mention.target
        dateline = document.created
        if dateline is None or dateline.date is None:
            return None
        for mention in meetings:
            event = self._events[mention.target]
            covered = _date_range(event.start, event.end)
            if covered is None or not covered[0] <= dateline.date <= covered[1]:
                continue
            if dateline.place and not self._same_place(event, dateline.place):
                continue
            return mention.target
        return None

    def _same_place(self, event: Event, written: str) -> bool:
        if event.place is None:
            return True
        place = next((p for p in self.gazetteer.places if p.key == event.place), None)
        return place is not None and country_key(written) in {
            country_key(n.text) for n in place.names
        }


def _distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _merge(spans: Sequence[Span]) -> list[Span]:
    """Overlapping spans of one event become one mention covering them all."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged
