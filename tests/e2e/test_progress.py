"""What the progress of a long step looks like (:mod:`kzld.progress`): on a terminal, one line
rewritten in place; piped, one line per stage."""

from __future__ import annotations

import io
import time

from kzld.progress import TICK, StageProgress


def test_piped_one_line_per_stage() -> None:
    stream = io.StringIO()
    progress = StageProgress(stream, tty=False)
    for done in range(0, 11):
        progress("Loading kzld.ttl", done, 10)
    progress("Optimising the store", 0, 0)
    progress.close()
    assert stream.getvalue() == "Loading kzld.ttl ...\nOptimising the store ...\n"


def test_on_a_terminal_the_line_is_rewritten_with_the_count() -> None:
    stream = io.StringIO()
    progress = StageProgress(stream, tty=True)
    progress("Loading kzld.ttl", 0, 200)
    progress("Loading kzld.ttl", 200, 200)
    progress.close()
    lines = stream.getvalue().split("\r")
    assert lines[1].startswith("Loading kzld.ttl 0/200 (0%) [")
    assert lines[2].startswith("Loading kzld.ttl 200/200 (100%) [")
    assert stream.getvalue().endswith("\n")


def test_on_a_terminal_a_stage_without_count_still_shows_its_time() -> None:
    stream = io.StringIO()
    progress = StageProgress(stream, tty=True)
    progress("Validating kzld.ttl", 0, 0)
    deadline = time.monotonic() + 30 * TICK
    while stream.getvalue().count("\r") < 2 and time.monotonic() < deadline:
        time.sleep(TICK / 4)
    progress.close()
    shown = stream.getvalue().split("\r")[1:]
    assert len(shown) >= 2, shown  # drawn again, by itself, while the stage said nothing
    assert all(line.startswith("Validating kzld.ttl [") for line in shown)
    assert stream.getvalue().endswith("\n")
