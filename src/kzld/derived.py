"""Data kzld derives from its own files and its libraries' data each time it starts (the month
names gathered from CLDR through Babel, the verdicts on a shapes file's SPARQL, the programs of
its largest regular expressions), kept between runs in the user's cache folder so that a run
that needs them does not make them again.

A kept value is stored with the key it was made under, a digest of everything it is made from:

- kzld's own code and data: every ``.py``, ``.yaml`` and ``.json`` file of the package and
  every file of the shipped ``authority/``, ``ontology/`` and ``shapes/`` (read once a process)
  but the organisation authority (``organisations.yaml``): a value made from it names what it
  read of it as an input, so that editing one organisation leaves the other values kept,
- Python's version (Unicode's tables, the regular expressions),
- each library the value reads: its version and the size and time of its installed files,
- any other input the caller names (the text of a query).

A change to any of them is another key, so a value is never taken from a file made from other
inputs. A file that cannot be read, does not parse, fails its checksum or was made under another
key is ignored and made again; where the folder cannot be written, the value is made each time,
as without a cache. Files are written beside their place and moved over it, so a reader never
sees half of one.

The folder is ``$KZLD_CACHE_DIR`` when set (set empty: nothing is kept), else
``$XDG_CACHE_HOME/kzld`` (when that is an absolute path, as the XDG base directory specification
asks), else ``~/.cache/kzld``. Nothing is read or written at import time.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from .files import write_whole
from .resources import data_dir

__all__ = ["CACHE_ENV", "FORMAT", "cache_dir", "compiled", "kept", "package_digest"]

#: The environment variable naming the cache folder (empty: keep nothing).
CACHE_ENV = "KZLD_CACHE_DIR"
#: The layout of a kept file; a new layout is a new key.
FORMAT = 1
#: The files of the package whose bytes are part of every key.
_OWN_SUFFIXES = (".py", ".yaml", ".json")
#: The shipped folders (:mod:`kzld.resources`) whose files are part of every key.
_DATA = ("authority", "ontology", "shapes")

#: The organisation authority, in the shipped ``authority/``: left out of every key (see above).
_ORGANISATIONS = "organisations.yaml"

_PACKAGE = Path(__file__).resolve().parent

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The folder kept values go to, or None when the user asked for none."""
    given = os.environ.get(CACHE_ENV)
    if given is not None:
        return Path(given) if given else None
    home = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG base directory specification: a relative path is invalid and ignored.
    return (Path(home) if os.path.isabs(home) else Path.home() / ".cache") / "kzld"


