"""Language detection of prose: by its script where one language alone writes it, else with lingua
among the languages of the genre that write that script, and then, between close neighbours that
trigrams confuse, by evidence that is a fact about each language (``languages.yaml``).

A sample's words say its script (a letter of Chinese, Japanese or Korean is a word of its own).
Greek, Hebrew, Georgian, Armenian, Korean, Thai, Tamil, Telugu, Gujarati, Gurmukhi (Punjabi),
Malayalam, Kannada, Odia, Sinhala, Khmer, Lao, Burmese (the Myanmar script), Bengali (or
Assamese, by its own letters) and Amharic (the Ethiopic script; or Tigrinya, by its own letters and
words) are each the only language of the genre in their script, and Japanese is the only one with
kana: a sample in one of them is in that language, and no detector is asked.
Chinese characters without kana are Chinese. A sample in the Latin, Cyrillic, Arabic or Devanagari
script goes to a lingua detector of the languages of :data:`LANGUAGES` that write it, in
low-accuracy mode (trigram models only): it loads in half a second instead of ten, with a tenth of
the memory (the full models cost about 1 GB per process); ``bench/languages.py`` measures it. An
answer lingua itself doubts (its confidence under :data:`_SURE`, on a short line) is none.

Every language of the genre that lingua has is a candidate, close neighbours included; where the
first answer is one of a group of neighbours (Croatian, Bosnian and Serbian; Galician, Portuguese
and Spanish; Hindi, Marathi and Nepali; Azerbaijani and Turkish; Urdu, Persian and Arabic; Bokmål,
Nynorsk and Danish; Russian, Ukrainian and Belarusian; Bulgarian, Macedonian and Serbian; Afrikaans
and Dutch; Bengali and Assamese; Amharic and Tigrinya), the group's letters and words decide: the
neighbour whose evidence leads all the others. lingua lacks Galician and Nepali: they are found by
their evidence alone. A language the detector has no model of at all (Maltese, Luxembourgish,
Frisian, Faroese, Scottish Gaelic, Breton, Occitan, Kurmanji and Sorani Kurdish, Pashto, Sindhi,
Uyghur, Tajik, Uzbek, Tatar, Bashkir, Kyrgyz, Hausa, Yoruba, Igbo, Malagasy, Quechua: the list of
``languages.yaml``) is known by marks no language of the detector writes in that script (its
letters, its words, its article joined to the next word by a hyphen), before lingua is asked;
where the marks of several reach their share of the sample's words, the largest share decides
(Tajik and Uzbek both write ҳ). Where the evidence is silent or even, lingua's answer stands,
except where it is known to be blind: its trigrams answer Bosnian for Croatian, Serbian and Bosnian
alike, so there the text is tagged ``sh`` (Serbo-Croatian, the macrolanguage, wrong for none of
them), and Norwegian undecided between Bokmål and Nynorsk is ``no`` (Danish undecided stays Danish).
Serbian written ijekavian (as in Bosnia and Montenegro) is told from Bosnian only by its Cyrillic
letters or its Serbian words; without them it is tagged Bosnian.

:func:`detect_all` reads the lines of one text together: a line whose own evidence is too thin to
choose between neighbours takes the evidence of the text's other lines in the same group (a one-line
note in a Serbian statement is Serbian), while a line with clear evidence of its own keeps it (a
Galician paragraph in a Spanish text is Galician).

Only the first :data:`~kzld.limits.LANGUAGE_SAMPLE` characters of a text are looked at, cut at a
word's end: they decide as the whole does, and the detector's time grows with the length. Web
addresses, e-mail addresses, handles, numbers and a name in brackets spelling out the abbreviation
before it are no language: they are taken out before detecting, and a text with too few letters
left ("E-mail : press@example.org") has none.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import groupby
from typing import Any

from lingua import Language, LanguageDetectorBuilder

from ..limits import LANGUAGE_SAMPLE
from ..model.addresses import WEB_ADDRESS
from ..model.scripts import letter_script
from .cues import word_file

__all__ = ["LANGUAGES", "ONE_SCRIPT_LANGUAGES", "detect", "detect_all", "members"]

#: lingua language names the detector chooses among: every language lingua has in which
#: statements of the genre are published, close neighbours included (they are told apart by
#: the evidence of ``languages.yaml``). A language is never left out for want of a neighbour:
#: without Vietnamese a Vietnamese text is read as the nearest language the detector knows
#: (Icelandic), without Malay a Malay one as Indonesian. Left out: Latin and Esperanto, and
#: Yoruba and Maori, which take English lines of a few words ("Please enable JavaScript to view
#: the comments") on the tune split (``bench/languages.py``); Yoruba is known by its own marks
#: instead (``languages.yaml``, ``unmodelled``).
LANGUAGES = (
    "ENGLISH", "RUSSIAN", "SPANISH", "FRENCH", "GERMAN", "DUTCH", "ITALIAN", "PORTUGUESE",
    "ARABIC", "TURKISH", "GREEK", "UKRAINIAN", "BULGARIAN", "POLISH", "SWEDISH", "DANISH",
    "BOKMAL", "FINNISH", "CZECH", "SERBIAN", "CROATIAN", "ALBANIAN", "PERSIAN", "KAZAKH",
    "HUNGARIAN", "ROMANIAN", "CATALAN", "HINDI", "BENGALI", "HEBREW", "ARMENIAN", "GEORGIAN",
    "SLOVAK", "SLOVENE", "LITHUANIAN", "LATVIAN", "ESTONIAN", "ICELANDIC", "TAMIL", "BASQUE",
    "INDONESIAN", "JAPANESE", "KOREAN", "CHINESE", "THAI", "MALAY", "VIETNAMESE", "IRISH",
    "WELSH", "TAGALOG", "SWAHILI",
    # the close neighbours, told apart from the languages above by languages.yaml
    "BOSNIAN", "MACEDONIAN", "BELARUSIAN", "URDU", "AZERBAIJANI", "NYNORSK", "MARATHI",
    "AFRIKAANS",
    # more languages of the genre's statements
    "MONGOLIAN", "PUNJABI", "GUJARATI", "TELUGU", "SOMALI", "ZULU", "XHOSA", "SOTHO",
    "TSWANA", "TSONGA", "SHONA", "GANDA",
)  # fmt: skip

#: Scripts (the first word of a letter's Unicode name) that one language of the genre alone
#: writes, with its tag. Chinese characters are Japanese beside kana (see :func:`_cjk`).
_ONE_LANGUAGE = {
    "GREEK": "el", "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th", "TAMIL": "ta", "BENGALI": "bn",
    "CJK": "zh", "TELUGU": "te", "GUJARATI": "gu", "GURMUKHI": "pa", "MALAYALAM": "ml",
    "KANNADA": "kn", "ORIYA": "or", "SINHALA": "si", "KHMER": "km", "LAO": "lo",
    "MYANMAR": "my", "ETHIOPIC": "am",
}  # fmt: skip
#: The languages the detector tells by their script alone (:data:`_ONE_LANGUAGE`), not through
#: lingua: their month and weekday names are read as those of :data:`LANGUAGES` are.
ONE_SCRIPT_LANGUAGES = tuple(dict.fromkeys(_ONE_LANGUAGE.values()))
#: The scripts of several languages of :data:`LANGUAGES`, with lingua's languages of each.
_SHARED = {
    "LATIN": Language.all_with_latin_script,
    "CYRILLIC": Language.all_with_cyrillic_script,
    "ARABIC": Language.all_with_arabic_script,
    "DEVANAGARI": Language.all_with_devanagari_script,
}
#: The least share of kana among the Japanese and Chinese letters of a Japanese sample (a
#: Japanese sentence is a third kana or more; a Chinese one may quote a Japanese name).
_KANA = 0.1
#: lingua's least confidence in its answer: below it (a line of a few words that its trigrams
#: find in several languages) the line has no language.
_SURE = 0.5

#: What carries no language: web and e-mail addresses, handles, hashtags, numbers.
_NO_LANGUAGE = re.compile(rf"{WEB_ADDRESS.pattern}|\S+@\S+|[@#]\w+|\d[\d.,:/-]*")
#: An abbreviation in capitals and what is in brackets after it ("UPAC (Union Presidents Against
#: Contractualization)").
_SPELLED_OUT = re.compile(r"\b([^\W\d_]{2,8})\s*\(([^()]{3,160})\)")


def _without_spelled_out(sample: str) -> str:
    """``sample`` without the names in brackets that spell out the abbreviation before them, the
    initials of their capitalised words its letters ("UPAC (Union Presidents Against
    Contractualization)" in a Tagalog line): a name is written in any language, and says
    nothing of the line's."""

    def spelled(match: re.Match[str]) -> str:
        short, inside = match.group(1), match.group(2)
        initials = "".join(w[0] for w in inside.split() if w[:1].isupper())
        whole = short.isupper() and initials == short
        return match.group(1) + " " if whole else match.group()

    return _SPELLED_OUT.sub(spelled, sample) if "(" in sample else sample


