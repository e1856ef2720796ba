"""Judge the learnt name-likeness model on tune texts it never saw, in two folds (issue 18).

``python bench/likeness_folds.py`` splits ``bench/devcorpus/tune/`` in two by a hash of the
file name (:func:`train_likeness.fold_of`). For each fold it trains the model on the other fold
(and the authority without the organisations only this fold's gold names), then:

- **entries**: reads this fold's texts with the reader and takes every entry of every candidate
  block the reader weighs; an entry is a signer's when it is a gold signer's name or alias (or
  holds one and at most three words more). It reports how many the hand score
  (:func:`kzld.parse.names.name_score` >= 0.5), the model (>= 0.5) and the reader's entry score
  that weighs both (:func:`kzld.parse.signatories.scoring.entry_score` >= 0.5) tell right;
- **reader** (unless ``--entries-only``): builds this fold's texts with the reader using that
  fold's model, and scores the build against the gold as ``bench/quality_reader.py`` does.

The two folds' figures are added up: every tune text is scored once, by a model that did not see
it. The held-out texts are never read.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import quality_reader  # noqa: E402
import train_likeness  # noqa: E402
from gold import Gold, load_golds, match_key  # noqa: E402

TUNE = train_likeness.TUNE


def fold_model(fold: int, keep: Path | None) -> Any:
    """The model trained on every tune text but those of ``fold`` (read from, or written to,
    ``keep/fold-N.json`` when ``keep`` is given)."""
    from kzld.parse.likeness import Likeness

    path = keep / f"fold-{fold}.json" if keep else None
    if path is None or not path.exists():
        data = train_likeness.gather(1 - fold)
        bias, weights = train_likeness.train(data)
        path = path or Path(tempfile.mkdtemp(prefix="kzld-folds-")) / "model.json"
        train_likeness.write(path, bias, weights, data, 1 - fold)
    return Likeness.load(path)


def _entries(name: str) -> list[str]:
    """The entries of the candidate blocks the reader weighs in the text ``name``."""
    import kzld.parse.signatories as signatories
    from kzld.parse import read_bytes

    seen: list[str] = []
    accept = signatories.accept

    def recording(block: Any) -> bool:
        seen.extend(raw for _, _, raw in block.items)
        return accept(block)

    signatories.accept = recording  # type: ignore[assignment]
    try:
        read_bytes(name, (TUNE / name).read_bytes())
    finally:
        signatories.accept = accept  # type: ignore[assignment]
    return list(dict.fromkeys(seen))


def _is_signer(raw: str, gold: Gold) -> bool:
    forms = [match_key(f) for s in gold.signatories for f in s.forms]
    key = match_key(raw)
    return key in forms or train_likeness._near(raw, forms)


def entries(fold: int, model: Any, golds: dict[str, Gold]) -> dict[str, int]:
    """How the hand score and ``model`` tell the candidate entries of ``fold``'s texts."""
    import kzld.parse.likeness as likeness
    from kzld.parse.names import name_score
    from kzld.parse.signatories.scoring import entry_score

    counts = dict.fromkeys(["entries", "signers", "hand", "learnt", "reader", "both_wrong"], 0)
    shipped = likeness.default_model
    likeness.default_model = lambda: model  # type: ignore[assignment]
    try:
        for name, gold in sorted(golds.items()):
            if train_likeness.fold_of(name) != fold:
                continue
            for raw in _entries(name):
                truth = _is_signer(raw, gold)
                hand = (name_score(raw) >= 0.5) == truth
                learnt = (model.score(raw) >= 0.5) == truth
                counts["entries"] += 1
                counts["signers"] += truth
                counts["hand"] += hand
                counts["learnt"] += learnt
                counts["reader"] += (entry_score(raw) >= 0.5) == truth
                counts["both_wrong"] += not hand and not learnt
    finally:
        likeness.default_model = shipped  # type: ignore[assignment]
    return counts


def reader(fold: int, model: Any, golds: dict[str, Gold]) -> list[Any]:
    """The reader's scores on ``fold``'s texts, built with ``model`` as the shipped one."""
    import kzld.parse.likeness as likeness

    shipped = likeness.default_model
    likeness.default_model = lambda: model  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory(prefix="kzld-folds-") as work:
            folder = Path(work)
            for name in golds:
                if train_likeness.fold_of(name) == fold:
                    stem = name.split(".")[0]
                    for path in TUNE.glob(stem + ".*"):
                        (folder / path.name).symlink_to(path)
            scores, _ = quality_reader.evaluate(folder)
    finally:
        likeness.default_model = shipped  # type: ignore[assignment]
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries-only", action="store_true", help="do not build the folds")
    parser.add_argument("--reader-only", action="store_true", help="do not score the entries")
    parser.add_argument("--keep", type=Path, help="keep the fold models in this folder")
    args = parser.parse_args(argv)
    golds, errors = load_golds(TUNE)
    if errors:
        raise SystemExit("\n".join(errors))
    texts = {n: g for n, g in golds.items()}
    total: dict[str, int] = {}
    scores: list[Any] = []
    for fold in (0, 1):
        model = fold_model(fold, args.keep)
        if not args.reader_only:
            counts = entries(fold, model, texts)
            print(f"fold {fold}: entries {counts}")
            total = {k: total.get(k, 0) + v for k, v in counts.items()}
        if not args.entries_only:
            scores += reader(fold, model, texts)
    if total:
        n = total["entries"]
        print(
            f"entries of both folds: {n} ({total['signers']} signers); right by the hand score "
            f"{total['hand']} ({total['hand'] / n:.3f}), by the learnt model {total['learnt']} "
            f"({total['learnt'] / n:.3f}), by the reader's entry score {total['reader']} "
            f"({total['reader'] / n:.3f}); both wrong {total['both_wrong']}"
        )
    if scores:
        summary = quality_reader.summarise(scores)["total"]
        print(
            f"reader, both folds: {summary['texts']} texts, precision {summary['precision']}, "
            f"recall {summary['recall']} ({summary['matched']}/{summary['gold_signers']}), "
            f"invented {summary['invented']}, titles {summary['titles_right']}, "
            f"dates {summary['dates_right']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
