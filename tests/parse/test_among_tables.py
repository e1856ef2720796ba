"""Names a running sentence announces after a phrase for "among which", "among others" or "among
them" in forms ``among_phrases`` lacked (issue 18): Italian "fra cui", German "unter anderem",
Spanish "entre las cuales", French "parmi lesquelles", Portuguese "entre as quais", English
"amongst them". No text of the tune split's first fold writes one of them, so each is held here
by one made-up sentence, read so only with its phrase in the table. Then the phrases of eleven
more languages (sl, be, is, ky, kk, uz, sr, ro, hu, cs, ha), read after a group word in a case
``plurals`` leaves out (``among_groups``), the language's own "and" (Hausa "da") parting the
last two names, and Slovene "in" ending a name in sentence case. Names are made up."""

from __future__ import annotations

import pytest

from kzld.parse.runs import name_run

from .prose import PROSE
from .reading import outside_of, read_text

#: The three organisations each sentence names, in its language.
_SIGNERS = {
    "it": ["Federazione Xandiana dei Lavoratori", "Sindacato Zetlandese degli Insegnanti",
           "Lega Giovanile di Ostland"],
    "de": ["Xandische Gewerkschaftsbund", "Zetländische Lehrergewerkschaft",
           "Ostländische Jugendliga"],
    "es": ["Federación Xandiana de Trabajadores", "Sindicato Zetlandés de Maestros",
           "Liga Juvenil de Ostland"],
    "fr": ["Fédération Xandienne des Travailleurs", "Syndicat Zetlandais des Enseignants",
           "Ligue de la Jeunesse d'Ostland"],
    "pt": ["Federação Xandiana dos Trabalhadores", "Sindicato Zetlandês dos Professores",
           "Liga da Juventude de Ostland"],
    "en": ["Xandia Workers Federation", "Zetland Teachers Union", "Ostland Youth League"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Alla manifestazione hanno partecipato molte organizzazioni, fra cui la "
               "Federazione Xandiana dei Lavoratori, il Sindacato Zetlandese degli Insegnanti e "
               "la Lega Giovanile di Ostland."),
        ("de", "An der Kundgebung beteiligten sich viele Organisationen, unter anderem der "
               "Xandische Gewerkschaftsbund, die Zetländische Lehrergewerkschaft und die "
               "Ostländische Jugendliga."),
        ("es", "En la marcha participaron muchas organizaciones, entre las cuales la Federación "
               "Xandiana de Trabajadores, el Sindicato Zetlandés de Maestros y la Liga Juvenil "
               "de Ostland."),
        ("fr", "Plusieurs organisations ont participé, parmi lesquelles la Fédération Xandienne "
               "des Travailleurs, le Syndicat Zetlandais des Enseignants et la Ligue de la "
               "Jeunesse d'Ostland."),
        ("pt", "Participaram muitas organizações, entre as quais a Federação Xandiana dos "
               "Trabalhadores, o Sindicato Zetlandês dos Professores e a Liga da Juventude de "
               "Ostland."),
        ("en", "Many organisations took part, amongst them the Xandia Workers Federation, the "
               "Zetland Teachers Union and the Ostland Youth League."),
    ],
)  # fmt: skip
def test_names_after_an_among_phrase_of_its_language_sign(language: str, sentence: str) -> None:
    body = PROSE["en"]
    text = f"Xandia news\n\n{body}\n\n{sentence}\n\n{body}\n"
    assert outside_of(read_text(text)) == _SIGNERS[language], language


