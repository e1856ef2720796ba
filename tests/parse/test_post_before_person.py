"""Sign-off lines that give an organisation, its officer's post and the officer's name with no
comma between them ("X Union general secretary Name Surname"), as languages that put the
organisation's name before the post write them: the organisation signs, the person does not.
Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.pairs import post_before_person

from .reading import lists_of, read_text

#: A title, a paragraph of argument and three sign-off lines, with the organisations they name.
SIGNED_OFF = {
    "lt": (
        "Pareiškimas dėl naujos partijos",
        "Profesinės sąjungos yra savanoriškos darbuotojų organizacijos, kurių darbas yra ginti "
        "savo narių teises darbe. Jos nesiekia vietų Seime ir nekelia kandidatų rinkimuose, todėl "
        "jokia naujoji partija negali kalbėti jų vardu.",
        [
            ("Ksandijos darbo federacijos", "pirmininkas", "Jonas Petraitis"),
            (
                "Zetlando profesinių sąjungų konfederacijos",
                "pirmininko pavaduotojas",
                "Ona Kazlauskė",
            ),
            ("Ksandijos mokytojų profesinės sąjungos", "pirmininkė", "Rasa Jankauskienė"),
        ],
    ),
    "hu": (
        "Közös nyilatkozat a bérekről",
        "A dolgozók három hete sztrájkolnak az új bérszabályok ellen, a kormány pedig "
        "fenyegetéssel válaszol. A szakszervezetek nem fogadják el, hogy a válság terheit a "
        "dolgozók viseljék, és tárgyalásokat követelnek.",
        [
            ("A Xandiai Szakszervezetek Szövetsége", "elnöke", "Kovács János"),
            ("A Zetlandi Pedagógusok Szakszervezete", "elnöke", "Nagy Éva"),
            ("A Xandiai Vasutasok Szakszervezete", "alelnöke", "Szabó Péter"),
        ],
    ),
    "tr": (
        "Ortak açıklama",
        "Bölgedeki işçiler yeni ücret kurallarına karşı üç haftadır grevde ve hükümet onlara "
        "tehditlerle yanıt veriyor. Krizin bedelini işçilerin ödemesini kabul etmiyoruz ve "
        "hükümeti masaya oturmaya çağırıyoruz.",
        [
            ("Ksandiya İşçi Partisi", "Genel Başkanı", "Ali Yılmaz"),
            ("Zetland Emekçi Sendikaları Konfederasyonu", "Genel Sekreteri", "Ayşe Demir"),
            ("Ksandiya Sol Hareketi", "Sözcüsü", "Mehmet Kaya"),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(SIGNED_OFF))
def test_the_organisation_before_its_officers_post_signs(language: str) -> None:
    title, argument, lines = SIGNED_OFF[language]
    signed = "\n".join(" ".join(parts) for parts in lines)
    document = read_text(f"{title}\n\n{argument}\n\n{signed}\n")
    expected = [organisation.removeprefix("A ") for organisation, _, _ in lines]
    assert [[name.removeprefix("A ") for name in names] for names in lists_of(document)] == [
        expected
    ]


@pytest.mark.parametrize(
    ("raw", "organisation"),
    [
        ("Ksandijos darbo federacijos pirmininkas Jonas Petraitis", "Ksandijos darbo federacijos"),
        ("Xandia Workers' Union general secretary Jane Roe", "Xandia Workers' Union"),
        ("Zetland Partiyası – sədr Əli Məmmədov", "Zetland Partiyası"),
    ],
)
def test_an_entry_turned_round_names_the_organisation(raw: str, organisation: str) -> None:
    assert post_before_person(raw) == (0, organisation)


@pytest.mark.parametrize(
    "raw",
    [
        "Fondazione don Mario Rossi",  # a person's name after words that are no post
        "Xandia Workers' Union",  # no person closes the entry
        "Jane Roe general secretary",  # no organisation before the post
        "Comitato per la pace di Zetland Mario Rossi",  # no post between them
    ],
)
def test_no_post_before_a_person_pairs_nothing(raw: str) -> None:
    assert post_before_person(raw) is None
