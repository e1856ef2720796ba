"""Writing a file whole or not at all: the one home of kzld's temporary-file-and-rename step.

Every file kzld keeps for a later run (the build's state, the derived start-up data, the query
cache's answers, the kept whole-graph pages of ``kzld serve``) is written to a temporary file in
its own folder and then renamed over its name, so that a reader, or the next run after a crash,
sees the old file or the new one and never half of one. Whether a failure matters is the
caller's concern: a cache may shrug it off, the state must not.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["TEMPORARY_PREFIX", "write_whole"]

#: How the names of temporary files begin (hidden, and known to those who clean them up).
TEMPORARY_PREFIX = ".tmp-"


def write_whole(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` through a temporary file beside it, then rename it into place.

    On any failure the temporary file is removed and the error raised; ``path`` is then as it
    was before.
    """
    handle, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
