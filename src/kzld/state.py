"""The build's state directory (``OUT/.kzld-state/``): what a build keeps for the next one.

Two things live there, both only data (JSON), both safe to delete at any time:

- ``documents/``: what the reader made of each text (:mod:`kzld.model.codec`), one file per
  text, named by a digest of the text's name and bytes and of kzld itself (its code, its
  shipped data and the libraries it reads with). A text unchanged since the last build is not
  read again. Reading does not look at the authority or the gazetteer, so a changed authority
  leaves these entries valid; resolution, mapping and validation run again over the whole
  corpus (the resolver's decisions are corpus-wide).
- ``build.json``: the record of the last build: a digest of every input (the texts' names and
  bytes, the authority, gazetteer, shapes and ontology files, kzld, the base IRI, the engine)
  and the sha256 of each file it wrote, with the file's identity (size, inode, modification and
  change times). When the inputs are the same and the files in the output folder still have
  those digests, a build has nothing to do and ``--check`` answers at once. A file whose identity
  is unchanged is not read again: any write to a file moves its change time, which no user can
  set back. A file with another identity is hashed: edited by hand, it is stale; copied or
  checked out again with the same bytes, it is not.

The state is written only after the outputs, by a build that succeeded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson

from .model.codec import from_json, to_json
from .model.records import Document
from .resources import authority_dir, ontology_dir, shapes_dir

__all__ = ["STATE_DIR", "BuildRecord", "BuildState", "code_digest"]

#: The state directory's name inside the output folder.
STATE_DIR = ".kzld-state"
#: The version of the state directory's layout; a different one is ignored (and replaced).
LAYOUT = 1
#: The libraries whose behaviour the output depends on (their versions are part of every key).
LIBRARIES = (
    "Babel",
    "lingua-language-detector",
    "orjson",
    "PyLD",
    "pyoxigraph",
    "pyshacl",
    "PyYAML",
    "rapidfuzz",
    "rdflib",
    "shacl",
)


def _file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _tree_digest(root: Path, into: Any) -> None:
    """Feed every file under ``root`` (path and bytes; caches left out) into ``into``."""
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file() or path.suffix == ".pyc":
            continue
        into.update(f"{path.relative_to(root).as_posix()}\0{_file_digest(path)}\n".encode())


@cache
def code_digest() -> str:
    """A digest of kzld itself: its code and shipped files, and the libraries' versions."""
    digest = hashlib.sha256(f"layout {LAYOUT}\n".encode())
    _tree_digest(Path(__file__).resolve().parent, digest)
    for library in LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{library} {version}\n".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Inputs:
    """Everything a build's output depends on, as digests."""

    #: source file name -> sha256 of its bytes (``None``: it could not be read)
    texts: dict[str, str | None]
    #: the digest of all inputs together
    digest: str

    def document_key(self, name: str) -> str | None:
        """The cache key of the text ``name``: its name and bytes, and kzld itself."""
        text = self.texts.get(name)
        if text is None:
            return None
        return hashlib.sha256(f"{code_digest()}\0{name}\0{text}".encode()).hexdigest()


@dataclass(frozen=True)
class BuildRecord:
    """What the last successful build wrote (file name -> sha256) and what it counted."""

    inputs: str
    #: file name -> (sha256, identity when written)
    outputs: dict[str, tuple[str, list[int]]]
    counts: dict[str, Any]

    def stale(self, out: Path) -> tuple[Path, ...]:
        """The files in ``out`` that are not what this build wrote (missing, or other bytes)."""
        return tuple(
            out / name
            for name, (digest, identity) in self.outputs.items()
            if not _unchanged(out / name, digest, identity)
        )


def _identity(path: Path) -> list[int]:
    """What tells a file from any other file or any other content of it, short of its bytes."""
    found = path.stat()
    return [found.st_size, found.st_ino, found.st_dev, found.st_mtime_ns, found.st_ctime_ns]


def _unchanged(path: Path, digest: str, identity: list[int]) -> bool:
    try:
        return _identity(path) == identity or _file_digest(path) == digest
    except OSError:
        return False


class BuildState:
    """The state directory of the output folder ``out``."""

    def __init__(self, out: Path) -> None:
        self.root = out / STATE_DIR
        self.documents = self.root / "documents"
        #: the keys of the documents :meth:`document` found
        self.found: set[str] = set()

    def inputs(self, sources: Iterable[Path], settings: Mapping[str, object]) -> Inputs:
        """The digests of ``sources``, of the curated data, shapes and ontology, of kzld, and of
        ``settings`` (the build's options that change its output)."""
        texts: dict[str, str | None] = {}
        for path in sources:
            try:
                texts[path.name] = _file_digest(path)
            except OSError:
                texts[path.name] = None
        digest = hashlib.sha256(code_digest().encode())
        digest.update(orjson.dumps(settings, option=orjson.OPT_SORT_KEYS))
        digest.update(orjson.dumps(texts, option=orjson.OPT_SORT_KEYS))
        for folder in (authority_dir(), shapes_dir(), ontology_dir()):
            _tree_digest(folder, digest)
        return Inputs(texts, digest.hexdigest())

    def document(self, key: str | None) -> Document | None:
        """The document kept under ``key``, or None (none kept, or unreadable: read the text)."""
        if key is None:
            return None
        try:
            document = from_json(Document, (self.documents / f"{key}.json").read_bytes())
        except (OSError, ValueError, TypeError, KeyError):
            return None
        self.found.add(key)
        return document

    def record(self, inputs: Inputs) -> BuildRecord | None:
        """The record of the last build when it was made from ``inputs``, else None."""
        try:
            data = orjson.loads((self.root / "build.json").read_bytes())
            outputs = {
                str(name): (str(digest), list(map(int, identity)))
                for name, (digest, identity) in data["outputs"].items()
            }
            record = BuildRecord(data["inputs"], outputs, dict(data["counts"]))
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return record if record.inputs == inputs.digest else None

    def save(
        self,
        inputs: Inputs,
        out: Path,
        outputs: Mapping[str, bytes],
        counts: Mapping[str, Any],
        documents: Mapping[str, bytes],
    ) -> None:
        """Keep the record of a build that wrote ``outputs`` into ``out``, and the documents it read
        (``documents``: key -> :func:`~kzld.model.codec.to_json` bytes, for the texts read anew).
        Entries no text of this build has are removed. The state is a cache: a failure to write
        it leaves none (the next build reads everything again) rather than failing the build."""
        try:
            self.documents.mkdir(parents=True, exist_ok=True)
            for key, data in documents.items():
                _write(self.documents / f"{key}.json", data)
            keep = {f"{kept}.json" for name in inputs.texts if (kept := inputs.document_key(name))}
            for entry in os.scandir(self.documents):
                if entry.name not in keep:
                    os.unlink(entry.path)
            digests = {
                name: (hashlib.sha256(data).hexdigest(), _identity(out / name))
                for name, data in outputs.items()
            }
            record = {
                "inputs": inputs.digest,
                "outputs": digests,
                "counts": dict(counts),
            }
            _write(self.root / "build.json", orjson.dumps(record, option=orjson.OPT_INDENT_2))
        except OSError:
            shutil.rmtree(self.root, ignore_errors=True)

    @staticmethod
    def encode(document: Document) -> bytes:
        """``document`` as kept in the state directory."""
        return to_json(document)


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so no reader sees half of it."""
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
