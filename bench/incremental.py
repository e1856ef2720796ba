"""The growing-archive benchmark: ``python bench/incremental.py --sizes 1000``.

For each size N it builds a generated archive of N texts (``bench/generate.py``, seed 1) and
measures, each as a subprocess (wall time, peak RSS): a clean build (no state); ``kzld build
--check`` and ``kzld build`` on the unchanged archive (answered from the state directory); a
build after adding one text (the generator's text N+1); a build after the authority entry of one
organisation the archive names changed (its English name; the authority is a copy in
``bench/work/``, the shipped one is never touched); and, side by side, pyoxigraph's plain load of
the same Turtle. After the two incremental builds a clean build of the same inputs is made in
another folder, and the files are compared byte for byte. The load average is recorded
before each step.

Results go to ``bench/incremental.json`` and the table to ``bench/work/incremental.md``, both
rewritten after each size; ``bench/INCREMENTAL.md`` (the history of every session's figures) is
never written: a session takes the table into its section there by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import json
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from generate import fingerprint, generate  # noqa: E402
from run import kzld_command, machine, run_command, versions  # noqa: E402

#: Runs kzld's command line with the authority folder replaced (argv: folder, then kzld's args).
WITH_AUTHORITY = (
    "import sys\n"
    "from pathlib import Path\n"
    "import kzld.resources as resources\n"
    "authority, shipped = Path(sys.argv[1]), resources.data_dir\n"
    "resources.data_dir = lambda name: authority if name == 'authority' else shipped(name)\n"
    "from kzld.cli import main\n"
    "main(sys.argv[2:], prog_name='kzld')\n"
)
#: Loads a Turtle file into an in-memory pyoxigraph store (argv: the file).
OXIGRAPH_LOAD = (
    "import sys, pyoxigraph as ox\n"
    "store = ox.Store()\n"
    "store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)\n"
    "print(len(store))\n"
)
OUTPUTS = ("kzld.ttl", "kzld.jsonld")
#: kzld build's exit status when it published the graph without some texts (they break a shape).
LEFT_OUT_EXIT = 3
TARGETS = {
    "clean": "N = 10,000: at most 60 s, 2 GB",
    "add_one": "at most 5 s",
    "authority": "at most 15 s",
    "check": "at most 2 s",
}


def corpus(work: Path, n: int, seed: int) -> Path:
    """The generated corpus of ``n`` texts (reused while the generator is unchanged)."""
    folder = work / f"corpus-s{seed}-n{n}"
    manifest = folder / "manifest.json"
    if manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if data["generator"]["fingerprint"] == fingerprint() and data["n"] == n:
            return folder
    generate(n, seed, folder)
    return folder


def same_files(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` hold byte-identical outputs.

    Compared a block at a time: each step is started from this process, and the peak RSS the
    kernel reports for a started process is at least this process's own peak so far (the child
    starts in this process's memory, and the exec keeps its high-water mark), so reading both
    dumps whole (about 1 GB at N = 10,000) would show as the peak of every step after it.
    """
    return all(filecmp.cmp(a / name, b / name, shallow=False) for name in OUTPUTS)


def changed_authority(work: Path, archive: Path) -> tuple[Path, str]:
    """A copy of the shipped authority where one organisation the archive signs gains a form of
    its name (published as ``schema:alternateName``), and that organisation's key."""
    import yaml

    from kzld.resources import data_dir

    folder = work / "authority-changed"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(data_dir("authority"), folder)
    path = folder / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    without_forms = {
        item["key"] for item in yaml.safe_load(text)["organisations"] if "forms" not in item
    }
    manifest = json.loads((archive.parent / "manifest.json").read_text(encoding="utf-8"))
    key = next(
        entry["key"]
        for document in manifest["documents"]
        for section in document["sections"]
        for entry in section["entries"]
        if entry.get("key") in without_forms
    )
    pattern = re.compile(rf"(  - key: {re.escape(key)}\n    name: [^\n]+\n)")
    text, count = pattern.subn(lambda m: f"{m[1]}    forms: [Zzyzx Bench Form]\n", text, count=1)
    if count != 1:
        raise SystemExit(f"cannot find the name of {key} in {path}")
    path.write_text(text, encoding="utf-8")
    return folder, key


