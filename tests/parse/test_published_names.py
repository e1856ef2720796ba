"""The gate every signer's entry passes before it is published (:mod:`kzld.parse.signatories.gate`):
a sentence's frame of signing before a name is no part of it, and names without type words,
capitals or more than one word pass untouched; a name in capitals over the page signs only when
the text names it again. Names are made up."""

from __future__ import annotations

import pytest

from kzld.model.records import Entry, Section, Span
from kzld.parse.signatories.gate import published

from .prose import PROSE
from .reading import lists_of, read_text


def test_the_name_after_a_frame_of_signing_is_the_signer() -> None:
    text = (
        f"Gemeinsame Erklärung\n\n{PROSE['de']}\n\nUnterzeichnet von der Xandischen "
        "Arbeiterpartei, dem Zetländischen Gewerkschaftsbund, der XKP-Jugend.\n"
    )
    assert lists_of(read_text(text)) == [
        ["Xandischen Arbeiterpartei", "Zetländischen Gewerkschaftsbund", "XKP-Jugend"]
    ]


def test_a_frame_of_signing_in_a_script_without_capitals_ends_at_its_word_for_the_signers() -> None:
    text = (
        f"بيان مشترك\n\n{PROSE['ar']}\n\nووقع على هذا البيان كل من المنبر العمالي الزيتلاندي، "
        "واتحاد النقابات العمالية المستقلة في زيتلاند، والاتحاد العام لعمال كساندیا.\n"
    )
    # the frame ends at the word saying who the signers are ("كل من", each of): the first name
    # after it is one of them (signatories/edges._uncased_lead)
    assert lists_of(read_text(text)) == [
        [
            "المنبر العمالي الزيتلاندي",
            "اتحاد النقابات العمالية المستقلة في زيتلاند",
            "الاتحاد العام لعمال كساندیا",
        ]
    ]


def _section(*raws: str) -> Section:
    """A list section of entries written one after another, each its own name."""
    entries, at = [], 0
    for position, raw in enumerate(raws, start=1):
        entries.append(Entry(position, raw, Span(at, at + len(raw)), raw))
        at += len(raw) + 1
    return Section("Signatories:", Span(0, at), tuple(entries))


def _published(*raws: str) -> list[str]:
    return [e.raw for s in published([_section(*raws)], "\n".join(raws)) for e in s.entries]


@pytest.mark.parametrize(
    ("framed", "name"),
    [
        (
            "Серед підписантів – громадська ініціатива “Оновлення Ксандії”",
            "громадська ініціатива “Оновлення Ксандії”",
        ),
        ("Among the signatories: Xandia Civic Initiative", "Xandia Civic Initiative"),
        ("Υπογράφουν η Ένωση Εργαζομένων Ξάνδιας", "Ένωση Εργαζομένων Ξάνδιας"),
    ],
)
def test_a_frame_before_a_dash_a_colon_or_a_capital_is_taken_off(framed: str, name: str) -> None:
    assert _published(framed, "Zetland Workers' Party") == [name, "Zetland Workers' Party"]


@pytest.mark.parametrize(
    ("framed", "name"),
    [
        # also signed by; signed; signed (the union)
        ("كما وقعته جبهة العمل النقابي في زيتلاند", "جبهة العمل النقابي في زيتلاند"),
        ("חתמו הסתדרות העובדים של זטלנד", "הסתדרות העובדים של זטלנד"),
        ("ხელი მოაწერა კავშირმა „ქსანდია“", "კავშირმა „ქსანდია“"),
    ],
)
def test_a_type_word_right_after_a_word_of_signing_opens_a_name_without_capitals(
    framed: str, name: str
) -> None:
    assert _published(framed, "XKP") == [name, "XKP"]


def test_a_frame_whose_name_another_entry_publishes_is_set_aside() -> None:
    assert _published("Signed by the XKP", "XKP", "Zetpeace") == ["XKP", "Zetpeace"]


