"""Web and e-mail addresses as a text writes them: the one home of their patterns.

A web address opens with its scheme or with ``www.`` ("https://xandia.example/news",
"www.xandia.example"); an e-mail address holds an "@" ("press@xandia.example"). The readers ask
whether a line holds one (a list's entry, an organisation's name, a sender's name hold none),
take the addresses out of a line before reading its language or its links, and the resolver
finds no name inside one. A site's address written with neither ("example.org | News") is told
by its top-level domain (:func:`site_address`).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

__all__ = [
    "CONTACT_ADDRESS",
    "DOMAIN",
    "SCHEMED_ADDRESS",
    "WEB_ADDRESS",
    "WEB_OPENING",
    "holds_address",
    "holds_web_address",
    "opens_with_web_address",
    "site_address",
]

#: How a web address opens (a pattern's text): its scheme, or ``www.``.
WEB_OPENING = r"https?://|www\."
#: A web address, from its scheme or ``www.`` to the next space.
WEB_ADDRESS = re.compile(rf"(?:{WEB_OPENING})\S+")
#: A web address written with its scheme, to the next space: a link a line gives.
SCHEMED_ADDRESS = re.compile(r"https?://\S+")
#: An e-mail address or a web site's with a dot in its domain, as a letterhead gives its sender's
#: ("info@xuf.example", "www.xuf.example").
CONTACT_ADDRESS = re.compile(
    rf"[\w.+-]+@[\w-]+\.[\w.-]+|(?:{WEB_OPENING})[\w-]+\.[\w./-]+", re.IGNORECASE
)
#: A site's name before its top-level domain (casefolded), ``www.`` perhaps before it.
_HOST = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
#: A site's domain (casefolded): "example.org", "www.example.md".
DOMAIN = rf"{_HOST}\.[a-z]{{2,24}}"
#: The generic top-level domains of news and organisations' sites (a country's is its code).
_GENERIC_DOMAINS = frozenset({"com", "org", "net", "info", "biz", "edu", "gov", "int", "eu"})

_OPENING = re.compile(WEB_OPENING)
#: A web address or an e-mail address somewhere in a text.
_ANY_ADDRESS = re.compile(rf"{WEB_OPENING}|@")


def opens_with_web_address(text: str) -> bool:
    """True when ``text`` opens with a web address ("www.xandia.example ...")."""
    return _OPENING.match(text) is not None


def holds_web_address(text: str) -> bool:
    """True when ``text`` holds a web address somewhere."""
    return _OPENING.search(text) is not None


def holds_address(text: str) -> bool:
    """True when ``text`` holds a web address or an e-mail address (or a handle: an "@")."""
    return _ANY_ADDRESS.search(text) is not None


@cache
def site_address() -> re.Pattern[str]:
    """A site's address anywhere in a line (casefolded), as a word of its own or glued to a mark
    ("Gabung Example.com+", "Follow us on example.org"), ending with a generic top-level domain
    or a country's code (CLDR through Babel): not inside an e-mail address or a path, and not a
    name written with a dot ("zet.di", "St.Petersburg")."""
    codes = {c.lower() for c in map(str, Locale("en").territories) if c.isalpha()}
    ends = "|".join(sorted(codes | _GENERIC_DOMAINS))
    return re.compile(rf"(?<![\w@./]){_HOST}\.(?:{ends})(?![\w@/-]|\.\w)")
