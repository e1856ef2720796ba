"""Stated totals: how many signatories a text says there are ("50 communist and workers' parties
subscribe", "le 41e parti a signé", "över 60 partier har undertecknat").

A total is a number, in digits (an ordinal too: ``41e``, ``41st``) or in words of
``vocabulary.yaml``'s ``number_words``, followed within a few words by a word for an organisation
(party, union, organisation, ... in any language of ``orgwords.yaml``), in a sentence that speaks
of signing. The first such number in the text is the total.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..model.folding import fold
from .cues import vocabulary
from .names import generic_plural, is_qualifier, is_type_word
from .text import WordSet

__all__ = ["number_value", "stated_total"]

#: A number in digits, perhaps an ordinal (``41e``, ``41st``, ``41º``, ``41.``).
_NUMBER = re.compile(r"^(\d{1,4})(?:e|er|eme|ème|st|nd|rd|th|º|ª|°|\.|η|ος|ο|-?[eé]?me)?$")
_TOKEN = re.compile(r"[\w'’\-.ºª°]+")
#: How many words may stand between the number and the organisation word ("50 communist and
#: workers' parties").
_GAP = 4


@cache
def _numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for value, forms in vocabulary()["number_words"].items():
        for form in forms:
            table[fold(str(form))] = int(value)
    return table


@cache
def _signing() -> WordSet:
    return WordSet(vocabulary()["signing_words"])


@cache
def _joins() -> frozenset[str]:
    data = vocabulary()
    return frozenset(fold(w) for w in [*data["and_words"], *data["statement_joins"]]) | {"من"}


@cache
def _and() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary()["and_words"])


def number_value(token: str) -> int | None:
    """The number a token writes, in digits or in words (``50``, ``41e``, ``fifty``, ``три``)."""
    return _value(token)


@lru_cache(maxsize=1 << 14)
def _value(token: str) -> int | None:
    match = _NUMBER.match(token)
    value = int(match.group(1)) if match else _numbers().get(fold(token))
    return value if value is not None and 1 < value < 1000 else None


def _in_sentence(sentence: str) -> int | None:
    tokens = [t.strip(".,;:") for t in _TOKEN.findall(sentence)]
    for k, token in enumerate(tokens):
        value = _value(token)
        if value is None:
            continue
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not token[0].isdigit() and token.islower() and following[:1].isupper():
            continue  # "dos Partidos Comunistas": a word of a name, not "two"
        after = k + 1
        units = _value(tokens[k + 2]) if k + 2 < len(tokens) else None
        if units is None and k + 2 < len(tokens) and _NUMBER.match(tokens[k + 2]) is None:
            units = _numbers().get(fold(tokens[k + 2]))
        if (
            not token[0].isdigit()
            and value >= 20
            and value % 10 == 0
            and fold(following) in _and()
            and units is not None
            and units < 10
        ):
            value += units  # "trinta e sete", "cuarenta y dos"
            after = k + 3
        for word in tokens[after : after + 1 + _GAP]:
            if is_type_word(word) or generic_plural(word):
                return value
            # only words that describe the organisations may stand between ("communist and")
            if not (is_qualifier(word) or fold(word) in _joins()):
                break
    return None


def stated_total(paragraphs: list[str]) -> int | None:
    """The number of signatories the first of ``paragraphs`` that states one gives, or ``None``."""
    signing = _signing()
    for paragraph in paragraphs:
        # a sentence ends at a full stop, question or exclamation mark followed by a space
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            if not signing.count(sentence):
                continue
            value = _in_sentence(sentence)
            if value is not None:
                return value
    return None
