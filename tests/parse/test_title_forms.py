"""Titles by the form of the lines above the text (tenth session): a line that is a date is
never the title, whatever words of place or era stand beside the date.

Each text is made up for the test; each case is what a user checks in ``kzld parse``: the first
version's title, in at least three languages.
"""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes

from .prose import PROSE


def _title(text: str) -> str | None:
    document = read_bytes("statement.txt", text.encode("utf-8"))
    return document.versions[0].title


@pytest.mark.parametrize(
    ("language", "dated", "title"),
    [
        ("ru", "Зедград, 8 март 1995 година", "Декларация профсоюза о новых правилах оплаты"),
        ("en", "Thursday 8 March 1995 | 24 Adar 5755", "Joint statement of the Xandia unions"),
        ("bn", "২৩শে সেপ্টেম্বর, ২০২৩ খ্রিস্টাব্দ | ৮ই আশ্বিন, ১৪৩০ বঙ্গাব্দ",
         "জেডল্যান্ডের শ্রমিক ইউনিয়নগুলির যৌথ বিবৃতি"),
    ],
)  # fmt: skip
def test_a_date_line_above_the_title_is_no_title(language: str, dated: str, title: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"{dated}\n\n{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    "title",
    [
        "Joint statement of the X Party and the Y Front, 8 March 1995",
        "Déclaration commune du 8 mars 1995",
        "Совместное заявление партий 8 марта 1995",
    ],
)
def test_a_title_that_ends_with_its_date_stays_the_title(title: str) -> None:
    text = f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


def test_a_date_line_alone_above_the_prose_gives_no_title() -> None:
    text = f"Zedgrad, 8 март 1995 година\n\n{PROSE['ru']}\n\n{PROSE['ru']}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("language", "site", "title"),
    [
        # a search box's line and its button's sentence above the headline
        ("el", "Search\nClose this search box.",
         "Κάλεσμα του Συμβουλίου Ειρήνης για τους εργαζόμενους"),
        # a category's name and its description above the headline
        ("es", "Archivo de la categoría: Actos\n\nActos, eventos, conferencias, charlas, etc.",
         "Declaración final del encuentro de los sindicatos"),
        # a notice of the site about its comments
        ("en", "Please enable JavaScript to view the comments powered by Xandiacomments.",
         "Joint statement of the Xandia unions on the strike"),
    ],
)  # fmt: skip
def test_a_sites_lone_sentence_above_the_headline_is_passed(
    language: str, site: str, title: str
) -> None:
    prose = PROSE[language]
    text = f"{site}\n\n{title}\n\n{prose}\n\n{prose}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert document.versions[0].title == title
    # the site's lines are neither the title nor a paragraph of the text
    paragraphs = [p.text for v in document.versions for p in v.paragraphs]
    assert not any(line in paragraphs for line in site.split("\n") if line)


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        # a headline that is a sentence, above a subtitle: what follows echoes it
        ("en", "The workers of the region are on strike for three weeks."),
        ("es", "Los trabajadores de la región llevan tres semanas en huelga."),
        ("fr", "Les travailleurs de la région sont en grève depuis trois semaines."),
    ],
)
def test_a_sentence_opening_the_text_that_the_prose_echoes_is_no_sites(
    language: str, lead: str
) -> None:
    prose = PROSE[language]
    text = f"{lead}\n\nJoint statement of the unions\n\n{prose}\n\n{prose}\n"
    document = read_bytes("statement.txt", text.encode("utf-8"))
    assert lead in [p.text for v in document.versions for p in v.paragraphs]


