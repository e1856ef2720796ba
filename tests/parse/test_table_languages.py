"""The reader's word tables in languages they had no words for (issue 18): Kazakh and Hindi
words for "and" between two names that open a sentence or a title, Estonian, Finnish and Welsh
words of signing before an enumeration of names. Each text is read right only with its
language's words in the tables. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Kazakh "және" (and)
        ("Бірлескен мәлімдеме\n\nXandia Жұмысшы партиясы және Zetland Кәсіподақтар федерациясы "
         "елдегі жалақының төмендеуіне қарсы бірлесіп әрекет етуге шешім қабылдады. Біз үкіметті "
         "жұмысшылармен келіссөз жүргізуге шақырамыз.\n",
         ["Xandia Жұмысшы партиясы", "Zetland Кәсіподақтар федерациясы"]),
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
