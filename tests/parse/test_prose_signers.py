"""Signers named together in running prose (issue 18, class signers-in-title and inline names):
a sentence that says names in it sign or issue the statement gives each of its coordinated names
whole, across line breaks, with articles between them left out; a sentence of participants, a
signing the text tells of in another year, persons and a place do not. Names are made up.
"""

from __future__ import annotations

import textwrap

import pytest

from .reading import lists_of, outside_of, read_text

_TITLE = {
    "en": "Joint declaration on the rail strike",
    "es": "Declaración sobre la huelga ferroviaria",
    "hu": "Közös nyilatkozat a vasúti sztrájkról",
    "tr": "Demiryolu grevi üzerine",
    "ca": "Declaració sobre la vaga ferroviària",
    "pt": "Apelo pela paz",
    "uk": "Декларація про спільні цінності",
    "de": "Erklärung zum Bahnstreik",
    "id": "Pernyataan bersama tentang mogok kereta api",
}

_ARGUMENT = {
    "en": "The rail workers of the region have been without a contract for three years now.",
    "es": "Los trabajadores del ferrocarril llevan tres años sin convenio colectivo en la región.",
    "hu": "A vasúti dolgozók három éve nem kaptak béremelést, és a helyzet egyre romlik.",
    "tr": "Demiryolu işçileri üç yıldır toplu sözleşme olmadan çalışıyor ve sorun büyüyor.",
    "ca": "Els treballadors del ferrocarril fa tres anys que no tenen conveni col·lectiu.",
    "pt": "Os trabalhadores ferroviários estão há três anos sem contrato coletivo de trabalho.",
    "uk": "Залізничники регіону вже три роки працюють без колективного договору.",
    "de": "Die Beschäftigten der Bahn arbeiten seit drei Jahren ohne Tarifvertrag in der Region.",
    "id": "Para pekerja kereta api di wilayah ini sudah tiga tahun bekerja tanpa kontrak kerja.",
}


