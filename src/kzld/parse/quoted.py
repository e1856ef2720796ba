"""Signers the lead names in quotation marks, each after a word saying its kind: "ضمن مساعي حزب
«X» ... جرى التوقيع على اتفاق ينضم بموجبه حزب «Y»", "партия «X» и партия «Y» подписали
соглашение".

The quotation marks say where each name begins and ends, whatever its words and its script
(:func:`.runs.kind_quoted_runs`), so the names need not stand together: two or more in a
sentence that tells of a statement or a signing are its signers, with the names in quotation
marks coordinated with them ("حزب «X» و«Y»"). One alone may be anyone the sentence speaks of, and
names right after a word of speaking are what the statement speaks of
(:func:`.spans.spoken_of`).
"""

from __future__ import annotations

from ..model.records import Section
from .coordinated import sentences
from .outside import signers_section
from .provenance import reads
from .runs import kind_quoted_runs
from .spans import spoken_of, tells_of_a_statement
from .text import Line

__all__ = ["quoted_signers"]


@reads
def quoted_signers(paragraph: Line) -> Section | None:
    """The signers each sentence of ``paragraph`` that tells of a statement or a signing names
    in quotation marks after a word saying their kind: two or more different names."""
    names: list[tuple[int, str]] = []
    for offset, sentence in sentences(paragraph):
        if not tells_of_a_statement(sentence):
            continue
        found = [
            (offset + at, name)
            for run in kind_quoted_runs(sentence, 0)
            if not spoken_of(sentence[: run[0][0]])
            for at, name in run
        ]
        if len({name for _, name in found}) >= 2:
            names += found
    return signers_section(paragraph, names, "phrase") if names else None
