"""Nothing invented from others' voices: a list whose entries are each a body's name, a colon and
a quotation of a few words (what that body said, or the title of its own statement) names bodies
the text quotes, not its signers; a word for a kind alone before the colon is a label of the
quoted name, which signs. Names, places, bodies and sentences are made up."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Section, Span
from kzld.parse.signatories.gate import published

from .reading import outside_of, read_text

#: An open letter whose dashed list gives other bodies' own statements, and no signer.
VOICES = {
    "de": (
        "Offener Brief an die Fraktion der Zetland-Partei\n\nMit diesem Brief wenden wir uns "
        "an Sie, weil die geplante Reform die Beratung in Xandia gefährdet. Viele Verbände "
        "haben sich bereits geäußert:\n\n"
        "- Xandischer Beratungsverband: „Beratung braucht sichere Finanzierung“\n"
        "- Zetland Sozialforum: „Keine Kürzungen bei den Schwächsten“\n"
        "- Bund der Ostland-Beratungsstellen: „Die Reform gefährdet die Beratung“\n\n"
        "Wir bitten Sie, diese Stimmen zu hören und die Reform zu stoppen.\n"
    ),
    "en": (
        "Open letter to the Zetland Council\n\nWith this letter we ask you to stop the planned "
        "cuts, which put the advice services of Xandia at risk. Many bodies have spoken out "
        "already:\n\n"
        "- Xandia Advice Network: “Advice needs secure funding”\n"
        "- Zetland Social Forum: “No cuts for the weakest”\n"
        "- Ostland Tenants' Union: “The cuts put our homes at risk”\n\n"
        "We ask you to hear these voices and to stop the cuts.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(VOICES))
def test_bodies_listed_with_their_own_words_sign_nothing(language: str) -> None:
    document = read_text(VOICES[language])
    assert [s.entries for s in document.sections] == []
    assert outside_of(document) == []


def test_a_kind_before_the_colon_labels_the_quoted_name() -> None:
    raws = ["Verein: „Xandia hilft jetzt“", "Zetland Sozialforum"]
    entries, at = [], 0
    for position, raw in enumerate(raws, start=1):
        entries.append(Entry(position, raw, Span(at, at + len(raw)), raw))
        at += len(raw) + 1
    section = Section("Unterzeichnende:", Span(0, at), tuple(entries))
    kept = [e.raw for s in published([section], "\n".join(raws)) for e in s.entries]
    assert kept == raws
