"""bench/quality_reader.py: gold records are checked with errors naming file and field; a build
is scored by name with each gold signer matched at most once; left-out texts are counted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import quality_reader as q  # noqa: E402

GOOD = ROOT / "tests" / "data" / "quality" / "good"

TEXT = """Gemeinsame Erklärung

Wir unterstützen die Streikenden.

Unterzeichner:
- Partido Comunista de España (PCE);
- Mieterbund Nord
28. Co
"""

GOLD = """source: https://example.org/page
classes: [heading-list, cut-list]
languages: [de]
title: "Gemeinsame Erklärung"
created: 2021-03-12
published: null
stated_total: null
signatories:
  - {name: "Partido Comunista de España (PCE)", section: 1, position: 1}
  - {name: "Mieterbund Nord", section: 1, position: 2}
not_signatories:
  - {text: "28. Co", reason: cut}
"""


def _folder(tmp_path: Path, gold: str = GOLD, text: str = TEXT) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "de-01.txt").write_text(text, encoding="utf-8")
    (folder / "de-01.gold.yaml").write_text(gold, encoding="utf-8")
    return folder


def test_a_valid_gold_record_is_read(tmp_path: Path) -> None:
    golds, errors = q.load_golds(_folder(tmp_path))
    assert errors == []
    gold = golds["de-01.txt"]
    assert gold.created == "2021-03-12" and gold.published is None
    assert [s.name for s in gold.signatories] == [
        "Partido Comunista de España (PCE)",
        "Mieterbund Nord",
    ]
    assert gold.not_signatories == (("28. Co", "cut"),)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("Mieterbund Nord", "Mieterbund Süd"),
            "signatories[1].name: 'Mieterbund Süd' is not an exact substring",
        ),
        (("heading-list, cut-list", "heading-list, cut"), "classes[1]: unknown class 'cut'"),
        (
            ("created: 2021-03-12", "created: 12.03.2021"),
            "created: must be a date YYYY-MM-DD or null, not '12.03.2021'",
        ),
        (("published: null\n", ""), "(record): the key 'published' is missing"),
        (("stated_total: null", "stated_total: null\nstated: 3"), "(record): unknown key 'stated'"),
        (("reason: cut", "reason: broken"), "not_signatories[0].reason: 'broken' is not one of"),
        (
            ("section: 1, position: 2", "section: 1, position: 1"),
            "signatories[1].position: 1 after 1 in section 1",
        ),
        (
            ("languages: [de]", "languages: [de, de]"),
            "languages: ['de', 'de']: two versions in one language",
        ),
        (
            ("languages: [de]", "languages: [German]"),
            "languages[0]: 'German' is not a primary language tag",
        ),
        (
            ("position: 2}", "position: 0}"),
            "signatories[1].position: must be an integer >= 1, not 0",
        ),
        (
            ('title: "Gemeinsame Erklärung"', 'title: "Gemeinsame Erklärung "'),
            "title: 'Gemeinsame Erklärung ' has spaces at its ends",
        ),
        (
            ('text: "28. Co"', 'text: "Mieterbund Nord"'),
            "not_signatories[0].text: 'Mieterbund Nord' is also the signer",
        ),
        (
            (
                '{name: "Mieterbund Nord",',
                '{name: "Mieterbund Nord", aliases: ["Partido Comunista de España (PCE)"],',
            ),
            "'Mieterbund Nord' folds to the same text as the signer 'Partido Comunista de España "
            "(PCE)', and the text writes it only 1 time(s)",
        ),
    ],
)
def test_a_bad_gold_record_names_the_file_and_the_field(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in GOLD
    folder = _folder(tmp_path, GOLD.replace(old, new, 1))
    golds, errors = q.load_golds(folder)
    assert golds == {}
    assert any(e.startswith(f"{folder / 'de-01.gold.yaml'}: ") and expected in e for e in errors), (
        errors
    )


def test_two_signers_written_alike_are_allowed_as_often_as_the_text_writes_them(
    tmp_path: Path,
) -> None:
    # One signer's own forms may fold alike; two signers only where the text repeats the name.
    text = TEXT + "Gewerkschaften: Mieterbund Nord (MIETERBUND NORD)\n"
    gold = GOLD.replace(
        '{name: "Mieterbund Nord", section: 1, position: 2}',
        '{name: "Mieterbund Nord", section: 1, position: 2}\n'
        '  - {name: "Mieterbund Nord", aliases: ["MIETERBUND NORD"], section: 2, position: 1}',
    )
    golds, errors = q.load_golds(_folder(tmp_path, gold, text))
    assert errors == [], errors
    (gold_record,) = golds.values()
    both = q.score_text(
        gold_record,
        _predicted(
            _sig(("Mieterbund Nord",), 1, 2),
            _sig(("Mieterbund Nord,",), 2, 1),
            languages=("de",),
        ),
    )
    assert both.matched == 2 and both.invented == []


def test_a_yaml_error_names_the_line_and_texts_and_golds_must_pair(tmp_path: Path) -> None:
    folder = _folder(tmp_path, GOLD.replace("languages: [de]", "languages: [de"))
    (folder / "lonely.txt").write_text("A text\n", encoding="utf-8")
    (folder / "orphan.gold.yaml").write_text(GOLD, encoding="utf-8")
    _, errors = q.load_golds(folder)
    assert any(e.startswith(f"{folder / 'de-01.gold.yaml'}:4: not valid YAML") for e in errors), (
        errors
    )
    assert f"{folder / 'lonely.txt'}: has no gold record lonely.gold.yaml" in errors
    assert f"{folder / 'orphan.gold.yaml'}: there is no text orphan.txt beside it" in errors


def test_the_command_refuses_bad_gold_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, GOLD.replace("Mieterbund Nord", "Mieterbund Süd"))
    assert q.main([str(folder)]) == 2
    err = capsys.readouterr().err
    assert "de-01.gold.yaml: signatories[1].name: 'Mieterbund Süd' is not an exact substring" in err
    assert "1 problem(s) in the gold records" in err
    assert q.main([str(_folder(tmp_path)), "--validate-only"]) == 0
    assert "1 gold records in" in capsys.readouterr().out


def _gold(**changes: object) -> q.Gold:
    signers = (
        q.GoldSigner("Communist Party of Greece", 1, 1, aliases=("ΚΚΕ",)),
        q.GoldSigner("Partido Comunista de España", 1, 2, as_of="2012-03-26"),
        q.GoldSigner("Workers' Party of Belgium", 2, 1),
        q.GoldSigner("Tudeh Party of Iran", 2, 2),
    )
    fields: dict[str, object] = {
        "file": "x.txt",
        "source": "https://example.org/",
        "classes": ("several-lists", "cut-list"),
        "languages": ("en", "el"),
        "title": "A  joint statement",
        "created": "2019-10-05",
        "published": None,
        "stated_total": 50,
        "signatories": signers,
        "not_signatories": (("28. Co", "cut"),),
    }
    fields.update(changes)
    return q.Gold(**fields)


def _sig(
    quotes: tuple[str, ...],
    section: int,
    position: int,
    as_of: str | None = None,
    readers: tuple[str, ...] = (),
) -> q.PredictedSignature:
    return q.PredictedSignature(
        iri=f"sig/{quotes[0]}",
        quotes=quotes,
        section=f"s{section}",
        section_number=section,
        position=position,
        as_of=as_of,
        readers=readers,
    )


def _predicted(*sigs: q.PredictedSignature, **changes: object) -> q.Predicted:
    fields: dict[str, object] = {
        "file": "x.txt",
        "languages": ("en", "el"),
        "title": "A joint statement",
        "created": "2019-10-05",
        "published": None,
        "stated_total": 50,
        "signatures": sigs,
    }
    fields.update(changes)
    return q.Predicted(**fields)


def test_matching_folds_case_accents_spaces_and_list_punctuation() -> None:
    assert q.match_key("Partido  Comunista de España (PCE);") == q.match_key(
        "partido comunista de espana (pce)"
    )
    assert q.match_key("ΚΚΕ,") == q.match_key("κκε")
    assert q.match_key("CP of Britain") != q.match_key("NCP of Britain")


def test_everything_right_is_perfect() -> None:
    score = q.score_text(
        _gold(),
        _predicted(
            _sig(("Communist Party of Greece", "ΚΚΕ"), 1, 1),
            _sig(("PARTIDO COMUNISTA DE ESPAÑA;",), 1, 2, "2012-03-26"),
            _sig(("Workers' Party of Belgium",), 2, 1),
            _sig(("Tudeh Party of Iran.",), 2, 2),
        ),
    )
    assert (score.matched, score.missed, score.invented) == (4, [], [])
    assert (score.positions_right, score.list_signers_matched, score.sections_right) == (4, 4, True)
    assert (score.as_of_right, score.as_of_checked) == (1, 1)
    assert score.title_right and score.dates_right and score.languages_right and score.total_right
    assert score.perfect


def test_misses_inventions_duplicates_and_fragments_are_named() -> None:
    score = q.score_text(
        _gold(),
        _predicted(
            _sig(("Communist Party of Greece",), 1, 1),
            _sig(("ΚΚΕ",), 1, 5),  # the same signer again: one signature too many
            _sig(("28. Co",), 1, 3),
            _sig(("We condemn the war",), 1, 4),
            _sig(("Tudeh Party of Iran",), 2, 2),
            stated_total=None,
            languages=("el", "en"),
        ),
    )
    assert score.matched == 2 and score.predicted_signatures == 5
    assert score.missed == [
        {"name": "Partido Comunista de España", "section": 1, "why": "not found"},
        {"name": "Workers' Party of Belgium", "section": 2, "why": "not found"},
    ]
    assert score.invented == [
        {"quote": "ΚΚΕ", "why": "a second signature of 'Communist Party of Greece'", "reader": ""},
        {"quote": "28. Co", "why": "not a signatory (cut)", "reader": ""},
        {"quote": "We condemn the war", "why": "not in the gold", "reader": ""},
    ]
    assert not score.languages_right and score.language_set_right and not score.total_right
    assert not score.perfect


def test_each_signature_found_or_invented_names_its_readers_and_they_are_counted() -> None:
    score = q.score_text(
        _gold(),
        _predicted(
            _sig(
                ("Communist Party of Greece", "ΚΚΕ"), 1, 1, None, ("list:marked", "title_signers")
            ),
            _sig(("Tudeh Party of Iran",), 2, 2, None, ("list:marked",)),
            _sig(("We condemn the war",), 1, 4, None, ("prose_signers",)),
        ),
    )
    assert score.found_by == [
        {"name": "Communist Party of Greece", "reader": "list:marked + title_signers"},
        {"name": "Tudeh Party of Iran", "reader": "list:marked"},
    ]
    assert [i["reader"] for i in score.invented] == ["prose_signers"]
    assert q.summarise([score, score])["total"]["readers"] == {
        "list:marked": {"found": 2, "invented": 0},
        "list:marked + title_signers": {"found": 2, "invented": 0},
        "prose_signers": {"found": 0, "invented": 2},
    }


def test_each_gold_signer_is_matched_once_and_as_many_as_can_be() -> None:
    # The first signature quotes two signers (a wrong merge); the second can only be Greece's:
    # a maximum matching gives the first to Spain, so both count.
    both = _sig(("Communist Party of Greece", "Partido Comunista de España"), 1, 1)
    greece = _sig(("ΚΚΕ",), 1, 1)
    score = q.score_text(_gold(), _predicted(both, greece))
    assert score.matched == 2 and score.invented == []
    # Alone, the merged signature counts once; the other signer is reported merged.
    score = q.score_text(_gold(), _predicted(both))
    assert score.matched == 1
    assert score.missed[0]["why"] == "merged into the signature of 'Communist Party of Greece'"


def test_sections_are_compared_as_groups_whatever_their_numbers() -> None:
    renumbered = q.score_text(
        _gold(),
        _predicted(
            _sig(("Communist Party of Greece",), 3, 1),
            _sig(("Partido Comunista de España",), 3, 2),
            _sig(("Workers' Party of Belgium",), 4, 1),
            _sig(("Tudeh Party of Iran",), 4, 3),
        ),
    )
    assert renumbered.sections_right is True and renumbered.positions_right == 3
    joined = q.score_text(
        _gold(),
        _predicted(*(_sig((s.name,), 1, s.position) for s in _gold().signatories)),
    )
    assert joined.sections_right is False


def test_a_left_out_text_loses_every_signer_and_every_figure() -> None:
    score = q.score_text(_gold(), None, "x.txt: the file is empty")
    assert score.left_out == "x.txt: the file is empty"
    assert score.matched == 0 and len(score.missed) == 4 and not score.dates_right
    total = q.summarise([score])["total"]
    assert total["recall"] == 0.0 and total["precision"] is None and total["left_out"] == ["x.txt"]


def test_a_build_is_scored_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    assert q.main([str(GOOD), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    total = report["summary"]["total"]
    assert (total["gold_signers"], total["matched"], total["invented"]) == (3, 3, 0)
    assert total["left_out"] == ["empty.txt"]
    assert total["dates_right"] == [1, 2] and total["languages_right"] == [1, 2]
    assert report["summary"]["classes"]["heading-list"]["perfect"] == [1, 1]
    # the readers come from what the build kept of each text: the three of a numbered list
    assert total["readers"] == {"list:marked": {"found": 3, "invented": 0}}
    (empty,) = [t for t in report["texts"] if t["file"] == "empty.txt"]
    assert "the file is empty" in empty["left_out"]
    assert q.main([str(GOOD)]) == 0
    out = capsys.readouterr().out
    assert "LEFT OUT: " in out and "precision 1.000, recall 1.000" in out
    assert "By reader (signatures found, invented):\n  list:marked " in out


@pytest.mark.parametrize("split", q.SPLITS)
def test_the_development_corpus_gold_records_are_valid(split: str) -> None:
    folder = q.DEVCORPUS / split
    if not any(folder.glob("*.txt")):
        pytest.skip(f"no texts in {folder} yet")
    _, errors = q.load_golds(folder)
    assert errors == []


def test_an_entry_of_one_signers_forms_is_that_signer_and_a_marker_does_not_hide_a_fragment() -> (
    None
):
    score = q.score_text(
        _gold(),
        _predicted(
            _sig(("Communist Party of Greece - ΚΚΕ",), 1, 1),  # the name in two languages
            _sig(("Communist Party of Greece and Tudeh Party of Iran",), 1, 2),  # two signers
            _sig(("Co",), 1, 3),  # the gold's cut fragment is "28. Co"
        ),
    )
    assert score.matched == 1
    assert [(i["quote"], i["why"]) for i in score.invented] == [
        ("Communist Party of Greece and Tudeh Party of Iran", "not in the gold"),
        ("Co", "not a signatory (cut)"),
    ]


def test_a_signer_found_at_another_place_is_reported_where() -> None:
    score = q.score_text(
        _gold(),
        _predicted(
            _sig(("Communist Party of Greece",), 1, 1),
            _sig(("Partido Comunista de España",), 1, 3),  # no as-of date and one place down
            _sig(("Workers' Party of Belgium",), 2, 1),
            _sig(("Tudeh Party of Iran",), 2, 2),
        ),
    )
    assert score.matched == 4 and score.positions_right == 3 and score.as_of_right == 0
    assert score.misplaced == [
        {
            "name": "Partido Comunista de España",
            "gold": [1, 2, "2012-03-26"],
            "found": [1, 3, None],
        }
    ]
    assert not score.perfect
