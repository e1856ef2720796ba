"""Every class of issue 18 in Greek, Russian, Turkish and Arabic texts, so that each is tested in
at least three languages; the matrix below says where each class is tested.

A case counts for a language when it feeds the reader a text of that class whose lines in question
(cue, heading, dateline, stamp, title, phrase, menu) are in that language, and asserts what a user
checks in ``kzld parse``: the entries of every list in order, the signers named outside lists, the
entries skipped and why, the stated total, the dates and the language versions. Organisation names
here are made up ("Κομμουνιστικό Κόμμα Ξάνιας", "Рабочая партия Зетландии").

================  ============================================  =============================
class             test_reader_classes.py and others             this module
================  ============================================  =============================
heading-list      nl de es ru (test_signatory_lists), it es de   el ru tr ar
                  (persons with their organisation), nl sv
cue-sentence      en sv de ar                                    el ru tr ar
dateline-list     es en it                                       el ru tr ar (several forms,
                                                                 with or without a rule)
no-cue-list       fr pt tr                                       el ru ar (3 and 14 names)
inline-list       pt en it; pt es en (category labels)           el ru tr
several-lists     en es ru; nl de es ru (test_signatory_lists)   el tr ar
update-stamp      de fr it (heading), de it en (title),          el ru tr ar (heading),
                  test_statement_dates                           el ru tr ar (title)
signers-in-title  en it el es (title), el es (verb of signing),   ru el tr ar fr en (title),
                  es it en (first sentence), fi ca sv ro (lead)  el ru tr ar fr (first sentence),
                                                                 en es tr ru el ar (one speaker),
                                                                 lt id ca bn hi (more languages),
                                                                 ro bg en es sk cs (headlines,
                                                                 quotation marks, "between")
on-behalf-of      en it de es                                    el ar tr ru en hu lt hr bg ca
header-lines      it en es; en it tr el (columns, before ":")    el ru tr ar; fr el tr (names
                                                                 parted by dashes); ko en de
                                                                 (a press release's sender)
cut-list          en (cut and garbled entries), es fr el         el ru tr ar (cut: numbered,
                  (a cut translation)                            bulleted, plain, inline),
                                                                 de el tr (garbled)
false-cue         en fr de                                       el ru tr ar
stated-total      en fr sv pt ar; test_totals (pt es de en ru   el ru tr ar (digits, words)
                  nl sv sr it pl tr fr no id)
furniture         es de it (menus, breadcrumbs, header date),    el ru tr ar (menus, header
                  test_statement_dates (de es en)                dates, footers, share links)
mixed-language    sv ar tr; nl (test_signatory_lists)            el ru (en names), tr ar (fr),
                                                                 el ru ar tr (a slogan,
                                                                 glosses in brackets)
several-versions  ru+en fr+pt tr+en                              el+en ru+en ar+fr, the first
                                                                 coming back (el ru ar tr)
one odd text      the seeds beside a binary file or a copy       el ru tr ar
                  (test_folder), a broken shape (e2e)
================  ============================================  =============================

"One odd text never costs the others": a text the build cannot publish (a shape it breaks) in
``tests/e2e/test_leave_out.py`` and ``tests/e2e/test_build.py``, a binary file and a copy in
``test_folder.py``; here a text saved in its language's old 8-bit encoding (el ru tr ar), which
the reader refuses naming file, line and byte while it reads the others.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kzld.errors import InputError
from kzld.parse.folder import read_folder

from .prose import PROSE
from .reading import lists_of, outside_of, read_text, skipped_of

#: Made-up organisations, three a language, each named as such lists name them.
NAMES = {
    "el": ["Κομμουνιστικό Κόμμα Ξάνιας", "Εργατικό Κόμμα Ζετλανδίας", "Ένωση Νεολαίας Ψιλάνδης"],
    "ru": [
        "Коммунистическая партия Ксании",
        "Рабочая партия Зетландии",
        "Союз молодёжи Игрекии",
    ],
    "tr": ["Ksanya Komünist Partisi", "Zetlandiya İşçi Partisi", "Psilandiya Gençlik Birliği"],
    "ar": ["الحزب الشيوعي الكساني", "حزب العمال الزيتلاندي", "اتحاد الشباب الإبسيلاندي"],
}


def _misread(name: str, encoding: str) -> str:
    """``name`` as a page shows it when its UTF-8 bytes are taken for an 8-bit encoding."""
    return name.encode("utf-8").decode(encoding, errors="replace")


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize(
    ("language", "heading"),
    [("el", "Υπογράφουν:"), ("ru", "Подписавшие организации:"), ("tr", "İmzacılar:"),
     ("ar", "الموقعون:")],
)  # fmt: skip
def test_heading_list(language: str, heading: str) -> None:
    names = NAMES[language]
    text = f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(names) + "\n"
    document = read_text(text)
    assert lists_of(document) == [names]
    assert document.languages == (language,)


@pytest.mark.parametrize(
    ("language", "cue"),
    [
        ("el", "Τα κόμματα που υπογράφουν την κοινή δήλωση:"),
        ("ru", "Мы, нижеподписавшиеся партии, осуждаем войну и требуем мира:"),
        ("tr", "Ortak açıklamaya imza atan partiler şunlardır:"),
        ("el", "Πάνω από 40 κόμματα έχουν ήδη υπογράψει, ανάμεσά τους:"),
        ("ru", "Более 40 партий уже подписали заявление, среди них:"),
        ("tr", "40'ı aşkın parti bildiriyi imzaladı, bunlar arasında:"),
        ("ar", "وقع أكثر من 40 حزبا على البيان، ومن بينها:"),
    ],
)
def test_cue_sentence(language: str, cue: str) -> None:
    names = NAMES[language]
    text = f"Title\n\n{PROSE[language]}\n\n{cue}\n\n" + "\n".join(names) + "\n"
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("el", "Εμείς, τα κόμματα που υπογράφουμε παρακάτω, καταδικάζουμε τον πόλεμο."),
        ("ru", "Мы, партии, подписавшие это заявление, осуждаем войну."),
        ("tr", "Biz, aşağıda imzası bulunan partiler, savaşı kınıyoruz."),
        ("ar", "نحن الأحزاب الموقعة أدناه ندين الحرب."),
    ],
)
def test_cue_in_the_opening_sentence(language: str, opening: str) -> None:
    names = NAMES[language]
    paragraphs = f"{opening} {PROSE[language]}\n\n{PROSE[language]}"
    assert lists_of(read_text(f"Title\n\n{paragraphs}\n\n" + "\n".join(names) + "\n")) == [names]


@pytest.mark.parametrize(
    ("language", "dateline", "created"),
    [
        ("el", "Αθήνα, 8 Οκτωβρίου 2019", date(2019, 10, 8)),
        ("ru", "Москва, 15 апреля 2021 г.", date(2021, 4, 15)),
        ("tr", "İstanbul, 19 Mart 2025", date(2025, 3, 19)),
        ("ar", "29/8/2013", date(2013, 8, 29)),
        ("el", "Αθήνα, 29/8/2013", date(2013, 8, 29)),
        ("ru", "29 августа 2013 года", date(2013, 8, 29)),
        ("tr", "Ankara, 29.08.2013", date(2013, 8, 29)),
        ("ar", "بيروت، 23 تشرين الثاني 2012", date(2012, 11, 23)),
        ("ar", "بيروت في 23 نوفمبر 2012", date(2012, 11, 23)),
    ],
)
@pytest.mark.parametrize("rule", ["", "====================\n"])
def test_dateline_list(language: str, dateline: str, created: date, rule: str) -> None:
    names = NAMES[language]
    text = f"Title\n\n{PROSE[language]}\n{dateline}\n{rule}" + "\n".join(names) + "\n"
    document = read_text(text)
    assert lists_of(document) == [names]
    assert document.created is not None and document.created.date == created
    assert document.languages == (language,)


@pytest.mark.parametrize("marker", ["{n}. ", "- ", ""])
@pytest.mark.parametrize("language", ["el", "ru", "ar"])
def test_no_cue_list(marker: str, language: str) -> None:
    names = NAMES[language]
    lines = [marker.format(n=n) + name for n, name in enumerate(names, start=1)]
    text = f"Title\n\n{PROSE[language]}\n\n{PROSE[language]}\n\n" + "\n".join(lines) + "\n"
    document = read_text(text)
    assert lists_of(document) == [names]
    assert document.languages == (language,)


@pytest.mark.parametrize(
    ("language", "kinds", "places"),
    [
        ("el", ["Κομμουνιστικό Κόμμα", "Εργατικό Κόμμα"],
         ["Ξάνιας", "Ζετλανδίας", "Ψιλάνδης", "Ωμέγας", "Δέλτας", "Κάππας", "Λάμδας"]),
        ("ru", ["Коммунистическая партия", "Рабочая партия"],
         ["Ксании", "Зетландии", "Игрекии", "Омегии", "Дельтии", "Каппии", "Ламбдии"]),
        ("ar", ["الحزب الشيوعي", "حزب العمال"],
         ["الكساني", "الزيتلاندي", "الإبسيلاندي", "الأوميغي", "الدلتاوي", "الكابي", "اللامدي"]),
    ],
)  # fmt: skip
def test_no_cue_list_of_fourteen(language: str, kinds: list[str], places: list[str]) -> None:
    names = [f"{kind} {place}" for kind in kinds for place in places]
    text = f"Title\n\n{PROSE[language]}\n\n{PROSE[language]}\n\n" + "\n".join(
        f"– {name}" for name in names
    )
    document = read_text(text + "\n")
    assert lists_of(document) == [names]
    assert document.languages == (language,)


@pytest.mark.parametrize(
    ("language", "label", "separator"),
    [("el", "Υπογράφουν: ", ", "), ("ru", "Подписали: ", "; "), ("tr", "İmzacılar: ", ", ")],
)
def test_inline_list(language: str, label: str, separator: str) -> None:
    names = NAMES[language]
    text = f"Title\n\n{PROSE[language]}\n\n{label}{separator.join(names)}.\n"
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("language", "first", "second", "others"),
    [
        (
            "el",
            "Υπογράφουν:",
            "Επίσης τα κόμματα:",
            ["Σοσιαλιστικό Κόμμα Ωμέγας", "Κόμμα Εργασίας Δέλτας"],
        ),
        (
            "tr",
            "İmzacı partiler:",
            "Diğer örgütler:",
            ["Omega Sosyalist Partisi", "Delta Emek Partisi"],
        ),
        (
            "ar",
            "الأحزاب الموقعة:",
            "منظمات أخرى:",
            ["الحزب الاشتراكي الأوميغي", "حزب العمل الدلتاوي"],
        ),
    ],
)
def test_several_lists(language: str, first: str, second: str, others: list[str]) -> None:
    names = NAMES[language]
    text = (
        f"Title\n\n{PROSE[language]}\n\n{first}\n" + "\n".join(f"• {n}" for n in names)
        + f"\n\n{second}\n" + "\n".join(f"• {n}" for n in others) + "\n"
    )  # fmt: skip
    assert lists_of(read_text(text)) == [names, others]


@pytest.mark.parametrize(
    ("language", "stamp", "as_of"),
    [
        ("el", "Υπογράφουν (ενημέρωση 26/03/2012):", date(2012, 3, 26)),
        ("ru", "Подписали (по состоянию на 21.03.2011):", date(2011, 3, 21)),
        ("tr", "İmzacılar (güncelleme: 26.03.2012):", date(2012, 3, 26)),
        ("ar", "الموقعون (آخر تحديث: 26/03/2012):", date(2012, 3, 26)),
    ],
)
def test_update_stamp(language: str, stamp: str, as_of: date) -> None:
    names = NAMES[language]
    text = f"Title\n\n{PROSE[language]}\n\n{stamp}\n" + "\n".join(f"- {n}" for n in names) + "\n"
    (section,) = read_text(text).sections
    assert [e.raw for e in section.entries] == names
    assert section.as_of == as_of


@pytest.mark.parametrize(
    ("language", "title", "as_of"),
    [
        ("el", "Υπογραφές στη δήλωση (ενημέρωση 24/09/2022)", date(2022, 9, 24)),
        ("ru", "Подписи под заявлением (обновлено 24.09.2022)", date(2022, 9, 24)),
        ("tr", "Bildiriye imza atanlar (güncellendi: 24.09.2022)", date(2022, 9, 24)),
        ("ar", "الموقعون على البيان (تحديث 24/09/2022)", date(2022, 9, 24)),
    ],
)
def test_update_stamp_in_the_title(language: str, title: str, as_of: date) -> None:
    names = NAMES[language]
    document = read_text(f"{title}\n\n{PROSE[language]}\n\n" + "\n".join(names) + "\n")
    (section,) = document.sections
    assert [e.raw for e in section.entries] == names
    assert section.as_of == as_of
    assert document.created is None and document.published is None


# --------------------------------------------------------------------------- outside lists


@pytest.mark.parametrize(
    ("language", "title", "signers"),
    [
        ("ru", "Совместное заявление КПК и РПЗ", ["КПК", "РПЗ"]),
        (
            "el",
            "Κοινή ανακοίνωση του Κομμουνιστικού Κόμματος Ξάνιας και του Εργατικού Κόμματος "
            "Ζετλανδίας",
            ["Κομμουνιστικού Κόμματος Ξάνιας", "Εργατικού Κόμματος Ζετλανδίας"],
        ),
        ("tr", "KKP ve ZİP: Savaşa hayır!", ["KKP", "ZİP"]),
        ("el", "Κοινή δήλωση του ΚΚΞ, του ΕΚΖ και της ΕΝΨ", ["ΚΚΞ", "ΕΚΖ", "ΕΝΨ"]),
        # names before the statement word, a case ending after an apostrophe
        ("tr", "KKP, ZİP ve PGB'den ortak açıklama", ["KKP", "ZİP", "PGB"]),
        (
            "tr",
            "Ksanya Komünist Partisi ve Zetlandiya İşçi Partisi'nden ortak açıklama",
            ["Ksanya Komünist Partisi", "Zetlandiya İşçi Partisi"],
        ),
        (
            "en",
            "X Party of Britain and Y Workers' Party: joint statement on the war",
            ["X Party of Britain", "Y Workers' Party"],
        ),
        # abbreviations in a script without capitals after "joint statement:"
        ("ar", "بيان مشترك: حشك وحعز واتحاد الشباب", ["حشك", "حعز", "اتحاد الشباب"]),
        # a name's words in lower case between joining words
        (
            "fr",
            "Déclaration commune du Parti communiste de Xandie et du Parti du travail de Zetlande",
            ["Parti communiste de Xandie", "Parti du travail de Zetlande"],
        ),
        # names in the genitive, whose type word is spelt as its plural
        (
            "ru",
            "Совместное заявление Коммунистической партии Ксании и Рабочей партии Зетландии",
            ["Коммунистической партии Ксании", "Рабочей партии Зетландии"],
        ),
        # a plural after a singular type word is part of one name
        (
            "en",
            "Statement by the Xandian Federation of Trade Unions (XFTU) on the strike",
            ["Xandian Federation of Trade Unions (XFTU)"],
        ),
    ],
)
def test_signers_in_title(language: str, title: str, signers: list[str]) -> None:
    document = read_text(f"{title}\n\n{PROSE[language]}\n")
    assert outside_of(document) == signers
    assert lists_of(document) == []


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        ("el", "Το Κομμουνιστικό Κόμμα Ξάνιας (ΚΚΞ) και το Εργατικό Κόμμα Ζετλανδίας (ΕΚΖ) καλούν "
         "την εργατική τάξη να παλέψει ενάντια στον πόλεμο.",
         ["Κομμουνιστικό Κόμμα Ξάνιας (ΚΚΞ)", "Εργατικό Κόμμα Ζετλανδίας (ΕΚΖ)"]),
        ("ru", "Коммунистическая партия Ксании (КПК) и Рабочая партия Зетландии (РПЗ) призывают "
         "рабочий класс бороться против войны.",
         ["Коммунистическая партия Ксании (КПК)", "Рабочая партия Зетландии (РПЗ)"]),
        # a bracketed abbreviation ends a name: the word after it is the argument's
        ("tr", "Ksanya Komünist Partisi (KKP) ve Zetlandiya İşçi Partisi (ZİP) işçi sınıfını "
         "savaşa karşı mücadeleye çağırıyor.",
         ["Ksanya Komünist Partisi (KKP)", "Zetlandiya İşçi Partisi (ZİP)"]),
        # the verb first, as Arabic writes: the names end where the object begins
        ("ar", "يدعو الحزب الشيوعي الكساني وحزب العمال الزيتلاندي الطبقة العاملة إلى النضال ضد "
         "الحرب.", ["الحزب الشيوعي الكساني", "حزب العمال الزيتلاندي"]),
        # the verb first in the past, as news reports write ("issued"): the statement it issued
        # is no part of the last name
        ("ar", "أصدرت الجبهة الديمقراطية الكسانية، والحركة الزيتلاندية (القائمة الموحدة) بيانًا "
         "مشتركًا حول الانتخابات.", ["الجبهة الديمقراطية الكسانية",
                                     "الحركة الزيتلاندية (القائمة الموحدة)"]),
        ("fr", "Le Parti communiste de Xandie et le Parti du travail de Zetlande appellent les "
         "travailleurs à résister.",
         ["Parti communiste de Xandie", "Parti du travail de Zetlande"]),
    ],
)  # fmt: skip
def test_signers_in_the_first_sentence(language: str, sentence: str, signers: list[str]) -> None:
    document = read_text(f"Title\n\n{sentence} {PROSE[language]}\n\n{PROSE[language]}\n")
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("language", "sentence", "signer"),
    [
        ("el", "Εκ μέρους του Κομμουνιστικού Κόμματος Ξάνιας χαιρετίζουμε την απεργία.",
         "Κομμουνιστικού Κόμματος Ξάνιας"),
        ("el", "Εκ μέρους της Ένωσης Νεολαίας Ψιλάνδης, χαιρετίζουμε την απεργία.",
         "Ένωσης Νεολαίας Ψιλάνδης"),
        ("ar", "باسم الحزب الشيوعي الكساني، نحيي الإضراب.", "الحزب الشيوعي الكساني"),
    ],
)  # fmt: skip
def test_on_behalf_of(language: str, sentence: str, signer: str) -> None:
    text = f"Greetings\n\n{PROSE[language]}\n\n{sentence} {PROSE[language]}\n"
    assert outside_of(read_text(text)) == [signer]


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # the Turkish postposition: the names come before "adına"
        ("tr", "Eylemde KKP-ZİP-PGB adına ortak açıklamayı Genel Başkan yaptı.",
         ["KKP", "ZİP", "PGB"]),
        ("tr", "Ksanya Komünist Partisi (KKP) adına açıklamayı Genel Sekreter okudu.",
         ["Ksanya Komünist Partisi (KKP)"]),
        # a body of the party before its name, with no joining word (the genitive)
        ("ru", "От имени ЦК КПК приветствуем забастовку.", ["КПК"]),
        ("ru", "От имени Центрального Комитета Коммунистической партии Ксании, приветствуем "
         "забастовку.", ["Коммунистической партии Ксании"]),
        ("en", "On behalf of the Central Committee of the X Party of Britain, we greet the "
         "strikers.", ["X Party of Britain"]),
        # more languages, the phrase before the name or after it
        ("hu", "A Xandiai Kommunista Párt nevében üdvözöljük a sztrájkolókat.",
         ["Xandiai Kommunista Párt"]),
        ("lt", "Ksanijos Komunistų partijos vardu sveikiname streikuojančius.",
         ["Ksanijos Komunistų partijos"]),
        ("hr", "U ime Socijalističke partije Ksanije pozdravljamo štrajk radnika.",
         ["Socijalističke partije Ksanije"]),
        ("bg", "От името на Българската партия на Ксания приветстваме стачката.",
         ["Българската партия на Ксания"]),
        ("ca", "En nom del Partit Comunista de Xàndia, saludem la vaga.",
         ["Partit Comunista de Xàndia"]),
    ],
)  # fmt: skip
def test_on_behalf_of_before_and_after_the_name(
    language: str, sentence: str, signers: list[str]
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"Greetings\n\n{prose}\n\n{sentence} {prose}\n"
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    ("language", "sentence", "signer"),
    [
        ("en", "The X Party of Britain strongly condemns the arrest of the strikers.",
         "X Party of Britain"),
        ("es", "El Partido Comunista de Xandia condena la detención de los huelguistas.",
         "Partido Comunista de Xandia"),
        ("tr", "Ksanya Komünist Partisi, grevcilerin tutuklanmasını kınıyor.",
         "Ksanya Komünist Partisi"),
        ("ru", "Коммунистическая партия Ксании осуждает арест забастовщиков.",
         "Коммунистическая партия Ксании"),
        ("el", "Το Κομμουνιστικό Κόμμα Ξάνιας καταδικάζει τη σύλληψη των απεργών.",
         "Κομμουνιστικό Κόμμα Ξάνιας"),
        ("ar", "يدين الحزب الشيوعي الكساني اعتقال المضربين.", "الحزب الشيوعي الكساني"),
    ],
)  # fmt: skip
def test_the_one_who_speaks_in_the_first_sentence(
    language: str, sentence: str, signer: str
) -> None:
    document = read_text(f"Title\n\n{sentence} {PROSE[language]}\n\n{PROSE[language]}\n")
    assert outside_of(document) == [signer]


@pytest.mark.parametrize(
    ("title", "sentence", "signers"),
    [
        # a country alone, an event, a person, a description by a plural, a government
        ("Title", "France and Germany signed a treaty on the border last week.", []),
        ("Title", "Germany condemns the arrest of the strikers.", []),
        ("Title", "The 5th Congress of the Xandian Trade Unions condemns the war.", []),
        ("Title", "The International Meeting of Communist and Workers' Parties calls for peace.",
         []),
        ("Title", "John Smith and Mary Jones call on the workers to strike.", []),
        ("Titel", "Die Regierung Xaniens verurteilt den Streik der Arbeiter.", []),
        ("Workers' Unity and Peace: joint statement", "The workers of the region are on strike.",
         []),
        # a joint title that names its signers: the capitalised nouns of the text sign nothing
        ("Gemeinsame Erklärung der Kommunistischen Partei Xaniens und der Partei der Arbeit "
         "Zetlands", "Die Arbeiterinnen und Arbeiter der Region streiken seit drei Wochen.",
         ["Kommunistischen Partei Xaniens", "Partei der Arbeit Zetlands"]),
    ],
)  # fmt: skip
def test_no_signer_outside_lists(title: str, sentence: str, signers: list[str]) -> None:
    document = read_text(f"{title}\n\n{sentence} {PROSE['en']}\n\n{PROSE['en']}\n")
    assert outside_of(document) == signers


@pytest.mark.parametrize(
    ("language", "above", "header", "below"),
    [
        ("el", "Title", "ΚΟΜΜΟΥΝΙΣΤΙΚΟ ΚΟΜΜΑ ΞΑΝΙΑΣ – ΚΚΞ\nΕΡΓΑΤΙΚΟ ΚΟΜΜΑ ΖΕΤΛΑΝΔΙΑΣ – ΕΚΖ",
         "ΚΟΙΝΗ ΑΝΑΚΟΙΝΩΣΗ"),
        ("ru", "Title", "КОММУНИСТИЧЕСКАЯ ПАРТИЯ КСАНИИ – КПК\nРАБОЧАЯ ПАРТИЯ ЗЕТЛАНДИИ – РПЗ",
         "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ"),
        ("tr", "Title", "KSANYA KOMÜNİST PARTİSİ – KKP\nZETLANDİYA İŞÇİ PARTİSİ – ZİP",
         "ORTAK AÇIKLAMA"),
        ("ar", "خاص بشبكة الأخبار/\nبيان مشترك",
         "الحزب الشيوعي الكساني – حشك\nحزب العمال الزيتلاندي – حعز", ""),
        ("el", "Κοινή ανακοίνωση", "Κομμουνιστικό Κόμμα Ξάνιας\nΕργατικό Κόμμα Ζετλανδίας", ""),
        ("ru", "Совместное заявление", "Коммунистическая партия Ксании\nРабочая партия Зетландии",
         ""),
    ],
)  # fmt: skip
def test_header_lines(language: str, above: str, header: str, below: str) -> None:
    document = read_text(
        "\n".join(line for line in (above, header, below, PROSE[language]) if line)
    )
    headers = [e.raw for s in document.sections if s.kind == "header" for e in s.entries]
    assert headers == header.split("\n")


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        # names in the genitive before the statement word (Lithuanian)
        ("Pareiškimas\n\nKsanijos Komunistų Partijos ir Zetlandijos Darbo Partijos pareiškimas",
         ["Ksanijos Komunistų Partijos", "Zetlandijos Darbo Partijos"]),
        # a joint statement in Indonesian and in Catalan
        ("Pernyataan bersama Partai Buruh Xandia dan Serikat Pekerja Zetlandia",
         ["Partai Buruh Xandia", "Serikat Pekerja Zetlandia"]),
        ("Declaració conjunta del Partit Comunista de Xàndia i la Federació Sindical de Zetlàndia",
         ["Partit Comunista de Xàndia", "Federació Sindical de Zetlàndia"]),
        # no capitals, the type word last: a name ends with its type word (Bengali, Hindi)
        ("Title\n\nক্সান্ডিয়ার কমিউনিস্ট পার্টি এবং জেটল্যান্ড সোশ্যালিস্ট পার্টি একযোগে নিম্নলিখিত "
         "বিবৃতি জারী করেছে, এবং দেশের সমস্ত মানুষের কাছে আবেদন জানাচ্ছে যে ধর্মঘট সর্বতোভাবে সফল "
         "করে তুলুন এবং শ্রমিকদের পাশে দাঁড়ান।",
         ["ক্সান্ডিয়ার কমিউনিস্ট পার্টি", "জেটল্যান্ড সোশ্যালিস্ট পার্টি"]),
        ("Title\n\nज़ैंडिया की कम्युनिस्ट पार्टी और ज़ेटलैंड सोशलिस्ट पार्टी ने संयुक्त बयान जारी किया "
         "और देश के सभी लोगों से अपील की कि वे हड़ताल को पूरी तरह सफल बनाएं और मज़दूरों के साथ खड़े "
         "हों।", ["ज़ैंडिया की कम्युनिस्ट पार्टी", "ज़ेटलैंड सोशलिस्ट पार्टी"]),
        # a line of the head that is nothing but names in capitals parted by dashes
        ("Déclaration commune\nCXT - FXU – XANDIANS – UXSA", ["CXT", "FXU", "XANDIANS", "UXSA"]),
        ("Κοινή ανακοίνωση\nΚΚΞ – ΕΚΖ – ΕΝΨ", ["ΚΚΞ", "ΕΚΖ", "ΕΝΨ"]),
        ("Ortak açıklama\nKKP – ZİP – PGB", ["KKP", "ZİP", "PGB"]),
        ("EN – FR – DE\nTitle of the page", []),  # a menu of languages
        # the sender field of a press release's head
        ("보 도 자 료\n\n발 신 : 크산디아 평화위원회\n\n제목", ["크산디아 평화위원회"]),
        ("Press release\n\nFrom: X Union of Britain\n\nTitle", ["X Union of Britain"]),
        ("Pressemitteilung\n\nAbsender: Gewerkschaft Xanien\n\nTitel", ["Gewerkschaft Xanien"]),
        ("Press release\n\nFrom: John Smith\n\nTitle", []),  # a person's
        # "issued by" and "sender" labels in more languages
        ("Communiqué de presse\n\nÉmis par : Syndicat des cheminots de Xandie\n\nTitre",
         ["Syndicat des cheminots de Xandie"]),
        ("Comunicado de prensa\n\nEmitido por: Sindicato Ferroviario de Xandia\n\nTítulo",
         ["Sindicato Ferroviario de Xandia"]),
        ("Tiskové prohlášení\n\nOdesílatel: Odborový svaz železničářů Xandie\n\nNázev",
         ["Odborový svaz železničářů Xandie"]),
        ("Comunicat de presă\n\nExpeditor: Sindicatul Feroviarilor din Xandia\n\nTitlu",
         ["Sindicatul Feroviarilor din Xandia"]),
        ("Saopćenje za medije\n\nPošiljatelj: Sindikat željezničara Xandije\n\nNaslov",
         ["Sindikat željezničara Xandije"]),
        ("Pressiteade\n\nSaatja: Xandia Raudteelaste Ametiühing\n\nPealkiri",
         ["Xandia Raudteelaste Ametiühing"]),
        ("Siaran pers\n\nPengirim: Serikat Buruh Kereta Api Xandia\n\nJudul",
         ["Serikat Buruh Kereta Api Xandia"]),
        ("Прессъобщение\n\nПодател: Синдикат на железничарите от Ксандия\n\nЗаглавие",
         ["Синдикат на железничарите от Ксандия"]),
        ("Comunicat de premsa\n\nRemitent: Sindicat Ferroviari de Xàndia\n\nTítol",
         ["Sindicat Ferroviari de Xàndia"]),
        ("Sporočilo za javnost\n\nPošiljatelj: Sindikat železničarjev Xandije\n\nNaslov",
         ["Sindikat železničarjev Xandije"]),
        ("Pranešimas spaudai\n\nSiuntėjas: Xandijos geležinkelininkų profesinė sąjunga\n\n"
         "Pavadinimas", ["Xandijos geležinkelininkų profesinė sąjunga"]),
        ("Paziņojums presei\n\nSūtītājs: Xandijas dzelzceļnieku arodbiedrība\n\nVirsraksts",
         ["Xandijas dzelzceļnieku arodbiedrība"]),
        ("Njoftim për shtyp\n\nDërguesi: Sindikata e Hekurudhave të Xandisë\n\nTitulli",
         ["Sindikata e Hekurudhave të Xandisë"]),
        ("הודעה לעיתונות\n\nמאת: איגוד עובדי הרכבת של קסנדיה\n\nכותרת",
         ["איגוד עובדי הרכבת של קסנדיה"]),
        ("اطلاعیه مطبوعاتی\n\nفرستنده: اتحادیه کارگران راه‌آهن زاندیا\n\nعنوان",
         ["اتحادیه کارگران راه‌آهن زاندیا"]),
        ("प्रेस विज्ञप्ति\n\nप्रेषक: ज़ैंडिया रेलवे कर्मचारी संघ\n\nशीर्षक",
         ["ज़ैंडिया रेलवे कर्मचारी संघ"]),
        ("প্রেস বিজ্ঞপ্তি\n\nপ্রেরক: জ্যান্ডিয়া রেল শ্রমিক ইউনিয়ন\n\nশিরোনাম",
         ["জ্যান্ডিয়া রেল শ্রমিক ইউনিয়ন"]),
        ("ข่าวประชาสัมพันธ์\n\nผู้ส่ง: สหภาพแรงงานรถไฟแซนเดีย\n\nหัวข้อ",
         ["สหภาพแรงงานรถไฟแซนเดีย"]),
        ("Thông cáo báo chí\n\nNgười gửi: Công đoàn Đường sắt Xandia\n\nTiêu đề",
         ["Công đoàn Đường sắt Xandia"]),
        ("Մամուլի հաղորդագրություն\n\nՈւղարկող: Քսանդիայի երկաթուղայինների արհմիություն\n\n"
         "Վերնագիր", ["Քսանդիայի երկաթուղայինների արհմիություն"]),
        ("بيان صحفي\n\nصادر عن: اتحاد عمال السكك الحديدية في زانديا\n\nالعنوان",
         ["اتحاد عمال السكك الحديدية في زانديا"]),
        ("بيان صحفي\n\nالمرسل: حزب العمال الزانديي\n\nالعنوان", ["حزب العمال الزانديي"]),
        ("Tlačová správa\n\nOdosielateľ: Odborový zväz železničiarov Xandie\n\nNázov",
         ["Odborový zväz železničiarov Xandie"]),
    ],
)  # fmt: skip
def test_signers_in_the_head_in_more_languages(text: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"{text}\n\n{PROSE['en']}\n")) == signers


@pytest.mark.parametrize(
    ("title", "signers"),
    [
        # names in quotation marks, the parties "between" whom a statement or agreement is
        ("Acord de colaborare între PXCD şi “Solidaritatea Xandiană” din Zetlandia",
         ["PXCD", "Solidaritatea Xandiană"]),
        ('"Напред Ксания" и ДЗБ подписаха споразумението за общо явяване на изборите',
         ["Напред Ксания", "ДЗБ"]),
        ("Joint Statement Between Xandian Labour and Plaid Zetland",
         ["Xandian Labour", "Plaid Zetland"]),
        ("Declaración conjunta entre «Izquierda Xandiana» y «Zetlandia Unida»",
         ["Izquierda Xandiana", "Zetlandia Unida"]),
        # the subject of a headline; Czech and Slovak "a" is "and" before a capital only
        ("XS, YZ a ZDH garantujú pretrhnutie väzieb na políciu", ["XS", "YZ", "ZDH"]),
        ("Společné prohlášení XOP 09 a Strany Xandie pro volby", ["XOP 09", "Strany Xandie"]),
        ("X Party of Britain and Y Workers Union call for a general strike",
         ["X Party of Britain", "Y Workers Union"]),
        ("Comunicato del Comitato di Xandia a sostegno dello sciopero", ["Comitato di Xandia"]),
        # one name after a statement word and a colon, when it reads as one by its words
        ("Persbericht: Partij van de Arbeid van Xandië", ["Partij van de Arbeid van Xandië"]),
        ("Press release: X Party of Britain", ["X Party of Britain"]),
        ("Pressemitteilung: Kommunistische Partei Xaniens", ["Kommunistische Partei Xaniens"]),
        ("Statement: Solidarity with the strikers", []),
        # two abbreviations alone as a headline's subject may be the argument's
        ("NATO and EU condemn the attack", []),
        ("Peace and Justice for all", []),
        # an article after a name and a comma opens the headline's own words
        ("Xandia Workers Party, The root cause of the crisis lies in capitalism", []),
    ],
)  # fmt: skip
def test_signers_in_headlines_and_quotation_marks(title: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"{title}\n\n{PROSE['en']}\n")) == signers


# --------------------------------------------------------------------------- damaged entries


@pytest.mark.parametrize(
    ("language", "heading", "names", "last", "reason"),
    [
        ("el", "Υπογράφουν:", NAMES["el"], "Κομμουνιστικό Κόμμα Ωμ", "cut"),
        ("ru", "Подписали:", NAMES["ru"], "Коммунистическая па", "cut"),
        ("tr", "İmzacılar:", NAMES["tr"], "Omega Komünist Pa", "cut"),
        ("de", "Unterzeichner:", ["Kommunistische Partei Xaniens", "Partei der Arbeit Zetlands",
                                  "Sozialistische Jugend Psilands"], "Ã¤Ã¶Ã¼ â€“ Ã©", "garbled"),
        ("el", "Υπογράφουν:", NAMES["el"], _misread("Κομμουνιστικό Κόμμα Ωμέγας", "cp1253"),
         "garbled"),
        ("tr", "İmzacılar:", NAMES["tr"], _misread("Omega Komünist Partisi", "cp1252"), "garbled"),
    ],
)  # fmt: skip
def test_cut_list(language: str, heading: str, names: list[str], last: str, reason: str) -> None:
    numbered = [f"{n}. {name}" for n, name in enumerate([*names, last], start=1)]
    text = f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(numbered)
    document = read_text(text)
    assert lists_of(document) == [names]
    assert skipped_of(document) == [(last, reason)]


@pytest.mark.parametrize("form", ["bulleted", "plain", "inline"])
@pytest.mark.parametrize(
    ("language", "heading", "last"),
    [("el", "Υπογράφουν:", "Κομμουνιστικό Κ"), ("ru", "Подписали:", "Коммунистическая п"),
     ("tr", "İmzacılar:", "Omega Komünist P"), ("ar", "الموقعون:", "الحزب الشيوعي الأ")],
)  # fmt: skip
def test_cut_list_ends_mid_word(form: str, language: str, heading: str, last: str) -> None:
    entries = [*NAMES[language], last]
    listed = {
        "bulleted": "\n" + "\n".join(f"• {entry}" for entry in entries),
        "plain": "\n" + "\n".join(entries),
        "inline": " " + ", ".join(entries),
    }[form]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{heading}{listed}")
    assert lists_of(document) == [NAMES[language]]
    assert skipped_of(document) == [(last, "cut")]


# --------------------------------------------------------------------------- false cues


@pytest.mark.parametrize(
    ("title", "paragraph"),
    [
        ("Νέες υπογραφές για τη διακήρυξη ενάντια στον πόλεμο",
         "Το 41ο κόμμα υπέγραψε τη διακήρυξη, που δημοσιεύτηκε με πρωτοβουλία τεσσάρων κομμάτων, "
         "και η εκστρατεία συνεχίζεται, με συγκεντρώσεις, προκηρύξεις και εκδηλώσεις."),
        ("Новые подписи под заявлением против войны",
         "Заявление подписала уже 41-я партия, кампания продолжается, с митингами, листовками и "
         "собраниями во многих городах."),
        ("Savaş karşıtı bildiriye yeni imzalar",
         "Bildiriyi imzalayan parti sayısı arttı, kampanya sürüyor, mitingler, bildiriler ve "
         "toplantılar birçok kentte devam ediyor."),
        ("توقيعات جديدة على الإعلان ضد الحرب",
         "وقع حزب جديد على الإعلان، والحملة مستمرة، مع اجتماعات ومنشورات ومسيرات في مدن كثيرة."),
    ],
)  # fmt: skip
def test_false_cue(title: str, paragraph: str) -> None:
    assert read_text(f"{title}\n\n{paragraph}\n").sections == ()


# --------------------------------------------------------------------------- stated totals


@pytest.mark.parametrize(
    ("language", "sentence", "total"),
    [
        ("el", "Την κοινή δήλωση υπογράφουν 50 κομμουνιστικά και εργατικά κόμματα.", 50),
        ("ru", "Заявление подписали 37 коммунистических и рабочих партий.", 37),
        ("tr", "Ortak açıklamayı 60 parti imzaladı.", 60),
        ("ar", "وقع 41 حزبا على البيان.", 41),
        ("el", "Πενήντα κόμματα υπογράφουν την κοινή δήλωση.", 50),
        ("ru", "Заявление подписали пятьдесят партий.", 50),
        ("tr", "Bildiriyi elli parti imzaladı.", 50),
        ("ar", "وقعت خمسون حزبا على البيان المشترك.", 50),
        ("el", "Πάνω από 60 κόμματα έχουν ήδη υπογράψει τη δήλωση.", 60),
        ("ru", "Более 60 партий уже подписали заявление.", 60),
        ("tr", "Bildiriyi şimdiye kadar 41 örgüt imzaladı.", 41),
        ("tr", "Ortak açıklamayı 60'tan fazla parti imzaladı.", 60),
        ("tr", "40'ı aşkın parti bildiriyi imzaladı.", 40),
    ],
)
def test_stated_total(language: str, sentence: str, total: int) -> None:
    assert read_text(f"Title\n\n{sentence} {PROSE[language]}\n").stated_total == total


# --------------------------------------------------------------------------- furniture


@pytest.mark.parametrize(
    ("language", "furniture", "title"),
    [
        ("el", "Αρχική | Ειδήσεις | Επικοινωνία", "Κοινή δήλωση για την απεργία"),
        ("ru", "Главная / Новости / Международное", "Совместное заявление о забастовке"),
        ("tr", "Anasayfa | Haberler | İletişim", "Grev üzerine ortak açıklama"),
        ("ar", "الرئيسية | أخبار | اتصل بنا", "بيان مشترك حول الإضراب"),
        ("ru", "Четверг, 28 марта 2024\nГлавная / Новости / Международное",
         "Совместное заявление о забастовке"),
        ("el", "Πέμπτη, 28 Μαρτίου 2024\nΑρχική | Ειδήσεις | Επικοινωνία",
         "Κοινή δήλωση για την απεργία"),
        ("tr", "Perşembe, 28 Mart 2024\nAnasayfa | Haberler | İletişim",
         "Grev üzerine ortak açıklama"),
        ("ar", "الخميس 28 مارس 2024\nالرئيسية | أخبار | اتصل بنا", "بيان مشترك حول الإضراب"),
        ("el", "• Ελληνικά • English • Türkçe", "Κοινή δήλωση για την απεργία"),
        ("ru", "Главная > Новости > Международное", "Совместное заявление о забастовке"),
        ("tr", "Anasayfa / Dünya / Avrupa", "Grev üzerine ortak açıklama"),
        # menus of a site's own sections, known by their form
        ("el", "Αγώνες | Διεθνή | Απόψεις | Βίντεο", "Κοινή δήλωση για την απεργία"),
        ("ru", "Партия | Мнения | Регионы | Видео", "Совместное заявление о забастовке"),
        ("tr", "Gündem | Emek | Dünya | Video", "Grev üzerine ortak açıklama"),
        ("ar", "مقالات | آراء | تقارير | فيديو", "بيان مشترك حول الإضراب"),
    ],
)  # fmt: skip
def test_furniture(language: str, furniture: str, title: str) -> None:
    document = read_text(f"{furniture}\n{title}\n\n{PROSE[language]}\n")
    assert document.versions[0].title == title
    assert document.created is None and document.published is None
    assert document.languages == (language,)


@pytest.mark.parametrize(
    ("language", "footer"),
    [
        ("el", "© 2024 Κομμουνιστικό Κόμμα Ξάνιας. Με την επιφύλαξη παντός δικαιώματος."),
        ("ru", "© 2024 Коммунистическая партия Ксании. Все права защищены."),
        ("tr", "© 2024 Ksanya Komünist Partisi. Tüm hakları saklıdır."),
        ("ar", "© 2024 الحزب الشيوعي الكساني. جميع الحقوق محفوظة."),
        ("el", "Κοινοποίηση:\nFacebook\nTwitter\nEmail"),
        ("ru", "Поделиться:\nВКонтакте\nTelegram\nEmail"),
        ("tr", "Paylaş:\nFacebook\nTwitter\nWhatsApp"),
        ("ar", "شارك:\nفيسبوك\nتويتر\nواتساب"),
    ],
)
def test_furniture_after_the_text_signs_nothing(language: str, footer: str) -> None:
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{PROSE[language]}\n\n{footer}\n")
    assert document.sections == ()
    assert document.languages == (language,)


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("el", ["X Party of Britain", "Workers' Party of Zetland", "Y Youth League"]),
        ("ru", ["X Party of Britain", "Workers' Party of Zetland", "Y Youth League"]),
        (
            "tr",
            ["Parti communiste de Xanie", "Parti du travail de Zétlande", "Union de la jeunesse"],
        ),
        (
            "ar",
            ["Parti communiste de Xanie", "Parti du travail de Zétlande", "Union de la jeunesse"],
        ),
    ],
)
def test_mixed_language(language: str, names: list[str]) -> None:
    text = (
        f"Title\n\n{PROSE[language]}\n\n{PROSE[language]}\n\nSignatories:\n"
        + "\n".join(names) + "\n"
    )  # fmt: skip
    document = read_text(text)
    assert document.languages == (language,)
    assert lists_of(document) == [names]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("el", "Υπογράφουν:"), ("ru", "Подписали:"), ("tr", "İmzacılar:"), ("ar", "الموقعون:")],
)
def test_an_english_gloss_in_brackets_is_the_same_signer(language: str, heading: str) -> None:
    glosses = ["Communist Party of Xania", "Workers' Party of Zetland", "Youth Union of Psiland"]
    pairs = list(zip(NAMES[language], glosses, strict=True))
    entries = [f"{name} ({gloss})" for name, gloss in pairs]
    text = f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(entries) + "\n"
    document = read_text(text)
    (section,) = document.sections
    assert [(e.name, e.gloss) for e in section.entries] == pairs
    assert document.languages == (language,)


@pytest.mark.parametrize(
    ("first", "second", "titles"),
    [
        ("el", "en", ("Κοινή δήλωση", "Joint statement")),
        ("ru", "en", ("Совместное заявление", "Joint statement")),
        ("ar", "fr", ("بيان مشترك", "Déclaration commune")),
    ],
)
def test_several_versions(first: str, second: str, titles: tuple[str, str]) -> None:
    text = (
        f"{titles[0]}\n\n{PROSE[first]}\n\n{PROSE[first]}\n\n"
        f"{titles[1]}\n\n{PROSE[second]}\n\n{PROSE[second]}\n"
    )
    document = read_text(text)
    assert document.languages == (first, second)
    assert tuple(v.title for v in document.versions) == titles


@pytest.mark.parametrize(
    ("first", "second"), [("el", "en"), ("ru", "en"), ("ar", "fr"), ("tr", "de")]
)
def test_a_language_coming_back_makes_no_second_version(first: str, second: str) -> None:
    runs = [
        (title, PROSE[language]) for title, language in [("A", first), ("B", second), ("C", first)]
    ]
    document = read_text("".join(f"{title}\n\n{prose}\n\n{prose}\n\n" for title, prose in runs))
    assert document.languages == (first, second)
    assert [v.title for v in document.versions] == ["A", "B"]


@pytest.mark.parametrize(
    ("language", "slogan"),
    [("el", "No pasarán!"), ("ru", "Workers of the world, unite!"), ("ar", "Solidarity forever!"),
     ("tr", "¡Venceremos!")],
)  # fmt: skip
def test_a_slogan_in_another_language_makes_no_version(language: str, slogan: str) -> None:
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{slogan}\n\n{PROSE[language]}\n")
    assert document.languages == (language,)


# --------------------------------------------------------------------------- one odd text


@pytest.mark.parametrize(
    ("language", "encoding", "byte"),
    [("el", "iso-8859-7", 7), ("ru", "koi8-r", 7), ("tr", "iso-8859-9", 8), ("ar", "cp1256", 7)],
)
def test_one_odd_text_never_costs_the_others(
    tmp_path: Path, language: str, encoding: str, byte: int
) -> None:
    good = [other for other in NAMES if other != language]
    for other in good:
        text = f"Title\n\n{PROSE[other]}\n\nSignatories:\n" + "\n".join(NAMES[other]) + "\n"
        (tmp_path / f"{other}.txt").write_text(text, encoding="utf-8")
    odd = tmp_path / "zz-old.txt"
    odd.write_bytes(f"Title\n\n{PROSE[language]}\n".encode(encoding))
    documents, problems = read_folder(tmp_path, workers=1)
    assert [d.name for d in documents] == [f"{other}.txt" for other in sorted(good)]
    assert [lists_of(d) for d in documents] == [[NAMES[other]] for other in sorted(good)]
    assert [(p.path, p.message) for p in problems] == [
        (str(odd), f"{odd}:3: not UTF-8 text (byte {byte}); re-save the file as UTF-8")
    ]
    with pytest.raises(InputError, match=rf"zz-old\.txt:3: not UTF-8 text \(byte {byte}\)"):
        read_folder(tmp_path, strict=True, workers=1)