@pytest.mark.parametrize(
    ("language", "widget", "title"),
    [
        ("ar", "الخميس - 01 كانون ثاني\n0/0", "الجبهة والحركة تصدران بيانًا مشتركا حول الإضراب"),
        ("en", "Thursday - 01 January\n0/0", "Joint statement of the Xandia unions on the strike"),
        ("es", "Jueves - 01 enero\n0/0", "Declaración conjunta de los sindicatos sobre la huelga"),
    ],
)  # fmt: skip
def test_a_widgets_lines_written_again_and_again_are_no_title(
    language: str, widget: str, title: str
) -> None:
    prose = PROSE[language]
    text = "\n".join([widget] * 5) + f"\n\n{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Large 6c95b899 53b4 4b87 bfb7 671b78910443", "Joint statement of the Xandia unions"),
        ("IMG 20230512 143501 4a7f", "Declaración conjunta de los sindicatos"),
        ("photo 9f86d081 884c 7d65", "Gemeinsame Erklärung der Gewerkschaften"),
    ],
)
def test_a_files_name_is_no_title(name: str, title: str) -> None:
    text = f"{name}\n\n{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    "title", ["G20 summit: a joint statement of the unions", "COP26 and the Xandia parties"]
)
def test_a_title_naming_a_code_stays_the_title(title: str) -> None:
    text = f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Enter your keyword", "Memorandum of understanding of the Xandia unions"),
        ("Vrati se", "Izjava sindikata Xandije o štrajku"),
        ("Keçid linkləri", "Xandiya həmkarlar ittifaqlarının birgə bəyanatı"),
        ("Suche", "Gemeinsame Erklärung der Gewerkschaften"),
    ],
)
def test_a_search_box_a_link_back_and_skip_links_are_no_title(line: str, title: str) -> None:
    text = f"{line}\n\n{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Memorandum i mirëkuptimit:", "Memorandum i mirëkuptimit"),
        ("Texte commun des syndicats :", "Texte commun des syndicats"),
        ("Joint statement of the unions:", "Joint statement of the unions"),
    ],
)  # fmt: skip
def test_a_colon_ending_the_title_is_no_part_of_it(heading: str, title: str) -> None:
    text = f"{heading}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("section", "title"),
    [
        ("SİYASET", "XDP ittifakını seçti"),
        ("POLITICS", "The X Party chose its alliance"),
        ("ПОЛІТИКА", "ДЕКЛАРАЦІЯ ПРОФСПІЛКОВОГО САМІТУ"),
    ],
)
def test_a_title_written_three_times_in_a_row_stays_the_title(section: str, title: str) -> None:
    text = f"{section}\n\n{title}\n\n{title}\n\n{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    "stamp",
    [
        "2024, 18 Aprel, Cümə axşamı, Zedşəhər vaxtı 11:17",
        "2024, 18 April, Thursday, Zedtown time 11:17",
        "2024, 18 апреля, четверг, 11:17 по Зедграду",
    ],
)
def test_a_header_stamp_with_a_clock_is_no_title(stamp: str) -> None:
    title = "Joint statement of the Xandia unions on the strike"
    text = f"{stamp}\n\n{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


