"""SPARQL syntax errors that explain themselves: where, what was found, and what is missing.

oxigraph's parser reports a position and the alternatives its grammar tried last ("expected one
of LATERAL, SERVICE, [_]" for a triple pattern without an object), which says little to a person.
:func:`explain` reads the query's tokens and says what is wrong in the terms of the query: a
prefix that is not declared, a bracket left open or closed twice, a triple pattern that lacks its
predicate or object, a string or IRI that does not end, a misspelt query form; otherwise the token
found at the parser's position. Every explanation names the line and column (1-based). (IRIs and
strings are told apart as :mod:`kzld.rdf.sparql` tells them.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..rdf.sparql import IRI_PATTERN, STRING_PATTERN, line_column

__all__ = ["Explanation", "explain"]

_TOKEN = re.compile(
    r"""
    (?P<space>\s+|\#[^\n]*)
  | (?P<iri>"""
    + IRI_PATTERN
    + r""")
  | (?P<string>"""
    + STRING_PATTERN
    + r""")
  | (?P<open_string>["'])
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00C0-\uFFFD][\w.\-\u00B7]*)?:(?:[\w\-:%.\\\u00B7]*[\w\-:%\\])?)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<word>@?[A-Za-z_][\w-]*)
  | (?P<blank>_:[\w.\-]*|\[\s*\])
  | (?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\];,.*/|^!=<>+\-?])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
_PROLOGUE = ("PREFIX", "BASE")
_PAIRS = {"}": "{", ")": "(", "]": "["}
_POSITION = re.compile(r"at (\d+):(\d+)")
#: Terms of a triple pattern (``a`` is rdf:type).
_TERMS = ("iri", "string", "var", "pname", "number", "blank")


@dataclass(frozen=True)
class Explanation:
    """What is wrong with a query, and where (1-based)."""

    reason: str
    line: int | None
    column: int | None


#: What a check finds wrong: the offset in the query where it is, and the reason.
_Fault = tuple[int, str]


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    offset: int


def explain(text: str, parser_message: str) -> Explanation:
    """The explanation of the syntax error oxigraph reported as ``parser_message`` in ``text``."""
    tokens = list(_tokens(text))
    found = _POSITION.search(parser_message)
    where = _offset(text, int(found.group(1)), int(found.group(2))) if found else None
    for check in (_unended, _undeclared, _brackets, _form, _short_patterns, _operators, _by):
        fault = check(text, tokens)
        if fault is not None:
            return _here(text, *fault)
    if where is None:
        return Explanation(_POSITION.sub("", parser_message).strip(": "), None, None)
    return _here(text, *_at_position(text, tokens, where))


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.lastgroup or "other", m.group(), m.start())
        for m in _TOKEN.finditer(text)
        if m.lastgroup != "space"
    ]


