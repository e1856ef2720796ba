"""Quotation marks around a name: which marks open and close one, and the one pattern of a name in
quotation marks ("«X»", "„X“", "“X”", ""X"", and where asked "‘X’", "'X'") that the reader and
the resolver both look for."""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "ANY_CLOSING",
    "ANY_OPENING",
    "CLOSING",
    "OPENING",
    "SINGLE_CLOSING",
    "SINGLE_OPENING",
    "quoted_name",
]

#: The double quotation marks that open a name, and those that close one.
OPENING = '"«“„'
CLOSING = '"»”“'
#: The single quotation marks some texts quote a name with (an apostrophe among them).
SINGLE_OPENING = "‘'"
SINGLE_CLOSING = "’'"
#: Every quotation mark that opens a name, double or single, and every one that closes one.
ANY_OPENING = OPENING + SINGLE_OPENING
ANY_CLOSING = CLOSING + SINGLE_CLOSING
#: The fewest and the most characters of a quoted name.
SHORTEST, LONGEST = 2, 80


@cache
def quoted_name(*, single: bool = False) -> re.Pattern[str]:
    """A name in quotation marks, as group ``name``: no quotation mark inside it, between
    :data:`SHORTEST` and :data:`LONGEST` characters; in single quotation marks too when
    ``single`` (an enumeration's "‘A’, ‘B’")."""
    opening = ANY_OPENING if single else OPENING
    closing = ANY_CLOSING if single else CLOSING
    marks = "".join(sorted(set(opening + closing)))
    return re.compile(
        rf"[{re.escape(opening)}](?P<name>[^{re.escape(marks)}]{{{SHORTEST},{LONGEST}}})"
        rf"[{re.escape(closing)}]"
    )
