"""bench/learned_entries.py: candidates are a text's lines and their parts, labelled by the gold's
matching rule; the context of a line is its run, the colon above and the prose around; the
finder and the refusal count what a threshold takes and refuses, fold by fold."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import learned_entries as le  # noqa: E402
from gold import Gold, GoldSigner  # noqa: E402

PROSE = " ".join(["The workers of Xandia have been on strike for a living wage"] * 3) + "."

TEXT = f"""Solidarity with the strikers of Xandia

{PROSE}

Signed by:
1. Xandia Workers' Party;
2. Zetland Federation of Labour (Zetland)
3. Ostland Front – Front d'Ostland
Union of Xandian Miners, Zetland Teachers' Association
Home | News
"""


def _gold() -> Gold:
    signers = (
        GoldSigner("Xandia Workers' Party", 1, 1),
        GoldSigner("Zetland Federation of Labour", 1, 2),
        GoldSigner("Ostland Front", 1, 3, aliases=("Front d'Ostland",)),
        GoldSigner("Union of Xandian Miners", 1, 4),
        GoldSigner("Zetland Teachers' Association", 1, 5),
    )
    return Gold(
        "a01-en-x.txt", "https://example.org/x", (), ("en",), None, None, None, None, signers
    )


def test_folds_and_languages_by_file_name() -> None:
    assert [le.fold_of(f) for f in ("a01-en-x.txt", "b02-fr-y.txt", "zo13-bg-z.txt")] == [
        "A",
        "B",
        "A",
    ]
    assert le.language_of("b02-fr-y.txt") == "fr"


def test_parts_outside_brackets_and_at_spaced_marks() -> None:
    assert le._parts("Xandia Party (XP, Xandia), Zetland Union; Ostland Front – Zetland Left") == [
        "Xandia Party (XP, Xandia)",
        "Zetland Union",
        "Ostland Front",
        "Zetland Left",
    ]
    assert le._parts("Xandia Party") == ["Xandia Party"]


def test_candidates_labelled_by_the_gold_rule() -> None:
    candidates, context = le.text_candidates("a01-en-x.txt", TEXT, _gold())
    labels = {(c.text, c.whole): (sorted(c.signers), c.near) for c in candidates}
    # a list marker and the closing semicolon are off; the name is the signer's
    assert labels[("Xandia Workers' Party", True)] == ([0], False)
    # a name and a country more: near, neither taught nor counted
    assert labels[("Zetland Federation of Labour (Zetland)", True)] == ([], True)
    # a name and its alias, parted by a dash: the signer, and each part too
    assert labels[("Ostland Front – Front d'Ostland", True)] == ([2], False)
    assert labels[("Ostland Front", False)] == ([2], False)
    # a line of two names is near both; each part is one
    assert labels[("Union of Xandian Miners, Zetland Teachers' Association", True)] == (
        [],
        True,
    )
    assert labels[("Union of Xandian Miners", False)] == ([3], False)
    assert labels[("Home | News", True)] == ([], False)
    assert labels[("Home", False)] == ([], False)
    # title, prose, cue line, three list lines (one of two parts), two lines of two parts
    assert len(candidates) == 14
    # the run of short lines under "Signed by:" (line index 4) is lines 5 to 9
    assert context.run[5] == (4, 9) and context.run[9] == (4, 9)
    assert context.colon_above[6] == 2 and context.colon_above[4] == 0
    assert context.long_above[6] == 4 and context.long_below[0] is True
    assert context.marked[5:10] == [True, True, True, False, False]


def _text(fold: str, scores: list[float]) -> tuple[le.TextData, np.ndarray]:
    """A text of four candidates: signer 0 (found), signer 1 (missed), an invention, a line."""
    candidates = [
        le.Candidate("a01-en-x.txt", 0, "Xandia Party", True, 1, signers={0}),
        le.Candidate("a01-en-x.txt", 1, "Zetland Union", True, 1, signers={1}),
        le.Candidate("a01-en-x.txt", 2, "Our Demands", True, 1),
        le.Candidate("a01-en-x.txt", 3, "Home", True, 1),
    ]
    data = le.TextData("a01-en-x.txt", fold, candidates, [], 2, {1}, [2], {0: [0]})
    return data, np.array(scores)


def test_finder_counts_missed_signers_and_new_non_signers() -> None:
    text, scores = _text("A", [0.9, 0.8, 0.7, 0.6])
    taken = le.finder([text], [scores], 0.65)
    assert (taken["missed"], taken["missed_reachable"], taken["missed_taken"]) == (1, 1, 1)
    # the invention is taken again, not counted as a new non-signer; "Home" is below
    assert (taken["non_signers_taken"], taken["inventions_taken_again"]) == (0, 1)
    assert (taken["gain_texts"], taken["gain_languages"]) == (1, 1)
    assert le.finder([text], [scores], 0.5)["non_signers_taken"] == 1
    # a text where the reader found a signer is left out of the bare finder
    assert le.finder([text], [scores], 0.5, bare=True)["texts"] == 0


def test_refusal_counts_inventions_refused_and_found_signers_lost() -> None:
    text, scores = _text("B", [0.3, 0.8, 0.2, 0.6])
    refused = le.refusal([text], [scores], 0.25)
    assert (refused["inventions_refused"], refused["found_lost"]) == (1, 0)
    refused = le.refusal([text], [scores], 0.5)
    assert (refused["inventions_refused"], refused["found_lost"]) == (1, 1)