def test_a_title_naming_a_day_and_an_hour_stays_the_title() -> None:
    title = "Rally at 11:30 on 18 April 2024 in Zedtown with the X Party and the Y Front"
    text = f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "lead", "title"),
    [
        ("en", "The unions of Xandia published a joint text today. We give it in full.",
         "Joint statement of the Xandia unions on the strike"),
        ("et", "X erakonna volikogu kiitis heaks läbirääkimiste suunised. Avaldame ühisavalduse.",
         "X erakonna ja Y erakonna volikogude avaldus"),
        ("el", "Την Κυριακή έγινε σύσκεψη των συλλόγων της Ξάνθιας. Δημοσιεύουμε το κείμενο.",
         "ΚΑΛΕΣΜΑ ΑΓΩΝΑ ΤΩΡΑ ΓΙΑ ΥΓΕΙΑ ΚΑΙ ΠΑΙΔΕΙΑ"),
    ],
)  # fmt: skip
def test_the_title_of_a_statement_a_report_quotes_under_its_lead(
    language: str, lead: str, title: str
) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"{lead}\n\n{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    "heading",
    [
        # a heading that names no statement
        "Solidarity with the workers of Zetland",
        # a cue line leading into the list of signers
        "The statement is signed by:",
    ],
)
def test_no_title_under_the_lead_but_a_statements(heading: str) -> None:
    lead = "The unions of Xandia published a joint text today. We give it in full."
    text = f"{lead}\n\n{heading}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    "heading",
    [
        "1. XANDIA CALL MANAGEMENT INSTITUTE (XCMI)",
        "''Birliğe Çağrı Platformu'' adına konuşan Xandia Başkanı",
        "«Декларация Ксандии» и её авторы",
    ],
)
def test_no_title_under_the_lead_from_an_entry_or_a_quoted_name(heading: str) -> None:
    lead = "The unions of Xandia published a joint text today. We give it in full."
    text = f"{lead}\n\n{heading}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("language", "lead", "heading"),
    [
        # a heading that only names the quoted text's genre is its label, no title
        ("sq", "Partitë e Ksandisë kanë dalë me komunikatë të përbashkët. Po e japim të plotë.",
         "KOMUNIKATË"),
        ("en", "The unions of Xandia published a joint text today. We give it in full.",
         "Joint statement"),
        ("es", "Los sindicatos de Xandia publicaron hoy un texto común. Lo damos completo.",
         "Declaración conjunta:"),
    ],
)  # fmt: skip
def test_no_title_under_the_lead_from_a_bare_genre(language: str, lead: str, heading: str) -> None:
    prose = PROSE.get(language, PROSE["en"])
    text = f"{lead}\n\n{heading}\n\n{prose}\n\n{prose}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a one-word label in brackets after the headline's full stop marks the headline
        ("All parties of Zedland condemned the attack and backed the new government. (Document)",
         "All parties of Zedland condemned the attack and backed the new government."),
        ("Все партии Зедландии осудили нападение и поддержали новое правительство. (Документ)",
         "Все партии Зедландии осудили нападение и поддержали новое правительство."),
        ("Tutti i partiti di Zedlandia condannano l'attacco al governo. (Video)",
         "Tutti i partiti di Zedlandia condannano l'attacco al governo."),
        # without the label, a line ending as a sentence is the lead's first sentence
        ("All parties of Zedland condemned the attack and backed the new government.", None),
    ],
)  # fmt: skip
def test_a_label_after_a_headlines_full_stop(headline: str, title: str | None) -> None:
    text = f"{headline}\n{PROSE['en']}\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("sentence", "cue", "points"),
    [
        ("The same agreement will be signed in the Zedtown chamber soon.",
         "The main fields of cooperation:", ["- joint observation of the vote;",
                                              "- common standards of observation."]),
        ("В ближайшее время такое же соглашение подпишут и в палате Зедтауна.",
         "Основные направления сотрудничества:", ["- совместное наблюдение за голосованием;",
                                                  "- общие стандарты наблюдения."]),
        ("El mismo acuerdo se firmará pronto en la cámara de Zedvila.",
         "Los principales campos de cooperación:", ["- observación conjunta del voto;",
                                                     "- normas comunes de observación."]),
    ],
)  # fmt: skip
def test_a_list_cue_under_the_first_sentence_is_no_headline(
    sentence: str, cue: str, points: list[str]
) -> None:
    lines = "\n".join(points)
    text = f"{sentence}\n{cue}\n{lines}\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("language", "heading", "title"),
    [
        # a title followed by its translation after a slash: the version's half
        ("fr", "Message du XPB au ZKP pour les élections en Zédie / XPB-bericht aan ZKP voor "
         "de verkiezingen in Zedië", "Message du XPB au ZKP pour les élections en Zédie"),
        ("en", "Message of the XPB to the ZKP for the elections / Mensaje del XPB al ZKP para "
         "las elecciones", "Message of the XPB to the ZKP for the elections"),
        # two halves in one language are one title
        ("en", "Four unions of Zedland protest in front of the government / They reject the "
         "austerity plans", "Four unions of Zedland protest in front of the government / They "
         "reject the austerity plans"),
    ],
)  # fmt: skip
def test_a_titles_translation_after_a_slash_is_no_part_of_it(
    language: str, heading: str, title: str
) -> None:
    prose = PROSE[language]
    text = f"{heading}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "fields", "title"),
    [
        ("en", "Your name\nYour e-mail address\nRecipient's name\nRecipient's e-mail address",
         "Workers of the region strike against the new wage rules"),
        ("de", "Ihr Name\nIhre E-Mail-Adresse\nName des Empfängers\nE-Mail-Adresse des Empfängers",
         "Arbeiter der Region streiken gegen die neuen Lohnregeln"),
        ("es", "Su nombre\nSu correo electrónico\nNombre del destinatario\nCorreo del destinatario",
         "Los trabajadores de la región en huelga contra las nuevas normas salariales"),
    ],
)  # fmt: skip
def test_lines_of_the_site_echoing_only_each_other_are_no_title(
    language: str, fields: str, title: str
) -> None:
    # a form's fields repeat each other's words and share none with the article: the headline
    # under them, which the prose echoes, is the title
    prose = PROSE[language]
    text = f"{fields}\n{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


