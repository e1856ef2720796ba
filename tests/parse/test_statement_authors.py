"""Who speaks in the title and the lead of a text that names its signers nowhere else: the names
after the word for a statement in a title as long as a line of prose, the subject of a lead
sentence that names a statement (read by its capitals), and the organisations a "we" names
through their representatives. A plural that only says what kind its writers are, and a text
whose list names its signers, are not read here. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: Each case: a text whose head names its signer after the word for a statement and a joining
#: word, in a heading as long as a line of prose, and the signers.
TITLED = {
    "tl": (
        "Lunes, Marso 4, 2024\n\n"
        "Pahayag ng XPAC (Xandia Union Presidents Against Contractual Work)\n\n"
        "PAHAYAG NG PANININDIGAN\n\n"
        "Kaming mga lider-manggagawa mula sa iba't ibang pabrika ng lungsod ay nagkakaisang "
        "nagpapahayag ng aming pagtutol sa kontraktuwalisasyon.\n\n"
        f"{PROSE['en']}\n",
        ["XPAC (Xandia Union Presidents Against Contractual Work)"],
    ),
}

#: Each case: a lead whose first sentence names a statement and, as its subject, its writers.
TOLD = {
    "cy": (
        "Mae Llywodraeth Xandia a Phlaid Zetland wedi cyhoeddi datganiad yn dweud ei bod yn "
        "bwysicach nag erioed i gydweithio er lles pobl y wlad.\n\n"
        f"{PROSE['en']}\n",
        ["Llywodraeth Xandia", "Phlaid Zetland"],
    ),
    "pl": (
        "Rząd Xandii i Partia Zetlandzka wydały wspólne oświadczenie w sprawie eksmisji w starym "
        "mieście.\n\n"
        f"{PROSE['en']}\n",
        ["Rząd Xandii", "Partia Zetlandzka"],
    ),
    "ru": (
        "Правительство Ксандии и Партия Зетланда опубликовали совместное заявление о выселениях "
        "в старом городе.\n\n"
        f"{PROSE['ru']}\n",
        ["Правительство Ксандии", "Партия Зетланда"],
    ),
}

#: Each case: a lead that opens with a "we" and the representatives of the organisations.
REPRESENTED = {
    "uk": (
        "ДЕКЛАРАЦІЯ про спільні дії\n\n"
        "Ми, повноважні представники Ксандійської Робітничої Партії та Зетландської Спілки "
        "Вчителів;\n\n"
        "Пам’ятаючи, що обидві наші організації виросли з одного руху за права робітників і "
        "довгий час ішли пліч-о-пліч, заявляємо:\n\n"
        f"{PROSE['ru']}\n",
        ["Ксандійської Робітничої Партії", "Зетландської Спілки Вчителів"],
    ),
    "en": (
        "Declaration on common action\n\n"
        "We, the authorised representatives of the Xandia Workers' Party and the Zetland "
        "Teachers' Union, declare that our organisations will act together from this day.\n\n"
        f"{PROSE['en']}\n",
        ["Xandia Workers' Party", "Zetland Teachers' Union"],
    ),
}


@pytest.mark.parametrize("language", sorted(TITLED))
def test_the_organisation_after_the_word_for_a_statement_in_a_long_title_signs(
    language: str,
) -> None:
    text, signers = TITLED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize("language", sorted(TOLD))
def test_the_subject_of_a_lead_sentence_that_names_a_statement_signs(language: str) -> None:
    text, signers = TOLD[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize("language", sorted(REPRESENTED))
def test_the_organisations_a_we_names_through_their_representatives_sign(
    language: str,
) -> None:
    text, signers = REPRESENTED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # a plural that says only what kind its writers are
        "Oświadczenie organizacji społecznych\n\n"
        "My, przedstawiciele organizacji społeczeństwa obywatelskiego w Zetlandii, zdecydowanie "
        "sprzeciwiamy się przemocy wobec strajkujących.\n\n"
        f"{PROSE['en']}\n",
        # a long title that names the statement's topic, no writer
        "Joint statement on the wage rules of the Xandia Confederation of Labour and its unions\n\n"
        f"{PROSE['en']}\n\n{PROSE['en']}\n",
        # a lead sentence with no word for a statement: names that meet
        "Xandia Tenants Forum and Zetland Housing Action met yesterday in the old town of "
        "Xandiaville to talk about the evictions.\n\n"
        f"{PROSE['en']}\n",
    ],
)
def test_no_author_where_the_title_and_lead_name_none(text: str) -> None:
    assert outside_of(read_text(text)) == []


def test_a_list_of_signers_keeps_the_lead_unread() -> None:
    text = (
        "Xandia Tenants Forum and Zetland Housing Action have issued a joint statement on the "
        "evictions in the old town of Xandiaville.\n\n"
        f"{PROSE['en']}\n\n"
        "Signed by:\n\n"
        "Xandia Workers' Party\n"
        "Zetland Teachers' Union\n"
        "Xandia Youth League\n"
    )
    document = read_text(text)
    assert lists_of(document) == [
        ["Xandia Workers' Party", "Zetland Teachers' Union", "Xandia Youth League"]
    ]
    assert outside_of(document) == []


#: Each case: a text whose headline parts its slogan or label from its one author's name by a
#: colon or a dash (the name alone, with its bracketed short form, or before its word for the
#: statement), and nothing else names a signer.
LABELLED = {
    "uk": (
        "Федерація профспілок Ксандії: ЗУПИНІТЬ ВИСЕЛЕННЯ!\n\n"
        "Робітники старого міста вже три тижні протестують проти виселень, а влада мовчить.\n\n"
        f"{PROSE['ru']}\n",
        ["Федерація профспілок Ксандії"],
    ),
    "th": (
        "แถลงการณ์เรื่องค่าแรงขั้นต่ำ : สหพันธ์แรงงานซีแลนด์ (ZLF)\n\n"
        "ผู้แทนของสหพันธ์ได้ประชุมกันที่เมืองหลวงเพื่อเรียกร้องค่าแรงที่เป็นธรรม\n\n"
        f"{PROSE['en']}\n",
        ["สหพันธ์แรงงานซีแลนด์"],
    ),
    "en": (
        "No recovery without strong unions: XTUF message on May Day\n\n"
        "On this May Day, XTUF salutes the workers of every country who keep the lights on.\n\n"
        f"{PROSE['en']}\n",
        ["XTUF"],
    ),
    "es": (
        "¡Ni un desahucio más! – Confederación Sindical de Xandia\n\n"
        "Los vecinos del casco antiguo llevan tres semanas resistiendo a los desalojos.\n\n"
        f"{PROSE['es']}\n",
        ["Confederación Sindical de Xandia"],
    ),
}


@pytest.mark.parametrize("language", sorted(LABELLED))
def test_the_one_name_a_headline_parts_from_its_slogan_signs(language: str) -> None:
    text, signers = LABELLED[language]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # the leaders of a coalition or of parties: persons, no body
        f"Coalition heads: we will stop the evictions\n\n{PROSE['en']}\n\n{PROSE['en']}\n",
        "Müxalifət partiyası sədrləri: birlikdə mübarizə aparacağıq\n\n"
        f"{PROSE['tr']}\n\n{PROSE['tr']}\n",
        f"ראשי האיגוד: נעצור את הפינויים\n\n{PROSE['en']}\n\n{PROSE['en']}\n",
        # a quotation after the colon: whom a report quotes
        "Xandia Workers' Party: «We will not give up the old town»\n\n"
        f"{PROSE['en']}\n\n{PROSE['en']}\n",
        # an abbreviation the text never writes again
        f"XTUF: stop the evictions now\n\n{PROSE['en']}\n\n{PROSE['en']}\n",
        # two dashes: a run of names or a topic, not one author's part
        f"Zetland Teachers' Union – 85 years – of struggle\n\n{PROSE['en']}\n\n{PROSE['en']}\n",
    ],
)
def test_no_author_in_a_headline_that_parts_no_lone_name(text: str) -> None:
    assert outside_of(read_text(text)) == []


#: Each case: a lead in a language that puts its verb first, whose first sentence opens with a
#: verb of speaking and names its one author right after it (after the doer's marker in
#: Tagalog), the name ended by a comma or by the first word no name holds.
VERB_FIRST = {
    "ar": (
        "أكد حزب العمال الزتلاندي في بيان له رفضه قرار حكومة زتلاند رفع أسعار الخبز والوقود.\n\n"
        f"{PROSE['ar']}\n",
        ["حزب العمال الزتلاندي"],
    ),
    "ar-comma": (
        "تتابع شبكة الشباب النقابي الزتلاندي، المنضوية تحت لواء اتحاد عمال زتلاند، بقلق "
        "شديد ما يجري في المدينة القديمة.\n\n"
        f"{PROSE['ar']}\n",
        ["شبكة الشباب النقابي الزتلاندي"],
    ),
    "tl": (
        "Nanawagan ang Partido ng Manggagawa ng Zetland sa pamahalaan na itigil ang "
        "pagpapalayas sa mga pamilya sa lumang bayan.\n\n"
        "Tatlong linggo nang nagwewelga ang mga manggagawa ng rehiyon laban sa bagong "
        "patakaran sa sahod, at sinagot sila ng pamahalaan ng mga pag-aresto.\n",
        ["Partido ng Manggagawa ng Zetland"],
    ),
    "ga": (
        "Cáineann Páirtí Oibrithe Zetland cinneadh an rialtais na tithe sa seanbhaile a "
        "dhíol.\n\n"
        "Tá oibrithe an réigiúin ar stailc le trí seachtaine in aghaidh na rialacha nua pá, "
        "agus d'fhreagair an rialtas le gabhálacha.\n",
        ["Páirtí Oibrithe Zetland"],
    ),
}


@pytest.mark.parametrize("case", sorted(VERB_FIRST))
def test_the_one_name_after_a_verb_of_speaking_that_opens_the_lead_signs(case: str) -> None:
    text, signers = VERB_FIRST[case]
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    "text",
    [
        # the doer is a pronoun ("namin": we); the name after it is whom the verb greets
        "Binabati namin ang Partido ng Manggagawa ng Zetland sa kanilang ikatlong kongreso "
        "sa lungsod.\n\n"
        "Tatlong linggo nang nagwewelga ang mga manggagawa ng rehiyon laban sa bagong "
        "patakaran sa sahod, at sinagot sila ng pamahalaan ng mga pag-aresto.\n",
    ],
)
def test_no_author_after_an_opening_verb_whose_doer_is_unnamed(text: str) -> None:
    assert outside_of(read_text(text)) == []
