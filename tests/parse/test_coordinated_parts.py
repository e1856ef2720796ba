"""Parts of a run of coordinated names in a sentence of signing that are not names of their own:
one or two words in lower case after a word for "and", a comma after them, go on with the name
before the "and" ("Savez za rad i razvoj, ...", written in sentence case), and a person, a dash
and an organisation ("Ana Zet – Xandia Workers Party") is a pair whose organisation signs, never
one name; "and other parties" closes a run. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A paragraph of argument in each language, with no name in it.
_ARGUMENT = {
    "sr": "Građani traže promene i pravedniji zakon o radu, a mi ćemo zajedno raditi na tome da se "
    "glas svakog birača poštuje u celoj zemlji.",
    "sr-Cyrl": "Грађани траже промене и праведнији закон о раду, а ми ћемо заједно радити на томе "
    "да се глас сваког бирача поштује у целој земљи.",
    "pl": "Obywatele domagają się zmian i sprawiedliwego prawa pracy, a my będziemy razem pracować "
    "nad tym, aby głos każdego wyborcy był szanowany.",
    "en": "Citizens want change and a fairer labour law, and we will work together so that every "
    "vote is respected across the country.",
    "az": "Vətəndaşlar dəyişiklik və daha ədalətli əmək qanunu istəyirlər, biz isə hər seçicinin "
    "səsinə hörmət olunması üçün birlikdə çalışacağıq.",
    "pt": "Os cidadãos querem mudança e uma lei do trabalho mais justa, e vamos trabalhar juntos "
    "para que cada voto seja respeitado em todo o país.",
}


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        ("sr", "Posle sastanka predstavnici stranaka X-SDA, Savez za rad i razvoj, Zetski blok i "
         "XDA poručuju u potpisanoj izjavi da će zajedno raditi na promenama.",
         ["X-SDA", "Savez za rad i razvoj", "Zetski blok", "XDA"]),
        ("sr-Cyrl", "После састанка представници странака КС-СДА, Савез за рад и развој, Зетски "
         "блок и КСДА поручују у потписаној изјави да ће заједно радити на променама.",
         ["КС-СДА", "Савез за рад и развој", "Зетски блок", "КСДА"]),
        ("pl", "Po spotkaniu w Xgrodzie przedstawiciele XPL, Związku pracy i rozwoju, "
         "Zetlandzkiego Sojuszu i YPR podpisali wspólne oświadczenie o współpracy.",
         ["XPL", "Związku pracy i rozwoju", "Zetlandzkiego Sojuszu", "YPR"]),
    ],
)  # fmt: skip
def test_words_in_lower_case_after_and_go_on_with_the_name_before(
    language: str, sentence: str, names: list[str]
) -> None:
    text = f"Statement\n\n{sentence}\n\n{_ARGUMENT[language]}\n"
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        ("sr", "U ime stranaka koje su potpisale sporazum prisutni su bili Ana Zetić – Xandijska "
         "stranka, Ivo Ypsić – Zetski pokret, Mara Xić – Savez slobode i pravde i Goran Tić – "
         "predsednik ogranka sindikata.",
         ["Xandijska stranka", "Zetski pokret", "Savez slobode i pravde"]),
        ("en", "The agreement was signed in Xandiaville by Ana Zet – Xandia Workers Party, Ivo "
         "Ypsilon – Zetland Green Union, Mara Xi – Ypsilon Freedom Party.",
         ["Xandia Workers Party", "Zetland Green Union", "Ypsilon Freedom Party"]),
        ("pl", "Porozumienie podpisali w Xgrodzie Anna Zet – Xandyjska Partia Pracy, Jan Ypsilon – "
         "Zetlandzki Związek Zielonych, Maria Xi – Partia Wolności Ypsilonu.",
         ["Xandyjska Partia Pracy", "Zetlandzki Związek Zielonych", "Partia Wolności Ypsilonu"]),
    ],
)  # fmt: skip
def test_a_person_and_a_dash_are_no_part_of_a_signer(
    language: str, sentence: str, names: list[str]
) -> None:
    # each person's organisation signs, without the person or the dash (and a role is no name)
    text = f"Statement\n\n{sentence}\n\n{_ARGUMENT[language]}\n"
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        # Azerbaijani "qoşuldular" (joined) says the names sign; "və digər partiyalar" (and other
        # parties) closes the run, no words of the last name
        ("az", "Dünən Xandiya Şurasının müraciətinə Zəfər Partiyası, Xandiya Xalq Cəbhəsi (XXC), "
         "Vətəndaş və Gələcək (VGP) və digər partiyalar, bir neçə həmkarlar birliyi də "
         "qoşuldular.",
         ["Zəfər Partiyası", "Xandiya Xalq Cəbhəsi (XXC)", "Vətəndaş və Gələcək (VGP)"]),
        ("pt", "A declaração foi subscrita pelo Partido Operário Xandiano (POX), pela União de "
         "Zetlândia (UZ), pelo Movimento Yberga e outros partidos, associações e sindicatos.",
         ["Partido Operário Xandiano (POX)", "União de Zetlândia (UZ)", "Movimento Yberga"]),
    ],
)  # fmt: skip
def test_and_other_organisations_close_a_run(
    language: str, sentence: str, names: list[str]
) -> None:
    text = f"Statement\n\n{sentence}\n\n{_ARGUMENT[language]}\n"
    assert outside_of(read_text(text)) == names
