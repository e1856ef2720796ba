"""Answers a resolver keeps to give again: a bounded memory, the least recently given let go first.

:class:`Kept` holds the resolver's decisions (:class:`~kzld.resolve.orgs.resolver.Decisions`)
and the index's candidates' evidence for a reading
(:meth:`~kzld.resolve.orgs.candidates.AuthorityIndex.candidates`): each made again, with the
same answer, when asked after it was let go. A recorder of what a text consults keeps, beside
each answer, what making it consulted (:mod:`kzld.resolve.orgs.consulted`).
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["Kept"]

_K = TypeVar("_K")
_V = TypeVar("_V")


class Kept(dict[_K, _V]):
    """Answers kept to be given again (``kept`` at most); one let go is made again when asked,
    with the same answer."""

    def __init__(self, kept: int) -> None:
        super().__init__()
        self.kept = kept

    def get(self, key: _K, default: Any = None) -> Any:
        if not super().__contains__(key):
            return default
        value = super().pop(key)  # given again: the most recently given now
        super().__setitem__(key, value)
        return value

    def __setitem__(self, key: _K, value: _V) -> None:
        super().__setitem__(key, value)
        if len(self) > self.kept:
            self.let_go(next(iter(self)))

    def let_go(self, key: _K) -> None:
        """Forget the answer kept under ``key``."""
        super().__delitem__(key)
