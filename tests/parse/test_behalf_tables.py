"""The organisation a person speaks or signs for, read in languages the tables had no words for,
and the name an "on behalf of" phrase puts in its case:

- "on behalf of" in Belarusian ("ад імя") and Vietnamese "đại diện cho" (representing): the
  name after the phrase signs;
- "on behalf of", "in the name of", "representing" in the words of a language the table held
  other words or none for (Dutch, Portuguese, Spanish, Catalan, Italian, Greek, Russian,
  Polish, Icelandic, Hausa, Malay, Vietnamese before the name; Uzbek, Armenian, Hungarian,
  Finnish after it): the name the phrase speaks for signs;
- a sign-off line "Person - post, Organisation" whose post is Swedish "sekreterare" or Danish
  "sekretær": the organisation signs, never the post with it;
- a name the text gives whole, then after an "on behalf of" phrase in its case and shorter
  ("Partia Punëtore e Xandisë", then "në emër të Partisë Punëtore"): one signer, not two.

Names are made up."""

from __future__ import annotations

import pytest

from .reading import lists_of, outside_of, read_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Belarusian "ад імя" (on behalf of)
        ("Сумесная заява\n\nЗаява зробленая ад імя Рабочай Партыі Ксандыі. Мы патрабуем ад "
         "урада павысіць заробкі разам з цэнамі і паважаць правы работнікаў на кожным "
         "прадпрыемстве.\n",
         ["Рабочай Партыі Ксандыі"]),
        # Vietnamese "đại diện cho" (representing)
        ("Tuyên bố chung\n\nÔng Nguyễn Văn An, đại diện cho Xandia Teachers Union, cho biết: "
         "“Chúng tôi yêu cầu chính phủ tăng lương theo giá cả và tôn trọng quyền của người lao "
         "động.”\n",
         ["Xandia Teachers Union"]),
    ],
)  # fmt: skip
def test_an_on_behalf_phrase_of_the_language_names_the_signer(text: str, names: list[str]) -> None:
    assert outside_of(read_text(text)) == names


