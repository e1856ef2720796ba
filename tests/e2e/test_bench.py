"""The benchmark: the corpus generator is deterministic and writes what its manifest claims; the
runner measures, times out, skips by extrapolation and writes a results file with every field."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import incremental  # noqa: E402
import run  # noqa: E402
import texts  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate.generate(40, 7, out)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_same_seed_same_bytes_and_a_prefix(
    corpus: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    folder, _ = corpus
    generate.generate(40, 7, tmp_path / "again")
    assert _files(tmp_path / "again") == _files(folder)
    generate.generate(12, 7, tmp_path / "small")
    small = _files(tmp_path / "small")
    assert {k: v for k, v in small.items() if k.startswith("seeds/")} == {
        k: v for k, v in _files(folder).items() if k in small and k.startswith("seeds/")
    }
    assert len([k for k in small if k.startswith("seeds/")]) == 12
    generate.generate(12, 8, tmp_path / "other")
    assert _files(tmp_path / "other") != small


def _entry_lines(text: str, section: dict[str, Any]) -> list[str]:
    """The entries of ``section`` as the text writes them, found after its heading."""
    start = text.index(section["heading"])
    after = text[start + len(section["heading"]) :]
    if section["style"] == "inline":
        return after.split("\n", 1)[0].strip().split(", ")
    marker = r"\d+\." if section["style"] == "numbered" else r"[•*-]"
    entries = []
    for line in after.lstrip("\n").split("\n"):
        match = re.match(rf"^ {{0,2}}{marker} (.+)$", line)
        if match:
            entries.append(match.group(1))
        elif line.strip() and entries:
            break
    return entries


def _entries_in_order(text: str, section: dict[str, Any]) -> list[str]:
    """The entries of a section of a new layout, each found in the text after the one before
    (after the section's cue, stamp or dateline, when it has one), as the layout writes them."""
    at = text.index(section["heading"]) + len(section["heading"]) if section["heading"] else 0
    found = []
    for entry in section["entries"]:
        written = entry["text"]
        if section["style"] == "on-behalf":
            written = texts.ON_BEHALF[section["language"]].format(name=written)
        if section["style"] in {"header-lines", "on-behalf", "plain"}:
            written = "\n" + written + "\n"  # a line of its own
        at = text.index(written, at) + len(written) - (1 if written.endswith("\n") else 0)
        found.append(entry["text"])
    for fragment in section["fragments"]:  # a cut page ends with the fragment
        assert text.rstrip("\n").endswith(fragment), fragment
    return found


def test_manifest_tells_the_truth(corpus: tuple[Path, dict[str, Any]]) -> None:
    folder, manifest = corpus
    assert json.loads((folder / "manifest.json").read_text("utf-8")) == manifest
    docs = manifest["documents"]
    assert sorted(p.name for p in (folder / "seeds").glob("*.txt")) == [d["file"] for d in docs]
    assert manifest["totals"]["signatures"] == sum(d["signatures"] for d in docs)
    for doc in docs:
        text = (folder / "seeds" / doc["file"]).read_text("utf-8")
        if doc["layout"] == "heading":
            assert 5 <= doc["signatures"] <= 60
        else:
            assert 2 <= doc["signatures"] <= 40
        assert doc["signatures"] == sum(s["named"] for s in doc["sections"])
        if doc["stated_total"] is not None:
            assert doc["stated_total"] > doc["signatures"]
        for section in doc["sections"]:
            if section["layout"] == "heading":
                written = _entry_lines(text, section)
            else:
                written = _entries_in_order(text, section)
            assert written == [e["text"] for e in section["entries"]], doc["file"]
            assert len(written) == section["named"]
            if section["more_stated"]:
                assert texts.MORE[section["language"]].format(n=section["more_stated"]) in text
            if section["as_of"]:
                day = date.fromisoformat(section["as_of"])
                as_written = texts.format_date(section["language"], day.year, day.month, day.day)
                if section["layout"] != "heading":  # an update stamp: [updated 26/03/2012]
                    as_written = generate.stamp_date(section["language"], day)
                assert as_written in section["heading"]
        # Every named organisation signs once per document.
        names = [e["name"] for s in doc["sections"] for e in s["entries"]]
        assert len(names) == len(set(names))
        if doc["created"]:
            assert doc["created"]["text"] in text
        for language in doc["languages"]:
            if doc["layout"] == "signers-in-title" and language == doc["languages"][0]:
                title = texts.TITLES_OF[language].split("{names}")[0]
            else:
                title = texts.TITLES[doc["genre"]][language]
            assert title in text
            for event in doc["events"]:
                assert any(
                    event in events and paragraph[language] in text
                    for events, paragraph in texts.PARAGRAPHS
                ), (doc["file"], event, language)


def test_corpus_has_the_variety_it_claims(tmp_path: Path) -> None:
    # 150 documents: in 40, one inline list (one heading in ten, of 25 names at most) may be
    # missing as the pool of organisations changes with the authority
    docs = generate.generate(150, 7, tmp_path)["documents"]
    styles = {s["style"] for d in docs for s in d["sections"] if s["layout"] == "heading"}
    assert styles == {"numbered", "bulleted", "inline"}
    assert {lang for d in docs for lang in d["languages"]} == set(texts.LANGUAGES)
    assert any(len(d["languages"]) == 2 for d in docs)
    assert any(len(d["sections"]) == 2 for d in docs)
    assert any(s["more_stated"] for d in docs for s in d["sections"])
    assert any(s["as_of"] for d in docs for s in d["sections"])
    assert {b for d in docs for b in d["boilerplate"]} >= {"navigation", "related-articles"}
    keys = [e["key"] for d in docs for s in d["sections"] for e in s["entries"]]
    assert 0.4 < sum(1 for k in keys if k) / len(keys) < 0.8  # authority and invented names


def test_the_layouts_of_issue_18_are_written_and_the_old_layout_is_unchanged(
    tmp_path: Path,
) -> None:
    manifest = generate.generate(150, 7, tmp_path)
    docs = manifest["documents"]
    assert {d["layout"] for d in docs} == set(generate.LAYOUTS)
    new = [d for d in docs if d["layout"] != "heading"]
    styles = {s["style"] for d in new for s in d["sections"]}
    assert styles == {"numbered", "bulleted", "dashed", "plain", "inline", "title"} | {
        "header-lines",
        "on-behalf",
    }
    assert any(s["fragments"] for d in new for s in d["sections"])  # cut lists
    assert any(d["stated_total"] for d in new if d["layout"] == "stated-total")
    assert any(s["as_of"] for d in new for s in d["sections"] if d["layout"] == "several-lists")
    assert {"header-date", "breadcrumbs", "share-footer"} <= {
        b for d in new for b in d["boilerplate"]
    }
    # A document of the layout of version 1 is the text version 1 wrote: its first heading
    # list is the document's only kind of section, and its text is found from its heading.
    for doc in docs:
        if doc["layout"] == "heading":
            assert {s["layout"] for s in doc["sections"]} == {"heading"}


def test_bank_paragraphs_are_in_their_language() -> None:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()
    for _, paragraph in texts.PARAGRAPHS:
        assert set(paragraph) == set(texts.LANGUAGES)
        for language, text in paragraph.items():
            found = detector.detect_language_of(text)
            assert found is not None and found.iso_code_639_1.name.lower() == language, text


def test_run_command_kills_a_step_that_runs_too_long() -> None:
    result = run.run_command([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert result["status"] == "timeout"
    assert result["wall_s"] < 5
    done = run.run_command([sys.executable, "-c", "import sys; sys.exit(3)"], timeout=30)
    assert (done["status"], done["exit_code"]) == ("failed", 3)
    assert done["peak_rss_mb"] > 1


def test_the_archive_bench_compares_every_output_byte_for_byte(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        for name in incremental.OUTPUTS:
            (folder / name).write_bytes(b"x" * 100_000 + name.encode())
    assert incremental.same_files(a, b)
    last = b / incremental.OUTPUTS[-1]
    last.write_bytes(last.read_bytes()[:-1] + b"!")
    assert not incremental.same_files(a, b)


COMPARED_THEN_STARTED = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import incremental, run
a, b = Path(sys.argv[2]), Path(sys.argv[3])
for folder in (a, b):
    folder.mkdir()
    for name in incremental.OUTPUTS:
        (folder / name).write_bytes(bytes(96 * 1024 * 1024))
assert incremental.same_files(a, b)
print(run.run_command(["/bin/true"], timeout=30)["peak_rss_mb"])
"""


def test_a_step_after_a_comparison_of_large_dumps_is_not_charged_for_it(tmp_path: Path) -> None:
    # the kernel reports a started process's peak as at least its parent's peak so far: had the
    # bench read both 96 MB dumps whole, /bin/true would be reported at 190 MB or more
    done = subprocess.run(
        [sys.executable, "-c", COMPARED_THEN_STARTED, str(BENCH), tmp_path / "a", tmp_path / "b"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert float(done.stdout) < 150, done.stdout


def test_a_baseline_is_skipped_when_extrapolation_exceeds_the_budget(tmp_path: Path) -> None:
    runner = run.Runner(
        sizes=[], seed=1, work=tmp_path, results=tmp_path / "r.json", timeout=60, budget=100
    )
    runner.data["sizes"] = [
        {"n": 10, "api": {"triples": 1_000}, "baselines": {"pyshacl": {"seconds": 2.0}}},
        {"n": 100, "api": {"triples": 10_000}, "baselines": {"pyshacl": {"seconds": 40.0}}},
    ]
    # 2 s -> 40 s for 10x the triples: cost ~ size^1.3, so 100,000 triples take about 800 s.
    why = runner.estimate("pyshacl", {"n": 1000, "api": {"triples": 100_000}})
    assert why is not None and why.startswith("skipped: estimated 8") and "size^1.30" in why
    assert runner.estimate("rdflib_turtle", {"n": 1000, "api": {"triples": 100_000}}) is None
    assert runner.estimate("pyshacl", {"n": 20, "api": {"triples": 2_000}}) is None


def _pipeline_ready() -> bool:
    try:
        return importlib.util.find_spec("kzld.parse") is not None and hasattr(
            importlib.import_module("kzld.parse"), "read_file"
        )
    except ImportError:
        return False


@pytest.mark.slow  # about 17 s: two builds, two checks and the baselines, each a new process
@pytest.mark.skipif(not _pipeline_ready(), reason="the reader (kzld.parse.read_file) is not in yet")
def test_runner_end_to_end(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    command = [sys.executable, str(BENCH / "run.py"), "--sizes", "2", "--seed", "3"]
    command += ["--work", str(tmp_path), "--results", str(results), "--startup-runs", "1"]
    command += ["--timeout", "120", "--skip", "pyshacl,pyshacl_faulted"]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    data = json.loads(results.read_text("utf-8"))
    assert {"command", "date", "machine", "versions", "startup", "sizes", "finished"} <= set(data)
    assert data["machine"]["cores"] >= 1 and data["machine"]["memory_gb"] > 0
    assert data["versions"]["rdflib"] and data["versions"]["pyshacl"]
    assert data["startup"]["kzld --help"]["status"] == "ok"
    (size,) = data["sizes"]
    assert size["corpus"]["documents"] == 2
    assert size["build_cli"]["status"] == "ok", size["build_cli"].get("stderr_tail")
    api = size["api"]
    assert api["status"] == "ok" and api["documents"] == 2 and api["triples"] > 0
    assert set(api["timings"]) >= {"read", "resolve", "map", "validate", "turtle", "jsonld"}
    assert api["identical_to_cli"] is True
    assert size["check"]["conforms"] is True and size["check"]["exit_code"] == 0
    assert size["check_faulted"]["conforms"] is False
    baselines = size["baselines"]
    for step in ("pyoxigraph_load", "rdflib_parse", "rdflib_turtle", "rdflib_jsonld", "truth"):
        assert baselines[step]["status"] == "ok", baselines[step]
    assert baselines["pyoxigraph_load"]["triples"] == api["triples"]
    assert baselines["pyshacl"] == {"status": "skipped", "reason": "skipped: --skip"}
    truth = baselines["truth"]["truth"]
    assert truth["signatures"]["expected_total"] == size["corpus"]["signatures"]
    assert size["ratios"]["rdflib_turtle_over_kzld_turtle"] is not None
    assert size["verdicts"]["graph"]["agree"] is True
    assert "| 2 |" in (tmp_path / "RESULTS.md").read_text("utf-8")