def _text(language: str, paragraph: str) -> str:
    return f"{_TITLE[language]}\n\n{_ARGUMENT[language]}\n\n{paragraph}\n\n{_ARGUMENT[language]}\n"


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "hu",
            "Hangsúlyozzák, hogy a pártok nem olvadnak össze. A közleményt a Xandiai Demokratikus "
            "Koalíció, a Zöldek Pártja, az XMP, az YSZP és a Párbeszéd írta alá.",
            ["Xandiai Demokratikus Koalíció", "Zöldek Pártja", "XMP", "YSZP", "Párbeszéd"],
        ),
        (
            "tr",
            "Xandiya Emek Partisi (XEP), Zetlandiya Hareket Partisi (ZHP), Halkevleri ve Sosyalist "
            "Meclisler Federasyonu (SMF) ilk buluşmalarının ardından yayımladıkları ortak "
            "açıklamada birlik çağrısı yaptılar.",
            [
                "Xandiya Emek Partisi (XEP)",
                "Zetlandiya Hareket Partisi (ZHP)",
                "Halkevleri",
                "Sosyalist Meclisler Federasyonu (SMF)",
            ],
        ),
        (
            "ca",
            "Formacions polítiques Bloc Nacional de Xàndia, Crida per Zetlàndia, la CUX, "
            "Demòcrates, Esquerra Xandiana i MÉS per Ypsilàndia han signat aquest migdia la "
            "declaració.",
            [
                "Bloc Nacional de Xàndia",
                "Crida per Zetlàndia",
                "CUX",
                "Demòcrates",
                "Esquerra Xandiana",
                "MÉS per Ypsilàndia",
            ],
        ),
        (
            "pt",
            "O documento tem entre os seus primeiros subscritores a CGTX-IN, MURX, URAX, "
            "Associação de Amizade Xândia-Zetlândia e Movimento pelos Direitos do Povo "
            "Xandiano.",
            [
                "CGTX-IN",
                "MURX",
                "URAX",
                "Associação de Amizade Xândia-Zetlândia",
                "Movimento pelos Direitos do Povo Xandiano",
            ],
        ),
        (
            "es",
            "Los partidos que rubricaron la declaración son BNX, Crida Xandiana, CUX, "
            "Esquerra Zetlandesa, MÉS per Ypsilandia y Movimiento Dignidad y la Ciudadanía de "
            "Xandia.",
            [
                "BNX",
                "Crida Xandiana",
                "CUX",
                "Esquerra Zetlandesa",
                "MÉS per Ypsilandia",
                "Movimiento Dignidad y la Ciudadanía de Xandia",
            ],
        ),
        (
            "uk",
            'Фракції Ради "Народний фронт Ксанії", "Блок Зетландії" та Радикальна партія '
            "Ксанії підписали декларацію про спільні цінності.",
            ["Народний фронт Ксанії", "Блок Зетландії", "Радикальна партія Ксанії"],
        ),
    ],
)
def test_names_together_in_a_sentence_of_signing(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(
    ("language", "sentence", "width", "signers"),
    [
        (
            "en",
            "The declaration was signed on Monday by the X Party of Britain, the Y Workers' "
            "Union of Zetland and the Xandian Federation of Rail Workers, who will meet again "
            "in the spring.",
            68,
            [
                "X Party of Britain",
                "Y Workers' Union of Zetland",
                "Xandian Federation of Rail Workers",
            ],
        ),
        (
            "de",
            "Die Xandische Kommunistische Partei, die Gewerkschaft der Eisenbahner Zetlands und "
            "die Vereinigung Ypsilanter Fahrgäste haben die Erklärung am Montag unterzeichnet "
            "und rufen gemeinsam zum Streik auf.",
            60,
            [
                "Xandische Kommunistische Partei",
                "Gewerkschaft der Eisenbahner Zetlands",
                "Vereinigung Ypsilanter Fahrgäste",
            ],
        ),
        (
            "es",
            "Han firmado la declaración el Partido Obrero de Xandia, la Unión Sindical de "
            "Zetlandia y el Frente Ferroviario de Ypsilandia, que anuncian movilizaciones.",
            64,
            [
                "Partido Obrero de Xandia",
                "Unión Sindical de Zetlandia",
                "Frente Ferroviario de Ypsilandia",
            ],
        ),
    ],
)
def test_a_sentence_hard_wrapped_over_lines_is_read_whole(
    language: str, sentence: str, width: int, signers: list[str]
) -> None:
    lines = textwrap.wrap(sentence, width)
    assert any(all(name not in line for line in lines) for name in signers)  # a name is cut
    document = read_text(_text(language, "\n".join(lines)))
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        # participants: nothing says they sign
        (
            "en",
            "Attending the meeting were the X Party of Britain, the Y Workers' Union of\n"
            "Zetland and the Xandian Federation of Rail Workers.",
        ),
        (
            "es",
            "Participaron en la reunión el Partido Obrero de Xandia, la Unión Sindical de\n"
            "Zetlandia y el Frente Ferroviario de Ypsilandia.",
        ),
        # a signing the text tells of, in another year
        (
            "es",
            "El texto se presentó como continuación de la Declaración de Xandia, que en 1998 "
            "firmaron el Partido Obrero de Xandia, la Unión Sindical de Zetlandia y el Frente "
            "Ferroviario de Ypsilandia.",
        ),
        # persons, with their party in brackets
        (
            "pt",
            "A carta já passou de 800 mil assinaturas de cidadãos, entre eles Xavier Zeta "
            "(PXT), Yara Ypsilon (PYT) e Zacarias Xisto (PZB).",
        ),
        # a headline in title case: capitals say nothing there
        ("en", "Fifty Communist and Labor Parties Sign Xandian Solidarity Campaign"),
    ],
)
def test_no_signer_from_a_sentence_that_does_not_say_they_sign(
    language: str, paragraph: str
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == []


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        # the verb of signing far from the names: what they backed is the argument
        (
            "es",
            "La mitad de quienes lo suscriben son organizaciones de fuera de la región, que se "
            "unen así al rechazo de una medida que impulsó el Partido Xandiano y respaldaron "
            "el Partido Popular de Zetlandia y la Unión Ypsilandesa.",
            [],
        ),
        # a place after the verb is not one of them
        (
            "es",
            "Han firmado hoy la declaración la UPX, la CUX y el Partido Obrero de Zetlandia, "
            "reunidos en Xandia Ciudad y Ypsilanda.",
            ["UPX", "CUX", "Partido Obrero de Zetlandia"],
        ),
        (
            "en",
            "The appeal was endorsed by the X Party of Britain and the Y Workers' Union, who met "
            "in Zetland City and Xandiaport.",
            ["X Party of Britain", "Y Workers' Union"],
        ),
    ],
)
def test_only_the_names_beside_the_word_of_signing(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "tr",
            "XKP Genel Başkanı Ali Veli, Yeşil Sol Parti Genel Başkanı Ayşe Kaya ve Zetlandiya "
            "Sosyalist Partisi Genel Başkanı Mehmet Demir ortak bildiriyi imzaladı.",
            ["XKP", "Yeşil Sol Parti", "Zetlandiya Sosyalist Partisi"],
        ),
        (
            "en",
            "X Party of Britain General Secretary John Smith, Y Workers' Union President Mary "
            "Jones and Xandian Federation of Rail Workers Chairman Paul Brown signed the appeal.",
            ["X Party of Britain", "Y Workers' Union", "Xandian Federation of Rail Workers"],
        ),
        (
            "de",
            "Xandische Kommunistische Partei Vorsitzende Anna Schmidt, Gewerkschaft Zetland "
            "Sprecher Peter Meier und Ypsilanter Bund Vorsitzender Karl Braun unterzeichneten "
            "die Erklärung.",
            ["Xandische Kommunistische Partei", "Gewerkschaft Zetland", "Ypsilanter Bund"],
        ),
    ],
)
def test_a_person_after_the_role_in_a_signer_is_left_out(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("language", "paragraph", "signers"),
    [
        (
            "tr",
            "Toplantıya katılan 3 parti (XKP, YDP ve ZSP) seçim için ortak bir tutum aldı ve "
            "çalışmayı sürdürecek.",
            ["XKP", "YDP", "ZSP"],
        ),
        (
            "hu",
            "A 3 párt, az XKP, a YSZP és a ZMP vezetői vasárnap egyeztették a közös lista "
            "feltételeit.",
            ["XKP", "YSZP", "ZMP"],
        ),
        (
            "id",
            "Pemimpin 3 parti tersebut PKX, DAX dan PAX menegaskan semula bahawa mereka akan "
            "terus memperkukuh gabungan.",
            ["PKX", "DAX", "PAX"],
        ),
    ],
)
def test_as_many_names_as_a_number_of_organisations_in_the_singular(
    language: str, paragraph: str, signers: list[str]
) -> None:
    document = read_text(_text(language, paragraph))
    assert outside_of(document) == signers