#: The fewest letters a text needs to be given a language.
_LETTERS = 15
#: By how much a neighbour's evidence must lead the others' for a line to decide on its own
#: in :func:`detect_all`; the text's evidence together, and :func:`detect`'s one text, need 1.
_LINE_LEAD = 2


@dataclass(frozen=True)
class _Group:
    """Close neighbours and the evidence that tells them apart (one group of ``languages.yaml``)."""

    languages: tuple[str, ...]
    otherwise: str | None
    #: the detector's answers that :attr:`otherwise` replaces when the evidence is silent (all
    #: of the group's when empty); another answer then stands
    otherwise_of: frozenset[str]
    #: (letter, the languages that write it) for every letter of the group's evidence
    letters: tuple[tuple[str, frozenset[str]], ...]
    #: word forms: whole words, beginnings, endings and parts, each with its languages
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    starts: tuple[tuple[str, frozenset[str]], ...] = ()
    ends: tuple[tuple[str, frozenset[str]], ...] = ()
    parts: tuple[tuple[str, frozenset[str]], ...] = ()

    def evidence(self, sample: str) -> Counter[str]:
        """How many letters and words of ``sample`` speak for each language of the group."""
        scores: Counter[str] = Counter()
        folded = sample.casefold()
        for letter, languages in self.letters:
            hits = folded.count(letter)
            if hits:
                for language in languages:
                    scores[language] += hits
        for token in _tokens(folded):
            for language in self._languages_of(token):
                scores[language] += 1
        return scores

    def _languages_of(self, token: str) -> frozenset[str]:
        found = set(self.words.get(token, ()))
        for form, languages in self.starts:
            if token.startswith(form):
                found |= languages
        # an ending or a part is of a longer word (a stem with it)
        for form, languages in self.ends:
            if token != form and token.endswith(form):
                found |= languages
        for form, languages in self.parts:
            if token != form and form in token:
                found |= languages
        return frozenset(found)


