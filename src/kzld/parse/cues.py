"""The reader's cue words (``cues.yaml``), loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["vocabulary"]


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed ``cues.yaml`` shipped next to this module."""
    with (Path(__file__).parent / "cues.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data