def test_a_clause_after_a_word_of_signing_is_set_aside() -> None:
    clause = "40 persons, who signed it, were reported to the coordination group of Xandia"
    assert _published(clause, "Zetpeace", "XKP") == ["Zetpeace", "XKP"]


#: Names the gate must leave as they are: one word, an abbreviation, scripts without capitals, a
#: word of signing that is the name's own, a person's name that is the name's own (no post).
_UNTOUCHED = [
    "Zetpeace",
    "XKP",
    "Queremos Xandia",
    "زيتلاند الحرة",
    "ゼットランド平和会議",
    "জেটল্যান্ড কৃষক সভা",
    "Xandia Culture and Nature Platform signs (XCNP)",
    "Fondazione Ivo Ypsil",
    "Comitato Ana Zet per la pace",
]


def test_names_without_type_words_or_capitals_pass_untouched() -> None:
    assert _published(*_UNTOUCHED) == _UNTOUCHED


@pytest.mark.parametrize(
    "name",
    [
        "Xandian Sign Language Association",
        "Unterstützerkreis Zetland Solidarität",  # German "Unterstützer": supporters
        "Ban Thư ký Mạng lưới Xandia",  # Vietnamese "thư ký": secretary(iat)
        "Zetland Endorsement Network",
    ],
)
def test_a_word_of_signing_right_before_a_capital_is_the_names_own(name: str) -> None:
    assert _published(name, "XKP") == [name, "XKP"]


#: A site's name in capitals, an organisation's abbreviation, a headline, and a sentence in
#: which the organisation speaks.
_LETTERHEADS = {
    "en": (
        "ZETVIEW",
        "XKP",
        "Xandia parties sign a pact on wages",
        "The XKP condemns the arrests of the striking workers of the region and calls for their "
        "release.",
    ),
    "ru": (
        "ЗЕТВЬЮ",
        "КПК",
        "Партии Ксандии подписали пакт о зарплатах",
        "КПК осуждает аресты бастующих рабочих региона и требует их немедленного освобождения.",
    ),
    "el": (
        "ΖΕΤΒΙΟΥ",
        "ΚΚΞ",
        "Τα κόμματα της Ξάνδιας υπέγραψαν σύμφωνο",
        "Το ΚΚΞ καταδικάζει τις συλλήψεις των απεργών της περιοχής και ζητά την άμεση "
        "απελευθέρωσή τους.",
    ),
}


def _headers(text: str) -> list[str]:
    return [e.raw for s in read_text(text).sections if s.kind == "header" for e in s.entries]


@pytest.mark.parametrize("language", sorted(_LETTERHEADS))
def test_a_name_in_capitals_over_the_page_that_no_sentence_names_signs_nothing(
    language: str,
) -> None:
    site, _, title, _ = _LETTERHEADS[language]
    assert _headers(f"{site}\n\n{title}\n\n{PROSE[language]}\n") == []


#: A site's name with a word for a kind over the page, its title, and the stamp under it that
#: alone names the site again.
_SITES = {
    "en": ("Xandia Workers' News Network", "Unions call a strike for wages", "21.04.2022"),
    "de": ("Zetländisches Friedensbündnis", "Gewerkschaften rufen zum Streik auf", "21.04.2022"),
    "ru": ("Ксандийское рабочее агентство", "Профсоюзы объявили забастовку", "21.04.2022"),
}


@pytest.mark.parametrize("language", sorted(_SITES))
def test_a_name_over_the_page_that_only_its_stamp_names_again_signs_nothing(
    language: str,
) -> None:
    site, title, day = _SITES[language]
    text = f"{site}\n\n{title}\n\n{site} | {day}\n\n{PROSE[language]}\n"
    assert _headers(text) == []


