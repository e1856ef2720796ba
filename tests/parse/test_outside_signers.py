"""Signers named outside lists, as fresh texts name them: a line of the head that parts
abbreviations by dashes with spaces (a hyphen inside one of them), the words that name the
statement before such names, and a bracketed abbreviation that closes a name before a word for
"and". Organisation names are made up ("X Party of Britain", "Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, outside_of, read_text


@pytest.mark.parametrize(
    ("language", "text", "signers"),
    [
        # a line of the head: dashes with spaces part the names, a hyphen is inside one
        ("en", "Joint Communique of the unions\n\nXFDT - YFE-CGC - XFTC - Solidaires - UNXA",
         ["XFDT", "YFE-CGC", "XFTC", "Solidaires", "UNXA"]),
        ("fr", "Communiqué commun\n\nCXT – FXU-CGC – XANDIA – UXSA",
         ["CXT", "FXU-CGC", "XANDIA", "UXSA"]),
        # the words that name the statement, then the names
        ("es", "Declaración conjunta XGB – YGT – ZFTC – XFDT – FO - UNXA",
         ["XGB", "YGT", "ZFTC", "XFDT", "FO", "UNXA"]),
        ("de", "Gemeinsame Erklärung XGB – YVB – ZBV", ["XGB", "YVB", "ZBV"]),
        ("tr", "Ortak açıklama KKP – ZİP – PGB", ["KKP", "ZİP", "PGB"]),
        # a menu is no line of names: no abbreviations among its items, or only languages
        ("en", "Home - News - Contact - About\n\nTitle of the page", []),
        ("en", "EN – FR – DE\n\nTitle of the page", []),
        ("es", "Declaración conjunta sobre la huelga – Madrid", []),
    ],
)  # fmt: skip
def test_names_parted_by_dashes_in_the_head(language: str, text: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"{text}\n\n{PROSE[language]}\n")) == signers


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        ("Xandisk Folkeparti (XF), Zetlandpartiet (Z), Enhedslisten Xandia (EX) og Alternativet "
         "(Å) er blevet enige om at gå sammen i et valgforbund ved kommunalvalget i november. Det "
         "meddeler partierne i en pressemeddelelse.",
         ["Xandisk Folkeparti (XF)", "Zetlandpartiet (Z)", "Enhedslisten Xandia (EX)",
          "Alternativet (Å)"]),
        ("The X Party of Britain (XPB), the Zetland Workers Union (ZWU) and Radical Renewal (RR) "
         "have agreed to stand together in the local elections in November. They said so in a "
         "joint statement.",
         ["X Party of Britain (XPB)", "Zetland Workers Union (ZWU)", "Radical Renewal (RR)"]),
        ("El Partido de Xandia (PX), la Unión de Zetlandia (UZ) y Nueva Mayoría (NM) han acordado "
         "presentarse juntos a las elecciones municipales de noviembre. Así lo anunciaron en un "
         "comunicado.",
         ["Partido de Xandia (PX)", "Unión de Zetlandia (UZ)", "Nueva Mayoría (NM)"]),
    ],
)  # fmt: skip
def test_a_bracketed_abbreviation_closes_a_name_before_and(
    sentence: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"Title\n\n{sentence}\n\n{PROSE['en']}\n")) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # the names open the lead's sentence, its verb follows, and it tells of a statement
        ("Mimoparlamentné strany XMK, Most-Xíd a Zetlandská Jednota podpísali vo štvrtok "
         "deklaráciu o spolupráci.", ["XMK", "Most-Xíd", "Zetlandská Jednota"]),
        ("Xandiaville 20. augusta (XNA) - Strany XMK, Most-Xíd a Zetlandská Jednota podpísali "
         "deklaráciu o spolupráci.", ["XMK", "Most-Xíd", "Zetlandská Jednota"]),
        ("Лідери «ЄКС», «Голосу» і «Батьківщини» ухвалили спільну заяву щодо переговорів.",
         ["ЄКС", "Голосу", "Батьківщини"]),
        ("The XWU, Zetland Solidarity and the Ypsiland Peace Council have issued a statement on "
         "the strike.", ["XWU", "Zetland Solidarity", "Ypsiland Peace Council"]),
        # a sentence that tells of no statement, or names persons with their parties
        ("The XWU, Zetland Solidarity and the Ypsiland Peace Council attended the meeting in "
         "the capital on Monday.", []),
    ],
)  # fmt: skip
def test_names_that_open_the_lead(lead: str, signers: list[str]) -> None:
    # the first paragraph, or the second after a paragraph that names no one
    assert outside_of(read_text(f"Title\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n")) == signers
    text = f"Title\n\n{PROSE['en']}\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n"
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # after a first paragraph that names no one: an article before the first name, a name
        # in two parts joined by "and" of which only the second has a type word
        ("A Xandiai Pedagógusok Szakszervezete, a ZKSZ és a Magyar Xisztviselők és Zalkalmazottak "
         "Szakszervezete közös nyilatkozatot adott ki.",
         ["Xandiai Pedagógusok Szakszervezete", "ZKSZ",
          "Magyar Xisztviselők és Zalkalmazottak Szakszervezete"]),
        ("The X Chamber of Commerce and Industry (XCCI), the Zetland Chamber of Commerce (ZCC) "
         "and the Ypsiland Traders Union (YTU) have issued a joint statement.",
         ["X Chamber of Commerce and Industry (XCCI)", "Zetland Chamber of Commerce (ZCC)",
          "Ypsiland Traders Union (YTU)"]),
    ],
)  # fmt: skip
def test_names_that_open_a_later_paragraph_of_the_lead(lead: str, signers: list[str]) -> None:
    text = f"Title\n\n{PROSE['en']}\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n"
    assert outside_of(read_text(text)) == signers


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        ("Lideri XDA, Z-SDA i Nezavisnog bloka Xandije stavili su potpis na izjavu o saradnji.",
         ["XDA", "Z-SDA"]),
        ("Predsjednici HDZ-a Xandije, ZNSD-a i YDS-a usuglasili su zajedničku izjavu o vlasti.",
         ["HDZ-a Xandije", "ZNSD-a", "YDS-a"]),
        ("Leaders of the XWU and the ZPP have signed a joint statement on the strike.",
         ["XWU", "ZPP"]),
    ],
)  # fmt: skip
def test_a_role_that_opens_the_sentence_is_no_part_of_the_name(
    lead: str, signers: list[str]
) -> None:
    found = outside_of(read_text(f"Title\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n"))
    assert found[: len(signers)] == signers


@pytest.mark.parametrize(
    ("title", "signers"),
    [
        # a compound that ends with a word for a statement names one as that word does
        ("Fællesudtalelse fra XKP og ZAP", ["XKP", "ZAP"]),
        ("Fellesuttalelse fra Xandias Kommunistiske Parti, ZAP og YSF",
         ["Xandias Kommunistiske Parti", "ZAP", "YSF"]),
        ("Ühisavaldus: Xandia Keskerakond ja ZRE", ["Xandia Keskerakond", "ZRE"]),
        ("Yhteisjulkilausuma: XKP, ZTP ja YSL", ["XKP", "ZTP", "YSL"]),
        ("Gemeinschaftserklärung der Kommunistischen Partei Xaniens und der Arbeiterpartei "
         "Zetlands", ["Kommunistischen Partei Xaniens", "Arbeiterpartei Zetlands"]),
        # a later word for a statement in the title names what it is about, not its signers
        ("Совместное заявление партий по поводу резолюции ОБСЕ", []),
    ],
)  # fmt: skip
def test_a_compound_word_for_a_statement_in_the_title(title: str, signers: list[str]) -> None:
    assert outside_of(read_text(f"{title}\n\n{PROSE['en']}\n")) == signers


@pytest.mark.parametrize(
    ("language", "text", "signers"),
    [
        # commas and a word for "and" part the names: a hyphen without spaces is inside one
        ("fr", "Texte commun des syndicats :\n\nXGT, YFDT, XKP-ZWU, UXSA et Solidaires",
         ["XGT", "YFDT", "XKP-ZWU", "UXSA", "Solidaires"]),
        ("de", "Gemeinsame Erklärung der Gewerkschaften\n\nXGB, XKP-ZWU, YVB und ZBV",
         ["XGB", "XKP-ZWU", "YVB", "ZBV"]),
        ("es", "Declaración conjunta\n\nXGT, XKP-ZWU, ZFTC y UXSA",
         ["XGT", "XKP-ZWU", "ZFTC", "UXSA"]),
        # nothing else parts the line: the hyphens part the names
        ("tr", "XKP-ZWU-YKS: Ortak açıklama", ["XKP", "ZWU", "YKS"]),
    ],
)  # fmt: skip
def test_hyphen_inside_a_name_where_commas_part_the_head(
    language: str, text: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"{text}\n\n{PROSE[language]}\n")) == signers


@pytest.mark.parametrize(
    ("language", "text", "signers"),
    [
        # a long name with words in lower case inside it runs on to its abbreviation in brackets
        ("es", "Hasta ahora, el texto ha sido suscrito por Alianza Xandia, Asociación por la "
         "Defensa de los derechos civiles y por la Acción Ciudadana (ADAC), y la Liga Zetlandia.",
         ["Alianza Xandia", "Asociación por la Defensa de los derechos civiles y por la Acción "
          "Ciudadana (ADAC)", "Liga Zetlandia"]),
        ("it", "Hanno già aderito la Rete Xandia, Associazione per la Tutela dei diritti dei "
         "lavoratori e per la Cittadinanza Attiva (ATCA) e la Lega di Zetland.",
         ["Rete Xandia", "Associazione per la Tutela dei diritti dei lavoratori e per la "
          "Cittadinanza Attiva (ATCA)", "Lega di Zetland"]),
        ("fr", "Ont déjà signé le Collectif Xandia, Association pour la Taxation des transactions "
         "financières et pour l'Action Citoyenne (ATAC) et la Ligue de Zetlande.",
         ["Collectif Xandia", "Association pour la Taxation des transactions financières et pour "
          "l'Action Citoyenne (ATAC)", "Ligue de Zetlande"]),
    ],
)  # fmt: skip
def test_long_name_runs_on_to_its_bracketed_abbreviation(
    language: str, text: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"Declaration\n\n{text}\n\n{PROSE[language]}\n")) == signers


#: A sentence of argument in Hungarian (no other test text has one).
_HUNGARIAN = (
    "A dolgozók három hete sztrájkolnak az új bérszabályok ellen, és a kormány "
    "letartóztatásokkal és a gyűlések betiltásával válaszol nekik az egész országban."
)


@pytest.mark.parametrize(
    ("language", "sentence", "signers"),
    [
        # a number word and organisation words count the signers: no signer is named
        ("tr", "Dört örgüt adına XKP Genel Başkanı Ali Veli’nin okuduğu açıklamaya destek verildi.",
         []),
        ("tr", "Beş Sendika adına açıklamayı Ayşe Yılmaz okudu.", []),
        ("hu", "Négy szervezet nevében Kovács Anna olvasta fel a közös nyilatkozatot.", []),
        ("en", "On behalf of the four organisations, Ann Smith read the statement.", []),
        ("es", "En nombre de Cuatro Sindicatos, Ana López leyó la declaración.", []),
        # the names before the same word are signers
        ("tr", "XKP ve Zetland İşçi Partisi adına açıklamayı Ayşe Yılmaz okudu.",
         ["XKP", "Zetland İşçi Partisi"]),
        ("hu", "A XKP és a Zetlandi Szakszervezet nevében Kovács Anna olvasta fel a nyilatkozatot.",
         ["XKP", "Zetlandi Szakszervezet"]),
    ],
)  # fmt: skip
def test_a_count_of_organisations_signs_nothing(
    language: str, sentence: str, signers: list[str]
) -> None:
    prose = _HUNGARIAN if language == "hu" else PROSE[language]
    assert outside_of(read_text(f"Declaration\n\n{sentence}\n\n{prose}\n")) == signers


@pytest.mark.parametrize(
    ("language", "text", "signers"),
    [
        # the page breaks off inside the last name of the sentence: a fragment, no signer
        ("es", "Hasta ahora, el texto ha sido suscrito por Alianza Xandia, Asociación por la "
         "Defensa de los derechos civiles y por la Acción Ciudadana (ADAC), y la Federación Sindi",
         ["Alianza Xandia", "Asociación por la Defensa de los derechos civiles y por la Acción "
          "Ciudadana (ADAC)"]),
        ("en", "The statement has been signed by the Zetland League, the Xandia Farmers Union and "
         "the Xandia Workers Uni", ["Zetland League", "Xandia Farmers Union"]),
        ("fr", "Ont déjà signé le Collectif Xandia, la Ligue de Zetlande et la Confédération "
         "Xandia du Trav", ["Collectif Xandia", "Ligue de Zetlande"]),
    ],
)  # fmt: skip
def test_a_name_the_page_breaks_off_is_no_signer(
    language: str, text: str, signers: list[str]
) -> None:
    assert outside_of(read_text(f"Declaration\n\n{PROSE[language]}\n\n{text}\n")) == signers


@pytest.mark.parametrize(
    ("language", "cue"),
    [
        # the representatives of a body sign as persons: the cue line names no signer
        ("de", "Unterzeichnet von Vertretern des Netzwerks:"),
        ("en", "Signed by Representatives of the Network:"),
        ("es", "Firmado por Representantes de la Red:"),
        ("it", "Firmato dai Rappresentanti della Rete:"),
        ("nl", "Ondertekend door Vertegenwoordigers van het Netwerk:"),
        ("el", "Υπογράφουν Εκπρόσωποι του Δικτύου:"),
    ],
)
def test_representatives_in_a_cue_line_are_no_signer(language: str, cue: str) -> None:
    names = "Xandia Workers Union\nZetland Farmers League\nYpsiland Union"
    document = read_text(f"Declaration\n\n{PROSE[language]}\n\n{cue}\n\n{names}\n")
    assert outside_of(document) == []
    assert lists_of(document) == [names.split("\n")]
