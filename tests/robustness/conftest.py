"""Shared fixtures of the robustness suite: a guard that fails on any network use or stray read.

:func:`sealed` installs an audit hook (``sys.addaudithook``) that records every ``socket.connect``
(and the other socket calls that reach the network) and every ``open`` of a path outside the
allowed roots: the test's own input folder, the package and its data, the interpreter's library,
the virtual environment and the folder of what kzld derives and keeps between runs
(:func:`kzld.derived.cache_dir`: kzld's own, written by it, never the user's input). A hook
cannot be removed, so it stays installed for the process and records only while a test has it
switched on.
"""

from __future__ import annotations

import os
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import kzld
from kzld.derived import cache_dir
from kzld.resources import data_dir
from kzld.validate.engines import ENGINE_FILE_PREFIX

#: The audit events that mean the code tried to reach another machine.
NETWORK_EVENTS = {
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "urllib.Request",
    "http.client.connect",
}


@dataclass
class Seal:
    """What the guard saw while switched on."""

    allowed: list[str] = field(default_factory=list)
    network: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)
    stray_opens: list[str] = field(default_factory=list)
    on: bool = False

    def allow(self, path: Path) -> None:
        """Let the code read under ``path`` (the test's input)."""
        self.allowed.append(os.path.realpath(path))


_SEAL = Seal()


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _SEAL.on:
        return
    if event in NETWORK_EVENTS:
        _SEAL.network.append((event, args))
        raise ConnectionRefusedError(f"robustness tests: {event} is forbidden")
    if event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
        raw = args[0]
        path = os.path.realpath(os.fsdecode(raw) if not isinstance(raw, str) else raw)
        allowed = _own_temporary(path) or any(
            path == root or path.startswith(root + os.sep) for root in _SEAL.allowed
        )
        if not allowed and os.path.exists(path):
            _SEAL.stray_opens.append(path)
            raise PermissionError(f"robustness tests: opening {path} is forbidden")


def _own_temporary(path: str) -> bool:
    """A private file kzld writes and reads back (the SHACL engine's input): not a stray read."""
    folder, name = os.path.split(path)
    return folder == os.path.realpath(tempfile.gettempdir()) and name.startswith(ENGINE_FILE_PREFIX)


sys.addaudithook(_hook)


def _package_roots() -> list[str]:
    roots = {
        Path(kzld.__file__).parent,
        Path(__file__).parent,  # pytest reads the tests to show a failure
        *(data_dir(name) for name in ("ontology", "shapes", "authority", "queries")),
        Path(sysconfig.get_paths()["stdlib"]),
        Path(sysconfig.get_paths()["purelib"]),
        Path(sysconfig.get_paths()["platlib"]),
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path("/dev/null"),
        Path("/dev/urandom"),
    }
    kept = cache_dir()  # read whether an earlier test of the process made its values or not
    return [os.path.realpath(p) for p in (*roots, *([kept] if kept else []))]


@pytest.fixture
def sealed(tmp_path: Path) -> Iterator[Seal]:
    """Fail the test on any network use or any open outside ``tmp_path`` and the package."""
    _SEAL.allowed = [*_package_roots(), os.path.realpath(tmp_path)]
    _SEAL.network.clear()
    _SEAL.stray_opens.clear()
    _SEAL.on = True
    try:
        yield _SEAL
    finally:
        _SEAL.on = False
    assert not _SEAL.network, f"network used: {_SEAL.network}"
    assert not _SEAL.stray_opens, f"files opened outside the input: {_SEAL.stray_opens}"
