"""bench/train_likeness.py: the model is learnt from the authority's names and the tune texts'
gold, writes the same bytes twice, and a fold's model never sees the names only the other fold's
gold gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import train_likeness as t  # noqa: E402

from kzld.parse.likeness import Likeness  # noqa: E402

TEXT = """Solidarity with the strikers of Xandia

We stand with the workers of Xandia in their strike for a living wage.
The owners have refused every offer, and the government looks on.

Signatories:
- {first}
- {second}
Home | News | Contact
"""

GOLD = """source: https://example.org/{stem}
classes: [heading-list, furniture]
languages: [en]
title: "Solidarity with the strikers of Xandia"
created: null
published: null
stated_total: null
signatories:
  - {{name: "{first}", section: 1, position: 1}}
  - {{name: "{second}", section: 1, position: 2}}
not_signatories:
  - {{text: "Home | News | Contact", reason: furniture}}
"""

AUTHORITY = """organisations:
  - key: xandia-workers-party
    name: Xandia Workers' Party
    abbreviations: [XWP]
    kinds: [party]
  - key: zetland-federation-of-labour
    name: Zetland Federation of Labour
    kinds: [trade-union]
"""

#: Two texts, one in each fold (``fold_of`` hashes the file name).
SIGNERS = {
    0: ("Xandia Workers' Party", "Union of Xandian Miners"),
    1: ("Zetland Federation of Labour", "Zetland Teachers' Association"),
}


def _stem(fold: int) -> str:
    return next(
        f"x{k:02d}-en-strike" for k in range(100) if t.fold_of(f"x{k:02d}-en-strike") == fold
    )


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tune = tmp_path / "tune"
    tune.mkdir()
    for fold, (first, second) in SIGNERS.items():
        stem = _stem(fold)
        text = TEXT.format(first=first, second=second)
        (tune / f"{stem}.txt").write_text(text, encoding="utf-8")
        gold = GOLD.format(stem=stem, first=first, second=second)
        (tune / f"{stem}.gold.yaml").write_text(gold, encoding="utf-8")
    authority = tmp_path / "organisations.yaml"
    authority.write_text(AUTHORITY, encoding="utf-8")
    monkeypatch.setattr(t, "TUNE", tune)
    monkeypatch.setattr(t, "AUTHORITY", authority)
    monkeypatch.setattr(t, "SIZE", 1 << 10)
    return tmp_path


def test_training_twice_writes_the_same_bytes(corpus: Path) -> None:
    first, second = corpus / "a.json", corpus / "b.json"
    assert t.main(["--out", str(first)]) == 0
    assert t.main(["--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = json.loads(first.read_text(encoding="utf-8"))
    assert len(model["weights"]) == 1 << 10
    loaded = Likeness.load(first)
    assert loaded.score("Union of Xandian Miners") > loaded.score("Home | News | Contact")


def test_the_positives_and_negatives_of_the_tune_texts(corpus: Path) -> None:
    data = t.gather(None)
    labelled = dict(zip(data.phrases, data.labels, strict=True))
    assert labelled["Union of Xandian Miners"] == 1
    assert labelled["XWP"] == 1
    assert labelled["Home | News | Contact"] == 0
    assert labelled["Signatories:"] == 0
    assert labelled["The owners have refused every offer"] == 0


def test_a_fold_does_not_see_the_other_folds_names(corpus: Path) -> None:
    phrases = set(t.gather(0).phrases)
    assert "Union of Xandian Miners" in phrases
    assert "Xandia Workers' Party" in phrases
    # the authority's entry only fold 1's gold names is left out, with all its names
    assert "Zetland Federation of Labour" not in phrases
    assert "Zetland Teachers' Association" not in phrases