@pytest.mark.parametrize("language", sorted(_LETTERHEADS))
def test_a_letterhead_the_text_names_again_signs(language: str) -> None:
    _, abbreviation, title, speaks = _LETTERHEADS[language]
    text = f"{abbreviation}\n\n{title}\n\n{speaks}\n\n{PROSE[language]}\n"
    assert _headers(text) == [abbreviation]


@pytest.mark.parametrize(
    "line",
    [
        "The Xandia Party and the Zetland Union issued the following statement:",
        "Η Ένωση Ξάνδιας και το Κόμμα Ζέτλαντ εξέδωσαν την ακόλουθη ανακοίνωση:",
        "জেটল্যান্ড পার্টি এবং জ্যান্ডিয়া ইউনিয়ন নিম্নলিখিত বিবৃতি জারি করেছে:",
    ],
)
def test_a_line_introducing_what_follows_signs_nothing(line: str) -> None:
    assert _published("Zetpeace", line, "XKP") == ["Zetpeace", "XKP"]


@pytest.mark.parametrize("inflected", ["XKP-a", "XKP-së", "ΞΚΚ-ου"])
def test_an_abbreviation_with_a_case_ending_is_the_abbreviation_found(inflected: str) -> None:
    bare = inflected.split("-")[0]
    assert _published(bare, inflected, "Zetpeace") == [bare, "Zetpeace"]


def test_an_abbreviation_with_a_case_ending_alone_or_a_double_abbreviation_signs() -> None:
    # alone, the inflected form is the only word for its signer; "XKP-ZWU" is one name
    assert _published("XKP-a", "Zetpeace", "XKP-ZWU") == ["XKP-a", "Zetpeace", "XKP-ZWU"]


def _read_in(text: str, *raws: str) -> list[str]:
    """What the gate publishes of ``raws``, entries found in that order in ``text``."""
    entries, at = [], 0
    for position, raw in enumerate(raws, start=1):
        at = text.index(raw, at)
        entries.append(Entry(position, raw, Span(at, at + len(raw)), raw))
        at += len(raw)
    section = Section("", Span(0, len(text)), tuple(entries), kind="phrase")
    return [e.raw for s in published([section], text) for e in s.entries]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The Party for the Tenants of Xandia and the XKP signed the appeal.", "Party"),
        ("Aderiscono il Forum delle cooperative di Zetlandia e la XKP.", "Forum"),
        ("Το Κόμμα για την Ειρήνη της Ξάνδιας και το XKP υπογράφουν.", "Κόμμα"),
    ],
)
def test_a_kind_word_whose_name_goes_on_is_no_signer(text: str, head: str) -> None:
    assert _read_in(text, head, "XKP") == ["XKP"]


@pytest.mark.parametrize(
    "text",
    [
        "Alliance, XKP and Zetpeace signed the appeal.",
        "Forum in XKP sta podpisala izjavo.",  # Slovene "in": and, between two names
        "Front og XKP har underskrevet opfordringen.",
    ],
)
def test_a_one_word_name_before_and_or_a_comma_signs(text: str) -> None:
    first = text.split()[0].rstrip(",")
    assert _read_in(text, first, "XKP") == [first, "XKP"]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("إضافة إلى اللجان العمالية في زيتلاند", "اللجان العمالية في زيتلاند"),
        ("as well as the Xandia Teachers' Union", "Xandia Teachers' Union"),
        (
            "ainsi que la Confédération des travailleurs de Zetlande",
            "Confédération des travailleurs de Zetlande",
        ),
        ("а также Союз журналистов Ксандии", "Союз журналистов Ксандии"),
    ],
)
def test_a_phrase_of_addition_opening_an_entry_is_no_part_of_the_name(
    entry: str, name: str
) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", name]


