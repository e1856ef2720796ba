"""The filters that skip patterns before running them must never skip one that would match.

Each filter is compared with the brute-force search it replaces (kept here as a private
reference): the same matches, in the same order, on the seeds and test documents and on texts
built from the authority's names and the gazetteer's forms with their case, spacing and endings
changed. The case keys the filters compare words by must join what ``re.IGNORECASE`` joins, and
country names looked up in a set must be found as one regular expression of them all finds them.
The curated YAML files read by libyaml must give what the pure-Python parser gives. The names
similar to a name are found among the authority's names of a length that can be similar as among
all of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from kzld.model import countries
from kzld.model.folding import (
    WORD_ALIKE,
    WORD_MARKS,
    case_key,
    char_key,
    country_key,
    fold_in_place,
)
from kzld.model.records import Document, Mention, Span, Version
from kzld.parse.folder import read_folder
from kzld.resolve.events.finder import EventFinder
from kzld.resolve.events.gazetteer import Gazetteer, load_gazetteer
from kzld.resolve.forms import Affixes, FormPattern, form_needs
from kzld.resolve.orgs.authority import Authority, AuthorityEntry, load_authority
from kzld.resolve.orgs.candidates import SIMILAR, SIMILAR_NEAR, AuthorityIndex
from kzld.resolve.orgs.mentions import _URL, ProseMatch, ProseMatcher

_WORD_CHAR = re.compile(r"[^\W_]")
_TESTS = Path(__file__).resolve().parents[1]
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
    for index, (key, _) in enumerate(matcher._patterns):
        for match in matcher._pattern(index).finditer(text):
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


# ---------------------------------------------------------------------- event prefilter


@cache
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def _all_forms() -> list[tuple[str, str]]:
    """Every (language, form) of the gazetteer: event names and forms, and term forms."""
    gazetteer = _gazetteer()
    tables = [rules.forms for rules in gazetteer.rules] + list(gazetteer.terms.values())
    return sorted(
        {(lang, form) for table in tables for lang, forms in table.items() for form in forms}
    )


@cache
def _finder() -> EventFinder:
    return EventFinder(_gazetteer())


_FORMS = _all_forms()
_APOSTROPHES = "'’ʼ‘`´"
_HYPHENS = "-‐‑‒–—"


@st.composite
def _form_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A form of the gazetteer written out as a text would write it, between other words."""
    language, form = draw(st.sampled_from(_FORMS))
    affixes = _gazetteer().languages.get(language.split("-")[0], Affixes())
    if form.startswith("re:"):
        written = draw(st.from_regex(form[3:], fullmatch=True))
    else:
        words = []
        for word in form.split():
            if word.endswith("*") and len(word) > 1:
                word = word[:-1] + draw(st.sampled_from(["", "a", "ов", "es", "ς"]))
            elif (mark := re.search(r"\+([A-Za-z0-9_-]+)$", word)) and mark.start() > 0:
                endings = affixes.suffixes.get(mark.group(1), ("",))
                word = word[: mark.start()] + draw(st.sampled_from(endings))
            word = "".join(
                draw(st.sampled_from(_APOSTROPHES)) if c in "'’ʼ‘"
                else draw(st.sampled_from(_HYPHENS)) if c in "-‐‑‒–" else c
                for c in word
            )  # fmt: skip
            words.append(draw(st.sampled_from([word, word.upper(), word.lower(), word.title()])))
        written = draw(st.sampled_from([" ", "\n", "\u00a0"])).join(words)
        prefix: str = draw(st.sampled_from(("", *affixes.prefixes)))
        written = prefix + written
    before = draw(st.sampled_from(["", "In ", "«", "the ", "Ь"]))
    after = draw(st.sampled_from(["", ".", " and more", "»", "ing"]))
    return language.split("-")[0], before + written + after


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_form_texts())
def test_a_form_pattern_matches_only_where_the_text_has_what_it_needs(
    language_text: tuple[str, str],
) -> None:
    language, text = language_text
    folded = fold_in_place(text)
    keyed = case_key(folded)
    finder = _finder()
    for key in sorted(_gazetteer().terms):
        for form in finder.term_patterns(key, language):
            if form.needs is not None and form.pattern.search(folded):
                assert any(need in keyed for need in form.needs), (key, text, form.needs)
    for rules in _gazetteer().rules:
        for form in finder._form_patterns(rules, language):
            if form.needs is not None and form.pattern.search(folded):
                assert any(need in keyed for need in form.needs), (rules.key, text, form.needs)


@pytest.mark.parametrize(
    ("form", "needs"),
    [("Zhanaozen", "Zhanaozen"), ("Жанаозен+m", "Жанаозен"), ("забастовк*", "забастовк"),
     ("Alma-Ata", "Alma"), ("workers' strike", "workers"), ("re:19[0-9]{2}", None),
     ("- '", None)],
)  # fmt: skip
def test_form_needs(form: str, needs: str | None) -> None:
    assert form_needs(form) == needs


def _brute_force_mentions(document: Document) -> tuple[Mention, ...]:
    """The event finder with every pattern run (what the prefilter replaces)."""
    finder = EventFinder(_gazetteer())
    finder._patterns = _unfiltered(finder._patterns)  # type: ignore[method-assign]
    return finder.find_mentions(document)


