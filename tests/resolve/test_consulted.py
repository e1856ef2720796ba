"""What a text's resolution consulted of the authority, and which changes of it touch the text:
every change that changes the resolution touches it; a change of an entry the text has nothing
to do with does not."""

from __future__ import annotations

import gc
from dataclasses import fields, replace

import pytest

from kzld.model.records import Document, Entry, Span
from kzld.parse import read_bytes
from kzld.resolve.corpus import CorpusResolver, DocumentResolution
from kzld.resolve.events import load_gazetteer
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.candidates import AuthorityIndex
from kzld.resolve.orgs.consulted import FIELDS, INDEX_TABLES, AuthorityChange, Consulted, Recorder
from kzld.resolve.orgs.resolver import Decisions
from tests.resolve.resolving import keys_of

#: Made-up organisations (no real party is meant).
RURITANIA = AuthorityEntry(
    "labour-party-of-ruritania",
    "Labour Party of Ruritania",
    abbreviations=("LPR",),
    kinds=("party",),
)
ZEMBLA = AuthorityEntry(
    "zembla-farmers-union", "Farmers Union of Zembla", abbreviations=("FUZ",), kinds=("party",)
)
AUTHORITY = Authority((RURITANIA, ZEMBLA))
#: Another entry whose abbreviation is one of the prose's ("LPR").
RHODONIA = AuthorityEntry(
    "liberal-people-of-rhodonia", "Liberal People of Rhodonia", abbreviations=("LPR",),
    kinds=("party",),
)  # fmt: skip

TEXT = (
    "Joint statement of solidarity\n\nWe stand with the strikers, as the LPR and the Labour "
    "Party of Ruritania do.\n\nSignatories:\n\n1. Labour Party of Ruritania\n"
    "2. Green Movement of Freedonia\n"
)


@pytest.fixture(scope="module")
def document() -> Document:
    return read_bytes("statement.txt", TEXT.encode())


def resolved(authority: Authority, document: Document) -> tuple[DocumentResolution, Consulted]:
    resolver = CorpusResolver(authority, load_gazetteer())
    recorder = Recorder(resolver.resolver)
    with recorder.text() as consulted:
        resolution = resolver.document(document)
    return resolution, consulted()


def signatories(resolution: DocumentResolution) -> list[str]:
    return [key for section in resolution.resolved.signatories for key in section]


def mentioned(resolution: DocumentResolution) -> list[str]:
    return [m.target for m in resolution.resolved.mentions if m.kind == "organisation"]


def test_a_text_consults_the_entries_it_names(document: Document) -> None:
    resolution, consulted = resolved(AUTHORITY, document)
    assert signatories(resolution)[0] == RURITANIA.key
    assert signatories(resolution)[1].startswith("x-")
    assert mentioned(resolution) == [RURITANIA.key, RURITANIA.key]
    # a field of it read (that the authority lists it goes without saying: see below)
    assert f"f:{RURITANIA.key}/generic" in consulted.probes
    assert f"k:{RURITANIA.key}" not in consulted.probes
    assert "e:green movement of freedonia" in consulted.probes  # looked up in vain
    assert {"lpr", "labour", "ruritania"} <= set(consulted.words)  # of the prose searched
    assert "freedonia" not in consulted.words  # in the list only
    assert not consulted.everything


def test_a_change_of_a_field_the_text_read_of_an_entry_it_names_touches_it(
    document: Document,
) -> None:
    before, consulted = resolved(AUTHORITY, document)
    # a generic name is taken only with its country written: the list's name is new now
    changed = Authority((replace(RURITANIA, generic=True, country="GB"), ZEMBLA))
    assert AuthorityChange(AUTHORITY, changed).entries == (RURITANIA.key,)
    assert f"f:{RURITANIA.key}/generic" in consulted.probes
    assert AuthorityChange(AUTHORITY, changed).touches(consulted)
    after, _ = resolved(changed, document)
    assert signatories(after)[0] != RURITANIA.key == signatories(before)[0]


def test_a_change_of_a_field_the_text_did_not_read_does_not_touch_it(document: Document) -> None:
    before, consulted = resolved(AUTHORITY, document)
    # the text writes no country: the entry's country is never read, nor its date of founding
    # (the statement has no date), nor its kinds
    assert f"f:{RURITANIA.key}/country" not in consulted.probes
    changed = Authority((replace(RURITANIA, country="GB", kinds=("union",)), ZEMBLA))
    assert not AuthorityChange(AUTHORITY, changed).touches(consulted)
    after, _ = resolved(changed, document)
    assert (after.resolved, after.record) == (before.resolved, before.record)