class _Spaced(dict[int, int]):
    """A :meth:`str.translate` table writing a space for every character that is no letter or
    mark, filled on first use."""

    def __missing__(self, code: int) -> int:
        kept = self[code] = code if unicodedata.category(chr(code))[0] in "LM" else ord(" ")
        return kept


_SPACED = _Spaced()


def _tokens(text: str) -> list[str]:
    """The words of ``text``: its runs of letters and marks (Devanagari's vowel signs are marks,
    no word characters to ``re``, so ``\\w+`` would cut its words in pieces)."""
    return text.translate(_SPACED).split()


def _group(entry: dict[str, Any]) -> _Group:
    """One group of ``languages.yaml`` (or one language of its ``unmodelled`` list, a group of
    one whose ``letters`` and ``words`` are its own)."""
    languages_of = (lambda key: frozenset(key.split())) if "languages" in entry else None
    own = frozenset({entry["language"]}) if languages_of is None else frozenset()

    def keyed(table: Any) -> list[tuple[frozenset[str], Any]]:
        # a group keys its letters and words by languages; a language alone lists its own
        if languages_of is None:
            return [(own, table)] if table else []
        return [(languages_of(key), value) for key, value in (table or {}).items()]

    letters: list[tuple[str, frozenset[str]]] = []
    for languages, chars in keyed(entry.get("letters")):
        letters += [(c, languages) for c in chars]
    words: dict[str, frozenset[str]] = {}
    starts, ends, parts = [], [], []
    for languages, forms in keyed(entry.get("words")):
        for form in forms:
            form = form.casefold()
            if form.startswith("*") and form.endswith("*"):
                parts.append((form[1:-1], languages))
            elif form.startswith("*"):
                ends.append((form[1:], languages))
            elif form.endswith("*"):
                starts.append((form[:-1], languages))
            else:
                words[form] = languages
    return _Group(
        tuple(entry["languages"]) if languages_of else (entry["language"],),
        entry.get("otherwise"),
        frozenset(entry.get("otherwise_of") or ()),
        tuple(letters),
        words,
        tuple(starts),
        tuple(ends),
        tuple(parts),
    )