def test_a_phrase_of_addition_inside_a_name_stays() -> None:
    inside = "Xandia Committee for Peace as well as Justice"
    assert _published("Zetpeace", inside) == ["Zetpeace", inside]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        (
            "представники Зетландської організації “Фронту Ксандії”",
            "Зетландської організації “Фронту Ксандії”",
        ),
        ("the representatives of the Xandia Teachers' Union", "Xandia Teachers' Union"),
        ("W imieniu Związku Nauczycieli Ksandii", "Związku Nauczycieli Ksandii"),
        ("ممثلو اتحاد عمال زيتلاند", "اتحاد عمال زيتلاند"),
    ],
)
def test_a_phrase_of_representatives_or_on_behalf_opening_an_entry_is_no_part_of_the_name(
    entry: str, name: str
) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", name]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Xandia Workers' Party and others", "Xandia Workers' Party"),
        (
            "Зетландська міська організація “Нашої Ксандії” та інші",
            "Зетландська міська організація “Нашої Ксандії”",
        ),
        ("Ένωση Εργαζομένων Ξάνδιας και άλλοι", "Ένωση Εργαζομένων Ξάνδιας"),
    ],
)
def test_and_others_closing_an_entry_is_no_part_of_the_name(entry: str, name: str) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", name]


def test_a_capitalised_and_more_closing_a_name_is_the_names_own() -> None:
    names = ["Zetland Books and More", "Xandia Libros y Más", "Ксандия Книги и Другие"]
    assert _published("Zetpeace", *names) == ["Zetpeace", *names]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Xandia Teachers' Union “Stop the cuts, take back the rises", "Xandia Teachers' Union"),
        ("Ένωση Εργαζομένων Ξάνδιας «Όχι στις περικοπές", "Ένωση Εργαζομένων Ξάνδιας"),
        ("Союз учителей Ксандии «Нет сокращениям", "Союз учителей Ксандии"),
    ],
)
def test_a_quotation_opened_after_a_name_and_never_closed_is_no_part_of_it(
    entry: str, name: str
) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", name]


@pytest.mark.parametrize(
    "entry",
    [
        "Partia “Zetland Razem",  # the page lost the closing mark
        "Stowarzyszenie „Xandia Wolna",
        'Association "Zetland Forward',
        "громадська ініціатива «Оновлення Ксандії",
    ],
)
def test_a_quotation_never_closed_after_a_word_for_a_kind_alone_is_the_name(entry: str) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", entry]


@pytest.mark.parametrize(
    "entry",
    [
        "take back the rises” the statement of the Xandia Union said",
        "zamlar geri çekilsin” açıklaması yaptı",
        "που ζητούν αυξήσεις» δήλωσε η Ένωση Ξάνδιας",
    ],
)
def test_an_entry_that_opens_inside_a_quotation_signs_nothing(entry: str) -> None:
    assert _published("Zetpeace", entry, "XKP") == ["Zetpeace", "XKP"]