def _unfiltered(
    patterns: Callable[..., tuple[FormPattern, ...]],
) -> Callable[..., tuple[FormPattern, ...]]:
    def every(*args: object) -> tuple[FormPattern, ...]:
        return tuple(FormPattern(form.pattern, None) for form in patterns(*args))

    return every


@cache
def _event_documents() -> tuple[Document, ...]:
    documents = [d for folder in _FOLDERS for d in read_folder(folder, workers=1)[0]]
    events = _TESTS / "data" / "events"
    for path in sorted(events.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        language = path.name.split("_", 1)[0]
        version = Version(language, Span(0, len(text)), title=text.split("\n", 1)[0])
        documents.append(
            Document(name=path.name, sha256="0" * 64, text=text, genre="statement",
                     versions=(version,))
        )  # fmt: skip
    return tuple(documents)


def test_event_prefilter_finds_what_brute_force_finds_in_the_test_documents() -> None:
    finder = EventFinder(_gazetteer())
    documents = _event_documents()
    found = [finder.find_mentions(d) for d in documents]
    assert any(found)
    assert found == [_brute_force_mentions(d) for d in documents]


# ---------------------------------------------------------------------- country names


@cache
def _country_pattern() -> re.Pattern[str]:
    """One regular expression of every country form, the longest first (what the set replaces),
    starting and ending outside a word, or at a letter of a script written without spaces."""
    _, _, forms, _ = countries._tables()
    every = sorted(forms, key=len, reverse=True)
    unspaced, marks = countries.UNSPACED, WORD_MARKS
    start = rf"(?:(?<![\w{marks}])|(?<=[{unspaced}])|(?=[{unspaced}]))"
    end = rf"(?:(?![\w{marks}])|(?<=[{unspaced}])|(?=[{unspaced}]))"
    return re.compile(start + "(" + "|".join(re.escape(f) for f in every) + ")" + end)


def _brute_force_forms(normal: str) -> list[str]:
    return [m.group(1) for m in _country_pattern().finditer(normal)]


@cache
def _country_forms() -> list[str]:
    return sorted(countries._tables()[2])


@st.composite
def _country_texts(draw: st.DrawFn) -> str:
    """Country names and adjectives run together, cut, and between words and apostrophes."""
    pieces = []
    for _ in range(draw(st.integers(1, 6))):
        form = draw(st.sampled_from(_country_forms()))
        if draw(st.integers(0, 4)) == 0:
            cut = draw(st.integers(0, len(form)))
            form = form[:cut] if draw(st.booleans()) else form[cut:]
        pieces.append(form)
        pieces.append(draw(st.sampled_from([" ", "'", " l'", "s ", "", " of the ", "-"])))
    return country_key("".join(pieces))


@settings(max_examples=500, deadline=None)
@given(_country_texts())
def test_country_forms_are_found_as_the_regular_expression_finds_them(normal: str) -> None:
    assert countries._forms_in(normal) == _brute_force_forms(normal)


def test_country_forms_in_the_test_documents() -> None:
    for document in _event_documents():
        normal = country_key(document.text)
        assert countries._forms_in(normal) == _brute_force_forms(normal)


@cache
def _index() -> AuthorityIndex:
    return AuthorityIndex(_authority())


def _brute_force_nearest(index: AuthorityIndex, query: str) -> list[tuple[int, float]]:
    scored = process.extract(
        query, index._names, scorer=fuzz.ratio, limit=SIMILAR, score_cutoff=SIMILAR_NEAR
    )
    return [(at, score) for _, score, at in scored]


@st.composite
def _near_names(draw: st.DrawFn) -> str:
    """A normalised name of the authority with letters cut, added or changed: of every length
    around the bounds the search compares by, and names alike (ties) among the found."""
    name = draw(st.sampled_from(_index()._names))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(name)))
        how = draw(st.sampled_from(["cut", "add", "change"]))
        letter = draw(st.sampled_from(["a", "e", "x", " ", "ø", "ш"]))
        if how == "cut":
            name = name[:at] + name[at + 1 :]
        else:
            name = name[:at] + letter + name[at + (how == "change") :]
    return name


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_near_names())
def test_the_similar_names_are_those_found_among_all_names(query: str) -> None:
    index = _index()
    assert index._nearest(query) == _brute_force_nearest(index, query)


def test_a_name_of_nine_letters_meets_one_of_six_and_of_thirteen() -> None:
    # at the bounds themselves: "abcdef" is all of "abcdefxyz" (2 * 6 / 15 = 80 %), the name
    # of thirteen letters has all nine (2 * 9 / 22 = 81.8 %); five letters (71.4 %) and
    # fourteen (78.3 %) are too few and too many
    names = {"a": "Abcdef", "b": "Abcdefxyzqrst", "c": "Abcde", "d": "Abcdefxyzqrstu"}
    index = AuthorityIndex(Authority(tuple(AuthorityEntry(k, n) for k, n in names.items())))
    found = index._nearest("abcdefxyz")
    assert [index._names[at] for at, _ in found] == ["abcdefxyzqrst", "abcdef"]
    assert found == _brute_force_nearest(index, "abcdefxyz")