@cache
def package_digest() -> str:
    """The SHA-256 of kzld's own code and data files (names and bytes) but the organisation
    authority, and of Python's version."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}\0".encode())
    files = [path for path in _PACKAGE.rglob("*") if path.suffix in _OWN_SUFFIXES]
    left_out = set()
    for name in _DATA:
        try:
            folder = data_dir(name)
        except FileNotFoundError:
            digest.update(f"no {name}\0".encode())
            continue
        files += folder.rglob("*")
        left_out.add(folder / _ORGANISATIONS)
    for path in sorted(set(files) - left_out):
        if path.is_file():
            digest.update(path.as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _library(module: ModuleType) -> str:
    """What identifies the installed ``module``: its version, and the size and time of the
    folder it was loaded from and of its ``__init__`` (a reinstall changes them)."""
    version = str(getattr(module, "__version__", ""))
    where = Path(module.__file__ or "")
    marks = []
    for path in (where, where.parent):
        try:
            stat = path.stat()
        except OSError:
            marks.append("-")
        else:
            marks.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return f"{module.__name__} {version} {where} {' '.join(marks)}"


def _key(name: str, libraries: Iterable[ModuleType], inputs: Iterable[str]) -> str:
    digest = hashlib.sha256(f"{name}\0{package_digest()}\0".encode())
    for module in libraries:
        digest.update(_library(module).encode() + b"\0")
    for text in inputs:
        digest.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def kept(
    name: str,
    make: Callable[[], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
    *,
    libraries: Iterable[ModuleType] = (),
    inputs: Iterable[str] = (),
) -> T:
    """The value ``make()`` gives, taken from the file ``name`` of the cache folder when it was
    kept there under the same key (see the module's docstring), else made and kept.

    ``encode`` turns the value into what :mod:`json` writes, ``decode`` turns that back (it may
    raise ``ValueError``, ``TypeError``, ``KeyError`` or ``AttributeError`` on what it does not
    expect: the file is then made again). ``libraries`` are the modules whose installed data the
    value is made from; ``inputs`` any other text it is made from. ``name`` is a relative path
    of plain words (``"cldr/months"``).
    """
    folder = cache_dir()
    if folder is None:
        return make()
    key = _key(name, libraries, inputs)
    path = folder / f"{name}.json"
    found = _read(path, key)
    if found is not None:
        try:
            return decode(found[0])
        except (ValueError, TypeError, KeyError, AttributeError):
            pass  # spoilt in a way the checksum cannot see: made again below
    value = make()
    _write(path, key, encode(value))
    return value


def _read(path: Path, key: str) -> tuple[Any] | None:
    """The value kept in ``path`` under ``key`` (in a tuple, as it may be None), or None."""
    try:
        kept = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("key") != key or "value" not in kept:
        return None
    if kept.get("sha256") != _checksum(kept["value"]):
        return None
    return (kept["value"],)


def _checksum(value: Any) -> str:
    return hashlib.sha256(_dumped(value)).hexdigest()


def _dumped(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _write(path: Path, key: str, value: Any) -> None:
    """Keep ``value`` under ``key`` in ``path``; nothing happens where it cannot be written."""
    data = _dumped({"key": key, "sha256": _checksum(value), "value": value})
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, data)


#: What CPython's regular expression engine makes a pattern object of (see :func:`_program`).
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, the program Python's regular expression compiler makes of
    it kept between runs (:func:`kept`, under the pattern, the flags and the engine's version):
    a pattern of many thousand alternatives (every language's month names) takes a tenth of a
    second to compile, and its kept program a few milliseconds to read. The same pattern object
    as ``re.compile`` makes; where this Python's compiler is not the one expected, or the kept
    program is refused, it is compiled as usual."""
    try:
        engine: Any = importlib.import_module("_sre")
        name = "patterns/" + hashlib.sha256(f"{int(flags)}\0{pattern}".encode()).hexdigest()[:32]
        program = kept(
            name,
            lambda: _program(pattern, flags),
            list,
            _program_read,
            inputs=(pattern, str(int(flags)), str(engine.MAGIC)),
        )
        found: re.Pattern[str] = engine.compile(pattern, *program)
        return found
    except (AttributeError, TypeError, ValueError, RuntimeError):  # not CPython's compiler
        return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> Program:
    """What ``re.compile`` hands CPython's engine for ``pattern``: the flags, the program, the
    number of groups and the groups' names both ways (as ``re._compiler.compile`` makes them)."""
    compiler: Any = importlib.import_module("re._compiler")
    parsed = compiler._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    names: list[str | None] = [None] * parsed.state.groups
    for group, index in parsed.state.groupdict.items():
        names[index] = group
    return _with_names(flags | parsed.state.flags, code, parsed.state.groups - 1, names)


def _with_names(flags: int, code: list[int], groups: int, names: list[str | None]) -> Program:
    # the names by number, and the numbers by name in the order of the groups (as the parser
    # makes them: what ``Match.groupdict`` gives them in)
    numbers = {name: index for index, name in enumerate(names) if name is not None}
    return flags, code, groups, numbers, tuple(names)


def _program_read(value: Any) -> Program:
    """The program :func:`_program` made, as :func:`kept` read it back (a JSON object's keys
    are written sorted: the numbers by name are made again from the names by number)."""
    flags, code, groups, _, names = value
    if not all(type(one) is int for one in code):
        raise ValueError("not a program")
    if not all(name is None or isinstance(name, str) for name in names):
        raise ValueError("not a program")
    return _with_names(int(flags), code, int(groups), list(names))