@pytest.mark.parametrize(
    ("entry", "names"),
    [
        ("XKP and ZWU", ["XKP", "ZWU"]),
        ("XKP ve ZWU", ["XKP", "ZWU"]),
        ("ΞΚΚ και ΖΕΕ", ["ΞΚΚ", "ΖΕΕ"]),
        ("КПК и ЗСП", ["КПК", "ЗСП"]),
        (
            "Zetland Teachers' Union and Xandia Workers' Party",
            ["Zetland Teachers' Union", "Xandia Workers' Party"],
        ),
        (
            "Зетландська обласна організація та Ксандійська міська організація партії “Вперед”",
            ["Зетландська обласна організація", "Ксандійська міська організація партії “Вперед”"],
        ),
        (
            "Ξανδιανό Εργατικό Κόμμα και Ζετλανδική Ένωση Νέων",
            ["Ξανδιανό Εργατικό Κόμμα", "Ζετλανδική Ένωση Νέων"],
        ),
        (
            "Ксандийская рабочая партия и Зетландский молодёжный союз",
            ["Ксандийская рабочая партия", "Зетландский молодёжный союз"],
        ),
        # an article after "and" before a second name with its own kind: the first keeps its own
        (
            "La Asociación Mil Vecinas de Xandia y la Federación Lucha por la Tierra Zeta",
            ["La Asociación Mil Vecinas de Xandia", "Federación Lucha por la Tierra Zeta"],
        ),
        (
            "L'Union des Voisines de Xandie et la Fédération Terre Zeta",
            ["L'Union des Voisines de Xandie", "Fédération Terre Zeta"],
        ),
        (
            "Associazione Vicine di Xandia e la Lega Terra di Zeta",
            ["Associazione Vicine di Xandia", "Lega Terra di Zeta"],
        ),
        (
            "The Xandia Neighbours Association and the Zeta Land League",
            ["The Xandia Neighbours Association", "Zeta Land League"],
        ),
    ],
)
def test_two_names_each_with_its_kind_or_two_abbreviations_joined_by_and_are_two(
    entry: str, names: list[str]
) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", *names]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            ["W imieniu Komisji", "Zakładowej Organizacji Związkowej", "NSZZ Ksandia"],
            "Komisji\nZakładowej Organizacji Związkowej\nNSZZ Ksandia",
        ),
        (
            ["On behalf of the Secretariat", "Xandian Teachers' Union", "Zedtown Branch"],
            "Secretariat\nXandian Teachers' Union\nZedtown Branch",
        ),
        (
            ["От имени Комитета", "Профсоюза учителей Ксандии"],
            "Комитета\nПрофсоюза учителей Ксандии",
        ),
        (
            ["Εκ μέρους της Επιτροπής", "Ένωσης Εργαζομένων Ξάνδιας"],
            "Επιτροπής\nΈνωσης Εργαζομένων Ξάνδιας",
        ),
    ],
)
def test_a_kind_word_on_behalf_of_which_a_sign_off_speaks_goes_on_over_its_lines(
    lines: list[str], name: str
) -> None:
    text = "\n".join(lines) + "\n\nAna Zet\n"
    assert _read_in(text, *lines) == [name]


def test_lines_below_a_kind_word_with_no_phrase_on_behalf_stay_apart() -> None:
    lines = ["Committee", "Xandian Teachers' Union", "Zetland Workers' Party"]
    assert _read_in("\n".join(lines) + "\n", *lines) == lines


#: Names with the marks and words these rules read, each in its place in a name, in scripts with
#: and without capitals: a word of representatives that is the name's own, quoted names, stray
#: quotation marks, an abbreviation and a name joined by "and", "and" inside a name.
_UNTOUCHED_TOO = [
    "Leaders Forum of Xandia",
    "Representatives Club Zetland",
    "“Xandia Forward” Party",
    "Partia “Zetland Razem”",
    "Σύλλογος «Ξάνδια Μπροστά»",
    "Хор «Зетланд» и друзья",
    'Zetland Union"',
    "Movement “ Xandian Resistance” , Zetland",
    "Xandia and Zetland Friendship League",
    "XKP and Zetland Youth",
    "XKP in SH",
    "ゼットランド平和会議",
    "Federation of Workers' Councils and Unions in Xandia",
    "Central and Eastern Xandian Women's Network",
    "Sindicato de Trabajadores de la Enseñanza y la Cultura de Xandia",
    "Federación de Consejos y Sindicatos de Xandia",
    "Union des Travailleurs et des Syndicats de Zetlande",
    "Xandia Peace Council and Justice",
    "Σύνδεσμος Ξάνδιας και Ζετλάνδης",
    "اتحاد زيتلاند للعمال والفلاحين",
    "حركة «زيتلاند الحرة»",
    "«زيتلاند الحرة",
    "איגוד עובדי זטלנד",
    "क्सान्डिया किसान और मज़दूर संघ",
    "「赞德兰」和平会议",
    "สหภาพแรงงานแซนเดีย",
]


