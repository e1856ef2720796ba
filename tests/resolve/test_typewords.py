"""The type-word table (``authority/typewords.yaml``): the order of a new organisation's concepts
in its key, and the problems a curator is told of."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from kzld.errors import TypeWordsError
from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import KINDS
from kzld.resolve.orgs.typewords import load_type_words, type_words
from kzld.resources import authority_dir

SHIPPED = authority_dir() / "typewords.yaml"


def _table(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "typewords.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_concepts_are_keyed_as_an_english_name_orders_them() -> None:
    order = type_words().in_order
    assert order(frozenset({"party", "new", "communist"})) == ("communist", "new", "party")
    assert order(frozenset({"leninist", "party", "marxist", "workers"})) == (
        "workers", "party", "leninist", "marxist",
    )  # fmt: skip
    assert order(frozenset({"front", "liberation", "democratic"})) == (
        "democratic", "front", "liberation",
    )  # fmt: skip


def test_the_key_order_does_not_depend_on_the_order_of_the_table(tmp_path: Path) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["concepts"] = dict(reversed(list(data["concepts"].items())))
    data["kinds"] = list(reversed(data["kinds"]))
    data["qualifiers"] = list(reversed(data["qualifiers"]))
    reordered = load_type_words(_table(tmp_path, data))
    shipped = type_words()
    for concepts in (
        {"party", "new", "communist"},
        {"youth", "communist", "front"},
        {"socialist", "workers", "party", "peace", "communist"},
        {"league", "marxist", "communist", "maoist", "youth"},
    ):
        assert reordered.in_order(frozenset(concepts)) == shipped.in_order(frozenset(concepts))


def test_groups_name_known_concepts_and_never_both(tmp_path: Path) -> None:
    data = {
        "concepts": {"party": ["party"], "red": ["red"], "peace": ["peace"]},
        "kinds": ["party", "peace", "bloc"],
        "qualifiers": ["peace"],
    }
    with pytest.raises(TypeWordsError) as raised:
        load_type_words(_table(tmp_path, data))
    message = str(raised.value)
    assert "kinds: unknown concept 'bloc'" in message
    assert "'peace' is both a kind and a qualifier" in message


def test_letter_names_read_in_one_way_only(tmp_path: Path) -> None:
    spelt = type_words().spelt_letters
    assert [spelt(w) for w in ("sipiai", "arespi", "eaiephbi", "em")] == ["CPI", "RSP", "AIFB", "M"]
    # "ei" is A, or A and E: no reading; a word that is no letters' names is none
    assert [spelt(w) for w in ("ei", "bhakpa", "")] == [None, None, None]
    data = {"concepts": {"party": ["party"]}, "letter_names": {"A": ["e"], "B": ["e"], "ab": ["x"]}}
    with pytest.raises(TypeWordsError) as raised:
        load_type_words(_table(tmp_path, data))
    message = str(raised.value)
    assert "letter_names: 'e' names A and B" in message
    assert "letter_names: 'ab' is not a Latin capital letter" in message


def test_the_entry_kinds_a_concept_says_are_authority_kinds() -> None:
    """Every kind ``entry_kinds`` names is one an authority entry may have, so that a name in
    quotation marks beside a kind word is never kept from an entry by a misspelt kind."""
    table = type_words()
    assert table.entry_kinds["party"] >= {"party"}
    assert {kind for kinds in table.entry_kinds.values() for kind in kinds} <= set(KINDS)


def test_an_entry_kind_of_an_unknown_concept_is_a_problem(tmp_path: Path) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["entry_kinds"]["partey"] = ["party"]
    with pytest.raises(TypeWordsError, match="entry_kinds: unknown concept 'partey'"):
        load_type_words(_table(tmp_path, data))


def test_a_misspelt_entry_kind_is_a_problem_that_names_the_table(tmp_path: Path) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["entry_kinds"]["party"] = ["party", "politcal-union"]
    path = _table(tmp_path, data)
    with pytest.raises(TypeWordsError) as raised:
        load_type_words(path)
    message = str(raised.value)
    assert "entry_kinds.party: unknown kind 'politcal-union' (one of party, " in message
    assert str(path) in message


def test_a_word_of_another_sense_must_be_a_type_word_of_another_concept(tmp_path: Path) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["also_means"]["partido"] = "party"
    with pytest.raises(TypeWordsError, match="also_means: 'partido' must be a type word"):
        load_type_words(_table(tmp_path, data))


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        # made-up organisations' kinds and qualifiers in the languages the table reads, with
        # the inflected forms names take (genitive, plural, adjective agreement); no row holds
        # a type word the table does not read
        ("Zeta Women's League", {"women", "league"}),
        ("Udruženih sindikata Zete", {"united", "trade-union"}),
        ("Удружени синдикати Зете", {"united", "trade-union"}),
        ("Združena levica Zete", {"united", "left"}),
        ("Združenje Zeta", {"association"}),
        ("Удружење Зета", {"association"}),
        ("Związek Zawodowy Zeta Kobiet", {"trade-union", "women"}),
        ("Federacja Związków Zawodowych Zeta", {"federation", "trade-union"}),
        ("Зетский конгресс профессиональных союзов", {"congress", "trade-union"}),
        ("Зетанскі кангрэс прафэсійных саюзаў", {"congress", "trade-union"}),
        ("Зетська конфедерація професійних спілок", {"federation", "trade-union"}),
        ("Konfederace odborových svazů Zeta", {"federation", "trade-union"}),
        ("Zetos profesinių sąjungų konfederacija", {"federation", "trade-union"}),
        ("Komunistyczna Partii Zeta", {"communist", "party"}),
        ("Комуністична партія Зета", {"communist", "party"}),
        ("Об'єднана ліва спілка Зета", {"united", "left", "union"}),
        ("Зета младежки съюз", {"youth", "union"}),
        ("Зета Демократска левица", {"democratic", "left"}),
        ("Omladina Zeta pokreta", {"youth", "movement"}),
        ("Zeta Szocialista Ifjúsági Munkáspárt", {"socialist", "youth", "workers", "party"}),
        ("Zeta Parasztszövetség Szakszervezete", {"peasants", "trade-union"}),
        ("Partidul Muncitoresc Zeta", {"party", "workers"}),
        ("Zeta talonpoikien puolue", {"peasants", "party"}),
        ("Zeta Työväenpuolue", {"workers", "party"}),
        ("Zeta Sosialistisk Venstreforbund", {"socialist", "left", "union"}),
        ("Zeta Fagforbund", {"trade-union"}),
        ("Zeta Gewerkschaftsbund", {"trade-union", "federation"}),
        ("Zeta darbininkų sąjunga", {"workers", "union"}),
        ("Zeta strādnieku partijas", {"workers", "party"}),
        ("Zeta naiste liit", {"women", "union"}),
        ("Partia Zeta e Punës", {"party", "labour"}),
        (
            "Zeta Devrimci Kadın Sendikaları Konfederasyonu",
            {"revolutionary", "women", "trade-union", "federation"},
        ),
        ("Zeta Xalq Gənclər Cəbhəsi", {"people", "youth", "front"}),
        ("Alderdi Zeta Langileen", {"party", "workers"}),
        ("Plaid Sosialaidd Zeta", {"party", "socialist"}),
        ("Zeta vinstri hreyfingin", {"left", "movement"}),
        ("حزب زيتا اليساري الموحد", {"party", "left", "united"}),
        ("جبهه ملی زنان زتا", {"front", "national", "women"}),
        ("زتا خواتین لیگ", {"women", "league"}),
        ("জেটা জাতীয় কৃষক ফেডারেশন", {"national", "peasants", "federation"}),
        ("ज़ेटा वाम संयुक्त मोर्चा", {"left", "united", "front"}),
        ("ஜீட்டா தேசிய மக்கள் கட்சி", {"national", "people", "party"}),
        ("ზეტა მუშათა პარტია", {"workers", "party"}),
        ("Զետա բանվորական կուսակցություն", {"workers", "party"}),
        ("Zeta phụ nữ công đoàn", {"women", "trade-union"}),
        ("Kilusan ng Kababaihan Zeta", {"movement", "women"}),
        ("Kilusang Zeta ng Magbubukid at Kababaihan", {"movement", "peasants", "women"}),
        ("Zeta Nezávislé odbory", {"independent", "trade-union"}),
        ("Zeta ya Mapinduzi", {"revolutionary"}),
        ("Tổng Liên đoàn Phụ nữ Zeta", {"general", "federation", "women"}),
        ("Zeta Sojusz Kobiet Lewicy", {"alliance", "women", "left"}),
        ("Zeta Független Szakszervezet", {"independent", "trade-union"}),
        ("Stowarzyszenie Zeta Kobiet", {"association", "women"}),
        ("Zeta Béke Ifjúsági Tanács", {"peace", "youth", "council"}),
        ("Front Wyzwolenia Zeta", {"front", "liberation"}),
        ("Nezávislá strana Zeta", {"independent", "party"}),
        ("Zeta Progresiv Koalicija", {"progressive", "coalition"}),
        ("Industriegewerkschaft Zeta", {"trade-union"}),
        ("Zeta Partylist", {"party"}),
        ("زیٹا ٹریڈ یونین فیڈریشن", {"trade-union", "federation"}),
        ("زیٹا نیشنل پارٹی", {"national", "party"}),
        ("Đảng Zeta mới", {"party", "new"}),
        ("ゼータ農民総連盟", {"peasants", "federation"}),
    ],
)
def test_a_names_type_words_are_read_in_the_languages_the_table_has(
    name: str, concepts: set[str]
) -> None:
    assert signature(name).concepts == concepts


@pytest.mark.parametrize(
    ("name", "concepts"),
    [
        # a word that only starts like a type word is not one: supporters, a nationalist, a mayor
        ("Partidarios de Zeta", set()),
        ("Partidários da Zeta", set()),
        ("Partidului Muncitoresc Zeta", {"party", "workers"}),
        ("Partidele Zeta", {"party"}),
        ("Националистическая партия Зеты", {"party"}),
        ("Национален съюз Зета", {"national", "union"}),
        ("Zeta nasjonalistiske parti", {"party"}),
        ("Zeta nasjonale front", {"national", "front"}),
        ("Zeta kansallismielinen puolue", {"party"}),
        ("Zeta kansallinen puolue", {"national", "party"}),
        ("Partia Kombëtariste Zeta", {"party"}),
        ("Fronti Kombëtar Zeta", {"national", "front"}),
        ("Εθνικιστικό Κόμμα Ζέτα", {"party"}),
        ("Εθνικό Μέτωπο Ζέτα", {"national", "front"}),
        ("Rada Związków Zeta", {"council", "union"}),
        ("Sindaca di Zeta", set()),
        ("Sindacato Zeta", {"trade-union"}),
        ("Confederazione Sindacale Zeta", {"trade-union", "federation"}),
    ],
)
def test_a_word_that_only_starts_like_a_type_word_is_not_one(name: str, concepts: set[str]) -> None:
    assert signature(name).concepts == concepts


def test_type_words_with_another_common_sense_are_marked_with_it() -> None:
    """A type word with a second meaning is read, and a match that needs it is listed for review
    with that meaning; the meaning may be no concept of the table (tartan, sport)."""
    also = type_words().also_means
    assert {w: also.get(w) for w in ("plaid", "运动", "運動", "dones", "rada")} == {
        "plaid": "tartan",
        "运动": "sport",
        "運動": "sport",
        "dones": "gifts (Spanish)",
        "rada": "labour (Serbo-Croatian genitive)",
    }
    assert also["kiri"].startswith("a letter (Estonian)")


@pytest.mark.parametrize(
    ("word", "senses", "problem"),
    [
        ("zeltaword", ["party"], "senses: 'zeltaword' must have two concepts or more"),
        ("zeltaword", ["party", "partey"], "senses: 'zeltaword' must have two concepts or more"),
        ("partido", ["party", "association"], "senses: 'partido' is a type word of one concept"),
        ("zel*", ["party", "association"], "senses: the stem 'zel*' is shorter than 4 letters"),
    ],
)
def test_a_word_of_several_senses_is_checked(
    tmp_path: Path, word: str, senses: list[str], problem: str
) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["senses"][word] = senses
    with pytest.raises(TypeWordsError, match=re.escape(problem)):
        load_type_words(_table(tmp_path, data))


def test_words_of_several_senses_are_read_by_their_stems() -> None:
    table = type_words()
    assert table.senses_of("chama") == ("party", "association")
    assert table.senses_of("narodne") == ("people", "national")
    assert table.senses_of("szovetsege") == ("alliance", "federation")
    assert table.senses_of("zelta") == ()


def test_a_listed_type_word_is_read_without_its_ending() -> None:
    table = type_words()
    assert table.form_of("femmes") == "femme"  # both listed under one concept
    assert table.form_of("femme") is None  # the shorter form is itself
    assert table.form_of("zetane") is None  # no type word


def test_a_word_is_read_by_the_longest_stem_that_opens_it(tmp_path: Path) -> None:
    data = {
        "concepts": {
            "party": ["zeta*"],
            "union": ["zetarn*"],
            "youth": ["xarb*"],
            "movement": ["bund"],
        }
    }
    table = load_type_words(_table(tmp_path, data))
    assert [table.concept(w) for w in ("zetarnos", "zetaxy", "xarbos", "bund")] == [
        "union", "party", "youth", "movement",
    ]  # fmt: skip
    # no stem opens a word of another first letter, nor a word shorter than the stem
    assert [table.concept(w) for w in ("azeta", "zet", "")] == [None, None, None]
    assert [table.stem_of(w) for w in ("zetarnos", "zetas", "bund")] == ["zetarn", "zeta", None]
    assert table.concepts_of_compound("xarbsbund") == ("youth", "movement")
    assert table.concepts_of_compound("bundxarb") == ()