@cache
def _groups() -> dict[tuple[str, str], _Group]:
    """Each script and language of a group of ``languages.yaml``, with its group."""
    by_language: dict[tuple[str, str], _Group] = {}
    for entry in word_file("languages.yaml")["groups"]:
        group = _group(entry)
        for language in group.languages:
            by_language[entry["script"], language] = group
    return by_language


@dataclass(frozen=True)
class _Unmodelled:
    """A language the detector has no model of, known by marks of its own (``languages.yaml``,
    ``unmodelled``): letters and words, and the short words it joins to the next by a hyphen."""

    group: _Group
    joined: re.Pattern[str]
    #: the least share of a sample's words its marks must reach
    share: float

    @property
    def language(self) -> str:
        return self.group.languages[0]

    def reach(self, sample: str) -> float:
        """The share of ``sample``'s words its marks come to, or 0 where they are fewer than
        :data:`_MARKS` or under :attr:`share`."""
        folded = sample.casefold()
        words = len(_tokens(folded))
        marks = self.group.evidence(sample)[self.language]
        marks += len(self.joined.findall(folded))
        found = marks >= _MARKS and marks >= self.share * words
        return marks / max(words, 1) if found else 0.0


#: The fewest marks that make a sample a language the detector has no model of.
_MARKS = 3


@cache
def _unmodelled() -> dict[str, tuple[_Unmodelled, ...]]:
    """The languages of ``languages.yaml``'s ``unmodelled`` list, by script."""
    by_script: dict[str, list[_Unmodelled]] = {}
    for entry in word_file("languages.yaml").get("unmodelled") or ():
        joined = "|".join(re.escape(w.casefold()) for w in entry.get("joined") or ()) or "(?!)"
        pattern = re.compile(rf"(?<![^\W\d_])(?:{joined})[-\u2011](?=[^\W\d_])")
        found = _Unmodelled(_group(entry), pattern, float(entry["share"]))
        by_script.setdefault(entry["script"], []).append(found)
    return {script: tuple(found) for script, found in by_script.items()}


def _own_marks(script: str, sample: str) -> str | None:
    """The language without a model in the detector whose own marks reach their share of
    ``sample``'s words, the largest share where several do (Tajik and Uzbek share a letter)."""
    reached = [(u.reach(sample), u.language) for u in _unmodelled().get(script, ())]
    share, language = max(reached, default=(0.0, None))
    return language if share else None


def _decide(group: _Group, scores: Counter[str], lead: int) -> str | None:
    """The language of ``group`` whose evidence leads every other's by ``lead`` or more."""
    ranked = sorted((scores[language] for language in group.languages), reverse=True)
    if ranked[0] - ranked[1] < lead:
        return None
    return max(group.languages, key=lambda language: scores[language])


@cache
def _detector(script: str) -> Any:
    """lingua's low-accuracy detector of the languages of :data:`LANGUAGES` in ``script``."""
    ours = {getattr(Language, name) for name in LANGUAGES}
    return (
        LanguageDetectorBuilder.from_languages(*(ours & set(_SHARED[script]())))
        .with_low_accuracy_mode()
        .build()
    )


def _cjk(scripts: Counter[str]) -> str:
    kana = scripts["HIRAGANA"] + scripts["KATAKANA"]
    return "ja" if kana >= _KANA * (kana + scripts["CJK"]) else "zh"