#: Sentences of the form "<many organisations>, <among them> A, B and C" in languages whose
#: group word stands in a case ``plurals`` leaves out (a genitive plural after a word of quantity,
#: a Turkic plural, a Hungarian singular after "számos") or whose phrase was missing, each read
#: alone under a headline, so that the text is in its language; with the names each must give.
_GROUPED = [
    ("sl", "Shoda se je udeležilo več organizacij, med njimi Zveza sindikatov Xandije, Sindikat "
           "učiteljev Zetlandije in Mladinska liga Ostlanda.",
     ["Zveza sindikatov Xandije", "Sindikat učiteljev Zetlandije", "Mladinska liga Ostlanda"]),
    ("be", "У акцыі ўзялі ўдзел шмат арганізацый, сярод іх Саюз рабочых Ксандыі, Прафсаюз "
           "настаўнікаў Зетландыі і Моладзевая ліга Остланда.",
     ["Саюз рабочых Ксандыі", "Прафсаюз настаўнікаў Зетландыі", "Моладзевая ліга Остланда"]),
    ("sr", "У акцији су учествовале многе организације, међу њима Савез синдиката Ксандије, "
           "Синдикат учитеља Зетландије и Омладинска лига Остланда.",
     ["Савез синдиката Ксандије", "Синдикат учитеља Зетландије", "Омладинска лига Остланда"]),
    ("cs", "Akce se zúčastnilo mnoho organizací, mimo jiné Svaz pracujících Xandie, Odborový svaz "
           "učitelů Zetlandu a Liga mládeže Ostlandu.",
     ["Svaz pracujících Xandie", "Odborový svaz učitelů Zetlandu", "Liga mládeže Ostlandu"]),
    ("cs", "Akce se zúčastnilo mnoho organizací, mezi nimi Svaz pracujících Xandie, Odborový svaz "
           "učitelů Zetlandu a Liga mládeže Ostlandu.",
     ["Svaz pracujících Xandie", "Odborový svaz učitelů Zetlandu", "Liga mládeže Ostlandu"]),
    ("pl", "W akcji wzięło udział wiele organizacji, w tym Związek Pracowników Xandii, Związek "
           "Nauczycieli Zetlandii i Liga Młodzieży Ostlandu.",
     ["Związek Pracowników Xandii", "Związek Nauczycieli Zetlandii", "Liga Młodzieży Ostlandu"]),
    ("hu", "A tüntetésen számos szervezet vett részt, többek között a Xandiai Munkások Szövetsége, "
           "a Zetlandi Tanárok Szakszervezete és az Ostlandi Ifjúsági Liga.",
     ["Xandiai Munkások Szövetsége", "Zetlandi Tanárok Szakszervezete", "Ostlandi Ifjúsági Liga"]),
    ("hu", "A tüntetésen számos szervezet vett részt, köztük a Xandiai Munkások Szövetsége, a "
           "Zetlandi Tanárok Szakszervezete és az Ostlandi Ifjúsági Liga.",
     ["Xandiai Munkások Szövetsége", "Zetlandi Tanárok Szakszervezete", "Ostlandi Ifjúsági Liga"]),
    ("ro", "La marș au participat multe organizații, printre acestea Federația Sindicatelor "
           "Xandiene, Sindicatul Profesorilor Zetlandezi și Liga Tineretului Ostlandez.",
     ["Federația Sindicatelor Xandiene", "Sindicatul Profesorilor Zetlandezi",
      "Liga Tineretului Ostlandez"]),
    ("is", "Mörg samtök tóku þátt, þar á meðal Félag verkamanna Xandíu, Félag kennara Zetlands og "
           "Bandalag ungmenna Ostlands.",
     ["Félag verkamanna Xandíu", "Félag kennara Zetlands", "Bandalag ungmenna Ostlands"]),
    ("gl", "Na mobilización participaron moitas organizacións, incluíndo a Federación Xandiana de "
           "Traballadores, o Sindicato Zetlandés de Mestres e a Liga Xuvenil de Ostland.",
     ["Federación Xandiana de Traballadores", "Sindicato Zetlandés de Mestres",
      "Liga Xuvenil de Ostland"]),
    ("kk", "Акцияға көптеген ұйымдар қатысты, оның ішінде Ксандия жұмысшылар одағы, Зетланд "
           "жастар одағы және Остланд әйелдер одағы.",
     ["Ксандия жұмысшылар одағы", "Зетланд жастар одағы", "Остланд әйелдер одағы"]),
    ("ky", "Акцияга көптөгөн уюмдар катышты, анын ичинде Ксандия жумушчулар союзу, Зетланд "
           "жаштар союзу жана Остланд аялдар союзу.",
     ["Ксандия жумушчулар союзу", "Зетланд жаштар союзу", "Остланд аялдар союзу"]),
    ("uz", "Aksiyada ko'plab tashkilotlar qatnashdi, shu jumladan Xandiya ishchilar ittifoqi, "
           "Zetland yoshlar ittifoqi va Ostland ayollar ittifoqi.",
     ["Xandiya ishchilar ittifoqi", "Zetland yoshlar ittifoqi", "Ostland ayollar ittifoqi"]),
    ("ha", "Kungiyoyi da dama sun halarci taron, ciki har da Kungiyar Ma'aikatan Xandia, Kungiyar "
           "Malaman Zetland da Kungiyar Matasan Ostland.",
     ["Kungiyar Ma'aikatan Xandia", "Kungiyar Malaman Zetland", "Kungiyar Matasan Ostland"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "sentence", "signers"), _GROUPED)
def test_names_after_an_among_phrase_and_a_group_in_any_case_sign(
    language: str, sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"Xandia\n\n{sentence}\n")) == signers, language


def test_the_word_for_and_before_a_capital_ends_a_name_in_sentence_case() -> None:
    # Slovene "in" (and) after the capital that closes a name of genitives is no joining word
    # ("in" of English) carrying the name on
    found = name_run("Sindikat učiteljev Zetlandije in Mladinska liga Ostlanda.", 0, relaxed=True)
    assert found[0] == [(0, "Sindikat učiteljev Zetlandije"), (33, "Mladinska liga Ostlanda")]


def test_a_hungarian_party_is_no_group_before_an_among_phrase() -> None:
    # "párt" (party) folds to "part": "took part, including" names no group
    sentence = "Many took part, including Xandia Workers Federation and Zetland Teachers Union."
    assert outside_of(read_text(f"Xandia\n\n{sentence}\n")) == []
