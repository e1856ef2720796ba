"""Persons among the organisations of a list: a person is never a signer, the organisation beside
them is. A list of "Surname Name – Organisation" pairs is read in one way for all its entries
(a surname that is also a country's adjective does not make its entry an organisation's name),
the organisation of a pair is never read again as a person's line, and an entry that opens with
a person's title ("Comrade", "الرفيق", "товарищ") is a person's. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text, skipped_of

#: A cue, pairs whose person comes first (one surname is a country's adjective), the
#: organisations that sign, the persons' entries set aside.
COLUMNS = {
    "it": (
        "Qui di seguito le associazioni e i partiti rappresentati:",
        [
            "1. Conti Anna – Unione Giovani di Zetlandia",
            "2. Russo Marco – Xli",
            "3. Bianchi Luca – giurista",
            "4. Neri Paolo – La Via Xandia – Insieme per la Costituzione",
            "5. Gialli Carla – Rete Ypsilon",
        ],
        [
            "Unione Giovani di Zetlandia",
            "Xli",
            "La Via Xandia – Insieme per la Costituzione",
            "Rete Ypsilon",
        ],
        ["Bianchi Luca – giurista"],
    ),
    "en": (
        "The organisations and their representatives:",
        [
            "Jane Doe – Xandia Workers' Union",
            "Anna French – Zeta",
            "Ben Jones – lawyer",
            "Mary Brown – Ypsiland Greens",
        ],
        ["Xandia Workers' Union", "Zeta", "Ypsiland Greens"],
        ["Ben Jones – lawyer"],
    ),
    "es": (
        "Las organizaciones representadas:",
        [
            "1. García Ana – Sindicato Unitario de Xandia",
            "2. Alemán Pedro – Zetaverde",
            "3. López Marta – jurista",
            "4. Ruiz Pablo – Plataforma Ypsilon",
        ],
        ["Sindicato Unitario de Xandia", "Zetaverde", "Plataforma Ypsilon"],
        ["López Marta – jurista"],
    ),
}


@pytest.mark.parametrize("language", sorted(COLUMNS))
def test_the_pairs_of_a_list_are_read_alike(language: str) -> None:
    cue, entries, organisations, persons = COLUMNS[language]
    text = f"Title\n\n{PROSE.get(language, PROSE['en'])}\n\n{cue}\n" + "\n".join(entries) + "\n"
    document = read_text(text)
    assert lists_of(document) == [organisations]
    assert [t for t, reason in skipped_of(document) if reason == "person"] == persons


#: Organisations, each with its delegates one a line under it, each delegate opening with a
#: person's title: the delegates are persons, the organisations sign.
DELEGATES = {
    "ar": (
        "وضمّ الاجتماع كلًّا من",
        [
            ("• الحزب الشيوعي الزتلاندي", ["– الرفيق سمير خليل – الأمين العام"]),
            (
                "• جبهة النضال الشعبي الإكساندي",
                [
                    "– الرفيق جمال سالم – عضو المكتب السياسي",
                    "– الرفيقة هدى ناصر – عضو المكتب السياسي",
                ],
            ),
            ("• حزب العمال الإبسيلوني", ["– الرفيق كمال يوسف – رئيس اللجنة القيادية"]),
        ],
    ),
    "en": (
        "The meeting brought together:",
        [
            ("• Communist Party of Zetland", ["– Comrade Sam Kale – general secretary"]),
            (
                "• Xandia Popular Struggle Front",
                [
                    "– Comrade Jan Salm – member of the political bureau",
                    "– Comrade Hedy Nash – member of the political bureau",
                ],
            ),
            ("• Ypsiland Workers' Party", ["– Comrade Kim Yost – head of the leadership"]),
        ],
    ),
    "ru": (
        "Во встрече приняли участие:",
        [
            ("• Коммунистическая партия Зетландии", ["– товарищ Иван Петров – первый секретарь"]),
            (
                "• Народный фронт Ксандии",
                ["– товарищ Анна Орлова – член бюро", "– товарищ Олег Котов – член бюро"],
            ),
            ("• Рабочая партия Ипсиландии", ["– товарищ Пётр Сидоров – председатель"]),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(DELEGATES))
def test_delegates_under_their_organisations_are_persons(language: str) -> None:
    cue, groups = DELEGATES[language]
    body = "\n\n".join(
        "\n\n".join([organisation, *delegates]) for organisation, delegates in groups
    )
    text = f"Title\n\n{PROSE.get(language, PROSE['en'])}\n\n{cue}\n\n{body}\n"
    document = read_text(text)
    assert lists_of(document) == [[o.lstrip("• ") for o, _ in groups]]
    persons = [d.lstrip("– ") for _, delegates in groups for d in delegates]
    assert [t for t, reason in skipped_of(document) if reason == "person"] == persons


@pytest.mark.parametrize(
    ("language", "cue", "entries", "signers"),
    [
        # "Person, post Organisation" and "Persons, Organisation, post": the organisation signs
        ("sv", "Undertecknat av företrädare för nätverket:",
         ["Ola Nordmann & Kari Hansen, Xandia Utmaning, samordnare av nätverket",
          "Karin Berg, generalsekreterare Föreningen Zetland i Xandia"],
         ["Xandia Utmaning", "Föreningen Zetland i Xandia"]),
        ("en", "Signed by representatives of the network:",
         ["John Smith & Mary Jones, Xandia Challenge, coordinators of the network",
          "Mary Brown, general secretary Zetland Workers Union"],
         ["Xandia Challenge", "Zetland Workers Union"]),
        ("es", "Firmado por representantes de la red:",
         ["Juan Pérez y Ana López, Reto Xandia, coordinadores de la red",
          "Marta Ruiz, presidenta Liga Agraria de Zetlandia"],
         ["Reto Xandia", "Liga Agraria de Zetlandia"]),
    ],
)  # fmt: skip
def test_persons_with_a_post_sign_for_their_organisation(
    language: str, cue: str, entries: list[str], signers: list[str]
) -> None:
    text = "\n".join(entries)
    document = read_text(f"Declaration\n\n{PROSE[language]}\n\n{cue}\n\n{text}\n")
    assert lists_of(document) == [signers]
    assert skipped_of(document) == []


#: A cue, persons with their country in brackets and one organisation with its country: the
#: organisation signs, the persons are set aside (a country is no organisation); then
#: organisations with their countries, one of whose names is written as a person's is.
FROM_COUNTRIES = {
    "en": (
        "The appeal is signed by:",
        ["Jane Roe (Germany)", "Zetland Workers Union (France)", "John Doe (France)",
         "Mary Major (Italy)"],
        ["Xandia Peace Council (Germany)", "Acceso Zetlandia (Chile)",
         "Zetland Workers Union (France)"],
    ),
    "de": (
        "Den Aufruf unterzeichnen:",
        ["Anna Zetmann (Deutschland)", "Gewerkschaft Zetland (Schweiz)",
         "Peter Ypsler (Österreich)", "Maria Xander (Schweiz)"],
        ["Friedensrat Xandia (Österreich)", "Digitale Zetlandia (Deutschland)",
         "Gewerkschaft Zetland (Schweiz)"],
    ),
    "es": (
        "Firman el llamamiento:",
        ["Ana Zetano (Chile)", "Sindicato Obrero de Zetlandia (Perú)", "Pedro Ypsilón (España)",
         "Marta Xandía (Chile)"],
        ["Consejo de Paz de Xandia (España)", "Derechos Zetlandia (Chile)",
         "Sindicato Obrero de Zetlandia (Perú)"],
    ),
}  # fmt: skip


def _listed(language: str, cue: str, entries: list[str]) -> str:
    return f"{PROSE[language]}\n\n{cue}\n" + "\n".join(entries) + "\n"


@pytest.mark.parametrize("language", sorted(FROM_COUNTRIES))
def test_persons_with_their_country_in_brackets_sign_nothing(language: str) -> None:
    cue, entries, _ = FROM_COUNTRIES[language]
    document = read_text(_listed(language, cue, entries))
    assert lists_of(document) == [[entries[1]]]
    assert [raw for raw, reason in skipped_of(document) if reason == "person"] == [
        entries[0],
        *entries[2:],
    ]


@pytest.mark.parametrize("language", sorted(FROM_COUNTRIES))
def test_organisations_with_their_country_all_sign(language: str) -> None:
    cue, _, organisations = FROM_COUNTRIES[language]
    document = read_text(_listed(language, cue, organisations))
    assert lists_of(document) == [organisations]
    assert skipped_of(document) == []