#: A paragraph of argument after the sentence naming the signer, in each language.
_DEMAND = {
    "nl": "Wij eisen dat de regering de lonen verhoogt met de prijzen.",
    "pt": "Exigimos que o governo aumente os salários com os preços.",
    "es": "Exigimos que el gobierno suba los salarios con los precios.",
    "ca": "Exigim que el govern apugi els salaris amb els preus.",
    "it": "Chiediamo che il governo aumenti i salari con i prezzi.",
    "el": "Ζητάμε από την κυβέρνηση να αυξήσει τους μισθούς μαζί με τις τιμές.",
    "ru": "Мы требуем от правительства повысить зарплаты вместе с ценами.",
    "pl": "Żądamy od rządu podniesienia płac wraz z cenami.",
    "is": "Við krefjumst þess að ríkisstjórnin hækki launin í takt við verðlag.",
    "ha": "Muna bukatar gwamnati ta ƙara albashi daidai da farashi.",
    "ms": "Kami menuntut kerajaan menaikkan gaji seiring dengan harga.",
    "vi": "Chúng tôi yêu cầu chính phủ tăng lương theo giá cả.",
    "uz": "Biz hukumatdan ish haqini narxlar bilan birga oshirishni talab qilamiz.",
    "hy": "Մենք պահանջում ենք, որ կառավարությունը բարձրացնի աշխատավարձերը։",
    "hu": "Követeljük, hogy a kormány emelje a béreket az árakkal együtt.",
    "fi": "Vaadimme hallitusta nostamaan palkkoja hintojen mukana.",
}


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("nl", "Deze verklaring is afgelegd in naam van de Arbeiderspartij van Xandia.",
         "Arbeiderspartij van Xandia"),
        ("pt", "Esta declaração foi feita em representação do Partido Operário de Xândia.",
         "Partido Operário de Xândia"),
        ("es", "Esta declaración se hace en representación del Partido Obrero de Xandia.",
         "Partido Obrero de Xandia"),
        ("ca", "Aquesta declaració es fa en representació del Partit Obrer de Xàndia.",
         "Partit Obrer de Xàndia"),
        ("it", "Questa dichiarazione è fatta in rappresentanza del Partito Operaio di Xandia.",
         "Partito Operaio di Xandia"),
        ("el", "Η δήλωση γίνεται εξ ονόματος του Εργατικού Κόμματος Ξάνδιας.",
         "Εργατικού Κόμματος Ξάνδιας"),
        ("ru", "Заявление сделано от лица Рабочей Партии Ксандии.", "Рабочей Партии Ксандии"),
        ("pl", "Oświadczenie zostało złożone z ramienia Partii Pracy Xandii.",
         "Partii Pracy Xandii"),
        ("is", "Þessi yfirlýsing er gefin fyrir hönd Xandia Teachers Union.",
         "Xandia Teachers Union"),
        ("ha", "An fitar da wannan sanarwa a madadin Xandia Teachers Union.",
         "Xandia Teachers Union"),
        ("ms", "Kenyataan ini dibuat bagi pihak Parti Pekerja Xandia.", "Parti Pekerja Xandia"),
        ("vi", "Ông Nguyễn Văn An, nhân danh Xandia Teachers Union, cho biết điều đó.",
         "Xandia Teachers Union"),
        ("uz", "Xandiya Ishchilar Partiyasi nomidan bayonot berildi.",
         "Xandiya Ishchilar Partiyasi"),
        ("uz", "Ксандия Ишчилар Партияси номидан баёнот берилди.", "Ксандия Ишчилар Партияси"),
        ("hy", "Կսանդիայի Բանվորական Կուսակցության անունից հայտարարություն է արվել։",
         "Կսանդիայի Բանվորական Կուսակցության"),
        ("hu", "A nyilatkozatot a Xandiai Kommunista Párt képviseletében olvasták fel.",
         "Xandiai Kommunista Párt"),
        ("fi", "Xandian Työväenpuolueen nimissä julkilausuman esitti Anna Virtanen.",
         "Xandian Työväenpuolueen"),
    ],
)  # fmt: skip
def test_the_phrase_in_words_of_the_language_names_the_signer(
    language: str, sentence: str, name: str
) -> None:
    text = f"Joint statement\n\n{sentence} {_DEMAND[language]}\n"
    assert outside_of(read_text(text)) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nej till lönedumpning!\n\nVi kräver att regeringen höjer lönerna i takt med priserna "
         "och respekterar arbetarnas rättigheter på varje arbetsplats.\n\n"
         "Anna Berg - Internationell sekreterare, Xandias Arbetarparti\n"
         "Erik Holm - Politiska kommitténs sekreterare, Zetlands Kommunistiska Parti\n",
         ["Xandias Arbetarparti", "Zetlands Kommunistiska Parti"]),
        ("Nej til løndumping!\n\nVi kræver, at regeringen hæver lønningerne i takt med priserne "
         "og respekterer arbejdernes rettigheder på enhver arbejdsplads.\n\n"
         "Anne Berg - Internationale sekretær, Xandias Arbejderparti\n"
         "Erik Holm - Faglig sekretær, Zetlands Kommunistiske Parti\n",
         ["Xandias Arbejderparti", "Zetlands Kommunistiske Parti"]),
    ],
)  # fmt: skip
def test_a_secretary_signs_off_for_the_organisation(text: str, names: list[str]) -> None:
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Albanian: the genitive "Partisë Punëtore" after "në emër të"
        ("Partia Punëtore e Xandisë dhe Sindikata e Mësuesve të Zetlandës kanë firmosur sot "
         "marrëveshjen mes tyre për pagat.\n\nNë emër të Partisë Punëtore e ka firmosur "
         "nënkryetari Arben Kola.\n\nAi tha se marrëveshja do të zbatohet bashkë me sindikatën "
         "dhe se pagat do të rriten.\n",
         ["Partia Punëtore e Xandisë", "Sindikata e Mësuesve të Zetlandës"]),
        # Polish: the genitive "Partii Pracy" after "w imieniu"
        ("Partia Pracy Xandii i Związek Nauczycieli Zetlandii podpisały dziś porozumienie w "
         "sprawie płac.\n\nW imieniu Partii Pracy porozumienie podpisał wiceprzewodniczący Jan "
         "Kowalski.\n\nPowiedział, że porozumienie wejdzie w życie od razu i że płace wzrosną.\n",
         ["Partia Pracy Xandii", "Związek Nauczycieli Zetlandii"]),
        # Serbian (Cyrillic): the genitive "Радничке Партије" after "у име"
        ("Радничка Партија Ксандије и Синдикат Учитеља Зетланда потписали су данас споразум о "
         "платама.\n\nУ име Радничке Партије споразум је потписао потпредседник Иван Петровић."
         "\n\nОн је рекао да ће споразум ступити на снагу одмах и да ће плате расти.\n",
         ["Радничка Партија Ксандије", "Синдикат Учитеља Зетланда"]),
    ],
)  # fmt: skip
def test_a_name_in_its_case_after_the_phrase_is_the_one_named_whole(
    text: str, names: list[str]
) -> None:
    assert outside_of(read_text(text)) == names