def test_a_title_only_its_subtitle_echoes_stays_the_title() -> None:
    title = "«Nobody will silence the unions of Zetland»"
    subtitle = "The unions of Xandia answer the strikers: the workers of the region are not alone"
    text = f"{title}\n{subtitle}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "aside"),
    [("en", "(XKP)"), ("es", "(Fuente: Zetland Prensa)"), ("el", "(ΠΤΕ)")],
)
def test_a_line_wholly_in_round_brackets_is_no_title(language: str, aside: str) -> None:
    # an abbreviation, a source or a note in brackets above the text is an aside of the page,
    # as a label in square or angle brackets is
    prose = PROSE[language]
    assert _title(f"{aside}\n\n{prose}\n\n{prose}\n") is None


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "XKP 2009 REVIEW AND THE AIMS OF THE COMING STRUGGLES…"),
        ("tr", "XKP 2009 DEĞERLENDİRMESİ VE 2010 MÜCADELE HEDEFLERİ…"),
        ("ru", "ЗАЯВЛЕНИЕ ПРОФСОЮЗОВ КСАНДИИ О НОВЫХ ПРАВИЛАХ ОПЛАТЫ."),
    ],
)
def test_a_headline_in_capitals_is_the_title_whatever_it_ends_with(
    language: str, title: str
) -> None:
    prose = PROSE[language]
    text = f"{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "lead", "title"),
    [
        ("en", "Zedtown, 8 March - The full text given out for publication follows:",
         "DECLARATION OF THE XANDIA UNION OF TEACHERS, A MEMBER OF THE ZETLAND BLOCK, ON THE "
         "DOCUMENTS OF THE BLOCK."),
        ("ru", "Зедград, 8 марта - Ниже следует полный текст, переданный для распространения:",
         "ДЕКЛАРАЦИЯ ПРОФСОЮЗА УЧИТЕЛЕЙ КСАНДИИ, ЧЛЕНА БЛОКА ЗЕТЛАНДИИ, О ДОКУМЕНТАХ БЛОКА."),
        ("fr", "Zedville, 8 mars - Voici le texte intégral remis pour diffusion :",
         "DÉCLARATION DU SYNDICAT DES ENSEIGNANTS DE XANDIE, MEMBRE DU BLOC DE ZETLAND, SUR "
         "LES DOCUMENTS DU BLOC."),
    ],
)  # fmt: skip
def test_a_statements_title_in_capitals_under_a_lead_ends_with_a_full_stop(
    language: str, lead: str, title: str
) -> None:
    prose = PROSE[language]
    text = f"{lead}\n{title}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("title", "wrapped"),
    [
        ("ΑΛΛΗΛΕΓΓΥΗ ΣΤΟΥΣ ΑΠΕΡΓΟΥΣ ΤΗΣ ΞΑΝΘΙΑΣ",
         "Τα εργατικά σωματεία\nτης Ξάνθιας (Σωματείο Τεχνικών,\nΣυνδικάτο Οικοδόμων)\n"
         "εκφράζουμε τη συμπαράστασή μας στους απεργούς της Ξάνθιας που αγωνίζονται."),
        ("SOLIDARITY WITH THE STRIKERS OF XANDIA",
         "The workers' unions\nof Xandia (Union of Technicians,\nBuilders' Syndicate)\n"
         "express our support to the strikers of Xandia who fight for their jobs."),
        ("SOLIDARIDAD CON LOS HUELGUISTAS DE XANDIA",
         "Los sindicatos obreros\nde Xandia (Sindicato de Técnicos,\nSindicato de la "
         "Construcción)\nexpresamos nuestro apoyo a los huelguistas de Xandia en su lucha."),
    ],
)  # fmt: skip
def test_a_title_in_capitals_over_a_paragraph_wrapped_by_hand(title: str, wrapped: str) -> None:
    text = f"{title}\n{wrapped}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "lead", "heading"),
    [
        # the genre with an article: a label over the quoted text, no title
        ("en", "The unions of Xandia wrote an open letter to the minister. We give it in full.",
         "The letter"),
        ("es", "Los sindicatos de Xandia publicaron hoy un texto común. Lo damos completo.",
         "La declaración"),
        ("fr", "Les syndicats de Xandie ont publié un texte commun. Nous le donnons en entier.",
         "Le communiqué"),
    ],
)  # fmt: skip
def test_no_title_under_the_lead_from_the_genre_with_its_article(
    language: str, lead: str, heading: str
) -> None:
    prose = PROSE[language]
    text = f"{lead}\n\n{prose}\n\n{heading}\n\n{prose}\n\n{prose}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("language", "lead", "heading"),
    [
        # a label closing the report (a link to the statement, a leaflet): no prose under it
        ("en", "The unions of Xandia published a joint text today against the wage rules.",
         "Joint statement of the Xandia unions on the strike"),
        ("fr", "Les syndicats de Xandie ont publié aujourd'hui un texte contre les règles.",
         "Déclaration intersyndicale des syndicats de Xandie"),
        ("de", "Die Gewerkschaften Xandias haben heute einen gemeinsamen Text veröffentlicht.",
         "Gemeinsame Erklärung der Gewerkschaften Xandias zum Streik"),
    ],
)  # fmt: skip
def test_no_title_under_the_lead_from_a_heading_with_no_prose_under_it(
    language: str, lead: str, heading: str
) -> None:
    prose = PROSE[language]
    text = f"{lead}\n\n{prose}\n\n{prose}\n\n{heading}\n\nLeaflet XKP\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Xandia unions call a general strike against the wage rules"),
        ("de", "Gewerkschaften Xandias rufen zum Generalstreik gegen die Lohnregeln auf"),
        ("lt", "XANDIJOS PROFSĄJUNGOS SKELBIA VISUOTINĮ STREIKĄ"),
    ],
)
@pytest.mark.parametrize("mark", ["(UPDATED)", "[Aktualisiert]", "(PAPILDYTA)"])
def test_a_mark_of_updating_after_the_title_is_no_part_of_it(
    language: str, title: str, mark: str
) -> None:
    prose = PROSE[language]
    text = f"{title} {mark}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