def test_names_with_these_marks_and_words_in_their_place_pass_untouched() -> None:
    assert _published(*_UNTOUCHED_TOO) == _UNTOUCHED_TOO


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("XKP'nin", "XKP"),  # Turkish: of the XKP
        ("Zetland Partisi'nin seçim ittifakına", "Zetland Partisi"),
        ("XKP’ye bağlı Zetsen", "Zetsen"),  # Zetsen, affiliated to the XKP
        ("Xandiya Partiyası'nın", "Xandiya Partiyası"),  # Azerbaijani
    ],
)
def test_a_proper_noun_with_a_case_ending_after_an_apostrophe_is_the_sentences(
    entry: str, name: str
) -> None:
    assert _published("Zetpeace", entry) == ["Zetpeace", name]


#: Apostrophes inside names: possessives, contractions, elisions, a surname.
_APOSTROPHES = [
    "Xandia People's Party",
    "Zetland Workers' Union",
    "Don't Panic Zetland",
    "Parti d'Action Zetlandaise",
    "Aujourd'hui Xandia",
    "O'Zet Foundation",
    # a word in lower case elided before a vowel is no proper noun: no case ending
    "Associazione Amici dell'arte",
    "Comitato Zetland dell'orto e del verde",
    "Amis de la presqu'île",
]


def test_apostrophes_that_are_no_case_endings_stay_in_the_name() -> None:
    assert _published(*_APOSTROPHES) == _APOSTROPHES


@pytest.mark.parametrize(
    ("text", "raws", "names"),
    [
        (
            "Joint statement of the Xandia Workers' Party and the Teachers' Union of Zetland, "
            "Ypsia, Nordia",
            ["Xandia Workers' Party", "Teachers' Union of Zetland", "Ypsia", "Nordia"],
            ["Xandia Workers' Party", "Teachers' Union of Zetland, Ypsia, Nordia"],
        ),
        (
            "Společné prohlášení Svazu Xandie a Odborového sdružení Zetlandu, Ypsie, Nordie",
            ["Svazu Xandie", "Odborového sdružení Zetlandu", "Ypsie", "Nordie"],
            ["Svazu Xandie", "Odborového sdružení Zetlandu, Ypsie, Nordie"],
        ),
        (
            "Κοινή δήλωση του Κόμματος Ξάνδιας και της Ένωσης Εργαζομένων Ζέτλαντ, Ύψιας, Νόρδιας",
            ["Κόμματος Ξάνδιας", "Ένωσης Εργαζομένων Ζέτλαντ", "Ύψιας", "Νόρδιας"],
            ["Κόμματος Ξάνδιας", "Ένωσης Εργαζομένων Ζέτλαντ, Ύψιας, Νόρδιας"],
        ),
    ],
)
def test_places_after_commas_past_a_runs_last_and_are_the_last_names_own(
    text: str, raws: list[str], names: list[str]
) -> None:
    assert _read_in(text, *raws) == names


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # each part after a comma is a name by its own evidence: a kind, an abbreviation
        (
            "Signed: Xandia Party and Zetland Union, Ypsian League",
            ["Xandia Party", "Zetland Union", "Ypsian League"],
        ),
        ("Signed: XKP and ZWU, PTU", ["XKP", "ZWU", "PTU"]),
        # a name closed by its kind is whole; a word with digits is no place
        (
            "Signed: Xandia Party and Zetland Union, Ypsia",
            ["Xandia Party", "Zetland Union", "Ypsia"],
        ),
        (
            "Signed: Xandia Party and the Teachers' Union of Zetland, Covid-19",
            ["Xandia Party", "Teachers' Union of Zetland", "Covid-19"],
        ),
        # the usual run: commas first, "and" before its last name
        ("Signed: Xandia Party, Zetpeace and Nordia", ["Xandia Party", "Zetpeace", "Nordia"]),
        ("Signed: Xandia Party and Zetpeace", ["Xandia Party", "Zetpeace"]),
    ],
)
def test_names_of_their_own_after_commas_past_and_stay_apart(text: str, raws: list[str]) -> None:
    assert _read_in(text, *raws) == raws


