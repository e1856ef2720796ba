"""Installed from a wheel, outside the repository, kzld still finds everything it ships."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_wheel_ships_its_data_and_builds_outside_the_repository(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=240,
    )
    (wheel,) = wheels.glob("kzld-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in (
        "kzld/_data/ontology/kzld.ttl",
        "kzld/_data/ontology/context.jsonld",
        "kzld/_data/authority/organisations.yaml",
        "kzld/parse/cues.yaml",
        "kzld/py.typed",
    ):
        assert shipped in names, shipped
    assert any(n.startswith("kzld/_data/shapes/") and n.endswith(".ttl") for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "seeds", work / "seeds")
    # the unpacked wheel comes first on the path, before the editable checkout
    env = {**os.environ, "PYTHONPATH": str(site)}
    script = (
        "import sys, kzld, kzld.resources as r; from kzld.cli import main;"
        "print(kzld.__file__); print(r.ontology_dir()); sys.argv = ['kzld', *sys.argv[1:]]; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "build", "--seeds", "seeds", "--out", "out"],
        cwd=work, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    where, ontology, summary = result.stdout.splitlines()[:3]
    assert Path(where).is_relative_to(site)
    assert Path(ontology) == site / "kzld" / "_data" / "ontology"
    assert summary.startswith("Built 5 documents")
    assert (work / "out" / "kzld.ttl").read_bytes() == (ROOT / "out" / "kzld.ttl").read_bytes()
