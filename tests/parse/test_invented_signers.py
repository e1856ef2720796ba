"""Nothing invented: organisations a notice lists as the subject of a measure (struck off,
banned) sign nothing; a paragraph whose commas part clauses, or whose items hold a sentence's
end, is no enumeration of signers; the words of a sentence leading into the first name of an
enumeration are no part of that name; a name written out from an abbreviation already found in
the text is the same signer, not a second one. Names are made up."""

from __future__ import annotations

import re

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text

#: Organisations, five a language, in a numbered list.
_LISTED = [
    "1. XANDIA CENTRE FOR PEACE AND DEVELOPMENT",
    "2. ZETLAND RELIEF INTERNATIONAL (ZRI)",
    "3. YPSILON CHILDREN FOUNDATION",
    "4. GLOBAL VESSELS XANDIA",
    "5. WORLD SOCIETY FOR ZETLAND ANIMALS (WSZA)",
]

#: A notice's lead that says the organisations listed under it were struck off or banned, and the
#: same lead saying that they signed.
MEASURED = {
    "en": (
        "The Ministry informs the public that the organisations listed below have been "
        "deregistered from today for breaking the law in their work.",
        "The Ministry informs the public that the organisations listed below have signed the "
        "appeal for the new law on their work.",
    ),
    "sw": (
        "Serikali ya Xandia inautaarifu umma kwamba asasi zilizoorodheshwa hapa chini "
        "zimefutiwa usajili kuanzia leo kwa kwenda kinyume na sheria.",
        "Serikali ya Xandia inautaarifu umma kwamba asasi zilizoorodheshwa hapa chini "
        "zimesaini tamko la pamoja kuanzia leo kwa kuunga mkono sheria.",
    ),
    "ru": (
        "Министерство сообщает, что следующие организации запрещены на территории Ксандии "
        "с сегодняшнего дня за нарушение закона.",
        "Министерство сообщает, что следующие организации подписали обращение к жителям "
        "Ксандии с сегодняшнего дня в поддержку закона.",
    ),
}


#: A notice's body in Swahili, which the shared prose does not have.
_BODY = {
    "sw": "Mashirika haya hayaruhusiwi tena kufanya kazi yoyote nchini, na yatakayoendelea na "
    "shughuli zao yatachukuliwa hatua za kisheria bila kuchelewa."
}


def _notice(lead: str, language: str) -> str:
    body = _BODY.get(language) or PROSE[language]
    return f"{lead}\n{body}\n" + "\n".join(_LISTED) + "\n\nXandia, 2 May 2015\n"


@pytest.mark.parametrize("language", sorted(MEASURED))
def test_organisations_a_measure_was_taken_against_sign_nothing(language: str) -> None:
    document = read_text(_notice(MEASURED[language][0], language))
    assert lists_of(document) == []
    assert not any("ZETLAND" in name or "XANDIA" in name for name in outside_of(document))


@pytest.mark.parametrize("language", sorted(MEASURED))
def test_the_same_list_under_a_word_of_signing_signs(language: str) -> None:
    document = read_text(_notice(MEASURED[language][1], language))
    assert lists_of(document) == [[item.split(". ", 1)[1] for item in _LISTED]]


#: "We, the undersigned," and the rest of its sentence on the next line, then the signers' list.
GOES_ON = {
    "ar": (
        "نحن الموقعون أدناه،",
        "منظمات حقوق الإنسان العاملة في زتلاند نعتبر أن منع علي زت، عضو طاقم منظمة زتلاند "
        "ووتش، من دخول البلاد خطوة شديدة الخطورة، ونعلن تضامننا الكامل معه.",
        ["- زتلاند ووتش", "- بِكساند", "- مركز عدالة زتلاند", "- يِش زِت"],
    ),
    "de": (
        "Wir, die unterzeichnenden Gruppen,",
        "Menschenrechtsorganisationen in Xandia, halten das Einreiseverbot gegen Ali Zet, "
        "Mitarbeiter von Zetland Watch, für einen schweren Schritt, und erklären uns solidarisch.",
        ["- Xandia Watch", "- Bekzand", "- Zentrum für Zetland", "- Jesch Zet"],
    ),
    "el": (
        "Εμείς, οι υπογράφουσες οργανώσεις,",
        "Οργανώσεις Ανθρωπίνων Δικαιωμάτων στην Ξανδία, θεωρούμε την Απαγόρευση εισόδου του "
        "Άλι Ζετ, Μέλους του Zetland Watch, Σοβαρό Βήμα, και δηλώνουμε την αλληλεγγύη μας.",
        ["- Xandia Watch", "- Bekzand", "- Κέντρο Ζετλάνδης", "- Jesch Zet"],
    ),
    "fa": (
        "ما امضاکنندگان زیر،",
        "سازمان‌های حقوق بشری فعال در زتلند، ممنوعیت ورود علی زت، عضو سازمان زتلند واچ، را "
        "گامی بسیار خطرناک می‌دانیم، و همبستگی کامل خود را با او اعلام می‌کنیم.",
        ["- زتلند واچ", "- بکساند", "- مرکز عدالت زتلند", "- یش زت"],
    ),
}


