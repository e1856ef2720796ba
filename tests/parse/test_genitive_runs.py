"""Names in sentence case whose complements stand in the genitive with no joining word, in a run
of names that sign: a type word, then up to three words in lower case, then the capitalised word
that closes the name ("Союз учителей Зетландии", "Sindikat državnih uslužbencev Zetlandije").
A verb of speaking after a type word ends the name there, and so does a name of its own after
the lower-case words (a noun of the sentence, then a name). Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A paragraph of argument in each language, with no name in it.
_ARGUMENT = {
    "ru": "Организации призывают к митингу в следующую субботу у здания мэрии и требуют "
    "немедленно прекратить все выселения семей из их квартир.",
    "uk": "Організації закликають до мітингу наступної суботи біля будівлі мерії та вимагають "
    "негайно припинити всі виселення родин з їхніх квартир.",
    "tr": "Partiler seçimlere ortak listelerle girecek ve ittifakın adaylarını önümüzdeki hafta "
    "kamuoyuna açıklayacak.",
    "sl": "Organizacije pozivajo k shodu prihodnjo soboto pred mestno hišo in zahtevajo takojšnjo "
    "ustavitev vseh deložacij družin iz njihovih stanovanj.",
}


@pytest.mark.parametrize(
    ("language", "sentence", "names"),
    [
        ("ru", "Рабочая партия Ксании, Союз учителей Зетландии, Федерация арендаторов Зедграда "
         "и Молодёжный фронт Ксании подписали заявление против массовых выселений.",
         ["Рабочая партия Ксании", "Союз учителей Зетландии", "Федерация арендаторов Зедграда",
          "Молодёжный фронт Ксании"]),
        ("ru", "Заявление подписали Союз учителей Зетландии, Рабочая партия Ксании и "
         "Молодёжный фронт Ксании.",
         ["Союз учителей Зетландии", "Рабочая партия Ксании", "Молодёжный фронт Ксании"]),
        ("ru", "Партия труда Ксании (КПТ), Партия жителей Зетландии (ПЖЗ) и Комитет солдатских "
         "матерей (КСМ) подписали заявление против массовых выселений.",
         ["Партия труда Ксании (КПТ)", "Партия жителей Зетландии (ПЖЗ)",
          "Комитет солдатских матерей (КСМ)"]),
        ("uk", "Спілка вчителів Зетландії, Робітнича партія Ксанії та Молодіжний фронт Ксанії "
         "підписали заяву проти масових виселень.",
         ["Спілка вчителів Зетландії", "Робітнича партія Ксанії", "Молодіжний фронт Ксанії"]),
        ("sl", "Sindikat državnih uslužbencev Zetlandije, Delavska stranka Xandije in Mladinska "
         "fronta Xandije so podpisali izjavo proti množičnim deložacijam.",
         ["Sindikat državnih uslužbencev Zetlandije", "Delavska stranka Xandije",
          "Mladinska fronta Xandije"]),
    ],
)  # fmt: skip
def test_names_with_complements_in_the_genitive_sign(
    language: str, sentence: str, names: list[str]
) -> None:
    text = f"Izjava\n\n{sentence}\n\n{_ARGUMENT[language]}\n"
    assert outside_of(read_text(text)) == names


def test_a_verb_of_speaking_after_a_type_word_is_no_part_of_the_name() -> None:
    sentence = (
        "Союз призывает Зетландию к миру, а Рабочая партия Ксании и Молодёжный фронт Ксании "
        "подписали заявление против массовых выселений."
    )
    found = outside_of(read_text(f"Заявление\n\n{sentence}\n\n{_ARGUMENT['ru']}\n"))
    assert "Союз призывает Зетландию" not in found


def test_a_noun_of_the_sentence_before_a_name_is_no_part_of_it() -> None:
    # "İttifak protokolü" (the alliance's protocol) opens the sentence; the names after it
    # have type words of their own
    sentence = (
        "İttifak protokolü Xandia Partisi adına genel başkan Ali Veli, Zetland Halk Partisi adına "
        "genel başkan Ayşe Kaya ve Demokrat Parti adına genel başkan Can Yücel tarafından "
        "imzalandı."
    )
    found = outside_of(read_text(f"Protokol imzalandı\n\n{sentence}\n\n{_ARGUMENT['tr']}\n"))
    assert found == ["Xandia Partisi", "Zetland Halk Partisi", "Demokrat Parti"]


def test_a_capitalised_noun_a_joining_word_follows_closes_no_name() -> None:
    # German writes every noun with a capital: "als Zusammenschluss von" goes on past the noun
    sentence = (
        "Der Aufruf wird unterstützt vom Xandischen Bündnis als Zusammenschluss von 41 "
        "Organisationen, der Zetländischen Friedensunion und dem Verband der Mieter Zedstadts."
    )
    argument = (
        "Wir fordern die sofortige Beendigung aller Kriege und rufen alle Menschen auf, sich den "
        "Protesten am kommenden Samstag anzuschließen."
    )
    found = outside_of(read_text(f"Aufruf\n\n{sentence}\n\n{argument}\n"))
    assert "Xandischen Bündnis als Zusammenschluss" not in found
