"""Stated totals: the number of signatories a text says there are, in digits or in words, in any
language; a number of signatures, of a body's members or of anything else is none."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage rules, "
    "and the government has answered them with arrests and with bans on every meeting."
)


def _total(text: str) -> int | None:
    return read_bytes("statement.txt", text.encode("utf-8")).stated_total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("O documento «Pela Paz, Não à NATO» reúne já 62 subscritores.", 62),
        ("El manifiesto contra el pin parental reúne ya 215 apoyos entre colectivos.", 215),
        ("Der Aufruf hat inzwischen 41 Unterzeichner aus dem ganzen Land.", 41),
        ("The call has received 23 endorsements so far, from every continent.", 23),
    ],
)
def test_a_number_of_signers_or_supporters(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        "Organisationerna lämnar över 35 686 namnunderskrifter till utrikesministern.",
        "La campaña ha reunido 12.000 firmas en una semana de trabajo.",
        "The petition was signed by 5000 signatures of workers in a week.",
    ],
)
def test_a_number_of_signatures_is_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("По состоянию на сегодня заявление поддержала 71 организация из региона.", 71),
        ("The statement is now supported by 40 organisations across Europe.", 40),
        ("Die Erklärung wird inzwischen von 30 Organisationen unterstützt.", 30),
        ("Die rund fünfzig teilnehmenden Organisationen wollen die Demokratie stärken.", 50),
    ],
)
def test_a_number_of_organisations_that_support_or_take_part(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Trinta e sete partidos comunistas e operários condenaram a tentativa de banir o PC.", 37),
        ("De drie partijen stelden de onderstaande gezamenlijke verklaring op in Remich.", 3),
        ("Vi är sex svenska fackförbund inom välfärdssektorn och företräder en miljon.", 6),
        ("Три политические партии создали объединение «За Литву в Литве» на этой неделе.", 3),
    ],
)
def test_the_organisations_the_opening_speaks_of(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        ("53 Partis communistes et ouvriers s’opposent à l’intervention militaire", 53),
        ("Fifty communist and workers' parties condemn the ban of the party", 50),
        ("Trinta e sete partidos denunciam a ilegalização do PC da Ucrânia", 37),
    ],
)
def test_the_organisations_a_title_speaks_of(title: str, total: int) -> None:
    assert _total(title + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        # after the opening, a number of parties is any number of parties
        "Τα δύο κόμματα σημειώνουν ότι ο ανταγωνισμός οξύνεται στο Αιγαίο.",
        "The two parties note that the rivalry over the sea lanes grows sharper every month.",
        "Die beiden Parteien stellen fest, dass zwei Gewerkschaften verboten wurden.",
        # a list entry left in the text is no sentence
        "3 Parti communiste d’Azerbaïdjan",
    ],
)
def test_no_total_after_the_opening(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Er wird unterstützt vom Bündnis als Zusammenschluss von 41 Organisationen, als weitere "
        "Unterzeichner haben sich gemeldet:",
        "It is endorsed by the Peace Network, an alliance of 41 organisations, and by others.",
        "Lo firma la Plataforma, una coalición de 30 organizaciones, junto a otros colectivos.",
    ],
)
def test_the_members_of_one_body_are_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Dreiundzwanzig Parteien haben die Erklärung bereits unterzeichnet.", 23),
        ("Двадцать три партии подписали совместное заявление.", 23),
        ("Izjavu je potpisalo pedeset partija iz cele Evrope.", 50),
        ("Ventitré partiti hanno firmato la dichiarazione comune.", 23),
        ("Dwadzieścia organizacji podpisało wspólny apel.", 20),
        ("Yirmi dört kuruluş ortak bildiriyi imzaladı.", 24),
    ],
)
def test_a_total_written_in_words(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # a ten that changes or drops its last vowel before the unit
        ("Hasta la fecha, veinticinco partidos han firmado la declaración.", 25),
        ("Hanno firmato l'appello ventotto organizzazioni della sinistra.", 28),
        ("Hanno firmato l'appello trentuno partiti comunisti e operai.", 31),
        # a vigesimal ten and a teen
        ("Quatre-vingt-douze organisations ont déjà signé l'appel.", 92),
        ("Soixante et onze partis ont signé la déclaration commune.", 71),
        # a teen written as two words
        ("Ortak açıklamayı on dört örgüt imzaladı.", 14),
        # a noun right after the number, capitalised as German writes every noun
        ("Die Erklärung wurde von fünfzehn Parteien unterzeichnet.", 15),
        # the languages' words of signing and of joining
        ("Åtte partier har signert erklæringen om freden.", 8),
        ("Ya se han sumado 16 organizaciones al llamamiento.", 16),
    ],
)
def test_more_totals_written_in_words_or_in_running_sentences(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        ("Joint statement of 21 communist and workers' parties on the war", 21),
        ("Declaración de cinco partidos comunistas sobre la situación", 5),
        ("Gemeinsame Erklärung von sechs Parteien zur Lage in Europa", 6),
        ("Совместное заявление 70 коммунистических и рабочих партий", 70),
    ],
)
def test_the_organisations_a_titles_statement_is_of(title: str, total: int) -> None:
    assert _total(title + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    "text",
    [
        # a word of a name, not a number: "dos" is Portuguese for "of the"
        "Declaração conjunta dos secretários-gerais do Partido Comunista da Grécia e do Partido X",
        "Joint statement of the general secretaries of the Communist Party of X and the Y Party",
        # an event's ordinal, and a number of years before the parties of the sentence
        "Title\n\nThe 5th congress of the party signed off on the new programme of struggle.",
        "Title\n\nThree years ago the parties signed a similar appeal against the war in the "
        "region.",
        "Titel\n\nDrei Jahre danach haben die Parteien einen ähnlichen Aufruf unterzeichnet.",
    ],
)
def test_no_total_from_names_events_or_years(text: str) -> None:
    assert _total(text + "\n\n" + PROSE + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # the number in digits, then in words in brackets; a word saying it is the whole count
        ("Dengan total 56 (lima puluh enam) federasi serta serikat pekerja menyatakan sikap.", 56),
        ("A declaração foi assinada por 12 (doze) partidos e sindicatos.", 12),
        ("Insgesamt 30 Organisationen stehen hinter dem Aufruf an die Regierung.", 30),
        # Indonesian teens and tens of two words
        ("Sebanyak dua belas serikat buruh telah menandatangani pernyataan bersama ini.", 12),
        ("Sebanyak lima puluh enam organisasi telah menandatangani pernyataan ini.", 56),
    ],
)
def test_a_total_repeated_in_words_or_called_a_total(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement was signed by the X Party and 40 other parties from Europe.",
        "La déclaration a été signée par le Parti X et 12 autres partis.",
        "Die Erklärung haben die Partei X und 15 andere Parteien unterzeichnet.",
    ],
)
def test_a_number_of_others_beside_the_named_is_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike (6 unions) was a success in every port.",
        "A statement (12 pages) was published by the committee.",
        "Una declaración (15 páginas) fue publicada ayer por el comité.",
    ],
)
def test_a_bracketed_number_of_anything_else_is_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # "almost" a number: fewer than that, and how many is not said
        "A carta reúne também perto de 300 entidades entre os seus signatários.",
        "Carta pela democracia tem apoio de quase 300 entidades de todo o país.",
        "Nearly 40 parties have signed the appeal so far, from every continent.",
        "Fast 30 Organisationen haben den Aufruf bereits unterzeichnet.",
    ],
)
def test_almost_a_number_is_no_total(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # Japanese: in the title, and next to a word of signing
        ("葛飾4労組・総選挙共同アピール\n\n" + PROSE, 4),
        ("Title\n\n" + PROSE + "\n\n共同声明は署名に参与してくださった"
         "65団体の名義で発表します。", 65),
        # Chinese: a number after "and" counts the others beside the one named; the total follows
        ("Title\n\n" + PROSE + "\n\n论坛与世界运河城市合作组织及19个国际组织联署呼吁。"
         "20个组织共同指出：疫情仍在蔓延。", 20),
        # Korean: a number, its counter and the word for organisations
        ("Title\n\n" + PROSE + "\n\n전국 963개 단체가 선언운동에 동참했습니다.", 963),
        # Chinese numerals: in the title, and next to a word of signing
        ("四小黨簽聯合宣言\n\n" + PROSE, 4),
        ("Title\n\n" + PROSE + "\n\n十二个政党共同签署了这份声明。", 12),
        ("Title\n\n" + PROSE + "\n\n二十三個團體聯署呼籲停火。", 23),
    ],
)  # fmt: skip
def test_a_total_in_chinese_japanese_or_korean(text: str, total: int) -> None:
    assert _total(text + "\n") == total


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\n" + PROSE + "\n\n2月7日に、4つの労働団体の代表が集まりました。",
        "Title\n\n" + PROSE + "\n\n会议有20个国家的代表参加。",
        "Title\n\n" + PROSE + "\n\n전국 963개 단체가 모였습니다.",
        # persons of a party, and a party's ordinal, are no number of parties
        "Title\n\n" + PROSE + "\n\n三名党员签署了这份声明。",
        "Title\n\n" + PROSE + "\n\n第四黨簽署了這份聲明。",
    ],
)
def test_no_total_in_chinese_japanese_or_korean_without_signing(text: str) -> None:
    assert _total(text + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # a case ending or a prefix written onto the number, "more than" after it
        ("20'den fazla örgüt ortak bildiriyi imzaladı.", 20),
        ("יותר מ-20 ארגונים חתמו על ההצהרה.", 20),
        ("20 से अधिक संगठनों ने हस्ताक्षर किए।", 20),
        # a number word in the genitive, an article between the number and the organisations
        ("Более двадцати организаций подписали заявление.", 20),
        ("Já são 150 as organizações que subscrevem o apelo.", 150),
        # the words of signing and of supporting of more languages
        ("Více než 20 organizací podepsalo prohlášení.", 20),
        ("Над 30 организации подкрепиха декларацията.", 30),
        ("بیش از ۲۰ سازمان این بیانیه را امضا کردند.", 20),
        # parliamentary factions that sign
        ("Три фракції парламенту підписали спільну декларацію.", 3),
        ("Пять фракций Думы подписали совместное заявление.", 5),
        ("Dvije frakcije su potpisale zajedničku izjavu.", 2),
        # the number of organisations in brackets after the statement they made
        ("Οι Ομοσπονδίες συντονίστηκαν με κοινή ανακοίνωση (7 Ομοσπονδίες) για την απεργία.", 7),
        ("The unions issued a joint statement (12 unions) on Monday.", 12),
        ("Los partidos firmaron una declaración conjunta (15 organizaciones) ayer.", 15),
    ],
)
def test_totals_of_more_languages(sentence: str, total: int) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    ("heading", "total"),
    [
        ("Unterzeichnende Organisationen (23):", 23),
        ("Signatories (23)", 23),
        ("Organizaciones firmantes (23):", 23),
        # not a heading of signers
        ("Photos (23)", None),
    ],
)
def test_a_heading_of_signers_with_their_number(heading: str, total: int | None) -> None:
    text = "Title\n\n" + PROSE + "\n\n" + heading + "\n\nX Party of Britain\nY Party of Italy\n"
    assert _total(text) == total


@pytest.mark.parametrize(
    ("title", "total"),
    [
        ("Ponad 40 organizacji apeluje do rządu o wstrzymanie deportacji", 40),
        ("40'tan fazla kurum hükümete ortak bir çağrı yaptı", 40),
        ("Více než 40 organizací vyzývá vládu k zastavení deportací", 40),
        # a number of countries is none
        ("Over 40 countries condemn the attack on the flotilla", None),
    ],
)
def test_more_than_a_number_of_organisations_in_a_title(title: str, total: int | None) -> None:
    assert _total(title + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    "cue",
    [
        "Mit dabei sind bislang folgende drei Organisationen:",
        "So far these three organisations have joined:",
        "Após a reunião foi emitida a seguinte declaração dos três partidos:",
    ],
)
def test_a_number_of_organisations_in_the_line_opening_a_list(cue: str) -> None:
    entries = "- X Party of Britain\n- Y Workers Union\n- Z Youth Front\n"
    assert _total("Title\n\n" + PROSE + "\n\n" + cue + "\n\n" + entries) == 3


@pytest.mark.parametrize(
    "cue",
    [
        "Mit dabei sind bislang folgende drei Organisationen:",
        "So far these three organisations have joined:",
        "Após a reunião foi emitida a seguinte declaração dos três partidos:",
    ],
)
def test_the_same_line_opening_a_declaration_states_no_total(cue: str) -> None:
    # what follows the colon is the declaration's prose, not a list of its signers
    assert _total("Title\n\n" + PROSE + "\n\n" + cue + "\n\n" + PROSE + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        # the number amid the sentence: after a possessive, a place, a verb or a head noun
        ("ZEDLAND: Zedland’s five major political parties have reached a deal on the budget.", 5),
        ("Det meddeler de fire partier i en fælles pressemeddelelse fra i dag.", 4),
        ("Voditelji štirih strank so danes parafirali besedilo skupnega sporazuma.", 4),
        ("En Xandia 17 asociaciones y organizaciones se han sumado al manifiesto común.", 17),
        ("عقد اجتماع مشترك ضمّ قيادات أربعة أحزاب للتباحث في آخر المستجدات.", 4),
        ("ექვსმა ოპოზიციურმა პარტიამ ერთობლივი დეკლარაცია გამოაქვეყნა.", 6),
    ],
)
def test_a_number_of_organisations_amid_a_sentence_of_the_opening(
    sentence: str, total: int
) -> None:
    assert _total("Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        # a part of them, the others beside them, a pair, a body's members, a name's number
        "Three of the parties met the minister in Zedtown before the vote of last week.",
        "De tre største af partierne stod også sammen ved valget for fire år siden.",
        "Le delegazioni hanno rafforzato i rapporti tra i due partiti nell’incontro di Roma.",
        "La Confederación, que agrupa a 93 confederaciones nacionales, se reunió con nosotros.",
        "The X Confederation, which unites 93 national confederations and 10 federations, met.",
        "Společné prohlášení Svazu Nové odbory a Sdružení pracujících Xandie ze dne voleb.",
    ],
)
def test_no_total_from_a_part_a_pair_members_or_a_name_amid_the_opening(sentence: str) -> None:
    assert _total("Title\n\n" + sentence + " " + PROSE + "\n\n" + PROSE + "\n") is None


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Deri më tani 13 parti politike kanë firmosur marrëveshjen me kryetarin.", 13),
        ("ว่าทั้ง 11 พรรคจะสนับสนุนให้มีการจัดตั้งรัฐบาลโดยเร็วที่สุด", 11),
    ],
)
def test_a_signing_or_supporting_number_of_parties_in_albanian_and_thai(
    sentence: str, total: int
) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") == total


@pytest.mark.parametrize(
    "sentence",
    [
        "หัวหน้าพรรค X พร้อมด้วยหัวหน้าพรรคการเมืองอีก 10 พรรค ได้ร่วมกันแถลงข่าว",
        "เปิดสัตยาบัน 6+1 พรรค ร่วมกันหยุดสืบทอดอำนาจ",
    ],
)
def test_no_thai_total_of_others_or_of_a_sum(sentence: str) -> None:
    assert _total("Title\n\n" + PROSE + "\n\n" + sentence + "\n") is None


@pytest.mark.parametrize(
    "heading",
    [
        "The three parties boycotting the inauguration",
        "Die drei unterzeichnenden Organisationen",
        "ഉദ്ഘാടനം ബഹിഷ്കരിക്കുന്ന 3 പാർട്ടികൾ",
    ],
)
def test_a_number_of_organisations_in_the_heading_above_a_list(heading: str) -> None:
    entries = "- X Party of Britain\n- Y Workers Union\n- Z Youth Front\n"
    assert _total("Title\n\n" + PROSE + "\n\n" + heading + "\n\n" + entries) == 3