@pytest.mark.parametrize("language", sorted(GOES_ON))
def test_a_sentence_going_on_under_its_opening_is_no_list(language: str) -> None:
    opening, sentence, names = GOES_ON[language]
    prose = PROSE.get(language, PROSE["ar"])
    text = f"{opening}\n{sentence}\n{prose}\n\n" + "\n".join(names) + "\n"
    document = read_text(text)
    clauses = {c.strip(" .") for c in re.split(r"[,،]", sentence)}
    assert not any(entry in clauses for entries in lists_of(document) for entry in entries)
    assert document.versions[0].title is None


#: A paragraph of a report under a heading of signatories: a person, then the parties, then a
#: sentence's end inside an item ("... formed an alliance. Zet, ...").
SENTENCES = {
    "en": (
        "Signatories:",
        "Xandia Party chair Ali Zet, Xandia Party, Zetland Union, Ypsilon Front formed an "
        "alliance. Zet, Democrat Party will also stand on Zetland Union lists.",
    ),
    "tr": (
        "İmzacılar:",
        "Xandia Partisi Başkanı Ali Zet, Xandia Partisi, Zet Sendikası, Ypsilon Cephesi ittifak "
        "kurdu. Zet, Demokrat Parti de Zet Sendikası listelerinden aday gösterecek.",
    ),
    "es": (
        "Firmantes:",
        "El presidente del Partido Xandiano Ali Zet, Partido Xandiano, Unión Zetlandesa, Frente "
        "Ypsilon formaron una alianza. Zet, Partido Demócrata también irá en las listas de la "
        "Unión Zetlandesa.",
    ),
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_items_holding_a_sentence_end_are_no_enumeration(language: str) -> None:
    heading, paragraph = SENTENCES[language]
    document = read_text(f"{PROSE[language]}\n\n{heading}\n{paragraph}\n")
    assert lists_of(document) == []


#: An enumeration whose first item carries the words of the sentence leading into it.
LEADS = {
    "tl": (
        "NAGSAMA-SAMA ang walong partido upang hilingin sa komisyon na tiyaking tapat ang "
        "halalan sa Lunes.",
        "Ang mga ito ay ang partidong Xandia Christian Democrats (XCD), Partido Federal ng "
        "Zetland (PFZ), Ypsilon Unity Party (YUP), at Reform Party.",
        "Xandia Christian Democrats (XCD)",
    ),
    "es": (
        "Ocho partidos se unieron para pedir a la comisión electoral unas elecciones limpias "
        "el lunes.",
        "Entre los partidos de la alianza están el Partido Xandiano Demócrata (PXD), Partido "
        "Federal de Zetlandia (PFZ), Partido Unidad Ypsilon (PUY) y Partido Reforma.",
        "Partido Xandiano Demócrata (PXD)",
    ),
    "pt": (
        "Oito partidos uniram-se para pedir à comissão eleitoral eleições limpas na segunda-feira.",
        "Entre os partidos da aliança estão o Partido Xandiano Democrata (PXD), Partido "
        "Federal da Zetlândia (PFZ), Partido Unidade Ypsilon (PUY) e Partido Reforma.",
        "Partido Xandiano Democrata (PXD)",
    ),
    "id": (
        "Delapan partai bersatu meminta komisi pemilihan umum menjamin pemilu yang jujur pada "
        "hari Senin.",
        "Partai-partai yang ikut menandatangani adalah Partai Xandia Demokrat (PXD), Partai "
        "Federal Zetland (PFZ), Partai Persatuan Ypsilon (PPY), dan Partai Reformasi.",
        "Partai Xandia Demokrat (PXD)",
    ),
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_the_lead_into_an_enumeration_is_no_part_of_its_first_name(language: str) -> None:
    lead, paragraph, first = LEADS[language]
    document = read_text(f"{lead}\n{paragraph}\n")
    found = [*[n for names in lists_of(document) for n in names], *outside_of(document)]
    assert first in found
    assert not any(paragraph.split()[0] in name for name in found)


#: A title naming signers by abbreviation, then a sentence naming one of them written out.
WRITTEN_OUT = {
    "sk": (
        "XS, Spolu a ZDH podpísali spoločné vyhlásenie",
        "Xandské Slobodné, Spolu a ZDH v piatok podpísali spoločné vyhlásenie o "
        "spolupráci po voľbách.",
        "Xandské Slobodné",
        "XS",
    ),
    "pl": (
        "Nowa Zetlandia, Razem, XPS i Unia Pracy podpisały porozumienie",
        "Porozumienie o współpracy w wyborach podpisały Unia Pracy, Xandyjska Partia "
        "Socjalistyczna, Razem i Nowa Zetlandia - ogłosił przewodniczący.",
        "Xandyjska Partia Socjalistyczna",
        "XPS",
    ),
    "bg": (
        "ПП и ЗБ подписаха споразумение за общо явяване на изборите",
        'Подписи под споразумението сложиха Иван Петров за "Продължаваме промяната", '
        'Петър Иванов за "Зелена България" и Мария Петрова за "Движение Зет".',
        "Продължаваме промяната",
        "ПП",
    ),
}


@pytest.mark.parametrize("language", sorted(WRITTEN_OUT))
def test_a_name_written_out_from_an_abbreviation_found_is_no_second_signer(
    language: str,
) -> None:
    title, sentence, written_out, abbreviation = WRITTEN_OUT[language]
    document = read_text(f"{title}\n\n{sentence} {PROSE.get(language, PROSE['en'])}\n")
    names = outside_of(document)
    assert abbreviation in names
    assert written_out not in names


#: A site's buttons between the lead and the text, one a line, each repeating another's word.
BUTTONS = {
    "eu": ["ARGAZKIA JAITSI", "BIDEOA JAITSI", "PARTEKATU BIDEOA"],
    "en": ["DOWNLOAD PHOTO", "DOWNLOAD VIDEO", "SHARE VIDEO"],
    "de": ["FOTO HERUNTERLADEN", "VIDEO HERUNTERLADEN", "VIDEO TEILEN"],
}

#: A lead naming the signers in each language, for the texts around the buttons.
_LEADS = {
    "eu": "XAP-k, Zet Bilduk eta Ypsilon-Podemosek sinatutako adierazpen bateratua irakurri du "
    "bozeramaileak gaur Legebiltzarrean.",
    "en": "The joint statement signed by the Xandia Party, the Zetland Union and the Ypsilon "
    "Front was read out in parliament today by their spokesperson.",
    "de": "Die gemeinsame Erklärung, unterzeichnet von der Xandia-Partei, der Zetland-Union und "
    "der Ypsilon-Front, wurde heute im Parlament von ihrem Sprecher verlesen.",
}


@pytest.mark.parametrize("language", sorted(BUTTONS))
def test_a_sites_buttons_sign_nothing(language: str) -> None:
    prose = PROSE.get(language, PROSE["es"])
    text = f"{_LEADS[language]}\n\n" + "\n\n".join(BUTTONS[language]) + f"\n\n{prose}\n"
    found = [*[n for names in lists_of(read_text(text)) for n in names]]
    assert not set(found) & set(BUTTONS[language])


#: Language codes and sizes, one line or one a line: a menu.
CODES = {
    "line above": "FI SV EN\n\n{title}\n\n{prose}\n",
    "lines below": "{title}\n\n{prose}\n\nXS\nSM\nMD\nLG\n",
    "line below": "{title}\n\n{prose}\n\nEN\nFR\nDE\nIT\n",
}


@pytest.mark.parametrize("layout", sorted(CODES))
def test_codes_of_two_letters_sign_nothing(layout: str) -> None:
    title = "Joint statement on the wage rules"
    document = read_text(CODES[layout].format(title=title, prose=PROSE["en"]))
    found = [*[n for names in lists_of(document) for n in names], *outside_of(document)]
    assert not [name for name in found if len(name.replace(" ", "")) <= 6]


#: Leaders named one after another after their parties, in a sentence that tells of a statement.
LEADERS = {
    "hr": (
        "Predsjednici XDZ-a, YNS-a i ZDS-a, Ana Zet, Ivo Ypsil i Eva Xan, na današnjem sastanku "
        "usuglasili su Zajedničku izjavu o suradnji.",
        ["Ana Zet", "Ivo Ypsil", "Eva Xan"],
    ),
    "en": (
        "The leaders of XDP, YNS and ZDS, Ana Zet, Ivo Ypsil and Eva Xan, agreed today on a "
        "joint statement on their cooperation.",
        ["Ana Zet", "Ivo Ypsil", "Eva Xan"],
    ),
    "es": (
        "Los líderes del PXD, la UNZ y el FDY, Ana Zet, Iván Ypsil y Eva Xan, firmaron hoy una "
        "declaración conjunta sobre su cooperación.",
        ["Ana Zet", "Iván Ypsil", "Eva Xan"],
    ),
}


@pytest.mark.parametrize("language", sorted(LEADERS))
def test_leaders_named_after_their_parties_sign_nothing(language: str) -> None:
    sentence, persons = LEADERS[language]
    prose = PROSE.get(language, PROSE["en"])
    document = read_text(f"Joint statement\n\n{sentence} {prose}\n")
    found = [*[n for names in lists_of(document) for n in names], *outside_of(document)]
    assert not set(found) & set(persons)


#: A signatory heading (written twice, as pages do), then names with a dash written onto each.
DASHED_ON = {
    "ar": (
        "المنظمات الموقّعة:\nالمنظمات الموقعة :",
        ["الاتحاد العام الزتلاندي للشغل", "الهيئة الوطنية للمحامين بزتلاند", "جمعية إكسانديا"],
    ),
    "fa": (
        "امضاکنندگان:",
        ["حزب دموکرات زتلند", "جبهه متحد اکساندیا", "اتحادیه کارگران ایپسیلون"],
    ),
    "en": ("Signatories:", ["Xandia Workers' Party", "Zetland Union", "Ypsilon Front"]),
}


@pytest.mark.parametrize("language", sorted(DASHED_ON))
def test_names_with_a_dash_written_onto_them_are_a_list(language: str) -> None:
    heading, names = DASHED_ON[language]
    prose = PROSE.get(language, PROSE["ar"])
    text = f"{prose}\n\n{heading}\n" + "\n".join(f"-{n}" for n in names) + "\n"
    assert lists_of(read_text(text)) == [names]


#: An organiser's list whose later entries open with the words of a phrase ("(with the support
#: of the ...", "and the ...)"): the names are the entries, without the phrase.
SUPPORTED = {
    "el": (
        "Οργάνωση:",
        [
            "Πρωτοβουλία Ειρήνης Ξανδίας (Π.Ε.Ξ.)",
            "(με την στήριξη και συμμετοχή της Ένωσης Προσφύγων Ζετλάνδης",
            "και της Πλατφόρμας Ενωμένη Ζετλάνδη)",
        ],
        [
            "Πρωτοβουλία Ειρήνης Ξανδίας (Π.Ε.Ξ.)",
            "Ένωσης Προσφύγων Ζετλάνδης",
            "Πλατφόρμας Ενωμένη Ζετλάνδη",
        ],
    ),
    "en": (
        "Organizer:",
        [
            "Xandia Peace Initiative (XPI)",
            "(with the support and participation of the Association of Zetland Refugees",
            "and the United Zetland Platform)",
        ],
        [
            "Xandia Peace Initiative (XPI)",
            "Association of Zetland Refugees",
            "United Zetland Platform",
        ],
    ),
    "es": (
        "Organizan:",
        [
            "Iniciativa de Paz de Xandia (IPX)",
            "(con el apoyo y la participación de la Asociación de Refugiados de Zetlandia",
            "y la Plataforma Zetlandia Unida)",
        ],
        [
            "Iniciativa de Paz de Xandia (IPX)",
            "Asociación de Refugiados de Zetlandia",
            "Plataforma Zetlandia Unida",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(SUPPORTED))
def test_the_phrase_opening_an_entry_is_no_part_of_its_name(language: str) -> None:
    heading, entries, names = SUPPORTED[language]
    text = f"{heading}\n\n" + "\n\n".join(entries) + f"\n\n{PROSE[language]}\n"
    assert lists_of(read_text(text)) == [names]


#: A title in capitals: a statement word, then what the statement is about.
TOPICS = {
    "en": ("UNITY STATEMENT ON PEACE", "27 March 2015"),
    "fr": ("DÉCLARATION COMMUNE SUR LA PAIX", "27 mars 2015"),
    "de": ("GEMEINSAME ERKLÄRUNG ÜBER DEN FRIEDEN", "27. März 2015"),
    "es": ("DECLARACIÓN CONJUNTA SOBRE LA PAZ", "27 de marzo de 2015"),
}


@pytest.mark.parametrize("language", sorted(TOPICS))
def test_what_a_title_is_about_signs_nothing(language: str) -> None:
    title, dateline = TOPICS[language]
    document = read_text(f"{title}\n{dateline}\n\n{PROSE[language]}\n")
    assert outside_of(document) == []


#: A page's section, then its headline written three times over the text.
REPEATED = {
    "tr": ("SİYASET", "XDP ittifakını seçti"),
    "en": ("POLITICS", "Xandia Party chose its alliance"),
    "es": ("POLÍTICA", "El Partido Xandiano eligió su alianza"),
}


@pytest.mark.parametrize("language", sorted(REPEATED))
def test_a_headline_written_three_times_signs_nothing(language: str) -> None:
    section, headline = REPEATED[language]
    text = f"{section}\n\n" + "\n\n".join([headline] * 3)
    document = read_text(f"{text}\n\n{PROSE[language]}\n\n{PROSE[language]}\n")
    found = [*[n for names in lists_of(document) for n in names], *outside_of(document)]
    assert headline not in found


#: Organisations under a heading, with a person whose role is in brackets in lower case.
DESCRIBED = {
    "en": (
        "Participating organisations:",
        ["Xandia Civil Liberties Union (XCLU)", "Zetland Family Planning Association"],
        "Ana Zet (human rights lawyer and member of the Ypsilon Roundtable)",
    ),
    "es": (
        "Organizaciones participantes:",
        ["Unión Xandiana de Libertades Civiles (UXLC)", "Asociación Zetlandesa de Familias"],
        "Ana Zet (abogada de derechos humanos y miembro de la Mesa Ypsilon)",
    ),
    "fr": (
        "Organisations participantes :",
        ["Union xandienne des libertés civiles (UXLC)", "Association zetlandaise des familles"],
        "Ana Zet (avocate des droits humains et membre de la Table ronde Ypsilon)",
    ),
}


@pytest.mark.parametrize("language", sorted(DESCRIBED))
def test_a_person_described_in_brackets_signs_nothing(language: str) -> None:
    heading, organisations, person = DESCRIBED[language]
    entries = [organisations[0], person, organisations[1]]
    text = f"{PROSE[language]}\n\n{heading}\n" + "\n".join(entries) + "\n"
    assert lists_of(read_text(text)) == [organisations]


#: Organisations under a heading, with persons whose role is in brackets, capitalised (a noun in
#: German, a compound of a role) or opening a description that names no one they sign for.
ROLED = {
    "de": (
        "Erstunterzeichnende:",
        ["Xandische Lehrergewerkschaft (XLG)", "Zetländischer Mieterbund"],
        ["Ana Zetmann (Gewerkschaftssekretärin)", "Ivo Ypsil (Betriebsratsvorsitzender)"],
    ),
    "en": (
        "Signatories:",
        ["Xandia Civil Liberties Union (XCLU)", "Zetland Family Planning Association"],
        ["Ana Zet (Secretary)", "Ivo Ypsil (Member of the Board of the Xandian Film Academy)"],
    ),
    "es": (
        "Firmantes:",
        ["Unión Xandiana de Libertades Civiles (UXLC)", "Asociación Zetlandesa de Familias"],
        ["Ana Zet (Secretaria)", "Ivo Ypsil (Miembro de la Junta de la Academia Xandiana)"],
    ),
}


@pytest.mark.parametrize("language", sorted(ROLED))
def test_a_person_with_a_capitalised_role_in_brackets_signs_nothing(language: str) -> None:
    heading, organisations, persons = ROLED[language]
    entries = [organisations[0], persons[0], organisations[1], persons[1]]
    text = f"{PROSE[language]}\n\n{heading}\n" + "\n".join(entries) + "\n"
    assert lists_of(read_text(text)) == [organisations]


#: A person's line with a place after a comma, among organisations and persons in their roles.
PLACED = {
    "de": ("Eva Xandt, Zedstadt Nord", "Unterzeichnende:"),
    "en": ("Eva Xandt, Zedtown North", "Signatories:"),
    "es": ("Eva Xandt, Zedville Norte", "Firmantes:"),
}


@pytest.mark.parametrize("language", sorted(PLACED))
def test_persons_in_their_roles_make_a_persons_line_of_a_name_and_a_place(language: str) -> None:
    placed, heading = PLACED[language]
    _, organisations, persons = ROLED[language]
    entries = [organisations[0], persons[0], placed, organisations[1], persons[1]]
    text = f"{PROSE[language]}\n\n{heading}\n" + "\n".join(entries) + "\n"
    assert lists_of(read_text(text)) == [organisations]


def test_a_bracket_that_is_no_role_keeps_its_name() -> None:
    names = ["Xandia Zet (Kommunalwahlbündnis)", "Zetland Heading (ZH)", "Ypsil Leadership Forum"]
    text = f"{PROSE['de']}\n\nErstunterzeichnende:\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]


def test_an_organisation_with_its_town_among_described_persons_still_signs() -> None:
    """Persons with their role in brackets make the list's persons' lines set aside; an
    organisation's name, read as one by its words, with its town after a comma is none."""
    organisations = [
        "Zetland Teachers' Union, Zedtown",
        "Xandia Workers' Party, Xandiaville",
        "Xandia Tenants' Association, Zedville",
    ]
    entries = ["Ana Zet (Secretary)", "Ivo Ypsil (Chair)", *organisations]
    text = f"{PROSE['en']}\n\nSignatories:\n" + "\n".join(entries) + "\n"
    assert lists_of(read_text(text)) == [organisations]


def test_a_name_with_its_abbreviation_in_lower_case_still_signs() -> None:
    names = ["Alternativa Zdola (AZ)", "Ne Xandiam (nexa)", "Rada seniorů Zetlandu (RSZ)"]
    text = f"{PROSE['en']}\n\nSignatories:\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]


#: A letter's addressees under its salutations, above the text.
ADDRESSED = {
    "pl": [
        "Szanowna Pani",
        "Ana Zet",
        "Przewodnicząca",
        "Forum Związków Xandii",
        "",
        "Szanowny Pan",
        "Ivo Ypsil",
        "Przewodniczący",
        "Ogólnopolskiego",
        " Porozumienia Związków Zetlandii",
        "",
        "Komitet Protestacyjny",
        "Pracowników Sfery Publicznej",
    ],
    "en": [
        "Dear Ms",
        "Ana Zet",
        "Chair",
        "Forum of Xandia Unions",
        "",
        "Dear Mr",
        "Ivo Ypsil",
        "Chair",
        "All-Zetland",
        " Alliance of Trade Unions",
        "",
        "Protest Committee",
        "of Public Sector Workers",
    ],
    "de": [
        "Sehr geehrte Frau",
        "Ana Zet",
        "Vorsitzende",
        "Forum der Gewerkschaften Xandias",
        "",
        "Sehr geehrter Herr",
        "Ivo Ypsil",
        "Vorsitzender",
        "Gesamtzetländischer",
        " Gewerkschaftsbund",
        "",
        "Protestkomitee",
        "der Beschäftigten im öffentlichen Dienst",
    ],
}


#: A letter's body in Polish, which the shared prose does not have.
_LETTER = {
    "pl": "Komisja związku zawiadamia, że dołącza do akcji protestacyjnej zapowiedzianej na "
    "dzień 15 września i prosi o przekazanie informacji o programie manifestacji."
}


@pytest.mark.parametrize("language", sorted(ADDRESSED))
def test_a_letters_addressees_sign_nothing(language: str) -> None:
    block = "\n".join(ADDRESSED[language])
    prose = _LETTER.get(language) or PROSE[language]
    text = f"Xandia, 18 August 2023\n\n{block}\n\n{prose}\n\n{prose}\n"
    document = read_text(text)
    found = [*[n for names in lists_of(document) for n in names], *outside_of(document)]
    addressed = {line.strip() for line in ADDRESSED[language]}
    assert not {" ".join(name.split()) for name in found} & addressed
