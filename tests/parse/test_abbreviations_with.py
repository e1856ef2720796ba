"""Every named signer one signature: two abbreviations alone joined by a word for "with" (tr
"ile", de "mit", en "with": ``company_words``) are two signers, as two joined by "and" are,
whether a run of names in the lead ends with them ("XİS, ZMO, YKS ile TTB") or a list's entry
holds them ("XKP mit ZWU"). Names are made up."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import lists_of, read_text

#: A lead whose run of abbreviations ends with two joined by "ile", and its signers.
LEAD = (
    "Ortak açıklama\n\n"
    "Aralarında XİS, ZMO, YKS ile TTB'nin bulunduğu sivil toplum örgütleri, dün ortak bir basın "
    "toplantısı düzenledi.\n\n" + PROSE["tr"] + "\n"
)


def test_a_run_ending_with_two_abbreviations_joined_by_with_names_both() -> None:
    document = read_text(LEAD)
    assert [e.raw for s in document.sections for e in s.entries] == ["XİS", "ZMO", "YKS", "TTB"]


#: A heading, a list with an entry of two abbreviations joined by "with", and its signers.
LISTS = {
    "de": ("Unterzeichner:", ["Arbeiterpartei Xandia", "XKP mit ZWU", "Grüne Union Zetland"]),
    "en": ("Signed by:", ["Xandia Labour Party", "XKP with ZWU", "Zetland Green Union"]),
    "tr": ("İmzacılar:", ["Xandia Emekçi Partisi", "XKP ile ZWU", "Zetland Sol Birliği"]),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_an_entry_of_two_abbreviations_joined_by_with_is_two_signers(language: str) -> None:
    heading, entries = LISTS[language]
    document = read_text(f"Title\n\n{PROSE[language]}\n\n{heading}\n" + "\n".join(entries) + "\n")
    assert lists_of(document) == [[entries[0], "XKP", "ZWU", entries[2]]]
