"""Words of signing in languages that spell the root their own way: Serbian, Croatian, Bosnian
and Montenegrin "potpis-" ("potpisali", "потписали", "potpisnice"; Polish and Czech write
"podpis-") and Basque "sinatu" ("sinatutako", signed by). Coordinated names next to one are the
statement's signers; a description of many by a plural type word ("Opozicioni savezi i stranke
X", "Mitrovački odbori") is no one's name. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A paragraph of argument in each language, with no name in it.
_ARGUMENT = {
    "sr": "Građani traže promene i pravedniji zakon o radu, a mi ćemo zajedno raditi na tome da se "
    "glas svakog birača poštuje u celoj zemlji.",
    "sr-Cyrl": "Грађани траже промене и праведнији закон о раду, а ми ћемо заједно радити на томе "
    "да се глас сваког бирача поштује у целој земљи.",
    "eu": "Herritarrek aldaketak eskatzen dituzte eta lan lege zuzenagoa, eta elkarrekin lan "
    "egingo dugu boto bakoitza errespeta dadin herri osoan.",
}


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        # Serbian, Latin: the names amid the sentence, then "in the signed statement"
        ("sr", "Posle sastanka predstavnici stranaka X-SDA, Zetski blok i XDA poručuju u "
         "potpisanoj izjavi da će zajedno raditi na promenama.",
         ["X-SDA", "Zetski blok", "XDA"]),
        # Serbian, Cyrillic: the same form
        ("sr-Cyrl", "После састанка представници странака КС-СДА, Зетски блок и КСДА поручују "
         "у потписаној изјави да ће заједно радити на променама.",
         ["КС-СДА", "Зетски блок", "КСДА"]),
        # Basque: the names in the ergative, then "sinatutako" (signed by them)
        ("eu", "Gaur Xiriko parlamentuan irakurri dute XAB-k, Zeta Batasunak eta "
         "Ypsilon-Herriak sinatutako adierazpen bateratua.",
         ["XAB-k", "Zeta Batasunak", "Ypsilon-Herriak"]),
    ],
)  # fmt: skip
def test_names_beside_a_word_of_signing_spelt_with_its_own_root_sign(
    language: str, sentence: str, names: list[str]
) -> None:
    text = f"Izjava\n\n{sentence}\n\n{_ARGUMENT[language]}\n"
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    "headline",
    [
        "Opozicioni savezi i stranke Xandije potpisali zajedničke uslove za izbore",
        "Xgradski odbori opozicije potpisali sporazum o saradnji",
        "Опозициони савези и странке Ксандије потписали заједничке услове за изборе",
    ],
)
def test_a_description_of_many_by_a_plural_signs_for_no_one(headline: str) -> None:
    cyrillic = headline[0] in "ОКС"
    text = f"{headline}\n\n{_ARGUMENT['sr-Cyrl' if cyrillic else 'sr']}\n"
    assert outside_of(read_text(text)) == []
