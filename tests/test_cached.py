"""The look-ups a build's main process remembers for every text it resolves and maps (the
country tables', the resolver's, the mapping's) keep at most :data:`~kzld.limits.CACHED`
answers each, so that the process does not grow with the archive."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

import kzld
from kzld.limits import CACHED

#: The packages whose look-ups run in the main process for each text.
PACKAGES = ("kzld.model", "kzld.resolve", "kzld.mapping")


def remembered() -> list[tuple[str, Any]]:
    """Every function of those packages that keeps answers in a bounded cache, by name."""
    found = {}
    for info in pkgutil.walk_packages(kzld.__path__, "kzld."):
        if not info.name.startswith(PACKAGES):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            kept = hasattr(type(value), "cache_info")  # not asked of a namespace class
            if kept and value.__module__ == info.name:
                found[f"{info.name}.{name}"] = value
    return sorted(found.items())


def test_the_look_ups_are_found() -> None:
    names = [name for name, _ in remembered()]
    assert "kzld.resolve.orgs.names.normalise" in names
    assert "kzld.model.countries._countries_in" in names
    assert len(names) >= 20


@pytest.mark.parametrize(("name", "function"), remembered())
def test_a_look_up_keeps_at_most_cached_answers(name: str, function: Any) -> None:
    maxsize = function.cache_info().maxsize
    assert maxsize is None or maxsize <= CACHED, name