def test_a_dated_update_stamp_after_the_title_stays() -> None:
    title = "Xandia unions call a general strike (Aktualisierung vom 24.09.22)"
    text = f"{title}\n\n{PROSE['en']}\n\n{PROSE['en']}\n"
    assert _title(text) == title


@pytest.mark.parametrize(
    ("language", "button"),
    [
        ("en", "Share this News"),
        ("es", "Compartir esta noticia"),
        ("de", "Diesen Beitrag teilen"),
    ],
)
def test_a_button_written_above_and_below_the_text_is_no_title(language: str, button: str) -> None:
    prose = PROSE[language]
    text = f"{button}\n\n{prose}\n\n{prose}\n\n{button}\n"
    assert _title(text) is None


@pytest.mark.parametrize(
    ("language", "slogan"),
    [
        ("sv", "Nej till lönedumpning i Zedland!"),
        ("es", "¡No a los despidos en Zedlandia!"),
        ("de", "Hände weg von den Löhnen!"),
    ],
)
def test_a_slogan_the_statement_closes_with_again_is_its_title(language: str, slogan: str) -> None:
    """A heading ending with an exclamation mark written again under the text is the
    statement's slogan, its title, not a button of the site (twenty-seventh session)."""
    prose = PROSE.get(language, PROSE["en"])
    text = f"{slogan}\n\n{prose}\n\n{prose}\n\n{slogan}\n"
    assert _title(text) == slogan


