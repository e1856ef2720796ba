"""Nothing lost: every named signatory of every input text is exactly one kzld:Signature.

The count comes from the text side, with a deliberately simple reading of its own (a heading
that says who signed, then the marked lines, the unmarked lines or the comma-separated names
under it), written without the reader's code or vocabulary; the graph side counts the
signatures of each statement. The seeds and every document in ``tests/data/documents`` take part.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

from kzld.parse import read_file
from kzld.pipeline import make_graph

pytestmark = pytest.mark.timeout(180)

ROOT = Path(__file__).resolve().parents[2]
#: The texts whose lists this simple, independent counter understands: one marked entry per
#: line under a heading with one of :data:`CUES`. (The reader's inline, semicolon and
#: country-headed lists in the other documents are proven by tests/parse/test_unseen.py.)
LINE_LISTS = ("de_plain_list", "en_crlf_bom", "en_quote_then_tr", "en_two_lists", "es_declaracion",
              "fr_resolution", "it_comunicato", "pt_declaracao", "ru_zayavlenie")  # fmt: skip
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + [
    ROOT / "tests/data/documents" / f"{stem}.txt" for stem in LINE_LISTS
]
BASE = "https://w3id.org/kzld/id/"

#: Words that say "these signed", in the languages of the test texts (test-side, on purpose).
CUES = ("signat", "signed", "unterzeichn", "ondertek", "firmant", "signatá", "подписал",
        "parties", "organisations")  # fmt: skip
MARKED = re.compile(r"^(?:\d+[.)]|[-•*–·])\s+(\S.*)$")
#: "… (20 weitere)", "(and 12 more)", "und 5 weitere": a number of others, not a name.
OTHERS = re.compile(r"^[(…. ]*(?:\w+ )?\d+ \w+\)?$")


def is_heading(line: str) -> bool:
    head = line.split(":")[0].casefold()
    prose = line.endswith((".", "!", "?")) and ":" not in line
    return not prose and len(line) < 200 and any(cue in head for cue in CUES)


def named_signatories(text: str) -> list[str]:
    """The signatory names a person would count in ``text``, in order."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")]
    names: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not is_heading(line):
            continue
        _, colon, rest = line.partition(":")
        if colon and "," in rest:  # "Signataires : A, B, C"
            names += [
                p.strip()
                for p in re.split(r"[,;]", rest)
                if p.strip() and not OTHERS.match(p.strip())
            ]
            continue
        while index < len(lines) and not lines[index]:
            index += 1
        found: list[str] = []
        start = index
        if index < len(lines) and MARKED.match(lines[index]):  # a marked list, blank lines allowed
            number = None
            while index < len(lines) and (not lines[index] or MARKED.match(lines[index])):
                match = MARKED.match(lines[index])
                index += 1
                if not match:
                    continue
                digits = re.match(r"\d+", lines[index - 1])
                if digits:  # a numbered list counts up by one
                    if number is not None and int(digits.group()) != number + 1:
                        index -= 1
                        break
                    number = int(digits.group())
                if not OTHERS.match(match.group(1)):
                    found.append(match.group(1))
        else:  # unmarked names, one a line, up to the first blank line
            while index < len(lines) and lines[index] and not lines[index].endswith("."):
                if not OTHERS.match(lines[index]):
                    found.append(lines[index])
                index += 1
            if len(found) < 2:  # not a list: perhaps a sub-heading, looked at next
                found, index = [], start
        names += found
    return names


def test_the_independent_count_sees_lists_at_all() -> None:
    assert sum(len(named_signatories(p.read_text(encoding="utf-8-sig"))) for p in TEXTS) >= 90


@functools.cache
def published() -> tuple[Graph, dict[str, Any]]:
    documents = [read_file(path) for path in TEXTS]
    graph, _ = make_graph(documents, BASE, {})
    return graph, {d.name: d for d in documents}


QUOTES = """
PREFIX schema: <http://schema.org/>
PREFIX kzld: <https://w3id.org/kzld/vocab#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?signature ?exact WHERE {
  ?signature a kzld:Signature ; schema:object ?statement ; prov:wasDerivedFrom ?evidence .
  ?evidence oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
}
"""


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_every_named_signatory_is_exactly_one_signature(path: Path) -> None:
    graph, documents = published()
    expected = named_signatories(path.read_text(encoding="utf-8-sig"))
    statement = URIRef(BASE + "statement/" + documents[path.name].stem)
    rows = graph.query(QUOTES, initBindings={"statement": statement})
    quoted = sorted(str(row.exact) for row in rows)  # type: ignore[union-attr]
    signatures = {row.signature for row in rows}  # type: ignore[union-attr]
    assert len(signatures) == len(quoted) == len(expected)
    assert quoted == sorted(expected)