def measure(
    n: int, work: Path, seed: int, timeout: float, save: Callable[[dict[str, Any]], None]
) -> dict[str, Any]:
    """Every figure of the table for the archive of ``n`` texts, each handed to ``save`` with
    those before it as soon as it is measured (an N = 10,000 run takes hours)."""
    source = corpus(work, n + 1, seed) / "seeds"
    texts = sorted(source.glob("*.txt"))
    archive = work / f"archive-n{n}" / "seeds"
    shutil.rmtree(archive.parent, ignore_errors=True)
    archive.mkdir(parents=True)
    for path in texts[:-1]:
        shutil.copy(path, archive / path.name)
    shutil.copy(source.parent / "manifest.json", archive.parent / "manifest.json")
    out, clean = archive.parent / "out", archive.parent / "clean"
    kzld = kzld_command()
    python = [sys.executable, "-c"]

    def build(*options: str, into: Path = out, authority: Path | None = None) -> dict[str, Any]:
        args = ["build", "--seeds", str(archive), "--out", str(into), *options]
        if authority is None:
            command = [*kzld, *args]
        else:
            command = [*python, WITH_AUTHORITY, str(authority), *args]
        load = _load()
        step = run_command(command, timeout=timeout)
        step["load_before"] = load
        if step.get("exit_code") == LEFT_OUT_EXIT:  # published, some texts left out
            step.update(status="ok", texts_left_out=True)
        step.pop("stderr_tail", None) if step["status"] == "ok" else None
        return step

    result: dict[str, Any] = {"n": n}
    result["clean"] = build()
    result["triples"] = _triples(out)
    save(result)
    result["check"] = build("--check")
    result["unchanged"] = build()
    shutil.copy(texts[-1], archive / texts[-1].name)
    result["add_one"] = build()
    save(result)
    shutil.rmtree(clean, ignore_errors=True)
    result["add_one"]["clean_build"] = build(into=clean)
    result["add_one"]["same_bytes_as_clean"] = same_files(out, clean)
    save(result)
    authority, key = changed_authority(work, archive)
    result["authority"] = build(authority=authority)
    result["authority"]["organisation"] = key
    save(result)
    shutil.rmtree(clean, ignore_errors=True)
    result["authority"]["clean_build"] = build(into=clean, authority=authority)
    result["authority"]["same_bytes_as_clean"] = same_files(out, clean)
    result["check_after"] = build("--check", authority=authority)
    load = _load()
    result["pyoxigraph_load"] = run_command(
        [*python, OXIGRAPH_LOAD, str(out / "kzld.ttl")], timeout=timeout
    )
    result["pyoxigraph_load"]["load_before"] = load
    save(result)
    return result


def _load() -> str:
    """The machine's load average over 1, 5 and 15 minutes."""
    with open("/proc/loadavg", encoding="ascii") as handle:
        return " ".join(handle.read().split()[:3])


def _triples(out: Path) -> int | None:
    state = out / ".kzld-state" / "build.json"
    try:
        return int(json.loads(state.read_text(encoding="utf-8"))["counts"]["triples"])
    except (OSError, ValueError, KeyError):
        return None


def _cell(step: dict[str, Any] | None) -> str:
    if step is None:
        return "not measured yet"
    if step.get("status") != "ok":
        return f"{step.get('status')} ({step.get('wall_s')} s)"
    cpu = f" (CPU {step['cpu_s']:.1f} s)" if "cpu_s" in step else ""
    return f"{step['wall_s']:.2f} s{cpu}, {step['peak_rss_mb']:.0f} MB"


def markdown(data: dict[str, Any]) -> str:
    """The short table of ``data``."""
    lines = [
        "# kzld: a growing archive (incremental builds)",
        "",
        f"Made by `{data['command']}` on {data['date']} (written by `bench/incremental.py`; "
        "all figures in `bench/incremental.json`).",
        "",
        f"Machine: {data['machine']['cores']} cores, load average at start "
        f"{data['load_at_start']}, at the end {data.get('load_at_end', '?')}. Versions: "
        + ", ".join(f"{k} {v}" for k, v in data["versions"].items() if v)
        + ".",
        "",
        "Each cell: wall time, CPU time (user and system, with the reading workers) and peak "
        "RSS of the process. Incremental builds are compared byte for byte with a clean build "
        "of the same inputs.",
        "",
        "| N | triples | clean build | `--check`, unchanged | build, unchanged | add one text "
        "| change one authority entry | pyoxigraph load | same bytes as clean |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    steps = ("clean", "check", "unchanged", "add_one", "authority", "pyoxigraph_load")
    for size in data["sizes"]:
        compared = [size.get(step, {}).get("same_bytes_as_clean") for step in steps[3:5]]
        same = "not yet" if None in compared else "yes" if all(compared) else "NO"
        cells = " | ".join(_cell(size.get(step)) for step in steps)
        lines.append(f"| {size['n']} | {size['triples']} | {cells} | {same} |")
    lines += ["", "Targets (issue 21, at N = 10,000 on 2 cores):", ""]
    lines += [f"- {step}: {target}" for step, target in TARGETS.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated N (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="per step, seconds")
    parser.add_argument("--work", type=Path, default=BENCH / "work")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "command": shlex.join(["python", "bench/incremental.py", *(argv or sys.argv[1:])]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_at_start": _load(),
        "versions": versions(),
        "git": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip(),
        "sizes": [],
    }
    done: list[dict[str, Any]] = []

    def save(size: dict[str, Any]) -> None:
        data["sizes"] = [*done, size]
        data["load_at_end"] = _load()
        (BENCH / "incremental.json").write_text(json.dumps(data, indent=1) + "\n", "utf-8")
        (args.work / "incremental.md").write_text(markdown(data), encoding="utf-8")

    for n in (int(size) for size in args.sizes.split(",")):
        done.append(measure(n, args.work, args.seed, args.timeout, save))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
