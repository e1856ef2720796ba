"""Nothing invented: a name closed by its abbreviation in brackets starts where the abbreviation's
initials start, when words in lower case that join no name stand before it ("Peress li
l-Partit Xandjan (PX)", whereas the PX ...: the words and the article written onto the name
are the sentence's). A name the abbreviation spells whole is kept whole. Names are made up."""

from __future__ import annotations

import pytest

from .reading import outside_of, read_text

#: A motion: two clauses that open "whereas", the decision, its proposer and its date.
MOTIONS = {
    "mt": (
        "MOZZJONI\n\nDwar it-tmiem tal-ftehim elettorali\n\nPeress li l-Partit Xandjan (PX) u "
        "l-Partit Żetlandiż (PŻ) kienu ffirmaw ftehim biex jippreżentaw lista komuni ta’ "
        "kandidati għall-elezzjoni ġenerali;\n\nPeress li r-riżultat tal-elezzjoni ġenerali ma "
        "tax lil-lista komuni s-siġġijiet meħtieġa biex tmexxi l-pajjiż;\n\nNaqblu li l-ftehim "
        "jitqies mitmum minn issa, u li kull ħidma flimkien mal-Partit Żetlandiż tiġi deċiża fuq "
        "kull kwistjoni għaliha.\n\nProponent\n\nAna Zet, Segretarja Ġenerali PX\n\n15/12/2017\n",
        ["Partit Xandjan (PX)"],
    ),
    "it": (
        "MOZIONE\n\nSulla fine dell'accordo elettorale\n\nConsiderato che il Partito Xandiano "
        "(PX) e il Partito Zetlandese (PZ) avevano firmato un accordo per presentare una lista "
        "comune di candidati alle elezioni generali;\n\nConsiderato che il risultato delle "
        "elezioni generali non ha dato alla lista comune i seggi necessari per governare il "
        "paese;\n\nDecidiamo che l'accordo è concluso da oggi, e che ogni lavoro comune con il "
        "Partito Zetlandese sarà deciso caso per caso.\n\nProponente\n\nAna Zet, Segretaria "
        "Generale PX\n\n15/12/2017\n",
        ["Partito Xandiano (PX)", "Partito Zetlandese (PZ)"],
    ),
    "fr": (
        "MOTION\n\nSur la fin de l'accord électoral\n\nAttendu que le Parti Xandien (PX) et le "
        "Parti Zetlandais (PZ) avaient signé un accord pour présenter une liste commune de "
        "candidats aux élections générales ;\n\nAttendu que le résultat des élections générales "
        "n'a pas donné à la liste commune les sièges nécessaires pour gouverner le pays ;\n\nNous "
        "décidons que l'accord est terminé dès aujourd'hui, et que tout travail commun avec le "
        "Parti Zetlandais sera décidé au cas par cas.\n\nProposé par\n\nAna Zet, Secrétaire "
        "générale PX\n\n15/12/2017\n",
        ["Parti Xandien (PX)", "Parti Zetlandais (PZ)"],
    ),
}


@pytest.mark.parametrize("language", sorted(MOTIONS))
def test_a_name_starts_where_its_abbreviation_spells_it(language: str) -> None:
    text, signers = MOTIONS[language]
    assert outside_of(read_text(text)) == signers


#: A sentence naming one party by its name and abbreviation, then a paragraph about it.
SPELLED_WHOLE = (
    "Statement\n\nThe Party of Labour of Xandia (PLX) calls on the government to open talks on "
    "wages now.\n\nThe workers of the region have been on strike for three weeks against the new "
    "wage rules.\n"
)


def test_a_name_its_abbreviation_spells_whole_is_kept_whole() -> None:
    assert outside_of(read_text(SPELLED_WHOLE)) == ["Party of Labour of Xandia (PLX)"]
