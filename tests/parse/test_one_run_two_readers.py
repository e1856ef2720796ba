"""One run of names in a sentence that two readers each read, the first a part of it (the names
written out with their abbreviations one after another; the names up to one ending with a
country's name), is one list: its names in the order of the text, numbered from 1, not the part
and the rest as two lists. Names are made up."""

from __future__ import annotations

import pytest

from .reading import read_text

_TEXTS = {
    "id": (
        "Ormas bersatu\n\nSejumlah ormas kebangsaan menyampaikan pernyataan bersama tentang "
        "keadaan negeri belakangan ini. Gabungan ormas tersebut terdiri dari Ikatan "
        "Sarjana Xandia (ISX), Gerakan Kasih Xandia (Gerkixa), "
        "Asosiasi Guru Zetland (AGZ), Cipta Karya Xandia (CKX), Forum Komunikasi Ypsilon "
        "(FKY) dan Persatuan Tani Zetland.\n\nMenurut mereka, rasa kebersamaan sebagai satu "
        "bangsa sedang melemah dan perlu dijaga bersama.\n"
    ),
    "ms": (
        "Pertubuhan bersatu\n\nBeberapa pertubuhan menyampaikan kenyataan bersama tentang "
        "keadaan negara. Gabungan pertubuhan tersebut terdiri daripada Ikatan Siswazah "
        "Xandia (ISX), Gerakan Kasih Xandia (Gerkixa), Persatuan Guru Zetland (PGZ), "
        "Majlis Belia Xandia (MBX), Forum Komunikasi Ypsilon (FKY) dan Kesatuan Tani "
        "Zetland.\n\nMenurut mereka, semangat kebersamaan sebagai satu bangsa semakin lemah "
        "dan perlu dijaga bersama.\n"
    ),
    "sr": (
        "Opozicija potpisala zahteve\n\nOpozicione grupacije su danas u Xgradu stavile "
        "potpise na zajednički spisak zahteva bez kojih nema slobodnog glasanja. Dokument "
        "su potpisali predstavnici Saveza za Xandiju, Demokratske stranke Zetlanda, "
        "Socijaldemokratske stranke, Nove stranke, Pokreta "
        "centra i Građanske platforme.\n\nGrađani traže promene i pravedniji zakon o radu, "
        "a mi ćemo zajedno raditi na tome da se glas svakog birača poštuje u celoj "
        "zemlji.\n"
    ),
    "hr": (
        "Oporba potpisala zahtjeve\n\nOporbene stranke danas su u Xgradu potpisale "
        "zajednički popis zahtjeva bez kojih nema slobodnih izbora. Dokument su potpisali "
        "predstavnici Saveza za Xandiju, Demokratske stranke Zetlanda, Socijaldemokratske "
        "stranke, Nove stranke, Pokreta centra i Građanske platforme.\n\nGrađani traže "
        "promjene i pravedniji zakon o radu, a mi ćemo zajedno raditi na tome da se glas "
        "svakog birača poštuje u cijeloj zemlji.\n"
    ),
}

_NAMES = {
    "id": ["Ikatan Sarjana Xandia (ISX)", "Gerakan Kasih Xandia (Gerkixa)",
           "Asosiasi Guru Zetland (AGZ)", "Cipta Karya Xandia (CKX)",
           "Forum Komunikasi Ypsilon (FKY)", "Persatuan Tani Zetland"],
    "ms": ["Ikatan Siswazah Xandia (ISX)", "Gerakan Kasih Xandia (Gerkixa)",
           "Persatuan Guru Zetland (PGZ)", "Majlis Belia Xandia (MBX)",
           "Forum Komunikasi Ypsilon (FKY)", "Kesatuan Tani Zetland"],
    "sr": ["Saveza za Xandiju", "Demokratske stranke Zetlanda", "Socijaldemokratske stranke",
           "Nove stranke", "Pokreta centra", "Građanske platforme"],
    "hr": ["Saveza za Xandiju", "Demokratske stranke Zetlanda", "Socijaldemokratske stranke",
           "Nove stranke", "Pokreta centra", "Građanske platforme"],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_a_run_two_readers_read_is_one_list_in_the_order_of_the_text(language: str) -> None:
    sections = [s for s in read_text(_TEXTS[language]).sections if s.entries]
    assert [[e.raw for e in s.entries] for s in sections] == [_NAMES[language]]
    assert [e.position for e in sections[0].entries] == list(range(1, 7))
