"""The reader's word tables in languages they had no words for (issue 18): Kazakh and Hindi
words for "and" between two names that open a sentence or a title, Estonian, Finnish and Welsh
words of signing before an enumeration of names, Azerbaijani type words of organisations,
a Welsh word for organisations in the plural before the names, Swahili
"on behalf of", Georgian "among them" and "we" before the names, Polish and Indonesian words
for "the following" on a line above a list,
Maltese and Malayalam month names (and Maltese "ta’" between the day and the month). Each text
is read right only with its language's words in the tables. Names are made up. Marathi and
Assamese type words are their words and no others (the Marathi "party", not "bird")."""

from __future__ import annotations

from datetime import date

import pytest

from kzld.parse.names import is_type_word

from .reading import lists_of, outside_of, read_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Kazakh "және" (and)
        ("Бірлескен мәлімдеме\n\nXandia Жұмысшы партиясы және Zetland Кәсіподақтар федерациясы "
         "елдегі жалақының төмендеуіне қарсы бірлесіп әрекет етуге шешім қабылдады. Біз үкіметті "
         "жұмысшылармен келіссөз жүргізуге шақырамыз.\n",
         ["Xandia Жұмысшы партиясы", "Zetland Кәсіподақтар федерациясы"]),
        # Azerbaijani type words ("Partiyası", "İttifaqı": party, union)
        ("Birgə bəyanat\n\nXandiya Fəhlə Partiyası və Zetland Həmkarlar İttifaqı ölkədə "
         "maaşların azaldılmasına qarşı birgə mübarizə aparmaq qərarına gəliblər. Biz hökuməti "
         "işçilərlə danışıqlara başlamağa çağırırıq.\n",
         ["Xandiya Fəhlə Partiyası", "Zetland Həmkarlar İttifaqı"]),
        # Hindi "तथा" (and)
        ("संयुक्त बयान\n\nXandia मज़दूर पार्टी तथा Zetland किसान सभा ने आज सरकार के नए कानून का "
         "विरोध करने का निर्णय लिया। हम सभी नागरिकों से शांतिपूर्ण आंदोलन में शामिल होने की अपील "
         "करते हैं।\n",
         ["Xandia मज़दूर पार्टी", "Zetland किसान सभा"]),
        ("Xandia मज़दूर पार्टी तथा Zetland किसान सभा का संयुक्त बयान\n\nहम सभी नागरिकों से "
         "शांतिपूर्ण आंदोलन में शामिल होने की अपील करते हैं और मांग करते हैं कि सरकार यह कानून "
         "वापस ले।\n",
         ["Xandia मज़दूर पार्टी", "Zetland किसान सभा"]),
    ],
)  # fmt: skip
def test_a_word_for_and_of_the_language_parts_two_names(text: str, names: list[str]) -> None:
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Estonian "allkirjastasid" (signed)
        ("Ühisavaldus palkade kohta\n\nAvalduse allkirjastasid Xandia Töölispartei, Zetlandi "
         "Ametiühingute Keskliit ja Xandia Noorte Liit. Me nõuame valitsuselt, et palgad "
         "tõuseksid koos hindadega ja et töötajate õigusi austataks igas ettevõttes.\n",
         ["Xandia Töölispartei", "Zetlandi Ametiühingute Keskliit", "Xandia Noorte Liit"]),
        # Finnish "allekirjoittivat" (signed)
        ("Yhteinen kannanotto palkoista\n\nKannanoton allekirjoittivat Xandian Työväenpuolue, "
         "Zetlandin Ammattiliittojen Keskusjärjestö ja Xandian Nuorisoliitto. Vaadimme "
         "hallitukselta, että palkat nousevat hintojen mukana ja että työntekijöiden oikeuksia "
         "kunnioitetaan jokaisessa yrityksessä.\n",
         ["Xandian Työväenpuolue", "Zetlandin Ammattiliittojen Keskusjärjestö",
          "Xandian Nuorisoliitto"]),
        # Welsh "llofnodwyd" (was signed)
        ("Datganiad ar y cyd\n\nLlofnodwyd y datganiad gan Plaid Lafur Xandia, Undeb Athrawon "
         "Zetland a Cymdeithas Tenantiaid Xandia. Rydym yn galw ar y llywodraeth i godi cyflogau "
         "gyda'r prisiau ac i barchu hawliau gweithwyr ym mhob gweithle.\n",
         ["Plaid Lafur Xandia", "Undeb Athrawon Zetland", "Cymdeithas Tenantiaid Xandia"]),
    ],
)  # fmt: skip
def test_a_word_of_signing_of_the_language_names_the_signers(text: str, names: list[str]) -> None:
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("Dikjarazzjoni\n\nValletta, 3 ta’ Diċembru 2008\n\nIl-gvern ma ressaq l-ebda bidla "
         "fil-proposta li kien għamel għall-ftehim kollettiv. Il-Unions qablu kollha flimkien li "
         "proposti bħal dawn ma jistgħux jiġu aċċettati.\n",
         date(2008, 12, 3)),
        ("Dikjarazzjoni\n\nValletta, 14 ta' Frar 2011\n\nIl-gvern ma ressaq l-ebda bidla "
         "fil-proposta li kien għamel għall-ftehim kollettiv.\n",
         date(2011, 2, 14)),
        ("പ്രസ്താവന\n\nതിരുവനന്തപുരം, 5 ഡിസംബർ 2023\n\nവിലക്കയറ്റത്തിന് അനുസരിച്ച് വേതനം "
         "ഉയർത്തണമെന്ന് ഞങ്ങൾ സർക്കാരിനോട് ആവശ്യപ്പെടുന്നു. എല്ലാ തൊഴിലാളികളും സമരത്തിൽ "
         "പങ്കെടുക്കണം.\n",
         date(2023, 12, 5)),
    ],
)  # fmt: skip
def test_a_dateline_with_the_month_of_the_language_dates_the_statement(
    text: str, made: date
) -> None:
    created = read_text(text).created
    assert created is not None and created.date == made


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Welsh "pleidiau" (parties)
        ("Datganiad ar y cyd\n\nMae'r pleidiau Plaid Lafur Xandia, Plaid Werdd Zetland a Plaid "
         "Ryddfrydol Xandia yn galw ar y llywodraeth i godi cyflogau gyda'r prisiau.\n",
         ["Plaid Lafur Xandia", "Plaid Werdd Zetland", "Plaid Ryddfrydol Xandia"]),
    ],
)  # fmt: skip
def test_a_plural_of_the_language_before_names_is_none_of_them(text: str, names: list[str]) -> None:
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Swahili "kwa niaba ya" (on behalf of)
        ("Tamko la pamoja\n\nKwa niaba ya Chama cha Wafanyakazi wa Xandia, tunaitaka serikali "
         "kuongeza mishahara kulingana na bei za bidhaa na kuheshimu haki za wafanyakazi katika "
         "kila sehemu ya kazi.\n",
         ["Chama cha Wafanyakazi wa Xandia"]),
        # Georgian "მათ შორის" (among them)
        ("ერთობლივი განცხადება\n\nგანცხადებას ოცზე მეტი ორგანიზაცია შეუერთდა, მათ შორის "
         "Xandia-ს მშრომელთა პარტია, Zetland-ის მწვანეთა პარტია და Xandia-ს ახალგაზრდული "
         "კავშირი.\n",
         ["Xandia-ს მშრომელთა პარტია", "Zetland-ის მწვანეთა პარტია",
          "Xandia-ს ახალგაზრდული კავშირი"]),
        # Georgian "ჩვენ" (we)
        ("განცხადება\n\nჩვენ, Xandia-ს მშრომელთა პარტია, Zetland-ის მწვანეთა პარტია და "
         "Xandia-ს ახალგაზრდული კავშირი, მოვუწოდებთ მთავრობას, გაზარდოს ხელფასები.\n",
         ["Xandia-ს მშრომელთა პარტია", "Zetland-ის მწვანეთა პარტია",
          "Xandia-ს ახალგაზრდული კავშირი"]),
    ],
)  # fmt: skip
def test_a_phrase_of_the_language_says_who_speaks(text: str, names: list[str]) -> None:
    assert outside_of(read_text(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Polish "następujące" (the following)
        ("Wspólne oświadczenie\n\nOświadczenie poparły następujące organizacje\n\n"
         "Partia Pracy Xandii\nZwiązek Nauczycieli Zetlandii\nStowarzyszenie Młodzieży Xandii\n\n"
         "Domagamy się od rządu podwyżki płac zgodnej ze wzrostem cen.\n",
         ["Partia Pracy Xandii", "Związek Nauczycieli Zetlandii",
          "Stowarzyszenie Młodzieży Xandii"]),
        # Indonesian "berikut" (the following)
        ("Pernyataan bersama\n\nPernyataan ini didukung oleh organisasi berikut\n\n"
         "Partai Buruh Xandia\nSerikat Guru Zetland\nPersatuan Pemuda Xandia\n\n"
         "Kami menuntut pemerintah menaikkan upah sesuai dengan kenaikan harga.\n",
         ["Partai Buruh Xandia", "Serikat Guru Zetland", "Persatuan Pemuda Xandia"]),
    ],
)  # fmt: skip
def test_a_line_pointing_at_what_follows_opens_the_list(text: str, names: list[str]) -> None:
    assert lists_of(read_text(text)) == [names]


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("पक्ष", True),  # Marathi "party"
        ("पक्षाच्या", True),  # its genitive
        ("पक्षी", False),  # a bird, not a party
        ("সংস্থা", True),  # Assamese "organisation"
        ("সংস্থাৰ", True),  # its genitive
    ],
)
def test_type_words_of_the_language_are_its_words_and_no_others(word: str, kind: bool) -> None:
    assert is_type_word(word) is kind