#: A headline ending with an exclamation mark and the page's address made of its words above it,
#: by language.
_SLOGANS = {
    "it": ("sciopero zedlandia 16 settembre", "Sciopero nazionale a Zedlandia il 16 settembre!"),
    "es": ("huelga zedlandia 16 septiembre", "¡Huelga general en Zedlandia el 16 de septiembre!"),
    "de": ("generalstreik zedland 16 september", "Generalstreik in Zedland am 16. September!"),
}


@pytest.mark.parametrize("language", sorted(_SLOGANS))
def test_a_slogan_over_the_prose_is_the_title_and_its_slug_is_not(language: str) -> None:
    """A short line ending with an exclamation mark, a paragraph of its own over the article,
    is its headline (twenty-seventh session); a line in small letters above it made of its
    words only is the page's address or tag, no title."""
    slug, slogan = _SLOGANS[language]
    prose = PROSE[language]
    assert _title(f"{slogan}\n\n{prose}\n\n{prose}\n") == slogan
    assert _title(f"{slug}\n\n{slogan}\n\n{prose}\n\n{prose}\n") == slogan


def test_a_line_in_small_letters_with_words_of_its_own_is_not_passed_as_a_slug() -> None:
    """A heading in small letters that holds a word the headline under it lacks stays first."""
    heading = "zedlandia: sciopero e presidio"
    text = (
        f"{heading}\n\nSciopero nazionale a Zedlandia il 16 settembre!\n\n"
        f"{PROSE['it']}\n\n{PROSE['it']}\n"
    )
    assert _title(text) != "Sciopero nazionale a Zedlandia il 16 settembre!"


@pytest.mark.parametrize(
    ("language", "title", "names", "lead"),
    [
        ("fr", "Communiqué commun", "XGT,\nYFO, ZSU, Solidaires,\nPTU, XNL et ZIDL",
         "Les organisations XGT, YFO, ZSU, Solidaires, PTU, XNL et ZIDL appellent à la grève."),
        ("en", "Joint statement", "XGT,\nYFO, ZSU, Solidarity,\nPTU, XNL and ZIDL",
         "The organisations XGT, YFO, ZSU, Solidarity, PTU, XNL and ZIDL call a strike."),
        ("es", "Comunicado conjunto", "XGT,\nYFO, ZSU, Solidaridad,\nPTU, XNL y ZIDL",
         "Las organizaciones XGT, YFO, ZSU, Solidaridad, PTU, XNL y ZIDL llaman a la huelga."),
    ],
)  # fmt: skip
def test_the_rest_of_a_line_of_names_wrapped_after_a_comma_is_no_title(
    language: str, title: str, names: str, lead: str
) -> None:
    prose = PROSE[language]
    text = f"{title}\n{names}\n\n{lead}\n\n{prose}\n\n{prose}\n"
    assert _title(text) == title


#: A site's link in small letters, a headline that shares no word with it, and a headline in
#: small letters, by language.
_LINKS = {
    "gl": ("saltar ao contido", "Declaración conxunta das centrais de Zedlandia",
           "non aos recortes en Zedlandia"),
    "es": ("saltar al contenido", "Declaración conjunta de los sindicatos de Zedlandia",
           "no a los recortes en Zedlandia"),
    "de": ("zum inhalt springen", "Gemeinsame Erklärung der Gewerkschaften Zedlands",
           "nein zu kürzungen in zedland"),
    "en": ("skip to main content", "Joint Statement of the Zedland Unions",
           "no to the cuts in zedland"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_LINKS))
def test_a_link_in_small_letters_above_the_headline_is_no_title(language: str) -> None:
    """A line in small letters that shares no word with the capitalised heading under it is a
    link of the site's, no title (twenty-eighth session); a headline in small letters alone
    over the prose is still the title."""
    link, headline, small = _LINKS[language]
    prose = PROSE.get(language, PROSE["es"])
    assert _title(f"{link}\n\n{headline}\n\n{prose}\n\n{prose}\n") == headline
    assert _title(f"{small}\n\n{prose}\n\n{prose}\n") == small