def test_a_change_of_another_entry_does_not_touch_it(document: Document) -> None:
    before, consulted = resolved(AUTHORITY, document)
    changed = Authority((RURITANIA, replace(ZEMBLA, forms=("Zembla Farmers",), country="FR")))
    assert not AuthorityChange(AUTHORITY, changed).touches(consulted)
    after, _ = resolved(changed, document)
    assert after.resolved == before.resolved
    # moving entries about in the file (their line numbers) changes nothing
    moved = Authority((replace(RURITANIA, line=40), replace(ZEMBLA, line=3)))
    assert AuthorityChange(AUTHORITY, moved).entries == ()


def test_a_new_entry_for_a_name_the_text_minted_touches_it(document: Document) -> None:
    before, consulted = resolved(AUTHORITY, document)
    freedonia = AuthorityEntry(
        "green-movement-of-freedonia", "Green Movement of Freedonia", kinds=("movement",)
    )
    grown = Authority((RURITANIA, ZEMBLA, freedonia))
    after, _ = resolved(grown, document)
    assert signatories(after) == [RURITANIA.key, freedonia.key] != signatories(before)
    assert AuthorityChange(AUTHORITY, grown).touches(consulted)
    # and taking it out again touches the text resolved with it
    _, with_it = resolved(grown, document)
    assert AuthorityChange(grown, AUTHORITY).touches(with_it)


def test_a_new_entry_sharing_an_abbreviation_of_the_prose_touches_it(document: Document) -> None:
    before, consulted = resolved(AUTHORITY, document)
    # "LPR" now stands for two organisations: the prose's "LPR" is no longer taken as one
    grown = Authority((RURITANIA, ZEMBLA, RHODONIA))
    after, _ = resolved(grown, document)
    assert mentioned(after) == [RURITANIA.key] != mentioned(before)
    assert AuthorityChange(AUTHORITY, grown).touches(consulted)


def test_a_new_entry_of_a_similar_name_touches_the_texts_it_is_similar_to(
    document: Document,
) -> None:
    _, consulted = resolved(AUTHORITY, document)
    near = AuthorityEntry(
        "green-movement-of-fredonia", "Green Movement of Fredonia", kinds=("movement",)
    )
    assert AuthorityChange(AUTHORITY, Authority((RURITANIA, ZEMBLA, near))).touches(consulted)
    far = AuthorityEntry("blue-league-of-osterlich", "Blue League of Osterlich", kinds=("party",))
    assert not AuthorityChange(AUTHORITY, Authority((RURITANIA, ZEMBLA, far))).touches(consulted)


def test_the_recorder_knows_every_table_of_the_index_and_resolver() -> None:
    """A table added to the index or the resolver must be recorded (``consulted.py``), or a
    change of the authority could go unnoticed by the texts that looked it up."""
    index = AuthorityIndex(AUTHORITY)
    # the readings' candidates' evidence is kept with what working it out consulted
    recorded = {*INDEX_TABLES, "authority", "_similar", "_evidence"}
    # searched only through _similar (the names, and the same names ordered by their length)
    derived = {"_choices", "_names", "_by_length", "_lengths", "_of_length"}
    assert set(vars(index)) == recorded | derived
    resolver = OrganisationResolver(AUTHORITY)
    # what it saw (given back in its record), the decisions it keeps (recorded), and the
    # corpus's definitions (not the authority's: each answer they give is in the record)
    seen = {"_sightings", "_seen", "_doubts", "_definitions", "_asked"}
    assert set(vars(resolver)) == {"authority", "_decided", "defined"} | seen
    assert {"index", "_prose"} <= set(dir(OrganisationResolver))


def test_every_field_of_an_entry_is_recorded_when_read() -> None:
    # a field added to the entries and left out of FIELDS would be read unrecorded: a change of
    # it would touch no text
    listed = {attribute for attributes in FIELDS.values() for attribute in attributes}
    assert listed == {f.name for f in fields(AuthorityEntry)} - {"key", "line"}


