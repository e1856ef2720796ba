"""Type words read by their meaning in more languages: a league written in Chinese characters
and Hangul, an alliance met by a league (translations swap the two, as "同盟" is translated
"League"), "social democratic" contracted in Chinese characters and Hangul ("社民", "사민"),
the own words read by their meaning that names of associations translate word for word
(research, the media, associative, respect), and a foundation, a kind of organisation in every
language. The organisations are made up; the countries are real, so that the names state one."""

from __future__ import annotations

import pytest

from kzld.resolve.orgs.analysis import signature
from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from tests.resolve.resolving import keys_of

LEAGUE = AuthorityEntry(
    key="democratic-youth-league-of-peru",
    name="Democratic Youth League of Peru",
    country="PE",
    kinds=("youth-organisation",),
)
ALLIANCE = AuthorityEntry(
    key="democratic-youth-alliance-of-peru",
    name="Democratic Youth Alliance of Peru",
    country="PE",
    kinds=("youth-organisation",),
)
SOCIAL_DEMOCRATS = AuthorityEntry(
    key="social-democratic-party-of-peru",
    name="Social Democratic Party of Peru",
    country="PE",
    kinds=("party",),
)


@pytest.mark.parametrize(
    "written",
    [
        "秘鲁民主青年联盟",  # Chinese, simplified: league
        "秘魯民主青年聯盟",  # traditional
        "페루 민주청년연맹",  # Korean
        "Alianza de la Juventud Democrática del Perú",  # Spanish: an alliance
        "ペルー民主青年同盟",  # Japanese: 同盟, an alliance
    ],
)
def test_a_league_is_met_in_characters_hangul_and_as_an_alliance(written: str) -> None:
    assert keys_of(Authority((LEAGUE,)), [written]) == [LEAGUE.key]


def test_an_alliance_is_the_alliance_where_both_are_known() -> None:
    authority = Authority((LEAGUE, ALLIANCE))
    assert keys_of(
        authority,
        ["Alianza de la Juventud Democrática del Perú", "Liga de la Juventud Democrática del Perú"],
    ) == [ALLIANCE.key, LEAGUE.key]


@pytest.mark.parametrize("written", ["秘鲁社民党", "페루 사민당", "ペルー社民党"])
def test_social_democratic_contracted_in_characters_and_hangul(written: str) -> None:
    assert signature(written).concepts == {"social", "democratic", "party"}
    assert keys_of(Authority((SOCIAL_DEMOCRATS,)), [written]) == [SOCIAL_DEMOCRATS.key]


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (
            [
                "Asociación de Mujeres para la Investigación (Chile)",
                "Verein der Frauen für Forschung (Chile)",
                "انجمن زنان برای پژوهش (Chile)",
                "Kadınlar Araştırma Derneği (Chile)",
            ],
            "x-research-women-association-cl",
        ),
        (
            ["Medya Derneği (Peru)", "媒体协会 (Peru)", "Associação de Mídia (Peru)"],
            "x-media-association-pe",
        ),
        (
            ["Union associative des médias (Peru)", "الاتحاد الجمعوي للإعلام (Peru)"],
            "x-media-association-union-pe",
        ),
        (
            [
                "Comitato per il rispetto dei diritti (Peru)",
                "Haklara Saygı Komitesi (Peru)",
                "Comité por el Respeto de los Derechos (Perú)",
            ],
            "x-respect-rights-committee-pe",
        ),
    ],
)
def test_a_name_translated_word_for_word_is_one_new_organisation(
    names: list[str], key: str
) -> None:
    assert keys_of(Authority(()), names) == [key] * len(names)


@pytest.mark.parametrize("word", ["media", "medios", "média"])
def test_a_word_for_the_media_that_also_means_half_or_means_is_left_out(word: str) -> None:
    # Spanish and Italian "media" (half, average: "enseñanza media"), "medios" (means)
    assert signature(f"Asociación de {word} (Peru)").concepts == {"association"}


FOUNDATION = AuthorityEntry(
    key="zelta-foundation", name="Zelta Foundation", country="PE", kinds=("other",)
)


def test_a_foundation_is_a_kind_in_every_language() -> None:
    written = [
        "Fundación Zelta (Peru)",  # Spanish
        "Stiftung Zelta (Peru)",  # German
        "Zelta Vakfı (Peru)",  # Turkish
        "Fondation Zelta (Pérou)",  # French
    ]
    assert all(signature(name).concepts == {"foundation"} for name in written)
    assert keys_of(Authority(()), written) == ["x-zelta-foundation-pe"] * len(written)
    assert keys_of(Authority((FOUNDATION,)), written) == [FOUNDATION.key] * len(written)
