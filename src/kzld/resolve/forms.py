"""The form syntax of the event gazetteer: how a written form becomes a regular expression.

A form is a name or a cue word as it may appear in a text, with a little notation for inflection
(documented at the top of ``authority/events.yaml``): words separated by spaces (matching any run
of white space), a trailing ``*`` for a stem, a trailing ``+set`` for a named suffix set of the
language, ``'`` for any apostrophe, ``-`` for any hyphen, ``re:`` for a raw regular expression.
Forms written wholly in capitals are abbreviations and match case-sensitively. Every form matches
only as whole words (Unicode ``\\w`` boundaries), after any proclitic prefix of the language.
Forms and texts are compared without accents (:func:`~kzld.model.folding.fold_in_place`), since
accents move in inflection (Greek ``υγραέριο``/``υγραερίου``) and are not always written
(Russian ``ё``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import FormError
from ..model.folding import case_key, fold_in_place

__all__ = [
    "Affixes",
    "FormPattern",
    "compile_form_patterns",
    "compile_forms",
    "form_needs",
    "form_pattern",
    "is_abbreviation",
]

#: What a space in a form matches: any run of white space, no-break spaces and line breaks included.
_SPACE = r"[\s\u00a0\u202f]+"
#: What ``'`` and ``-`` in a form match.
_APOSTROPHE = "['’ʼ‘`´]"
_HYPHEN = "[-‐‑‒–—]"
_SUFFIX_MARK = re.compile(r"\+([A-Za-z0-9_-]+)$")


@dataclass(frozen=True, slots=True)
class Affixes:
    """A language's inflection data: proclitic prefixes and named suffix sets."""

    prefixes: tuple[str, ...] = ()
    suffixes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def is_abbreviation(form: str) -> bool:
    """Whether ``form`` is written wholly in capitals (and so matches case-sensitively)."""
    letters = [c for c in form if c.isalpha()]
    return (
        len(letters) >= 2
        and all(not c.islower() for c in letters)
        and any(c.isupper() for c in letters)
    )


def _alternation(options: Iterable[str]) -> str:
    ordered = sorted(set(options), key=lambda o: (-len(o), o))
    return "(?:" + "|".join(re.escape(o) for o in ordered) + ")"


def _literal(text: str) -> str:
    out: list[str] = []
    for char in text:
        if char in "'’ʼ‘":
            out.append(_APOSTROPHE)
        elif char in "-‐‑‒–":
            out.append(_HYPHEN)
        else:
            out.append(re.escape(char))
    return "".join(out)


def _word(word: str, affixes: Affixes) -> str:
    if word.endswith("*") and len(word) > 1:
        return _literal(word[:-1]) + r"\w*"
    marked = _SUFFIX_MARK.search(word)
    if marked and marked.start() > 0:
        name = marked.group(1)
        if name not in affixes.suffixes:
            known = ", ".join(sorted(affixes.suffixes)) or "none"
            raise FormError(f"unknown suffix set '+{name}' (this language has: {known})")
        return _literal(word[: marked.start()]) + _alternation(affixes.suffixes[name])
    return _literal(word)


def form_pattern(form: str, affixes: Affixes = Affixes()) -> str:
    """The regular expression (without flags) that ``form`` stands for, boundaries included."""
    body: str
    if form.startswith("re:"):
        body = form[3:]
        try:
            re.compile(body)
        except re.error as error:
            raise FormError(f"bad regular expression {body!r}: {error}") from error
        body = f"(?:{body})"
    else:
        words = form.split()
        if not words:
            raise FormError("empty form")
        body = _SPACE.join(_word(word, affixes) for word in words)
    prefix = ""
    if affixes.prefixes:
        prefix = _alternation(affixes.prefixes) + "?"
    return rf"(?<!\w){prefix}{body}(?!\w)"


#: The characters of a form that match any of several characters (see :func:`_literal`).
_CLASSES = re.compile("['’ʼ‘\\-‐‑‒–]")


def form_needs(form: str) -> str | None:
    """The longest stretch of plain text that every match of ``form`` contains (``None`` when
    nothing is certain, as in a raw expression): a word, or the part of one before a stem mark,
    a suffix mark, an apostrophe or a hyphen."""
    if form.startswith("re:"):
        return None
    runs: list[str] = []
    for word in form.split():
        marked = _SUFFIX_MARK.search(word)
        if word.endswith("*") and len(word) > 1:
            word = word[:-1]
        elif marked and marked.start() > 0:
            word = word[: marked.start()]
        runs.extend(_CLASSES.split(word))
    return max(runs, key=len, default="") or None


@dataclass(frozen=True, slots=True)
class FormPattern:
    """A compiled pattern of some forms, and what a text must contain for it to match there:
    one of ``needs``, as case keys (:func:`kzld.model.folding.case_key`), or, when ``needs`` is
    ``None``, nothing known."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...] | None


def _fewest(needs: Iterable[str]) -> tuple[str, ...]:
    """``needs`` without those containing another (a text holding them holds the other too)."""
    kept: list[str] = []
    for need in sorted(set(needs), key=lambda n: (len(n), n)):
        if not any(k in need for k in kept):
            kept.append(need)
    return tuple(kept)


def compile_forms(
    forms: Sequence[str], affixes: Affixes = Affixes()
) -> tuple[re.Pattern[str], ...]:
    """One or two patterns matching any of ``forms`` in a text folded in place
    (:func:`~kzld.model.folding.fold_in_place`): case-sensitive abbreviations, the rest ignoring
    case. Longer forms are tried first."""
    return tuple(form.pattern for form in compile_form_patterns(forms, affixes))


def compile_form_patterns(
    forms: Sequence[str], affixes: Affixes = Affixes()
) -> tuple[FormPattern, ...]:
    """The patterns of :func:`compile_forms`, each with what a text needs for it to match."""
    folded = Affixes(
        tuple(fold_in_place(p) for p in affixes.prefixes),
        {
            name: tuple(fold_in_place(s) for s in options)
            for name, options in affixes.suffixes.items()
        },
    )
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    patterns: list[FormPattern] = []
    for chosen, flags in (
        ([fold_in_place(f) for f in ordered if is_abbreviation(f)], 0),
        ([fold_in_place(f) for f in ordered if not is_abbreviation(f)], re.IGNORECASE),
    ):
        if chosen:
            body = "|".join(form_pattern(f, folded) for f in chosen)
            pattern = re.compile(_first_characters(chosen, folded) + f"(?:{body})", flags)
            needs = [form_needs(f) for f in chosen]
            known = [case_key(n) for n in needs if n is not None]
            patterns.append(FormPattern(pattern, _fewest(known) if None not in needs else None))
    return tuple(patterns)


def _first_characters(forms: Sequence[str], affixes: Affixes) -> str:
    """A look-ahead for the characters a match can start with: it lets the regular expression
    engine skip most positions of a text quickly. Empty when a form is a raw expression."""
    if any(f.startswith("re:") for f in forms):
        return ""
    firsts: set[str] = set()
    for text in (*forms, *affixes.prefixes):
        char = text[0]
        if char in "'’ʼ‘":
            firsts.update("'’ʼ‘`´")
        elif char in "-‐‑‒–":
            firsts.update("-‐‑‒–—")
        else:
            firsts.add(char)
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
