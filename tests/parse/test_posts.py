"""The posts of ``signer_roles`` (``cues.yaml``) as :func:`~kzld.parse.names.is_post` and
:func:`~kzld.parse.names.person_line` read them: every post of the data, in every language it
is written in, is a post alone and, after a person's name, says the person signs for the
organisation after it; the longest post is read ("secretary general", not "secretary").
Names are made up."""

from __future__ import annotations

import pytest

from kzld.model.folding import fold
from kzld.parse.cues import vocabulary
from kzld.parse.names import is_post, person_line

#: Every post of the data as a reader meets it: folded, a stem without its ``*``.
POSTS = sorted({fold(str(role)).rstrip("*") for role in vocabulary()["signer_roles"]})


def test_the_data_has_posts_of_one_and_of_several_words() -> None:
    assert any(" " in post for post in POSTS)
    assert any(" " not in post for post in POSTS)


@pytest.mark.parametrize("post", POSTS)
def test_every_post_is_a_post_alone_and_not_with_a_name_before_it(post: str) -> None:
    assert is_post(post)
    assert is_post(post.capitalize() + ",")
    assert not is_post(f"Xandia {post}")
    assert not is_post(f"{post} Xandia Zetland Xandia")


@pytest.mark.parametrize("post", POSTS)
def test_a_person_with_any_post_signs_for_the_organisation_after_it(post: str) -> None:
    raw = f"Jane Roe, {post} of the XKP"
    assert person_line(raw) == ("signer", raw.index("XKP"))


def test_the_longest_post_is_read() -> None:
    assert "secretary" in POSTS and "secretary general" in POSTS
    raw = "Jane Roe, secretary general of the Workers' Party of Zetland"
    assert person_line(raw) == ("signer", raw.index("Workers'"))
    assert person_line("Jane Roe, secretary general") == ("person", -1)


def test_an_inflected_last_word_is_the_post() -> None:
    assert "genel baskan" in POSTS
    assert is_post("Genel Başkanı")
    assert not is_post("Genelde Başkanı")