@pytest.mark.parametrize(
    ("text", "raws", "name"),
    [
        (
            "Signed: Xandia Workers' Party, Zetland Teachers' Union, Xandian Tenants and "
            "Residents Association, Ypsia Farmers' League",
            [
                "Xandia Workers' Party",
                "Zetland Teachers' Union",
                "Xandian Tenants",
                "Residents Association",
                "Ypsia Farmers' League",
            ],
            "Xandian Tenants and Residents Association",
        ),
        (
            "İmzalayanlar: Xandia Öğretmenler Derneği, Zetland İşçi Sendikası, Xandia Esnaf ve "
            "Sanatkarlar Birliği, Zetland Barolar Birliği",
            [
                "Xandia Öğretmenler Derneği",
                "Zetland İşçi Sendikası",
                "Xandia Esnaf",
                "Sanatkarlar Birliği",
                "Zetland Barolar Birliği",
            ],
            "Xandia Esnaf ve Sanatkarlar Birliği",
        ),
        (
            "Aláírók: Xandiai Tanárok Szövetsége, Zetlandi Munkások Pártja, Xandiai Bérlők és "
            "Lakók Egyesülete, Zetlandi Ügyvédek Egyesülete",
            [
                "Xandiai Tanárok Szövetsége",
                "Zetlandi Munkások Pártja",
                "Xandiai Bérlők",
                "Lakók Egyesülete",
                "Zetlandi Ügyvédek Egyesülete",
            ],
            "Xandiai Bérlők és Lakók Egyesülete",
        ),
    ],
)
def test_in_a_run_of_names_closed_by_their_kind_two_halves_joined_by_and_share_it(
    text: str, raws: list[str], name: str
) -> None:
    assert _read_in(text, *raws) == [*raws[:2], name, raws[-1]]


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # most names of the run do not close with their kind: its "and" parts two names
        (
            "Signed: Zetpeace, Xandia Forward, Nordic Greens and Ypsia Union, Zetland Solidarity",
            ["Zetpeace", "Xandia Forward", "Nordic Greens", "Ypsia Union", "Zetland Solidarity"],
        ),
        # a one-word name before "and" is a name of its own
        (
            "Signed: Xandia Workers' Party, Zetland Teachers' Union, Zetpeace and Ypsia Farmers' "
            "League, Nordia Youth League",
            [
                "Xandia Workers' Party",
                "Zetland Teachers' Union",
                "Zetpeace",
                "Ypsia Farmers' League",
                "Nordia Youth League",
            ],
        ),
    ],
)
def test_halves_joined_by_and_outside_a_run_closed_by_kinds_stay_apart(
    text: str, raws: list[str]
) -> None:
    assert _read_in(text, *raws) == raws


@pytest.mark.parametrize(
    ("text", "raws", "names"),
    [
        (
            "Han firmado Xandia Verde, Acuerdo Zetland y Movimiento Justicia y la Vivienda "
            "de Zedtown la declaración.",
            ["Xandia Verde", "Acuerdo Zetland", "Movimiento Justicia", "Vivienda de Zedtown"],
            ["Xandia Verde", "Acuerdo Zetland", "Movimiento Justicia y la Vivienda de Zedtown"],
        ),
        (
            "Signed by Xandia Forward, Zetland Greens and Xandian Justice and the Tenants of "
            "Zedtown.",
            ["Xandia Forward", "Zetland Greens", "Xandian Justice", "Tenants of Zedtown"],
            ["Xandia Forward", "Zetland Greens", "Xandian Justice and the Tenants of Zedtown"],
        ),
        (
            "Hanno firmato Xandia Avanti, Verdi di Zetland e Movimento Giustizia e Casa "
            "di Zedtown.",
            ["Xandia Avanti", "Verdi di Zetland", "Movimento Giustizia", "Casa di Zedtown"],
            ["Xandia Avanti", "Verdi di Zetland", "Movimento Giustizia e Casa di Zedtown"],
        ),
    ],
)
def test_a_further_and_past_a_runs_own_is_inside_its_last_name(
    text: str, raws: list[str], names: list[str]
) -> None:
    assert _read_in(text, *raws) == names