def _cut(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, without a word cut in two at the end."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    return head.rsplit(None, 1)[0] if not text[limit].isspace() and " " in head else head


@dataclass(frozen=True)
class _Reading:
    """A text's first answer (its script's, or lingua's), and its evidence among neighbours."""

    first: str | None
    group: _Group | None = None
    scores: Counter[str] = field(default_factory=Counter)


def _read(text: str, limit: int) -> _Reading:
    return _read_sample(_cut(text, limit))


@lru_cache(maxsize=1 << 12)
def _read_sample(cut: str) -> _Reading:
    """The reading of a text's sample (a text's lines and the text itself are asked about by
    several readers: each sample is read once; a reading is never changed)."""
    sample = _NO_LANGUAGE.sub(" ", _without_spelled_out(cut))
    scripts = Counter(letter_script(c) for c in sample if c.isalpha())
    if sum(scripts.values()) < _LETTERS:
        return _Reading(None)
    script = _words_by_script(sample).most_common(1)[0][0]
    if script in ("CJK", "HIRAGANA", "KATAKANA"):
        return _Reading(_cjk(scripts))
    if script in _ONE_LANGUAGE:
        first: str | None = _ONE_LANGUAGE[script]
    elif script in _SHARED:
        first = _own_marks(script, sample) or _lingua(script, sample)
    else:
        return _Reading(None)
    group = _groups().get((script, first)) if first else None
    if group is None:
        return _Reading(first)
    return _Reading(first, group, group.evidence(sample))


#: The scripts written without spaces, whose every letter is a word or a syllable of one.
_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


def _words_by_script(sample: str) -> Counter[str]:
    """How many words of ``sample`` each script writes: a letter of Chinese, Japanese or Korean
    is a word (or a syllable) of its own, a word of any other script is one. A Chinese line
    naming "Chrome、Firefox 或 Microsoft Edge" is Chinese, though it has more Latin letters."""
    found: Counter[str] = Counter()
    for token in _tokens(sample):
        for script, letters in groupby(letter_script(c) for c in token if c.isalpha()):
            found[script] += sum(1 for _ in letters) if script in _UNSPACED else 1
    return found


@lru_cache(maxsize=1 << 10)
def _lingua(script: str, sample: str) -> str | None:
    """lingua's answer for ``sample`` (ISO 639-1), or ``None`` when it is not sure (a line a
    site repeats on every page, its furniture or its signature, is asked about once)."""
    values = _detector(script).compute_language_confidence_values(sample)
    if not values or values[0].value < _SURE:
        return None
    code: str = values[0].language.iso_code_639_1.name.lower()
    return code


@cache
def members(tag: str) -> frozenset[str]:
    """The languages a detected ``tag`` stands for: itself, and for the tag of a macrolanguage
    given where the evidence is silent (``sh``; ``no``, which Bokmål is published as) each
    language of its group it is given for (``hr``, ``bs``, ``sr``; ``nb``, ``nn``)."""
    found = {tag}
    for group in _groups().values():
        if group.otherwise == tag:
            found.update(group.otherwise_of or group.languages)
    return frozenset(found)


def _tag(code: str) -> str:
    # Norwegian Bokmål is published as Norwegian, "no", as the reader always has
    return "no" if code == "nb" else code


def _settle(reading: _Reading, pooled: Counter[str] | None) -> str | None:
    if reading.group is None or reading.first is None:
        return reading.first
    group = reading.group
    found = _decide(group, reading.scores, 1 if pooled is None else _LINE_LEAD)
    if found is None and pooled is not None:
        found = _decide(group, pooled, 1)
    if found is None:
        replaced = not group.otherwise_of or reading.first in group.otherwise_of
        found = (group.otherwise if replaced else None) or reading.first
    return _tag(found)


def detect(text: str, limit: int = LANGUAGE_SAMPLE) -> str | None:
    """The BCP 47 tag of ``text``'s language, from its first ``limit`` characters, or ``None``
    when undecided or when it has too few letters once addresses and numbers are taken out."""
    return _settle(_read(text, limit), None)


def detect_all(texts: Sequence[str], limit: int = LANGUAGE_SAMPLE) -> list[str | None]:
    """The language of each of ``texts``, the lines of one text: as :func:`detect`, but a line
    whose own evidence does not choose between close neighbours takes the evidence of all the
    lines first answered in the same group of neighbours."""
    readings = [_read(text, limit) for text in texts]
    pooled: dict[tuple[str, ...], Counter[str]] = {}
    for reading in readings:
        if reading.group is not None:
            pooled.setdefault(reading.group.languages, Counter()).update(reading.scores)
    return [
        _settle(r, pooled[r.group.languages] if r.group is not None else None) for r in readings
    ]
