"""The filters that skip patterns before running them must never skip one that would match.

Each filter is compared with the brute-force search it replaces (kept here as a private
reference): the same matches, in the same order, on the seed paragraphs and on texts built from
the authority's own names with their case, spacing and endings changed.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzld.build import read_folder
from kzld.resolve.authority import Authority, load_authority
from kzld.resolve.casekey import WORD_ALIKE, case_key, char_key
from kzld.resolve.org_mentions import _URL, ProseMatch, ProseMatcher

_WORD_CHAR = re.compile(r"[^\W_]")
_TESTS = Path(__file__).resolve().parent
#: The seeds and the reader's test documents.
_FOLDERS = (_TESTS.parent / "seeds", _TESTS / "data" / "documents")


def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


# ---------------------------------------------------------------------- case keys


def _sample() -> str:
    """Latin, Greek, Cyrillic, Armenian and the other scripts with case, and the odd ones."""
    ranges = [(0, 0x590), (0x10A0, 0x1100), (0x13A0, 0x1400), (0x1C80, 0x1CC0), (0x1E00, 0x2200),
              (0x2C00, 0x2D30), (0xA640, 0xA800), (0xAB70, 0xABC0), (0xFB00, 0xFB10),
              (0xFF00, 0xFF60), (0x10400, 0x10450)]  # fmt: skip
    return "".join(chr(c) for start, end in ranges for c in range(start, end))


def test_case_keys_join_what_ignorecase_joins() -> None:
    sample = _sample()
    for char in sample:
        pattern = re.compile(re.escape(char), re.IGNORECASE)
        equals = {m.group() for m in pattern.finditer(sample)}
        assert {char_key(c) for c in equals} == {char_key(char)}, (char, equals)


def test_case_keys_keep_length_and_word_characters() -> None:
    every = _every_character()
    keyed = case_key(every)
    assert len(keyed) == len(every)
    differ = {
        c for c, k in zip(every, keyed, strict=True)
        if bool(_WORD_CHAR.match(c)) != bool(_WORD_CHAR.match(k))
    }  # fmt: skip
    assert differ == set(WORD_ALIKE)


def test_word_alike_lists_every_non_word_character_taken_for_a_word_character() -> None:
    every = _every_character()
    word_keys = {char_key(c) for c in every if _WORD_CHAR.match(c)}
    found = {c for c in every if not _WORD_CHAR.match(c) and char_key(c) in word_keys}
    assert found == set(WORD_ALIKE)


# ---------------------------------------------------------------------- prose prefilter


def _brute_force(matcher: ProseMatcher, text: str) -> list[ProseMatch]:
    """Every organisation pattern run over the whole text (what the prefilter replaces)."""
    urls = [m.span() for m in _URL.finditer(text)]
    found = []
    for key, pattern in matcher._patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(u_start < end and start < u_end for u_start, u_end in urls):
                found.append(ProseMatch(start, end, key, match.group()))
    return found


@cache
def _authority() -> Authority:
    return load_authority()


@cache
def _matcher() -> ProseMatcher:
    return ProseMatcher(_authority())


@cache
def _seed_texts() -> tuple[str, ...]:
    documents = [d for folder in _FOLDERS for d in read_folder(folder, workers=1)[0]]
    texts = [d.text for d in documents]
    texts += [
        d.text[p.span.start : p.span.end] for d in documents for v in d.versions
        for p in v.paragraphs
    ]  # fmt: skip
    return tuple(texts)


def test_prose_prefilter_finds_what_brute_force_finds_in_the_seeds() -> None:
    matcher = _matcher()
    texts = _seed_texts()
    assert texts
    for text in texts:
        assert list(matcher._candidates(text)) == _brute_force(matcher, text)


def _names() -> list[str]:
    return sorted({n for e in _authority() for n in (*e.all_names, *e.abbreviations)})


_SEPARATORS = [" ", "  ", "-", " – ", "’", "'", "_", "\n", "\u0345", ". ", "/"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """Names of the authority, changed the ways prose changes them, between other words."""
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(_names()))
        words = re.split(r"([^\W_]+)", name)
        changed = []
        for piece in words:
            if re.fullmatch(r"[^\W_]+", piece):
                case = draw(st.sampled_from(["keep"] * 4 + ["upper", "lower", "title", "swap"]))
                piece = {"keep": piece, "upper": piece.upper(), "lower": piece.lower(),
                         "title": piece.title(), "swap": piece.swapcase()}[case]  # fmt: skip
                piece += draw(st.sampled_from([""] * 12 + ["е", "ы", "ии", "s", "-ML"]))
            elif piece:
                piece = draw(st.sampled_from([piece] * 8 + _SEPARATORS))
            changed.append(piece)
        if draw(st.booleans()):
            changed.insert(
                draw(st.integers(0, len(changed))), draw(st.sampled_from(["the ", "The "]))
            )
        pieces.append("".join(changed))
        pieces.append(draw(st.sampled_from([" ", ", ", " and ", " (", ") ", " www.x.org/", "\n"])))
    return "".join(pieces)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts())
def test_prose_prefilter_finds_what_brute_force_finds_in_changed_names(text: str) -> None:
    matcher = _matcher()
    assert list(matcher._candidates(text)) == _brute_force(matcher, text)


@pytest.mark.parametrize("name", ["Коммунистической партии Российской Федерации", "КПРФ"])
def test_prose_prefilter_keeps_inflected_cyrillic_names(name: str) -> None:
    matcher = _matcher()
    text = f"Мы, члены {name}, заявляем"
    assert list(matcher._candidates(text)) == _brute_force(matcher, text)
