"""A short line naming the signatories in its language's word (``signatory_headings``) is a
heading of a list: each case is read so only with its language's word, filled where the table
had none (issue 18). Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.signatories.cuelines import is_heading


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "The undersigned organisations of Xandia"),
        ("en", "Cosignatories from Zetland"),
        ("fr", "Organisations cosignataires"),
        ("fr", "Les soussignés"),
        ("es", "Organizaciones cofirmantes"),
        ("it", "Cofirmatari dell'appello"),
        ("it", "Sottoscrittori dell'appello"),
        ("nl", "Medeondertekenaars"),
        ("pt", "Entidades signatárias"),
        ("pl", "Sygnatariusze apelu"),
        ("pl", "Niżej podpisani"),
        ("uk", "Підписанти звернення"),
        ("hr", "Potpisnice izjave"),
        ("sr", "Организације потписнице"),
        ("sr", "Potpisale organizacije"),
        ("mk", "Изјавата ја потпишаа"),
        ("sl", "Podpisniki izjave"),
        ("cs", "Prohlášení podepsaly"),
        ("cs", "Signatáři prohlášení"),
        ("be", "Падпісанты заявы"),
        ("ro", "Semnatarii declarației"),
        ("ro", "Semnat de organizațiile din Xandia"),
        ("hu", "Aláíró szervezetek"),
        ("et", "Allkirjastajad"),
        ("lv", "Parakstītāji"),
        ("lt", "Pasirašiusios organizacijos"),
        ("sv", "Undertecknare"),
        ("da", "Underskrivere"),
        ("no", "Undertegnede organisasjoner"),
        ("is", "Undirskriftir samtaka"),
        ("ca", "Entitats signants"),
        ("ca", "Signat per"),
        ("gl", "Entidades asinantes"),
        ("eu", "Sinatzaileak"),
        ("eu", "Sinadurak"),
        ("cy", "Llofnodwyr"),
        ("ga", "Sínitheoirí"),
        ("sq", "Nënshkruesit e deklaratës"),
        ("ka", "ხელმომწერი ორგანიზაციები"),
        ("hy", "Ստորագրող կազմակերպություններ"),
        ("ku", "Îmzekarên daxuyaniyê"),
        ("kk", "Қол қоюшылар"),
        ("ky", "Кол коюучулар"),
        ("tl", "Ang mga lumagda"),
        ("id", "Organisasi penandatangan"),
        ("ms", "Yang bertanda tangan"),
        ("vi", "Các tổ chức ký tên"),
        ("sw", "Mashirika yaliyosaini na waliosaini"),
        ("am", "ፈራሚ ድርጅቶች"),
        ("fa", "امضاکنندگان بیانیه"),
        ("ur", "دستخط کنندگان"),
        ("hi", "हस्ताक्षरकर्ता संगठन"),
        ("mr", "स्वाक्षरीकर्ते संघटना"),
        ("bn", "স্বাক্ষরকারী সংগঠন"),
        ("ta", "கையெழுத்திட்ட அமைப்புகள்"),
        ("te", "సంతకం చేసిన సంస్థలు"),
        ("ml", "ഒപ്പുവെച്ച സംഘടനകൾ"),
        ("gu", "સહી કરનાર સંગઠનો"),
        ("si", "අත්සන් කළ සංවිධාන"),
        ("th", "องค์กรผู้ลงนาม"),
        ("km", "អង្គការដែលបានចុះហត្ថលេខា"),
        ("my", "လက်မှတ်ရေးထိုးသည့်အဖွဲ့များ"),
    ],
)  # fmt: skip
def test_a_line_naming_the_signatories_in_its_language_is_a_heading(
    language: str, line: str
) -> None:
    assert is_heading(line), language
