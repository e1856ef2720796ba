"""A title naming its signer through one of the signer's bodies, in the case the language gives
a body before the organisation it belongs to (issue 18): "Заява Президії XПУ щодо ...",
"Заява Прэзідыума ХПБ ...", "Erklärung des Präsidiums der XKP", "Izjava Predsjedništva XSD-a
...", "Comunicado de la Comisión Ejecutiva del XKP": the organisation signs, not its body
(``organ_words`` of ``cues.yaml``). A title naming no organisation names no signer. Names are
made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("language", "title", "signer"),
    [
        ("uk", "Заява Президії ХПУ щодо ескалації конфлікту в Зетланді", "ХПУ"),
        ("be", "Заява Прэзідыума ХПБ аб выбарах у Зетландыі", "ХПБ"),
        ("de", "Erklärung des Präsidiums der XKP", "XKP"),
        ("hr", "Izjava Predsjedništva XSD-a o izborima u Zetlandu", "XSD-a"),
        ("es", "Comunicado de la Comisión Ejecutiva del XKP", "XKP"),
    ],
)  # fmt: skip
def test_the_organisation_of_the_body_a_title_names_signs(
    language: str, title: str, signer: str
) -> None:
    body = PROSE.get(language, PROSE["en"])
    assert outside_of(read_text(f"{title}\n\n{body}\n\n{body}\n")) == [signer]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("uk", "Заява Президії щодо ескалації конфлікту в Зетланді"),
        ("de", "Erklärung des Präsidiums zur Lage in Zetland"),
    ],
)
def test_a_body_of_no_named_organisation_signs_nothing(language: str, title: str) -> None:
    body = PROSE.get(language, PROSE["en"])
    assert outside_of(read_text(f"{title}\n\n{body}\n\n{body}\n")) == []