@pytest.mark.parametrize(
    ("text", "raws"),
    [
        # no comma: each "and" may join a name of its own
        (
            "Signed by Xandia Forward and Zetpeace and Nordia.",
            ["Xandia Forward", "Zetpeace", "Nordia"],
        ),
        # a name of its own after the further "and"
        (
            "Signed by Xandia Forward, Zetpeace and Nordia Dignity and the Ypsian League.",
            ["Xandia Forward", "Zetpeace", "Nordia Dignity", "Ypsian League"],
        ),
    ],
)
def test_names_after_a_further_and_with_no_comma_or_their_own_kind_stay_apart(
    text: str, raws: list[str]
) -> None:
    assert _read_in(text, *raws) == raws


@pytest.mark.parametrize(
    ("entries", "names"),
    [
        # "at the seat of the Zaytoun party": a phrase of the sentence, no name
        (["في مقر حزب الزيتون", "حزب الغد الكساندي"], ["حزب الغد الكساندي"]),
        # a glued "and", then "during the meeting of the parties"
        (["حزب العمال الزيتلاندي", "وخلال اجتماع الأحزاب"], ["حزب العمال الزيتلاندي"]),
        # "For a strong Zetland": a name may open with "for" ("من أجل"), and a name with one
        # of those prepositions inside it is whole
        (
            ["من أجل زيتلاند قوية", "اتحاد النقابات في زيتلاند"],
            ["من أجل زيتلاند قوية", "اتحاد النقابات في زيتلاند"],
        ),
    ],
)
def test_a_phrase_opening_with_a_preposition_in_a_script_without_capitals_is_no_name(
    entries: list[str], names: list[str]
) -> None:
    assert _published(*entries) == names


@pytest.mark.parametrize(
    ("entries", "names"),
    [
        # "They said that the universities should stay independent.": a paragraph of a report
        (["泽特兰工会联合会", "他们表示，大学应当保持独立。"], ["泽特兰工会联合会"]),
        # "The government should withdraw the bill at once!"
        (["ザットランド労働組合", "政府は直ちに法案を撤回すべきだ！"], ["ザットランド労働組合"]),
        # a name's own middle dot is no sentence's mark
        (
            ["ザットランド・ユニオン", "泽特兰工会联合会"],
            ["ザットランド・ユニオン", "泽特兰工会联合会"],
        ),
    ],
)
def test_a_sentence_of_a_script_without_spaces_is_no_name(
    entries: list[str], names: list[str]
) -> None:
    assert _published(*entries) == names


def test_a_date_or_a_place_and_a_date_is_no_name() -> None:
    # a dateline or a stamp says when and where; a body's name before the date is kept whole
    assert _published(
        "5 Décembre 2019",
        "Berlin, 14 March 2021",
        "14.03.2021",
        "Xandian Workers' Union",
        "Workers' Party of Zetland, 14 March 2021",
    ) == ["Xandian Workers' Union", "Workers' Party of Zetland, 14 March 2021"]


def test_the_date_after_a_dash_on_a_line_under_a_text_signs_nothing() -> None:
    # a line under the text, a title and its date after a dash: the sign-off reads the date
    foot = "Communiqué Commun UTZ FSX - 5 Décembre 2019"
    text = f"Communiqué commun\n\n{PROSE['fr']}\n\n{PROSE['fr']}\n\n{foot}\n"
    assert [e.raw for s in read_text(text).sections for e in s.entries] == []