def _offset(text: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return len(text)
    return min(start + column - 1, len(text))


def _here(text: str, offset: int, reason: str) -> Explanation:
    line, column = line_column(text, offset)
    return Explanation(reason, line, column)


def _unended(text: str, tokens: list[_Token]) -> _Fault | None:
    for token in tokens:
        if token.kind == "open_string":
            return token.offset, f"the string that starts with {token.text} never ends"
        if token.kind == "punct" and token.text == "<":
            bad = re.match(r"<([^\s<>=?$][^<>\n?$]*)>", text[token.offset :])
            if bad and re.search(r"[\s\"{}|^`]", bad.group(1)):
                return token.offset, (
                    f"{_show(bad.group())} is not an IRI: an IRI holds no spaces, quotes or "
                    "braces (write %20 for a space)"
                )
    return None


def _undeclared(text: str, tokens: list[_Token]) -> _Fault | None:
    declared = set()
    for before, token in pairwise(tokens):
        if before.kind == "word" and before.text.upper() == "PREFIX" and token.kind == "pname":
            declared.add(token.text.partition(":")[0])
    for index, token in enumerate(tokens):
        if token.kind != "pname" or (index and tokens[index - 1].text.upper() == "PREFIX"):
            continue
        prefix = token.text.partition(":")[0]
        if prefix not in declared:
            return token.offset, (
                f"the prefix {prefix}: of {_show(token.text)} is not declared; add "
                f"PREFIX {prefix}: <...> before the query"
            )
    return None


def _brackets(text: str, tokens: list[_Token]) -> _Fault | None:
    opened: list[_Token] = []
    for token in tokens:
        if token.kind != "punct":
            continue
        if token.text in ("{", "(", "["):
            opened.append(token)
        elif token.text in _PAIRS:
            if not opened:
                return token.offset, f"found {_show(token.text)}, which closes nothing"
            last = opened.pop()
            if last.text != _PAIRS[token.text]:
                line, column = line_column(text, last.offset)
                return token.offset, (
                    f"found {_show(token.text)} where the {_show(last.text)} opened at line "
                    f"{line}, column {column} should be closed first"
                )
    if opened:
        last = opened[-1]
        line, column = line_column(text, last.offset)
        return len(text.rstrip()), (
            f"the query ends with the {_show(last.text)} opened at line {line}, column "
            f"{column} still open"
        )
    return None


def _form(text: str, tokens: list[_Token]) -> _Fault | None:
    index = 0
    while index < len(tokens) and tokens[index].text.upper() in _PROLOGUE:
        index += 3 if tokens[index].text.upper() == "PREFIX" else 2
    if index >= len(tokens):
        return len(text), "the query has no SELECT, CONSTRUCT, DESCRIBE or ASK"
    first = tokens[index]
    if first.text.upper() in _FORMS:
        return None
    return first.offset, (
        f"found {_show(first.text)} where the query should start with SELECT, CONSTRUCT, "
        "DESCRIBE or ASK (after its PREFIX and BASE declarations)"
    )


def _short_patterns(text: str, tokens: list[_Token]) -> _Fault | None:
    """A triple pattern with fewer than three terms (after ``;`` two, after ``,`` one)."""
    run: list[_Token] | None = []
    need = 3
    values = 0  # inside a VALUES block: data, not patterns
    for token in tokens:
        if values:
            if token.text in ("{", "}"):
                values += 1 if token.text == "{" else -1
                if values == 1 and token.text == "}":
                    values = 0
            continue
        if token.kind == "word" and token.text.upper() == "VALUES":
            values, run = 1, None
            continue
        if token.kind in _TERMS or (token.kind == "word" and token.text == "a"):
            if run is not None:
                run.append(token)
            continue
        if token.kind == "punct" and token.text in ("{", "}", ".", ";", ","):
            if run and len(run) < need and token.text != "{":
                lacks = "an object" if len(run) == need - 1 else "a predicate and an object"
                written = " ".join(t.text for t in run)
                return token.offset, (
                    f"the triple pattern {_show(written)} lacks {lacks}: found {_show(token.text)}"
                )
            need = {";": 2, ",": 1}.get(token.text, 3)
            run = []
            continue
        run = None  # a keyword, a bracket or an expression: not a plain triple pattern
    return None


#: Operators that need a value on each side.
_BINARY = frozenset({"=", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "/"})


def _operators(text: str, tokens: list[_Token]) -> _Fault | None:
    for token, after in pairwise(tokens):
        if token.kind == "punct" and token.text in _BINARY and after.text in (")", ",", "}"):
            return after.offset, (
                f"the operator {_show(token.text)} lacks the value on its right: found "
                f"{_show(after.text)}"
            )
    return None


def _by(text: str, tokens: list[_Token]) -> _Fault | None:
    for token, after in zip(tokens, [*tokens[1:], None], strict=False):
        ordering = token.kind == "word" and token.text.upper() in ("ORDER", "GROUP")
        if ordering and (after is None or after.text.upper() != "BY"):
            found = "the end of the query" if after is None else _show(after.text)
            offset = len(text) if after is None else after.offset
            return offset, f"{token.text.upper()} needs BY after it: found {found}"
    return None


def _at_position(text: str, tokens: list[_Token], offset: int) -> _Fault:
    """The token at the parser's ``offset`` (or the end of the query)."""
    following = [t for t in tokens if t.offset >= offset]
    if following:
        return offset, f"found {_show(following[0].text)}, which does not fit here"
    before = [t for t in tokens if t.offset < offset]
    after = f" after {_show(before[-1].text)}" if before else ""
    return len(text), f"the query ends{after} where more is needed"


def _show(fragment: str) -> str:
    fragment = " ".join(fragment.split())
    return "`" + (fragment if len(fragment) <= 40 else fragment[:39] + "…") + "`"
