"""Incremental builds: the state directory makes later builds cheaper and never changes a byte.

A build after adding, changing or removing texts, or after the authority changed, writes exactly
what a clean build (no state) writes; ``--check`` on an unchanged archive answers from the state,
and still calls a file edited by hand stale.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import kzld.resources
from kzld.cli import main
from kzld.pipeline import OUTPUTS, BuildResult, build
from kzld.resolve.orgs.consulted import Consulted
from kzld.state import STATE_DIR, BuildState

ROOT = Path(__file__).resolve().parents[2]
#: small texts of several languages and list styles, so that a build takes about a second
POOL = sorted(
    p for p in (ROOT / "tests" / "data" / "documents").glob("*.txt") if p.stat().st_size < 600
)


def kept(seeds: Path) -> set[tuple[str, bytes]]:
    """The texts of ``seeds`` a build makes documents of: each name with its bytes, leaving out
    a copy of a text before it in name order."""
    first: dict[bytes, str] = {}
    for path in sorted(seeds.iterdir()):
        first.setdefault(path.read_bytes(), path.name)
    return {(name, data) for data, name in first.items()}


def published(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_as_clean(seeds: Path, out: Path, result: BuildResult | None = None) -> None:
    """``out`` holds what a build with no state writes (and ``result``, the build's that wrote
    it, has the same validation results, kept results of the texts it did not validate again
    with those it did)."""
    with tempfile.TemporaryDirectory() as clean:
        fresh = build(seeds, Path(clean), cache=False)
        assert published(out) == published(Path(clean))
    if result is not None and not result.cached:
        assert result.report is not None and fresh.report is not None
        assert result.report.results == fresh.report.results


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in POOL[:3]:
        shutil.copy(path, folder / path.name)
    return folder


def test_a_second_build_reads_nothing_and_writes_nothing(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(seeds, out)
    assert (first.cached, first.reused, len(first.written)) == (False, 0, 2)
    stamps = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    again = build(seeds, out)
    assert again.cached and again.written == ()
    assert (again.documents, again.triples, again.signatures) == (
        first.documents,
        first.triples,
        first.signatures,
    )
    assert {name: (out / name).stat().st_mtime_ns for name in OUTPUTS} == stamps


def test_adding_a_text_validates_only_its_part_and_reports_as_a_clean_build(
    seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = build(seeds, out)
    assert (first.validated, first.documents) == (3, 3)
    shutil.copy(POOL[3], seeds / POOL[3].name)
    added = build(seeds, out)
    assert (added.documents, added.reused, added.resolved, added.validated) == (4, 3, 1, 1)
    assert added.report is not None and added.report.results  # warnings and infos to compare
    assert_as_clean(seeds, out, added)


def test_texts_validated_one_at_a_time_report_as_all_at_once(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = build(seeds, tmp_path / "whole", cache=False)
    monkeypatch.setattr("kzld.validate.parts.BATCH", 1)
    result = build(seeds, tmp_path / "out")
    assert (result.documents, result.validated) == (3, 3)
    assert published(tmp_path / "out") == published(tmp_path / "whole")
    assert result.report is not None and whole.report is not None
    assert result.report.results == whole.report.results


def test_check_answers_from_the_state_and_sees_a_hand_edit(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    runner = CliRunner()
    fresh = runner.invoke(main, ["build", "--check", "--seeds", str(seeds), "--out", str(out)])
    assert fresh.exit_code == 0, fresh.output
    assert f"{out} is up to date (3 documents" in fresh.output
    # the same bytes written again (a copy, a checkout) are still up to date
    data = (out / "kzld.ttl").read_bytes()
    (out / "kzld.ttl").unlink()
    (out / "kzld.ttl").write_bytes(data)
    assert build(seeds, out, check=True).stale == ()
    # one character changed by hand, the size kept
    (out / "kzld.ttl").write_bytes(data.replace(b"schema:", b"schemA:", 1))
    result = build(seeds, out, check=True)
    assert result.cached and result.stale == (out / "kzld.ttl",)
    stale = runner.invoke(main, ["build", "--check", "--seeds", str(seeds), "--out", str(out)])
    assert stale.exit_code == 1
    assert f"{out / 'kzld.ttl'} differ from a fresh build" in stale.output
    # a build puts it right, reading no text again
    rebuilt = build(seeds, out)
    assert not rebuilt.cached and rebuilt.reused == 3
    assert (out / "kzld.ttl").read_bytes() == data


def test_a_text_rewritten_with_its_size_and_time_kept_is_read_again(
    seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    text = sorted(seeds.iterdir())[0]
    before = text.stat()
    data = text.read_bytes()
    text.write_bytes(data.replace(b"e", b"a", 1))
    os.utime(text, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert text.stat().st_size == before.st_size and text.read_bytes() != data
    again = build(seeds, out)
    assert (again.cached, again.reused, again.resolved) == (False, 2, 1)
    assert_as_clean(seeds, out)
    assert build(seeds, out).cached


def test_a_dump_edited_by_hand_is_not_copied_into_the_next_one(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    for name in OUTPUTS:  # one character changed in a text's node near the end, the size kept
        data = (out / name).read_bytes()
        at = data.rindex(b"https://w3id.org/kzld/id/") + len(b"https://w3id.org/kzld/")
        (out / name).write_bytes(data[:at] + b"iX" + data[at + 2 :])
    shutil.copy(POOL[3], seeds / POOL[3].name)
    added = build(seeds, out)
    assert (added.documents, added.reused, added.resolved) == (4, 3, 1)
    assert all(b"kzld/iX/" not in data for data in published(out).values())
    assert_as_clean(seeds, out)


def test_a_broken_state_costs_only_the_time_to_read_again(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    for folder in ("documents", "parts"):
        for entry in (out / STATE_DIR / folder).iterdir():
            entry.write_bytes(b'{"name": "cut')
    for name in ("build.json", "index.sqlite"):
        (out / STATE_DIR / name).write_text("[1, 2]", encoding="utf-8")
    (seeds / POOL[3].name).write_bytes(POOL[3].read_bytes())
    result = build(seeds, out)
    assert (result.cached, result.reused, result.documents) == (False, 0, 4)
    assert_as_clean(seeds, out)
    assert build(seeds, out).cached


def test_a_changed_authority_rebuilds_from_the_texts_read_before(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    shutil.copytree(kzld.resources.data_dir("authority"), authority)
    shipped = kzld.resources.data_dir

    def data_dir(name: str) -> Path:
        return authority if name == "authority" else shipped(name)

    monkeypatch.setattr(kzld.resources, "data_dir", data_dir)
    (seeds / "greece.txt").write_text(
        "Joint statement of solidarity\n\nWe stand with the strikers.\n\n"
        "Signatories:\n\n1. Communist Party of Greece\n2. Workers Party of Atlantis\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(seeds, out)
    yaml = authority / "organisations.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace(
            "      fr: Parti communiste de Grèce\n", "      fr: Parti communiste grec\n", 1
        ),
        encoding="utf-8",
    )
    result = build(seeds, out)
    assert (result.cached, result.reused) == (False, 4)
    assert "Parti communiste grec" in (out / "kzld.ttl").read_text(encoding="utf-8")
    assert_as_clean(seeds, out)


#: A made-up organisation the authority gains (no real party is meant).
ATLANTIS = (
    "  - key: workers-party-of-atlantis\n    name: Workers Party of Atlantis\n"
    "    kinds: [party]\n\n"
)
#: A made-up organisation sharing an abbreviation with a real one (so that neither is taken for
#: it in prose any more).
SHARING = (
    "  - key: friends-of-the-letters\n    name: Friends of the Letters\n"
    "    abbreviations: [KKE]\n    kinds: [other]\n\n"
)
#: Edits of the authority (each true of no real party: the test's authority is a copy): another
#: spelling of one organisation's name in one language, one more form, another English name; a
#: new entry for an organisation a text names; a new entry sharing an abbreviation; a form taken
#: away; another country; another note.
AUTHORITY_EDITS = (
    ("      fr: Parti communiste de Grèce\n", "      fr: Parti communiste grec\n"),
    ("    forms: [CP of Greece]\n", "    forms: [CP of Greece, Greek Communists]\n"),
    ("    name: Communist Party of Greece\n", "    name: Communist Party of Hellas\n"),
    ("  - key: communist-youth-of-greece\n", ATLANTIS + "  - key: communist-youth-of-greece\n"),
    ("  - key: all-workers-militant-front\n", SHARING + "  - key: all-workers-militant-front\n"),
    ("    forms: [Young Communist League (Britain)]\n", ""),
    (
        "    abbreviations: [KNE, ΚΝΕ]\n    country: GR\n",
        "    abbreviations: [KNE, ΚΝΕ]\n    country: CY\n",
    ),
    ("(before: Official Sinn Féin, then", "(before: Official Sinn Féin and then"),
)
#: A text that names that organisation in its list and in its prose, and one the authority
#: does not know.
GREEK = (
    "Joint statement of solidarity\n\nWe stand with the strikers, as the Communist Party of "
    "Greece (KKE) does.\n\nSignatories:\n\n1. Communist Party of Greece\n2. Workers Party of "
    "Atlantis\n"
)

#: one step of an archive's life: ("add", pool index), ("change", which text, pool index),
#: ("remove", which text), ("authority", which edits: a bit each)
STEPS = st.one_of(
    st.tuples(st.just("add"), st.integers(0, len(POOL) - 1)),
    st.tuples(st.just("change"), st.integers(0, 9), st.integers(0, len(POOL) - 1)),
    st.tuples(st.just("remove"), st.integers(0, 9)),
    st.tuples(st.just("authority"), st.integers(0, 2 ** len(AUTHORITY_EDITS) - 1)),
)


def edit_authority(folder: Path, edits: int) -> None:
    """Make ``folder`` the shipped authority with the ``edits`` (a bit each) made."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(SHIPPED_AUTHORITY, folder)
    yaml = folder / "organisations.yaml"
    text = yaml.read_text(encoding="utf-8")
    for number, (before, after) in enumerate(AUTHORITY_EDITS):
        if edits & (1 << number):
            assert text.count(before) == 1, before
            text = text.replace(before, after)
    yaml.write_text(text, encoding="utf-8")