def test_a_form_added_to_an_entry_sharing_an_abbreviation_leaves_the_prose_of_it_alone(
    document: Document,
) -> None:
    # the prose writes "LPR", which another entry shares; that entry gains a form, not an
    # abbreviation: "LPR" stays shared, and the text's prose is read as before
    shared = Authority((RURITANIA, ZEMBLA, RHODONIA))
    before, consulted = resolved(shared, document)
    grown = Authority((RURITANIA, ZEMBLA, replace(RHODONIA, forms=("Rhodonian Liberals",))))
    assert not AuthorityChange(shared, grown).touches(consulted)
    after, _ = resolved(grown, document)
    assert (after.resolved, after.record) == (before.resolved, before.record)
    # an abbreviation taken away makes "LPR" Ruritania's alone: the prose is read again
    alone = Authority((RURITANIA, ZEMBLA, replace(RHODONIA, abbreviations=())))
    assert AuthorityChange(shared, alone).touches(consulted)
    assert mentioned(resolved(alone, document)[0]) != mentioned(before)


#: Texts naming the same organisations: the second gives again decisions made for the first.
TEXTS = (
    TEXT,
    "Joint statement on the strike\n\nWe stand with the dockers.\n\nSignatories:\n\n"
    "1. Green Movement of Freedonia\n2. Labour Party of Ruritania\n3. FUZ\n",
    "Joint statement on the strike\n\nWe stand with the dockers.\n\nSignatories:\n\n"
    "1. Farmers Union of Zembla\n2. Green Movement of Freedonia\n",
)


def test_a_resolver_that_keeps_fewer_decisions_resolves_and_records_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def resolved_in_turn() -> list[tuple[DocumentResolution, Consulted]]:
        resolver = CorpusResolver(AUTHORITY, load_gazetteer())
        recorder = Recorder(resolver.resolver)
        made = []
        for number, text in enumerate(TEXTS * 2):
            with recorder.text() as consulted:
                resolution = resolver.document(read_bytes(f"t{number}.txt", text.encode()))
            made.append((resolution, consulted()))
        kept = resolver.resolver._decided
        assert len(kept) <= kept.kept
        return made

    everything = resolved_in_turn()
    monkeypatch.setattr(Decisions.__init__, "__defaults__", (1,))
    assert resolved_in_turn() == everything


def test_texts_recorded_in_turn_keep_the_authoritys_abbreviations_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A build records every text of an archive with one resolver: what it keeps of the
    authority's abbreviations must not grow with the texts (each decision made again, so that
    each text reads its entries)."""
    monkeypatch.setattr(Decisions.__init__, "__defaults__", (1,))
    resolver = CorpusResolver(AUTHORITY, load_gazetteer())
    recorder = Recorder(resolver.resolver)
    keys = set(resolver.resolver.index.known_abbreviations)

    def copies_after(texts: int) -> int:
        for number in range(texts):
            with recorder.text():
                resolver.document(read_bytes(f"t{number}.txt", TEXTS[number % 3].encode()))
        gc.collect()
        held = [found for found in gc.get_objects() if isinstance(found, frozenset)]
        return sum(not keys.symmetric_difference(found) for found in held)

    assert keys == {"LPR", "FUZ"}
    assert copies_after(3) == copies_after(12)


def test_a_name_in_capitals_given_to_an_entry_touches_a_text_that_spelt_its_letters() -> None:
    """The Malayalam "പി.ടി.യു" spells PTU in letter names: a text that wrote it looked the Latin
    letters up among the entries' names in capitals, so an entry given the form "PTU" touches
    it (and it is that entry's then)."""
    union = AuthorityEntry(
        "zembla-plantation-union", "Zembla Plantation Union", country="IN", kinds=("trade-union",)
    )
    spelt = "പി.ടി.യു"
    before = Authority((union,))
    resolver = OrganisationResolver(before)
    recorder = Recorder(resolver)
    with recorder.text() as consulted:
        key = resolver.resolve_entry(
            Entry(1, spelt, Span(0, len(spelt)), spelt), language="ml", document="a.txt"
        )
    assert key.startswith("x-")
    assert "l:PTU" in consulted().probes
    grown = Authority((replace(union, forms=("PTU",)),))
    assert AuthorityChange(before, grown).touches(consulted())
    assert keys_of(grown, [spelt]) == [union.key]
