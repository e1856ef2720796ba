"""Every form issue 19 quotes ("Why") resolves as a reader would expect: abbreviated type words,
first words that are no abbreviation, one name in two forms, names translated into the text's
language, "Name, Country", founding dates, readable keys in any script, countries of new
organisations, two language versions of one list, and the review ``kzld orgs`` prints."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzld.cli import main
from kzld.model.records import Document, Entry, Section, Span, Version
from kzld.parse.entries import split_entry
from kzld.resolve.orgs import OrganisationResolver
from kzld.resolve.orgs.authority import Authority, load_authority
from kzld.resolve.orgs.names import new_key


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def entry(raw: str, name: str | None = None, abbreviation: str | None = None) -> Entry:
    """An entry as the reader gives it: ``raw``, and the name and abbreviation it read."""
    return Entry(1, raw, Span(0, len(raw)), name if name is not None else raw, abbreviation)


def key_of(authority: Authority, item: Entry, year: int | None = None) -> str:
    resolver = OrganisationResolver(authority)
    return resolver.resolve_entry(item, language=None, document="a.txt", year=year)


AS_A_READER_EXPECTS = {
    # abbreviated type words
    "CP of Britain": ("CP of Britain", None, None, "communist-party-of-britain"),
    "WP of Ireland": ("WP of Ireland", None, None, "workers-party-of-ireland"),
    "UCP of Georgia": ("UCP of Georgia", None, None, "unified-communist-party-of-georgia"),
    "Hungarian WP": ("Hungarian WP", None, None, "hungarian-workers-party"),
    # a hyphenated or capitalised first word the reader took for an abbreviation
    "Marxist-Leninist": (
        "Marxist-Leninist Party of Germany", "Party of Germany", "Marxist-Leninist",
        "marxist-leninist-party-of-germany",
    ),
    "All-Workers": (
        "All-Workers Militant Front", "Militant Front", "All-Workers",
        "all-workers-militant-front",
    ),
    "TUDEH": ("TUDEH Party of Iran", "Party of Iran", "TUDEH", "tudeh-party-of-iran"),
    # one name, two forms
    "CPI(M) first": (
        "CPI(M) Communist Party of India (Marxist)", None, None,
        "communist-party-of-india-marxist",
    ),
    "CPI(M) last": (
        "Communist Party of India (Marxist) (CPI(M))", None, None,
        "communist-party-of-india-marxist",
    ),
    # names translated into the text's language
    "Spanish": ("Partido Obrero de Irlanda", None, None, "workers-party-of-ireland"),
    "French": ("Parti ouvrier autrichien", None, None, "party-of-labour-of-austria"),
    "Turkish, the Portuguese party": (
        "Portekiz Komünist Partisi", None, None, "portuguese-communist-party",
    ),
    "Turkish, peoples of Spain": (
        "İspanya Halklarının Komünist Partisi", None, None,
        "communist-party-of-the-peoples-of-spain",
    ),
    "bracketed abbreviation after a translated name": (
        "Partido Comunista Alemán (DKP)", "Partido Comunista Alemán", "DKP",
        "german-communist-party",
    ),
    # one name in two scripts, in one entry
    "two scripts": (
        "Parti Communiste de Grande Bretagne - Κομμουνιστικό Κόμμα Βρετανίας", None, None,
        "communist-party-of-britain",
    ),
    # "Name, Country"
    "PADS, Algeria": ("PADS, Algeria", None, None, "algerian-party-for-democracy-and-socialism"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "name", "abbreviation", "key"),
    AS_A_READER_EXPECTS.values(),
    ids=AS_A_READER_EXPECTS.keys(),
)
def test_the_forms_of_the_issue(
    authority: Authority, raw: str, name: str | None, abbreviation: str | None, key: str
) -> None:
    assert key_of(authority, entry(raw, name, abbreviation)) == key


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("ZUDEH Party of Ostland", "x-zudeh-party-of-ostland"),
        ("ZUDEH Partido de Ostlandia", "x-zudeh-partido-de-ostlandia"),
    ],
)
def test_a_capital_first_word_of_an_unknown_name_is_a_word_of_it(
    authority: Authority, raw: str, key: str
) -> None:
    # the reader's split, then the resolver: one organisation of the whole name, no other form
    resolver = OrganisationResolver(authority)
    read = Entry(1, raw, Span(0, len(raw)), *split_entry(raw))
    assert resolver.resolve_entry(read, language=None, document="a.txt") == key
    (organisation,) = resolver.organisations()
    assert (organisation.names[0].text, organisation.alternate_names) == (raw, ())
    assert organisation.abbreviations == ()


def test_new_organisations_of_the_issue_get_their_country(authority: Authority) -> None:
    # the New Communist Party of Britain and the Communist Party of Benin as organisations the
    # authority does not know
    unknown = {"new-communist-party-of-britain", "communist-party-of-benin"}
    known = tuple(e for e in authority if e.key not in unknown)
    resolver = OrganisationResolver(Authority(known))
    keys = [
        resolver.resolve_entry(entry(raw), language=None, document="a.txt")
        for raw in ("NCP of Britain", "CP, Italy", "Parti communiste du Bénin")
    ]
    assert keys == [
        "x-communist-new-party-gb",
        "x-communist-party-it",  # the Partito Comunista, not the Italian Communist Party
        "x-communist-party-bj",
    ]
    countries = {o.key: o.country for o in resolver.organisations()}
    assert [countries[k] for k in keys] == ["GB", "IT", "BJ"]


def test_a_country_from_the_name_in_any_language() -> None:
    resolver = OrganisationResolver(Authority(()))
    names = [
        "Communist Party of Mexico", "Parti communiste du Bénin",
        "Kommunistische Partei Österreichs", "Коммунистическая партия Греции",
        "Κομμουνιστικό Κόμμα Ελλάδας", "Komunistická strana Řecka", "Kubas Kommunistiska Parti",
        "Partido Comunista Alemão", "الحزب الشيوعي اللبناني",
    ]  # fmt: skip
    keys = [resolver.resolve_entry(entry(n), language=None, document="a.txt") for n in names]
    countries = {o.key: o.country for o in resolver.organisations()}
    assert [countries[k] for k in keys] == ["MX", "BJ", "AT", "GR", "GR", "GR", "CU", "DE", "LB"]


def test_never_across_founding_dates(authority: Authority) -> None:
    form = entry("Italian Communist Party")
    assert key_of(authority, form, year=2017) == "italian-communist-party"
    # founded 2016: the party of that name before is an earlier one, the same in any language
    assert key_of(authority, form, year=2015) == "x-communist-party-it-before-2016"
    assert key_of(authority, entry("Partito Comunista Italiano"), year=1990) == (
        "x-communist-party-it-before-2016"
    )
    assert key_of(authority, entry("Communist Party of Australia"), year=1960) == (
        "x-communist-party-au-before-1996"  # the party of 1920-1991, not today's (so named 1996)
    )


def test_never_across_countries(authority: Authority) -> None:
    # "al-Albani" is one letter from "al-Lubnani": similar spelling, another country
    assert key_of(authority, entry("الحزب الشيوعي الألباني")) != "lebanese-communist-party"
    assert key_of(authority, entry("Brazilian CP")) == "brazilian-communist-party"
    assert key_of(authority, entry("CP of Brazil")) == "communist-party-of-brazil"
    assert key_of(authority, entry("Partido Comunista na Dinamarca")) == (
        "communist-party-in-denmark"
    )
    assert key_of(authority, entry("Partito comunista della Danimarca")) == (
        "communist-party-of-denmark"
    )


def test_a_qualifier_is_never_dropped(authority: Authority) -> None:
    assert key_of(authority, entry("The Communist Party of Germany (M-L)")) == (
        "x-communist-party-leninist-marxist-de"
    )
    assert key_of(
        authority,
        Entry(1, "Communist Party of India (ML- Liberation)", Span(0, 40),
              "Communist Party of India", None, "ML- Liberation"),
    ) != "communist-party-of-india"  # fmt: skip


def test_new_keys_are_readable_in_every_script() -> None:
    assert new_key("İspanya Halklarının Komünist Partisi") == (
        "x-ispanya-halklarinin-komunist-partisi"
    )
    assert new_key("Nowa Komunistyczna Partia Brytanii") == ("x-nowa-komunistyczna-partia-brytanii")
    assert new_key("Партия труда") == "x-partiya-truda"  # Cyrillic as before
    assert new_key("حزب العمل") == "x-hzb-lml"


def _two_versions(first: list[str], second: list[str]) -> Document:
    """A statement with its list in English and in Spanish."""
    lines = ["Signed:", *first, "", "Firmantes:", *second]
    text = "\n".join(lines) + "\n"
    sections = []
    for heading, language, names in (("Signed:", "en", first), ("Firmantes:", "es", second)):
        start = text.index(heading)
        entries = []
        for position, name in enumerate(names, start=1):
            at = text.index(name + "\n", start)
            entries.append(Entry(position, name, Span(at, at + len(name)), name))
        sections.append(
            Section(heading, Span(start, start + len(heading)), tuple(entries), language)
        )
    return Document(
        name="both.txt",
        sha256="0" * 64,
        text=text,
        genre="joint-statement",
        versions=(Version("en", Span(0, len(text))),),
        sections=tuple(sections),
    )


def test_two_language_versions_of_one_list_make_one_signature_each(authority: Authority) -> None:
    document = _two_versions(
        ["Communist Party of Greece", "Workers Front of Atlantis", "Red Youth of Utopia"],
        ["Partido Comunista de Grecia", "Frente Obrero de Atlántida", "Juventud Roja de Utopía"],
    )
    resolver = OrganisationResolver(authority)
    english, spanish = resolver.resolve_sections(document)
    assert english == spanish
    assert english == (
        "communist-party-of-greece", "x-workers-front-of-atlantis", "x-red-youth-of-utopia",
    )  # fmt: skip
    assert {o.key for o in resolver.organisations()} == set(english)


def test_paired_entries_of_two_countries_stay_apart(authority: Authority) -> None:
    document = _two_versions(
        ["Communist Party of Greece", "Workers Front of Atlantis", "Red Youth of Peru"],
        ["Partido Comunista de Grecia", "Frente Obrero de Atlántida", "Juventud Roja de Chile"],
    )
    english, spanish = OrganisationResolver(authority).resolve_sections(document)
    assert english[:2] == spanish[:2]
    assert english[2] != spanish[2]


def test_lists_of_different_organisations_are_not_paired(authority: Authority) -> None:
    document = _two_versions(
        ["Communist Party of Greece", "Workers Front of Atlantis"],
        ["Partido Comunista de España", "Frente Obrero de Atlántida"],
    )
    english, spanish = OrganisationResolver(authority).resolve_sections(document)
    assert english[1] != spanish[1]


def test_review_names_each_name_once_with_files_and_a_snippet(tmp_path: Path) -> None:
    for index in range(3):  # three texts (not copies of one: those are read once)
        (tmp_path / f"s{index}.txt").write_text(
            f"Joint statement {index + 1}\n\nWe stand with the strikers.\n\nSignatories:\n\n"
            "1. Communist Party of Greece\n2. Workers Front of Atlantis\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(main, ["orgs", "--seeds", str(tmp_path)])
    assert result.exit_code == 0, result.output
    review = result.output[result.output.index("\nReview\n") :]
    assert review.count("'Workers Front of Atlantis' -> x-workers-front-of-atlantis") == 1
    assert "in 3 files: s0.txt, s1.txt, s2.txt" in review
    assert "  - key: workers-front-of-atlantis\n" in review
    assert "    name: Workers Front of Atlantis\n" in review
    result = CliRunner().invoke(main, ["orgs", "--seeds", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()
    assert rows[0].startswith("form,status,key,method,files")
    assert rows[1:] == ["Workers Front of Atlantis,new,x-workers-front-of-atlantis,new,3,,,,,"]


def test_review_suggests_new_organisations_written_with_one_abbreviation(tmp_path: Path) -> None:
    # the abbreviation alone, the name with it, and a translation with it: one organisation, as
    # the texts define ZWU; a second meaning of ZWU leaves them apart, and the review suggests
    # what each may be; an abbreviation written for organisations of two countries suggests
    # nothing
    lists = [
        ["Zeta Workers Union (ZWU)", "Xandian Front (XFR), Italy"],
        ["ZWU", "Xandian Front (XFR), Spain"],
        ["Union Zeta des Travailleurs (ZWU)"],
    ]

    def orgs(*more: list[str]) -> dict[str, str]:
        for index, names in enumerate([*lists, *more]):
            lines = "".join(f"{n}. {name}\n" for n, name in enumerate(names, start=1))
            (tmp_path / f"s{index}.txt").write_text(
                f"Joint statement {index + 1}\n\nWe stand with the strikers.\n\nSignatories:\n\n"
                + lines,
                encoding="utf-8",
            )
        result = CliRunner().invoke(main, ["orgs", "--seeds", str(tmp_path), "--format", "csv"])
        assert result.exit_code == 0, result.output
        return {row[2]: row[-1] for row in csv.reader(io.StringIO(result.output))}

    rows = orgs()
    assert [key for key in rows if "zeta" in key or "zwu" in key] == [
        "x-union-zeta-des-travailleurs"
    ]
    # two meanings: no name is joined to another by ZWU, each is suggested
    rows = orgs(["Zeta Women's Party (ZWU)"])
    assert rows["x-zwu"] == (
        "x-union-zeta-des-travailleurs (ZWU), x-zeta-womens-party (ZWU), x-zeta-workers-union (ZWU)"
    )
    assert [rows[key] for key in rows if "xandian" in key] == ["", ""]
    result = CliRunner().invoke(main, ["orgs", "--seeds", str(tmp_path)])
    assert (
        "may be the same as: x-union-zeta-des-travailleurs (ZWU), x-zeta-womens-party (ZWU)"
        in result.output
    )


def test_build_ends_with_the_review_line(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Joint statement\n\nWe stand with the strikers.\n\nSignatories:\n\n"
        "1. Communist Party of Greece\n2. Workers Front of Atlantis\n"
        "3. Comunist Party of Venezuella\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "1 new organisation, 1 doubtful match: run `kzld orgs`"
    )


def test_every_country_form_is_filed_under_an_iso_code() -> None:
    import yaml

    from kzld.resources import authority_dir

    data = yaml.safe_load((authority_dir() / "countries.yaml").read_text(encoding="utf-8"))
    for table in ("aliases", "demonyms", "adjectives"):
        codes = list(data[table])
        # an unquoted NO is read as false: Norway's forms would be lost
        assert all(isinstance(c, str) and len(c) == 2 and c.isupper() for c in codes), table
