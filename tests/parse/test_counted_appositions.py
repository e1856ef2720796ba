"""Names in apposition to a number of organisations, read by the marks that part them (issue
18): the last name after a word for "and" that is "and" only between names (Latvian "un", Slovene
"in", Czech "a"), a name in quotation marks after its kind in lower case, and names parted by
semicolons, dashes and words in lower case inside them. Names and texts are made up ("Xandia",
"Zetland").
"""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A paragraph of running text in each language, so that the text reads as written in it.
_BODY = {
    "lv": (
        "Reģiona strādnieki jau trīs nedēļas streiko pret jaunajiem darba samaksas "
        "noteikumiem, un valdība viņiem vēl nav atbildējusi."
    ),
    "sl": (
        "Delavci v regiji že tri tedne stavkajo proti novim pravilom o plačah, vlada pa jim "
        "še ni odgovorila."
    ),
    "cs": (
        "Pracovníci regionu již tři týdny stávkují proti novým mzdovým pravidlům a vláda jim "
        "dosud neodpověděla."
    ),
    "bg": (
        "Работниците в региона стачкуват вече три седмици срещу новите правила за "
        "заплащане, а правителството още не им е отговорило."
    ),
    "pl": (
        "Pracownicy regionu od trzech tygodni strajkują przeciwko nowym zasadom "
        "wynagradzania, a rząd wciąż im nie odpowiedział."
    ),
    "en": (
        "The workers of the region have been on strike for three weeks against the new wage "
        "rules, and the government has not yet answered them."
    ),
}


def _text(language: str, sentence: str) -> str:
    body = _BODY[language]
    return f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Latvian: four unions in the genitive between dashes, the last after "un" and its kind
        # in lower case, in quotation marks
        ("lv",
         "Šodien arodbiedrību namā notika alianses pirmā tikšanās, kurā stiprinājām pavasarī "
         "izveidoto četru arodbiedrību – Xandijas Ostas darbinieku arodbiedrības (XODA), "
         "Zetlandes Pasta darbinieku arodbiedrības (ZPDA), Ipsilonas Mākslinieku arodbiedrību "
         "federācijas (IMAF) un arodbiedrības „XAKO” – aliansi. Visas četras arodbiedrības ir "
         "starptautiskās arodbiedrību centrāles dalīborganizācijas.",
         ["Xandijas Ostas darbinieku arodbiedrības (XODA)",
          "Zetlandes Pasta darbinieku arodbiedrības (ZPDA)",
          "Ipsilonas Mākslinieku arodbiedrību federācijas (IMAF)", "„XAKO”"]),
        # Slovene: three after "in"
        ("sl",
         "Tri stranke – Xandijska ljudska stranka, Zetlandska zelena stranka in Stranka Ypsilon "
         "– so danes podpisale sporazum o sodelovanju.",
         ["Xandijska ljudska stranka", "Zetlandska zelena stranka", "Stranka Ypsilon"]),
        # Czech: three after "a"
        ("cs",
         "Tři strany – Xandijská lidová strana, Zetlandská strana zelených a Strana Ypsilon – "
         "dnes podepsaly dohodu o spolupráci.",
         ["Xandijská lidová strana", "Zetlandská strana zelených", "Strana Ypsilon"]),
    ],
)  # fmt: skip
def test_the_last_name_after_and_between_names(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(_text(language, sentence))) == signers


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # Bulgarian: five parted by semicolons, a dash inside the first name, words in lower
        # case inside two
        ("bg",
         "Днес партията ще подпише споразумение с 5 политически и граждански организации — "
         "Движение за промяна — Ксандийска пролет; Зетландски земеделски съюз; Ксандийска "
         "сигурност и интеграция; Съюз на пенсионерите — 2010; Ипсилонски антифашистки съюз.",
         ["Движение за промяна — Ксандийска пролет", "Зетландски земеделски съюз",
          "Ксандийска сигурност и интеграция", "Съюз на пенсионерите — 2010",
          "Ипсилонски антифашистки съюз"]),
        # Polish: three parted by semicolons after a colon
        ("pl",
         "Porozumienie o współpracy w kampanii wyborczej podpisały wczoraj w stolicy regionu "
         "trzy organizacje: Ksandyjski ruch na rzecz pokoju; Związek Zawodowy Zetlandia; "
         "Stowarzyszenie Ypsilon. Wszystkie trzy działają w regionie od wielu lat.",
         ["Ksandyjski ruch na rzecz pokoju", "Związek Zawodowy Zetlandia",
          "Stowarzyszenie Ypsilon"]),
        # English: four parted by semicolons, one with a word for "and" inside it
        ("en",
         "The agreement on joint work in the coming campaign was signed today in the capital by "
         "four organisations – Xandia Peace and Freedom Movement; Zetland Workers' Union; "
         "Ypsilon Teachers' Federation; Xandia Tenants' Association. All four have worked in "
         "the region for many years.",
         ["Xandia Peace and Freedom Movement", "Zetland Workers' Union",
          "Ypsilon Teachers' Federation", "Xandia Tenants' Association"]),
    ],
)  # fmt: skip
def test_names_parted_by_semicolons(language: str, sentence: str, signers: list[str]) -> None:
    assert outside_of(read_text(_text(language, sentence))) == signers


def test_semicolons_that_give_another_number_part_nothing() -> None:
    """Three parts between semicolons where the text says five: nothing is read by them."""
    sentence = (
        "The talks on joint work in the coming campaign were held today in the capital by five "
        "organisations – Xandia Peace Movement; Zetland Workers' Union; Ypsilon Teachers' "
        "Federation and others. All of them have worked in the region for many years."
    )
    assert outside_of(read_text(_text("en", sentence))) == []


def test_and_before_a_lower_case_word_parts_no_name() -> None:
    """Latvian "un" inside the last part before words that read as no name: the count is not
    met, nothing is read (no name is cut short)."""
    sentence = (
        "Šodien arodbiedrību namā notika tikšanās, kurā stiprinājām trīs arodbiedrību – "
        "Xandijas Ostas darbinieku arodbiedrības (XODA), Zetlandes Pasta darbinieku "
        "arodbiedrības (ZPDA) un daudzu citu – sadarbību. Visas ir centrāles "
        "dalīborganizācijas."
    )
    assert outside_of(read_text(_text("lv", sentence))) == []
