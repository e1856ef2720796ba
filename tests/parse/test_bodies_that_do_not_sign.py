"""Nothing invented: bodies a text names that do not sign. A heading that calls the statement a
meeting's ("Declaration of the Xandian Trade Union Summit") names a meeting, not a signer, even
after a type word; the body whose members sign ("the unions members of the Xandian
Confederation") signs nothing itself; a word for a kind alone above the text ("Sindical", a
site's section) is no letterhead. The organisations the text names as its signers still sign.
Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text

#: A title, a lead naming the meeting's member organisations, and a heading under it that gives
#: the statement as the meeting's, a type word before the word for the meeting.
MEETING = {
    "en": (
        "Unions meet in Zedtown",
        "Trade union leaders from eleven countries met in Zedtown on the crisis and agreed on "
        "the declaration below, which the unions of the region will now discuss.",
        "The Declaration of the Xandian Trade Union Summit of Zedtown",
    ),
    "el": (
        "Συνάντηση των συνδικάτων στη Ζέτα",
        "Συνδικαλιστές ηγέτες από έντεκα χώρες συναντήθηκαν στη Ζέτα για την κρίση και "
        "συμφώνησαν στην παρακάτω διακήρυξη, που θα συζητηθεί τώρα στα συνδικάτα.",
        "Η Διακήρυξη της Ξανδιανής Συνδικαλιστικής Συνάντησης Κορυφής της Ζέτας",
    ),
    "de": (
        "Gewerkschaften treffen sich in Zedtown",
        "Gewerkschaftsführer aus elf Ländern trafen sich in Zedtown zur Krise und einigten sich "
        "auf die folgende Erklärung, die nun in den Gewerkschaften der Region beraten wird.",
        "Die Erklärung der Xandischen Gewerkschaftlichen Konferenz von Zedtown",
    ),
}


@pytest.mark.parametrize("language", sorted(MEETING))
def test_a_meeting_that_issued_the_statement_signs_nothing(language: str) -> None:
    title, lead, heading = MEETING[language]
    document = read_text(f"{title}\n\n{lead}\n\n{heading}\n\n{PROSE[language]}\n")
    assert outside_of(document) == []


#: A title that names the unions by the confederation they are members of, and the same title
#: naming the confederation as the issuer.
MEMBERS = {
    "en": (
        "Joint statement of the unions members of the Xandian Confederation of Labour (XCL)",
        "Joint statement of the Xandian Confederation of Labour (XCL)",
        "Xandian Confederation of Labour (XCL)",
    ),
    "fr": (
        "Déclaration des organisations syndicales membres de la Confédération Xandienne du "
        "Travail (CXT)",
        "Déclaration de la Confédération Xandienne du Travail (CXT)",
        "Confédération Xandienne du Travail (CXT)",
    ),
    "es": (
        "Declaración de los sindicatos miembros de la Confederación Xandiana del Trabajo (CXT)",
        "Declaración de la Confederación Xandiana del Trabajo (CXT)",
        "Confederación Xandiana del Trabajo (CXT)",
    ),
    "el": (
        "Διακήρυξη των συνδικαλιστικών οργανώσεων μελών της Ξανδιανής Συνομοσπονδίας Εργασίας "
        "(ΞΣΕ)",
        "Διακήρυξη της Ξανδιανής Συνομοσπονδίας Εργασίας (ΞΣΕ)",
        "Ξανδιανής Συνομοσπονδίας Εργασίας (ΞΣΕ)",
    ),
}


@pytest.mark.parametrize("language", sorted(MEMBERS))
def test_the_body_whose_members_sign_signs_nothing(language: str) -> None:
    members, issued, name = MEMBERS[language]
    assert outside_of(read_text(f"{members}\n\n{PROSE[language]}\n")) == []
    assert outside_of(read_text(f"{issued}\n\n{PROSE[language]}\n")) == [name]


#: A site's section above the page, a word for a kind alone, and the sentence under the title
#: that names the two signers.
SECTION_WORD = {
    "ca": (
        "Sindical",
        "La Xandical-CSX i la ZIG signem un conveni de col·laboració",
        "La ZIG i la Xandical-CSX han signat avui a Zetlàndia un conveni per defensar els "
        "treballadors dels dos països davant la crisi.",
        ["Xandical-CSX", "ZIG"],
    ),
    "es": (
        "Sindical",
        "La Xandical-CSX y la ZIG firman un convenio de colaboración",
        "La ZIG y la Xandical-CSX han firmado hoy en Zetlandia un convenio para defender a los "
        "trabajadores de los dos países ante la crisis.",
        ["Xandical-CSX", "ZIG"],
    ),
    "it": (
        "Sindacale",
        "La Xandical-CSX e la ZIG firmano un accordo di collaborazione",
        "La ZIG e la Xandical-CSX hanno firmato oggi a Zetlandia un accordo per difendere i "
        "lavoratori dei due paesi davanti alla crisi.",
        ["Xandical-CSX", "ZIG"],
    ),
}


@pytest.mark.parametrize("language", sorted(SECTION_WORD))
def test_a_word_for_a_kind_alone_above_the_page_is_no_letterhead(language: str) -> None:
    section, title, lead, signers = SECTION_WORD[language]
    document = read_text(f"{section}\n\n{title}\n\n{lead}\n\n{PROSE.get(language, '')}\n")
    assert section not in outside_of(document)
    assert sorted(outside_of(document)) == signers
