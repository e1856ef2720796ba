"""The pages that need the whole graph (the index, the search index, the network picture, the
matrix), kept in a folder beside the store they were made from.

They take long to make on a big graph, so :mod:`kzld.serve.whole` makes them once, at low
priority, in a process of its own, and the live pages (:mod:`kzld.serve.pages`) serve them once
they are there. Beside an on-disk store that outlives the command (:mod:`kzld.query.cache`), they
are kept under a digest of the code that renders them, so a later ``kzld serve`` of the same file
with the same kzld has them at once; a folder of other code is removed.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import kzld

from ..files import write_whole

__all__ = [
    "COMPILED",
    "COMPLETE",
    "FILES",
    "KEPT_DIR",
    "code_digest",
    "is_complete",
    "kept_file",
    "kept_folder",
    "write",
]

#: The folder, inside a store's, that holds the pages kept for it.
KEPT_DIR = "kzld-pages"
#: Each whole-graph page by its path under the site's root, with the file that holds it.
FILES = {
    "": "index.html",
    "search.json": "search.json",
    "network.svg": "network.svg",
    "matrix/": "matrix.html",
}
#: The page of one year of the matrix (see :func:`kzld.site.matrix.years`) or of the list of
#: statements (:func:`kzld.site.content.statements_page`).
_YEAR = re.compile(r"(matrix|statements)/([0-9]{4}|undated)/")
#: Written last, once every page is there.
COMPLETE = "complete"
#: The folder, inside the kept pages', of the site's templates once compiled (for the code that
#: the folder is kept for; see :func:`kzld.site.render.environment`).
COMPILED = "compiled"

_PACKAGE = Path(kzld.__file__).parent


def code_digest() -> str:
    """16 hex digits naming the code that renders the pages: kzld's version and the files of
    the site and of ``kzld serve`` (templates and static files included)."""
    digest = hashlib.sha256(kzld.__version__.encode())
    for folder in ("site", "serve"):
        for path in sorted((_PACKAGE / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".html", ".css", ".js", ".svg", ".json"):
                digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def kept_folder(store: Path) -> Path:
    """The folder of the pages kept for the store folder ``store`` by this code (made if
    missing); the folders of other code are removed."""
    parent = store / KEPT_DIR
    folder = parent / code_digest()
    folder.mkdir(parents=True, exist_ok=True)
    for other in parent.iterdir():
        if other != folder and not other.name.startswith("."):
            shutil.rmtree(other, ignore_errors=True)
    return folder


def kept_file(path: str) -> str | None:
    """The file that holds the whole-graph page at ``path`` (its URL path under the site's
    root: ``matrix/``, ``matrix/2024/``, ``statements/2024/``), or None when ``path`` is not
    such a page."""
    year = _YEAR.fullmatch(path)
    return f"{year.group(1)}-{year.group(2)}.html" if year is not None else FILES.get(path)


def is_complete(folder: Path) -> bool:
    """Whether every page is in ``folder``."""
    return (folder / COMPLETE).is_file()


def write(folder: Path, name: str, data: bytes) -> None:
    """Write ``data`` as ``folder/name``, whole or not at all."""
    write_whole(folder / name, data)
