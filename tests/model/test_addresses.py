"""Web and e-mail addresses: the patterns every reader asks of a line."""

from __future__ import annotations

import pytest

from kzld.model.addresses import (
    CONTACT_ADDRESS,
    SCHEMED_ADDRESS,
    WEB_ADDRESS,
    holds_address,
    holds_web_address,
    opens_with_web_address,
    site_address,
)


@pytest.mark.parametrize(
    ("text", "opens", "holds", "any_address"),
    [
        ("https://xandia.example/news", True, True, True),
        ("www.xandia.example", True, True, True),
        ("Read it at http://xandia.example", False, True, True),
        ("Write to press@xandia.example", False, False, True),
        ("Workers' Party of Zetland", False, False, False),
        ("ftp://xandia.example", False, False, False),
    ],
)
def test_whether_a_text_opens_with_or_holds_an_address(
    text: str, opens: bool, holds: bool, any_address: bool
) -> None:
    assert opens_with_web_address(text) is opens
    assert holds_web_address(text) is holds
    assert holds_address(text) is any_address


def test_web_addresses_run_to_the_next_space() -> None:
    text = "See www.xandia.example/a and https://zet.example/b, or mail@zet.example."
    assert WEB_ADDRESS.findall(text) == ["www.xandia.example/a", "https://zet.example/b,"]
    assert SCHEMED_ADDRESS.findall(text) == ["https://zet.example/b,"]


def test_a_letterheads_contact_addresses_need_a_dot_in_their_domain() -> None:
    text = "PO Box 12, INFO@XUF.EXAMPLE, WWW.XUF.EXAMPLE, www.local, me@host"
    assert CONTACT_ADDRESS.findall(text) == ["INFO@XUF.EXAMPLE", "WWW.XUF.EXAMPLE"]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("follow us on xandia.org", "xandia.org"),
        ("gabung xandia.zt+", None),
        ("gabung xandia.de+", "xandia.de"),
        ("press@xandia.org", None),
        ("zet.di", None),
    ],
)
def test_a_sites_address_ends_with_a_known_top_level_domain(line: str, found: str | None) -> None:
    match = site_address().search(line)
    assert (match.group() if match else None) == found