SHIPPED_AUTHORITY = kzld.resources.data_dir("authority")


def use_authority(folder: Path, patch: pytest.MonkeyPatch) -> None:
    """Make ``folder`` the shipped authority and have every build read it instead."""
    edit_authority(folder, 0)
    shipped = kzld.resources.data_dir
    patch.setattr(
        kzld.resources, "data_dir", lambda name: folder if name == "authority" else shipped(name)
    )


def test_an_authority_change_resolves_again_only_the_texts_it_touches(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    use_authority(authority, monkeypatch)
    (seeds / "greece.txt").write_text(GREEK, encoding="utf-8")
    out = tmp_path / "out"
    assert build(seeds, out).resolved == 4
    atlantis = "<https://w3id.org/kzld/id/org/workers-party-of-atlantis>"
    assert atlantis not in (out / "kzld.ttl").read_text(encoding="utf-8")
    edit_authority(authority, 1 << 3)  # the authority knows the Workers Party of Atlantis
    result = build(seeds, out)
    assert (result.documents, result.reused, result.resolved) == (4, 4, 1)
    assert atlantis in (out / "kzld.ttl").read_text(encoding="utf-8")
    assert_as_clean(seeds, out)
    # back as it was: the kept parts made with the first authority are good again
    edit_authority(authority, 0)
    assert build(seeds, out).resolved == 1
    assert_as_clean(seeds, out)


def test_after_an_authority_change_the_next_build_asks_no_kept_part_again(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    use_authority(authority, monkeypatch)
    (seeds / "greece.txt").write_text(GREEK, encoding="utf-8")
    out = tmp_path / "out"
    build(seeds, out)
    asked: list[str] = []
    consulted = BuildState.consulted

    def asking(state: BuildState, key: str) -> Consulted | None:
        asked.append(key)
        return consulted(state, key)

    monkeypatch.setattr(BuildState, "consulted", asking)
    edit_authority(authority, 1 << 1)  # one more form of the Communist Party of Greece
    changed = build(seeds, out)
    assert (changed.reused, changed.resolved, len(asked)) == (4, 0, 4)  # no name comes near it
    assert_as_clean(seeds, out)
    # the parts the change did not touch count as made with this authority now
    asked.clear()
    shutil.copy(POOL[3], seeds / POOL[3].name)
    added = build(seeds, out)
    assert (added.documents, added.resolved, asked) == (5, 1, [])
    assert sorted(path.name for path in (out / STATE_DIR / "authorities").iterdir()) == [
        hashlib.sha256((authority / "organisations.yaml").read_bytes()).hexdigest() + ".yaml"
    ]
    assert_as_clean(seeds, out)


def test_after_an_authority_change_a_part_without_its_record_of_what_it_consulted_is_made_again(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    use_authority(authority, monkeypatch)
    out = tmp_path / "out"
    build(seeds, out)
    records = sorted((out / STATE_DIR / "consulted").iterdir())
    assert len(records) == 3
    records[0].write_bytes(b'{"probes": ["cut')
    records[1].unlink()
    edit_authority(authority, 1 << 3)  # an entry none of the three texts names
    result = build(seeds, out)
    assert (result.reused, result.resolved) == (3, 2)
    assert_as_clean(seeds, out)


#: (edit, the texts of ``GREEK`` and ``en_two_lists.txt`` whose answers it can change)
EDITS_AND_TOUCHED = [
    pytest.param(1 << 1, 0, id="a form added that no name written comes near"),
    # the other text holds every word of that name ("Communist", "Party", "Greece")
    pytest.param(1 << 2, 2, id="the English name a text writes changed"),
    pytest.param(1 << 5, 1, id="a form taken away"),
    # the Greek text looked up names of its concepts in Greece, where the entry was filed
    pytest.param(1 << 6, 2, id="a country changed"),
    # "Workers Party of Ireland" is within similarity's reach of "Workers Party of Atlantis"
    pytest.param(1 << 3, 2, id="an entry added"),
    pytest.param(1 << 7, 0, id="a note changed"),
]


@pytest.mark.parametrize(("edit", "touched"), EDITS_AND_TOUCHED)
def test_each_kind_of_authority_change_resolves_only_what_it_touches_and_builds_as_clean(
    edit: int, touched: int, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    use_authority(authority, monkeypatch)
    (seeds / "greece.txt").write_text(GREEK, encoding="utf-8")
    shutil.copy(POOL[5], seeds / POOL[5].name)  # names four organisations of the authority
    out = tmp_path / "out"
    build(seeds, out)
    edit_authority(authority, edit)
    result = build(seeds, out)
    assert (result.documents, result.reused, result.resolved) == (5, 5, touched)
    assert_as_clean(seeds, out, result)
    edit_authority(authority, 0)  # and back
    assert build(seeds, out).resolved == touched
    assert_as_clean(seeds, out)


@contextmanager
def fresh_archive() -> Iterator[tuple[Path, Path, Path]]:
    """A folder of its own for one hypothesis example (function-scoped fixtures are not fresh
    per example): an authority the build uses, an empty seeds folder and the output folder."""
    with tempfile.TemporaryDirectory() as work, pytest.MonkeyPatch.context() as patch:
        authority = Path(work) / "authority"
        use_authority(authority, patch)
        seeds, out = Path(work) / "seeds", Path(work) / "out"
        seeds.mkdir()
        yield authority, seeds, out


# two copies of one text, and then the first of them changed: the second is built in its place
@example(start=[12, 12, 0], steps=[("add", 0), ("add", 1), ("change", 7, 0)])
# a text naming entries of the authority, which changes in every way the edits know, in turn
@example(start=[5, 1], steps=[("authority", 0b11100010), ("authority", 0b01011001)])
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    start=st.lists(st.integers(0, len(POOL) - 1), min_size=1, max_size=3),
    steps=st.lists(STEPS, min_size=1, max_size=3),
)
def test_incremental_builds_equal_clean_builds(
    start: list[int], steps: list[tuple[int | str, ...]]
) -> None:
    with fresh_archive() as (authority, seeds, out):
        (seeds / "greece.txt").write_text(GREEK, encoding="utf-8")
        for number, index in enumerate(start):
            (seeds / f"t{number}.txt").write_bytes(POOL[index].read_bytes())
        build(seeds, out)
        made = len(start)
        for step in steps:
            texts = sorted(seeds.iterdir())
            before = kept(seeds)
            if step[0] == "authority":
                edit_authority(authority, int(step[1]))
            elif step[0] == "add":
                (seeds / f"t{made}.txt").write_bytes(POOL[int(step[1])].read_bytes())
                made += 1
            elif step[0] == "change":
                target = texts[int(step[1]) % len(texts)]
                target.write_bytes(POOL[int(step[2])].read_bytes() + b"\nA line added.\n")
            elif len(texts) > 1:
                texts[int(step[1]) % len(texts)].unlink()
            # an authority change may touch one text; a text step keeps every text it leaves be
            unchanged = len(before & kept(seeds))
            result: BuildResult = build(seeds, out)
            assert result.documents == len(kept(seeds))
            assert result.cached or result.reused >= min(unchanged, result.documents - 1)
            assert_as_clean(seeds, out, result)


#: Texts naming a made-up organisation by its abbreviation alone, with one country beside it,
#: with another, by a name of its kind in that other country, and by its name alone.
COUNTRY_TEXTS = sorted((ROOT / "tests" / "data" / "countries").glob("*.txt"))
#: The countries the made-up organisation is given in turn (None: no country).
COUNTRIES = ("GR", "CY", "TR", None)


def place_league(folder: Path, country: str | None) -> None:
    """Make ``folder`` the shipped authority with a made-up organisation of ``country``."""
    edit_authority(folder, 0)
    yaml = folder / "organisations.yaml"
    placed = f"    country: {country}\n" if country else ""
    entry = (
        "  - key: xandian-workers-league\n    name: Xandian Workers League\n"
        f"    abbreviations: [XWL]\n{placed}    kinds: [other]\n\n"
    )
    anchor = "  - key: communist-youth-of-greece\n"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace(anchor, entry + anchor, 1))


@pytest.mark.parametrize(
    ("country", "touched"),
    [
        # the texts that wrote the first or the second country beside a name: the abbreviation
        # with either, and the name of its kind in the second
        pytest.param("CY", 3, id="the country another text writes"),
        # only the text that wrote the first country: its answer changes
        pytest.param("TR", 1, id="a country no text writes"),
        pytest.param(None, 1, id="no country"),
    ],
)
def test_a_country_changed_resolves_only_the_texts_whose_answer_it_can_change(
    country: str | None, touched: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    authority = tmp_path / "authority"
    use_authority(authority, monkeypatch)
    place_league(authority, "GR")
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for text in COUNTRY_TEXTS:
        shutil.copy(text, seeds / text.name)
    build(seeds, out)
    place_league(authority, country)
    result = build(seeds, out)
    assert (result.documents, result.reused, result.resolved) == (5, 5, touched)
    assert_as_clean(seeds, out, result)


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    texts=st.lists(st.sampled_from(COUNTRY_TEXTS), min_size=1, max_size=4, unique=True),
    countries=st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=3),
)
def test_builds_after_country_changes_equal_clean_builds(
    texts: list[Path], countries: list[str | None]
) -> None:
    with fresh_archive() as (authority, seeds, out):
        for text in texts:
            shutil.copy(text, seeds / text.name)
        for country in countries:
            place_league(authority, country)
            result = build(seeds, out)
            assert result.resolved <= len(texts)
            assert_as_clean(seeds, out, result)


def test_a_build_that_left_a_text_out_says_so_again_from_the_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rdflib import XSD, Literal

    from kzld.mapping import map_document
    from kzld.rdf.namespaces import KZLD, SCHEMA

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in POOL[:2]:
        shutil.copy(path, seeds / path.name)
    bad = POOL[0].stem

    def broken(*args):  # type: ignore[no-untyped-def]
        triples = map_document(*args)
        for statement in sorted(triples.typed(KZLD.Statement)):
            if statement.endswith("/" + bad):
                triples.add((statement, SCHEMA.datePublished, Literal("spring", datatype=XSD.date)))
        return triples

    monkeypatch.setattr("kzld.pipeline.map_document", broken)
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert first.exit_code == 3, first.output
    again = runner.invoke(main, ["build", "--seeds", str(seeds), "--out", str(out)])
    assert again.exit_code == 3, again.output
    assert "nothing to build" in again.stdout
    assert f"(1 of 2 texts left out: {POOL[0].name})" in again.stdout
    assert (
        f"Warning: skipped {POOL[0].name}: its part of the graph breaks the shape" in again.stderr
    )


def test_a_kept_part_gives_back_the_same_terms() -> None:
    from datetime import date

    from rdflib import XSD, Literal, URIRef

    from kzld.resolve.orgs import ResolverRecord
    from kzld.state import DocumentPart

    subject, predicate = "https://example.org/s", "https://example.org/p"
    objects = [
        "https://example.org/o",
        Literal("Κομμουνιστικό Κόμμα Ελλάδας", lang="el"),
        Literal("plain"),
        Literal("written", datatype=XSD.string),
        Literal(date(2024, 5, 1)),
        Literal(42),
        Literal("spring 2022", datatype=XSD.date),  # ill-typed, kept as written
        URIRef("https://example.org/u"),
    ]
    part = DocumentPart(
        "a.txt", "a", ResolverRecord((), (), ()), None, [(subject, predicate, o) for o in objects]
    )
    again = DocumentPart.decode(part.encode())
    assert (again.name, again.key, again.record, again.new_place) == (
        "a.txt",
        "a",
        part.record,
        None,
    )
    for (_, _, made), (_, _, kept) in zip(part.foreign, again.foreign, strict=True):
        if isinstance(made, Literal):
            assert kept == made and hash(kept) == hash(made)
            assert isinstance(kept, Literal)
            assert (kept.n3(), kept.language, kept.datatype, kept.value) == (
                made.n3(),
                made.language,
                made.datatype,
                made.value,
            )
        else:
            assert kept == str(made)


def test_a_definition_in_a_new_text_changes_what_kept_texts_resolve_to(tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    body = "Joint statement on the strike\n\nWe stand with the strikers.\n\nSigned:\n\n1. {}\n"
    (seeds / "b.txt").write_text(body.format("XWU"), encoding="utf-8")
    (seeds / "c.txt").write_text(body.format("Zeta Youth Front"), encoding="utf-8")
    build(seeds, out)
    alone = "<https://w3id.org/kzld/id/org/x-xwu>"
    union = "<https://w3id.org/kzld/id/org/x-xandia-workers-union>"
    assert alone in (out / "kzld.ttl").read_text(encoding="utf-8")
    # a text that says what XWU stands for: the kept text naming XWU alone is made again
    (seeds / "a.txt").write_text(body.format("Xandia Workers' Union (XWU)"), encoding="utf-8")
    result = build(seeds, out)
    assert (result.documents, result.reused) == (3, 2)
    published_text = (out / "kzld.ttl").read_text(encoding="utf-8")
    assert union in published_text and alone not in published_text
    assert_as_clean(seeds, out, result)
    # and without it again, XWU alone is what it was
    (seeds / "a.txt").unlink()
    build(seeds, out)
    assert alone in (out / "kzld.ttl").read_text(encoding="utf-8")
    assert_as_clean(seeds, out)


def test_a_first_build_resolves_a_text_again_without_reading_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text a definition in another text answers otherwise is resolved again from what the
    reader made of it, kept in the state also while the first build into a new folder runs."""
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    body = "Joint statement on the strike\n\nWe stand with the strikers.\n\nSigned:\n\n1. {}\n"
    (seeds / "a.txt").write_text(body.format("Xandia Workers' Union (XWU)"), encoding="utf-8")
    (seeds / "b.txt").write_text(body.format("XWU"), encoding="utf-8")

    def read_again(path: Path) -> None:
        raise AssertionError(f"{path.name} read a second time")

    monkeypatch.setattr("kzld.pipeline.read_one", read_again)
    result = build(seeds, out)
    assert (result.documents, result.resolved) == (2, 3)  # b.txt resolved twice, read once
    published_text = (out / "kzld.ttl").read_text(encoding="utf-8")
    assert "<https://w3id.org/kzld/id/org/x-xandia-workers-union>" in published_text
    assert "<https://w3id.org/kzld/id/org/x-xwu>" not in published_text
    monkeypatch.undo()
    assert_as_clean(seeds, out, result)
