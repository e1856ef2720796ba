"""`kzld build` run as a program ends at once after its work: the exit handlers run, the output
and the files written are whole, nothing is left behind, and the interpreter's objects are not
torn down one by one (what a finaliser left in ``__main__`` shows)."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kzld.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

#: The program, with an exit handler and an object whose finaliser prints when it is torn down.
PROGRAM = """
import atexit
from kzld.cli import main


class Torn:
    def __del__(self):
        print("torn down", flush=True)


kept = Torn()
atexit.register(print, "exit handler ran")
main()
"""

#: The program, with an exit handler that tells whether the cyclic collector is on.
COLLECTOR = """
import atexit
import gc
from kzld.cli import main

atexit.register(lambda: print("collector on:", gc.isenabled()))
main()
"""


def run(tmp_path: Path, *args: str, program: str = PROGRAM) -> subprocess.CompletedProcess[str]:
    """The ``program`` run with ``args``, its temporary files in a folder of its own."""
    temporary = tmp_path / "tmp"
    temporary.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", program, *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "TMPDIR": str(temporary)},
        cwd=tmp_path,
    )


def test_a_build_ends_at_once_with_its_output_and_files_whole(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    done = run(tmp_path, "build", "--seeds", "seeds", "--out", "out")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Built 5 documents: 72 signatures, 7448 triples -> ")
    assert lines[-1] == "exit handler ran"
    assert "torn down" not in done.stdout
    assert list((tmp_path / "tmp").iterdir()) == []
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [".kzld-state", "kzld.jsonld", "kzld.ttl"]
    assert [p.name for p in out.rglob(".tmp*")] == []
    # the same bytes as a build in this process (which tears down as it always did)
    runner = CliRunner()
    fresh = runner.invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "in")])
    assert fresh.exit_code == 0, fresh.output
    for name in ("kzld.ttl", "kzld.jsonld"):
        assert (out / name).read_bytes() == (tmp_path / "in" / name).read_bytes()
    # the state it left is whole: the next build finds nothing to do, and ends at once too
    again = run(tmp_path, "build", "--seeds", "seeds", "--out", "out", "--check")
    assert again.returncode == 0, again.stderr
    assert again.stdout == "out is up to date (5 documents, 7448 triples)\nexit handler ran\n"


def test_a_build_left_without_some_texts_ends_at_once_with_its_status(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "zz-binary.txt").write_bytes(b"\x00\x01\x02\xff")
    done = run(tmp_path, "build", "--seeds", "seeds", "--out", "out")
    assert done.returncode == 3, done.stderr
    assert "zz-binary.txt: binary data, not text" in done.stderr
    assert done.stdout.splitlines()[-1] == "exit handler ran"
    assert "torn down" not in done.stdout


def test_a_failed_build_and_other_commands_end_as_python_does(tmp_path: Path) -> None:
    failed = run(tmp_path, "build", "--seeds", ".", "--out", "out", "--check")
    assert failed.returncode == 1
    assert failed.stdout.splitlines()[-2:] == ["exit handler ran", "torn down"]
    version = run(tmp_path, "--version")
    assert version.returncode == 0
    assert version.stdout.splitlines()[-2:] == ["exit handler ran", "torn down"]


def test_a_build_that_ends_at_once_leaves_the_collector_off_and_one_in_a_process_does_not(
    tmp_path: Path,
) -> None:
    done = run(tmp_path, "build", "--seeds", str(SEEDS), "--out", "out", program=COLLECTOR)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "collector on: False"
    other = run(tmp_path, "--version", program=COLLECTOR)
    assert other.stdout.splitlines()[-1] == "collector on: True"
    assert gc.isenabled()
    runner = CliRunner()
    inside = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--out", str(tmp_path / "in")])
    assert inside.exit_code == 0, inside.output
    assert gc.isenabled()
