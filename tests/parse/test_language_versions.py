"""Language versions (seventh session): Danish told from Norwegian by each standard's word forms,
the letters of Chinese, Japanese and Korean weighed as the words they write, and one paragraph
and its translation as two versions.

Each text is made up for the test; what a user checks is the statement's languages in
``kzld parse``.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes
from kzld.parse.language import detect

from .test_language_neighbours import PROSE

#: The same news in Danish as :data:`PROSE`'s Norwegian paragraphs.
DANISH = (
    "Fagforeningerne kræver, at regeringen trækker det nye lovforslag tilbage, og de siger, at "
    "de ikke vil acceptere, at arbejderne mister deres rettigheder efter valget."
)
#: Made-up signers of a list.
NAMES = ["X-partiet", "Y-partiet", "Z Venstre"]


def _languages(text: str) -> tuple[str, ...]:
    return read_bytes("statement.txt", text.encode("utf-8")).languages


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [("da", DANISH), ("no", PROSE["no"]), ("nn", PROSE["nn"])],
)
def test_danish_and_the_norwegian_standards_are_told_apart(language: str, paragraph: str) -> None:
    assert _languages("Tittel\n\n" + paragraph + "\n\n" + paragraph + "\n") == (language,)


@pytest.mark.parametrize(
    ("paragraph", "cue", "language"),
    [
        (PROSE["no"], "Følgende partier var til stede og har hittil gitt sin tilslutning:", "no"),
        (PROSE["nn"], "Følgjande parti har hittil gitt si tilslutning til fråsegna:", "nn"),
        (DANISH, "Følgende partier har indtil nu givet deres tilslutning:", "da"),
    ],
)
def test_the_line_announcing_a_list_is_in_the_texts_language(
    paragraph: str, cue: str, language: str
) -> None:
    text = "Tittel\n\n" + paragraph + "\n\n" + cue + "\n\n" + "\n\n".join(NAMES) + "\n"
    assert _languages(text) == (language,)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。", "zh"),
        ("最適な表示のため Google Chrome か Mozilla Firefox の最新版をご利用ください。", "ja"),
        ("이 사이트는 Google Chrome 또는 Microsoft Edge 브라우저에 최적화되어 있습니다.", "ko"),
    ],
)
def test_a_line_of_chinese_japanese_or_korean_naming_latin_products(
    line: str, language: str
) -> None:
    assert detect(line) == language


@pytest.mark.parametrize(
    ("first", "second", "languages"),
    [
        (
            "El Partido X saluda al compañero Miguel Zedro por su elección a la presidencia de "
            "Zedlandia por la Asamblea Nacional el 19 de abril de 2018.",
            "Le Parti X salue le camarade Miguel Zedro pour son élection à la présidence de la "
            "Zedlandia par l'Assemblée Nationale le 19 avril 2018.",
            ("es", "fr"),
        ),
        (
            "The X Party of Britain greets comrade Anna Zedova on her election as president of "
            "Zedland by the National Assembly on 19 April 2018.",
            "Die X-Partei grüßt die Genossin Anna Zedova zu ihrer Wahl zur Präsidentin von "
            "Zedland durch die Nationalversammlung am 19. April 2018.",
            ("en", "de"),
        ),
        (
            "Il Partito X saluta il compagno Paolo Zedi per la sua elezione alla presidenza di "
            "Zedlandia da parte dell'Assemblea Nazionale il 19 aprile 2018.",
            "O Partido X saúda o camarada Paolo Zedi pela sua eleição para a presidência da "
            "Zedlândia pela Assembleia Nacional em 19 de abril de 2018.",
            ("it", "pt"),
        ),
    ],
)
def test_one_paragraph_and_its_translation_are_two_versions(
    first: str, second: str, languages: tuple[str, ...]
) -> None:
    assert _languages("Title\n\n" + first + "\n\n" + second + "\n") == languages


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("Workers of the world, unite: you have nothing to lose but your chains!", "fr"),
        ("Proletarier aller Länder, vereinigt euch! So endet das Manifest.", "fr"),
        ("¡No pasarán! gritaban en las calles de la ciudad aquel verano.", "fr"),
    ],
)
def test_a_quotation_that_translates_nothing_is_no_version(quote: str, language: str) -> None:
    french = (
        "Le Parti X salue le camarade Miguel Zedro pour son élection à la présidence de la "
        "Zedlandia par l'Assemblée Nationale le 19 avril 2018, et lui souhaite plein succès."
    )
    text = "Titre\n\n" + quote + "\n\n" + french + "\n\n" + french + "\n"
    assert _languages(text) == (language,)


#: Made-up paragraphs of argument in Tagalog.
TAGALOG = (
    "Nananawagan ang mga unyon ng Xandia sa pamahalaan na ibalik ang regular na trabaho at "
    "itaas ang sahod ng mga manggagawa sa lahat ng pabrika at pantalan ng lalawigan.",
    "Hindi kami titigil hangga't hindi natutugunan ang aming mga kahilingan, at maglulunsad "
    "kami ng mga pagkilos sa bawat lungsod sa susunod na buwan kasama ang aming mga kasapi.",
)


def test_a_name_spelled_out_in_brackets_makes_no_version() -> None:
    """The title names the signer by its abbreviation and its English name in brackets, the
    statement's heading in capitals under it: a name is written in any language, and makes no
    English version of a Tagalog text."""
    title = "Pahayag ng ZLAFC (Zetland Leaders Against Fixed-term Contracts)"
    heading = "PAHAYAG NG PAGKAKAISA\nPARA SA REGULAR NA TRABAHO"
    text = title + "\n\n\n" + heading + "\n\n" + "\n\n".join(TAGALOG) + "\n"
    assert _languages(text) == ("tl",)
