"""Lists laid out as real pages lay them out: enumerations parted by the Arabic comma, lists under
sub-headings that name a kind of organisations ("Unions", "Parties"), and a closing line that only
says more signed ("And many more unions…"), which is no signer. Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: Three made-up names in Arabic and in Persian, as an enumeration in that script names them.
ARABIC = ["الحزب الشيوعي الكساني", "حزب العمال الزيتلاندي", "اتحاد الشباب الإبسيلاندي"]
PERSIAN = ["حزب کمونیست کسانیا", "حزب کارگران زتلند", "اتحادیه جوانان ایپسیلند"]


@pytest.mark.parametrize(
    ("names", "lead", "separator"),
    [
        (ARABIC, "الموقعون: ", "، "),
        (ARABIC, "الموقعون: ", "؛ "),
        (ARABIC, "وقعت على البيان المنظمات التالية: ", "، "),
        (PERSIAN, "امضاکنندگان: ", "، "),
    ],
)
def test_an_enumeration_parted_by_the_arabic_comma(
    names: list[str], lead: str, separator: str
) -> None:
    text = f"بيان مشترك\n\n{PROSE['ar']}\n\n{lead}{separator.join(names)}.\n"
    assert lists_of(read_text(text)) == [names]


#: A cue sentence, two sub-headings naming a kind of organisations, two names under each, and a
#: closing line saying that more signed.
SUB_LISTS = {
    "tr": (
        "Ortak açıklamaya imza atan konfederasyonlar ve sendikalar şunlardır:",
        ("Konfederasyonlar", ["Ksanya İşçi Konfederasyonu", "Zetlandiya Kamu Konfederasyonu"]),
        ("Sendikalar", ["Birleşik Metal Sendikası X", "Eğitim Çalışanları Sendikası Y"]),
        "Ve daha birçok sendika…",
    ),
    "el": (
        "Το κάλεσμα υπογράφουν τα παρακάτω σωματεία και ομοσπονδίες:",
        ("Ομοσπονδίες", ["Ομοσπονδία Οικοδόμων Ξάνιας", "Ομοσπονδία Υπαλλήλων Ζετλανδίας"]),
        ("Σωματεία", ["Σωματείο Μετάλλου Ω", "Σωματείο Τύπου Ψ"]),
        "Και πολλά ακόμα σωματεία…",
    ),
    "ru": (
        "Обращение подписали следующие организации:",
        ("Профсоюзы", ["Профсоюз металлистов Ксании", "Профсоюз учителей Зетландии"]),
        ("Партии", ["Коммунистическая партия Ксании", "Рабочая партия Зетландии"]),
        "И многие другие организации…",
    ),
    "ar": (
        "وقعت على البيان المنظمات التالية:",
        ("النقابات", ["نقابة عمال المعادن الكسانية", "نقابة المعلمين الزيتلاندية"]),
        ("الأحزاب", ["الحزب الشيوعي الكساني", "حزب العمال الزيتلاندي"]),
        "وغيرها من الأحزاب…",
    ),
}


@pytest.mark.parametrize("language", sorted(SUB_LISTS))
@pytest.mark.parametrize("marker", ["• ", ""])
def test_lists_under_sub_headings_that_name_a_kind(language: str, marker: str) -> None:
    cue, (first, firsts), (second, seconds), more = SUB_LISTS[language]
    lines = [cue, "", first, "", *(marker + n for n in firsts), "", second, ""]
    lines += [*(marker + n for n in seconds), marker + more]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [firsts, seconds]
    assert [s.heading for s in document.sections] == [first, second]


@pytest.mark.parametrize(
    ("language", "heading", "first", "second"),
    [
        ("en", "Signatories:", "Parties", "Unions"),
        ("de", "Unterzeichner:", "Parteien:", "Gewerkschaften:"),
        ("es", "Firmantes:", "Partidos", "Sindicatos"),
    ],
)
def test_a_plain_list_parted_by_lines_naming_a_kind(
    language: str, heading: str, first: str, second: str
) -> None:
    firsts, seconds = ["X Party of Britain", "Workers' Party of Zetland"], ["Ypsiland Union"]
    lines = [heading, first, *firsts, second, *seconds]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [firsts, seconds]
    assert [s.heading for s in document.sections] == [first.rstrip(":"), second.rstrip(":")]


@pytest.mark.parametrize(
    ("language", "more"),
    [
        ("el", "Και πολλά ακόμα σωματεία…"),
        ("ru", "И многие другие организации"),
        ("ar", "وغيرها من الأحزاب…"),
        ("en", "and many other unions..."),
    ],
)
def test_a_closing_line_saying_more_signed_is_no_signer(language: str, more: str) -> None:
    names = ["X Party of Britain", "Workers' Party of Zetland", "Ypsiland Union"]
    lines = ["Signatories:", *(f"- {n}" for n in names), f"- {more}"]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [names]


def test_a_name_with_a_plural_type_word_in_capitals_is_kept() -> None:
    names = ["Federation of Xandian Unions…", "Zetland Workers' Party"]
    lines = ["Signatories:", *(f"- {n}" for n in names)]
    document = read_text(f"Title\n\n{PROSE['en']}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    "argument",
    [
        PROSE["ar"],
        "کارگران منطقه سه هفته است که اعتصاب کرده‌اند، دولت با بازداشت پاسخ داده است، "
        "و ما در کنار آنها ایستاده‌ایم.",
    ],
)
def test_argument_parted_by_arabic_commas_under_a_heading_names_no_one(argument: str) -> None:
    document = read_text(f"الموقعون على البيان\n\n{argument}\n\n" + "\n".join(ARABIC) + "\n")
    assert lists_of(document) == [ARABIC]


#: A sentence ending in a colon amid a paragraph, the enumeration after it up to its full stop,
#: and more sentences of the paragraph after it.
MID_PARAGRAPH = {
    "en": (
        "The meeting was attended by the following organisations: {names}. Greetings were "
        "received from the Socialist Party of Kappa. The participants agree to sign this "
        "declaration as follows:",
        ["X Party of Britain", "Workers' Party of Zetland", "Youth Union of Ypsiland"],
        "and",
    ),
    "es": (
        "A la invitación asistieron las siguientes organizaciones: {names}. Recibimos saludos del "
        "Partido Socialista de Kappa. Los asistentes convienen en suscribir esta declaración:",
        ["Partido Comunista de Xandia", "Partido del Trabajo de Zetlandia", "Frente de Omega"],
        "y",
    ),
    "de": (
        "An dem Treffen nahmen folgende Organisationen teil: {names}. Grüße kamen von der "
        "Sozialistischen Partei Kappas. Die Teilnehmer unterzeichnen diese Erklärung:",
        ["Kommunistische Partei Xandiens", "Arbeiterpartei Zetlands", "Jugendverband Ypsilands"],
        "und",
    ),
}


@pytest.mark.parametrize("language", sorted(MID_PARAGRAPH))
@pytest.mark.parametrize("separator", [", ", "; "])
def test_an_enumeration_after_a_colon_amid_a_paragraph(language: str, separator: str) -> None:
    lines, names, and_word = MID_PARAGRAPH[language]
    enumeration = separator.join(names[:-1]) + f" {and_word} " + names[-1]
    text = f"Title\n\n{PROSE[language]}\n\n{lines.format(names=enumeration)}\n\n"
    document = read_text(text + PROSE[language] + "\n")
    assert lists_of(document) == [names]
    # the paragraph is prose of the text, not taken by the list
    paragraphs = [p.text for v in document.versions for p in v.paragraphs]
    assert any(lines.split(":")[0] in p for p in paragraphs)


#: A line of names after a line that only says what they are, amid the argument: whom the text
#: speaks of, not who signs it.
SPOKEN_OF = {
    "en": (
        "Last week the minister declared four organisations terrorist. These organisations are:",
        "This statement is signed by:",
    ),
    "sv": (
        "Förra veckan terrorstämplade ministern fyra organisationer. Dessa organisationer är:",
        "Uttalandet undertecknas av:",
    ),
    "de": (
        "Letzte Woche erklärte der Minister vier Organisationen zu Terroristen. Es sind:",
        "Diese Erklärung unterzeichnen:",
    ),
}


@pytest.mark.parametrize("language", sorted(SPOKEN_OF))
def test_names_amid_the_argument_with_no_word_of_signing_near_them_are_no_list(
    language: str,
) -> None:
    spoken, signed = SPOKEN_OF[language]
    names = ["X Rights Centre", "Y Union of Farm Workers", "Zetland Women's Committees"]
    line = ", ".join(names)
    text = f"Title\n\n{PROSE[language]}\n\n{spoken}\n\n{line}.\n\n"
    text += f"{PROSE[language]} {PROSE[language]}\n"
    assert lists_of(read_text(text)) == []
    assert lists_of(read_text(text.replace(spoken, signed))) == [names]


#: Lines in capitals under the argument, with no line introducing them, none of whose words
#: reads as a name (a stamp's, a register's), and the names of bodies so set out.
UNCUED_CAPITALS = {
    "en": (["ZEDFORD COUNTY", "RECORDS OFFICE", "CERTIFIED COPY"],
           ["ZEDFORD TENANTS UNION", "OSTMOUTH WORKERS PARTY", "UPPER YARROW FORUM"]),
    "de": (["STADTARCHIV ZEDBURG", "EINGEGANGEN", "BEGLAUBIGTE ABSCHRIFT"],
           ["MIETERBUND ZEDBURG", "ARBEITERPARTEI OSTMÜNDE", "FORUM OBERE YARROW"]),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(UNCUED_CAPITALS))
def test_uncued_lines_none_of_which_reads_as_a_name_are_no_list(language: str) -> None:
    stamp, bodies = UNCUED_CAPITALS[language]
    for lines, listed in ((stamp, []), (bodies, [bodies])):
        text = f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n"
        assert lists_of(read_text(text)) == listed


#: Header lines at the very top of a text, each an organisation's name and its abbreviation
#: after a dash, then the statement's title; the names and abbreviations expected of them.
TOP_HEADERS = {
    "en": ("X PARTY OF BRITAIN – XPB\nY WORKERS' PARTY – YWP\nJOINT STATEMENT", "en"),
    "tr": ("KSANYA KOMÜNİST PARTİSİ – KKP\nZETLANDİYA İŞÇİ PARTİSİ – ZİP\nORTAK AÇIKLAMA", "tr"),
    "ru": (
        "КОММУНИСТИЧЕСКАЯ ПАРТИЯ КСАНИИ – КПК\nРАБОЧАЯ ПАРТИЯ ЗЕТЛАНДИИ – РПЗ\n"
        "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ",
        "ru",
    ),
    "el": (
        "ΚΟΜΜΟΥΝΙΣΤΙΚΟ ΚΟΜΜΑ ΞΑΝΙΑΣ – ΚΚΞ\nΕΡΓΑΤΙΚΟ ΚΟΜΜΑ ΖΕΤΛΑΝΔΙΑΣ – ΕΚΖ\nΚΟΙΝΗ ΑΝΑΚΟΙΝΩΣΗ",
        "el",
    ),
}


@pytest.mark.parametrize("language", sorted(TOP_HEADERS))
def test_header_lines_at_the_very_top_name_the_signers(language: str) -> None:
    head, prose = TOP_HEADERS[language]
    document = read_text(f"{head}\n\n{PROSE[prose]}\n")
    *names, title = head.split("\n")
    expected = [tuple(line.split(" – ")) for line in names]
    assert [(e.name, e.abbreviation) for s in document.sections for e in s.entries] == expected
    assert [s.kind for s in document.sections] == ["header"]
    assert document.versions[0].title == title


#: A line naming the joint statement and the kind of its names, a colon, the names, and more
#: news after them: the statement's signers, though no word of signing stands near them.
OF_THE_STATEMENT = {
    "tr": "Ortak deklarasyonu açıklayacak parti ve hareketler şöyle: {names}.",
    "en": "The parties and movements of the joint declaration are: {names}.",
    "es": "Los partidos que presentan la declaración conjunta son: {names}.",
}


@pytest.mark.parametrize("language", sorted(OF_THE_STATEMENT))
def test_names_under_a_line_naming_the_statement_are_its_signers(language: str) -> None:
    names = ["X Party of Britain", "Workers' Party of Zetland", "Ypsiland Movement (YM)"]
    line = OF_THE_STATEMENT[language].format(names=", ".join(names))
    text = f"Title\n\n{PROSE[language]}\n\n{line}\n\n{PROSE[language]} {PROSE[language]}\n"
    assert lists_of(read_text(text)) == [names]


#: An entry of a list that labels an enumeration of names with a kind of organisations.
LABELLED = {
    "es": ("Adhesiones:", "Organizaciones agrarias: {names}"),
    "en": ("Signatories:", "Farmers' unions: {names}"),
    "de": ("Unterzeichner:", "Bauernverbände und Gewerkschaften: {names}"),
}


@pytest.mark.parametrize("language", sorted(LABELLED))
def test_an_entry_labelling_an_enumeration_is_its_names(language: str) -> None:
    heading, labelled = LABELLED[language]
    names = ["XUA", "Zetland Farmers", "Ypsiland Growers' Union"]
    entries = ["X Party of Britain", labelled.format(names=", ".join(names)), "Omega Front"]
    text = f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(f"· {e}" for e in entries)
    assert lists_of(read_text(text + "\n")) == [[entries[0], *names, entries[2]]]


@pytest.mark.parametrize(
    ("language", "heading", "and_word", "names"),
    [
        ("es", "Firmantes:", "y", ["Partido Comunista de Xandia", "Partido del Trabajo de Zeta",
                                    "Frente Obrero de Omega", "Partido Socialista de Kappa"]),
        ("en", "Signatories:", "and", ["X Party of Britain", "Workers' Party of Zetland",
                                       "Omega Workers' Front", "Kappa Socialist Party"]),
        ("pt", "Subscrevem:", "e", ["Partido Comunista de Xândia", "Partido Operário de Zeta",
                                    "Frente Popular de Ómega", "Partido Socialista de Kapa"]),
    ],
)  # fmt: skip
def test_a_semicolon_list_whose_last_names_are_parted_by_commas(
    language: str, heading: str, and_word: str, names: list[str]
) -> None:
    line = f"{names[0]}; {names[1]}, {names[2]} {and_word} {names[3]}."
    text = f"Title\n\n{PROSE[language]}\n\n{heading} {line}\n"
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(("language", "word"), [("en", "Other"), ("it", "Altri"), ("de", "Andere")])
def test_one_word_alone_is_a_name_not_a_closing_line(language: str, word: str) -> None:
    names = ["X Party of Britain", word]
    lines = ["Signatories:", *(f"{n}. {name}" for n, name in enumerate(names, start=1))]
    text = f"Title\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n\nXandia, 8 January 2022\n"
    assert lists_of(read_text(text)) == [names]


#: A plain sentence, in words the cue data may lack, then a colon and the names, "and" before the
#: last one in the sentence's language.
COLON_ENUMERATIONS = {
    "ca": (
        "Les organitzacions que donen suport al manifest són: ",
        [
            "Partit Comunista de Xandia",
            "Joventut Obrera de Zetlàndia",
            "Front Popular d'Ipsilàndia",
        ],
        " i ",
    ),
    "tr": (
        "Bildiriye katılan örgütler şunlardır: ",
        ["Ksanya Komünist Partisi", "Zetlandiya İşçi Sendikası", "Ypsilon Gençlik Birliği"],
        " ve ",
    ),
    "it": (
        "Le organizzazioni promotrici sono: ",
        [
            "Partito Comunista di Xandia",
            "Unione Giovani di Zetlandia",
            "Fronte Popolare di Ipsilandia",
        ],
        " e ",
    ),
    "hu": (
        "A nyilatkozatot támogató szervezetek: ",
        ["Xandiai Kommunista Párt", "Zetlandi Ifjúsági Szövetség", "Ipszilon Munkáspárt"],
        " és ",
    ),
}


@pytest.mark.parametrize("language", sorted(COLON_ENUMERATIONS))
@pytest.mark.parametrize("place", ["own line", "amid a paragraph"])
def test_names_after_a_colon_are_a_list_whatever_the_words_before_it(
    language: str, place: str
) -> None:
    cue, names, conjunction = COLON_ENUMERATIONS[language]
    enumeration = cue + ", ".join(names[:-1]) + conjunction + names[-1] + "."
    prose = PROSE.get(language, PROSE["en"])
    body = f"{enumeration}\n" if place == "own line" else f"{prose} {enumeration} {prose}\n"
    document = read_text(f"Title\n\n{prose}\n\n{body}")
    assert lists_of(document) == [names]


def test_a_colon_before_words_of_argument_is_no_list() -> None:
    text = "We have three demands: higher wages, shorter hours and free care for all."
    document = read_text(f"Title\n\n{PROSE['en']}\n\n{text}\n")
    assert lists_of(document) == []


#: Names numbered "1-" or "1 -", one a line, under a cue.
DASH_NUMBERED = {
    "fa": ("امضاء کنندگان:", ["جبهه متحد کسانیا", "جنبش دموکرات زتلند", "حزب دمکرات ایپسیلند"]),
    "en": ("Signatories:", ["X Party of Britain", "Workers' Party of Zetland", "Ypsiland Union"]),
    "es": (
        "Firmantes:",
        ["Partido Comunista de Xandia", "Unión de Juventudes Z", "Frente Popular"],
    ),
}


@pytest.mark.parametrize("language", sorted(DASH_NUMBERED))
@pytest.mark.parametrize("marker", ["{}- ", "{} - ", "{}-  "])
def test_names_numbered_with_a_dash(language: str, marker: str) -> None:
    cue, names = DASH_NUMBERED[language]
    lines = [cue, *(marker.format(k) + name for k, name in enumerate(names, start=1))]
    document = read_text(
        f"Title\n\n{PROSE['ar' if language == 'fa' else language]}\n\n" + "\n\n".join(lines) + "\n"
    )
    assert lists_of(document) == [names]


@pytest.mark.parametrize("rule", ["—————————————", "_____________", "* * *"])
def test_a_rule_between_numbered_names_parts_no_list(rule: str) -> None:
    names = ["Aleanca e Xandës", "Partia e Punës e Zetlandës", "Lëvizja Ypsilon"]
    lines = ["Nënshkrimet e përfaqësuesve të partive:"]
    for k, name in enumerate(names, start=1):
        lines += [f"{k}. {name}", "", rule, ""]
    document = read_text(f"Title\n\n{PROSE['en']}\n\n" + "\n".join(lines) + "\n")
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    ("language", "cue", "quoted", "conjunction"),
    [
        ("en", "We, the parties of Xandia:", "“{}”", " and "),
        ("de", "Wir, die Parteien Xandiens:", "„{}“", " und "),
        ("fr", "Nous, les partis de Xandie :", "« {} »", " et "),
    ],
)
def test_names_in_quotation_marks_after_a_colon(
    language: str, cue: str, quoted: str, conjunction: str
) -> None:
    names = ["Aleanca e Xandës", "Koalicioni Zetland", "Lëvizja Ypsilon"]
    marked = [quoted.format(n) for n in names]
    line = f"{cue} {', '.join(marked[:-1])}{conjunction}{marked[-1]};"
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{line}\n\n{PROSE[language]}\n")
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    "label",
    [
        "READ: After the X Party, the Y Union too backs the joint declaration of parties",
        "LEXO: Pas Partisë X, edhe Bashkimi Y mbështet deklaratën e përbashkët të partive",
        "LEE: Tras el Partido X, también la Unión Y apoya la declaración conjunta",
    ],
)
def test_links_to_other_articles_are_no_list(label: str) -> None:
    lines = [
        label,
        label.replace("X", "Z"),
        "Here is the full text",
        "JOINT DECLARATION OF PARTIES",
    ]
    document = read_text(
        f"Title\n\n{PROSE['en']}\n\n" + "\n\n".join(lines) + f"\n\n{PROSE['en']}\n"
    )
    assert lists_of(document) == []
