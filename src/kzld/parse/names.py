"""How much a phrase looks like the name of an organisation.

The evidence, each kept apart so that a caller can weigh it (:class:`NameEvidence`):

- type words (party, union, front, movement, ...) and qualifiers (communist, workers', ...) in
  every language of ``orgwords.yaml``;
- capitalised words, and abbreviations (``PCRF``, ``ΚΚΕ``, ``(PR-ByH)``), bracketed or not;
- a country's name or adjective (CLDR through Babel, and ``authority/countries.yaml``);
- a name, form or abbreviation the organisation authority knows (``authority/organisations.yaml``),
  and its abbreviated type words ("CP of ...", ``authority/typewords.yaml``);
- against it: words of prose (pronouns, verbs), sentence length, a closing full stop.

:func:`name_score` folds the evidence into one number from 0 (prose, a fragment) to 1 (a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import babel
from babel import Locale

from ..derived import kept
from ..model.addresses import holds_address
from ..model.countries import LANGUAGES, names_country
from ..model.folding import country_key as normalise
from ..model.folding import fold
from ..model.yamlio import safe_load
from ..resources import authority_dir
from .cues import folded_words, vocabulary, word_file
from .reading import reading
from .remembered import remembered
from .text import WordSet, has_case, words

__all__ = [
    "NameEvidence",
    "and_of_the_language",
    "cuts_a_known_name",
    "evidence",
    "generic_plural",
    "given_named",
    "is_abbreviation",
    "is_bare_type_word",
    "is_furniture_word",
    "is_initialled_person",
    "is_name_join",
    "is_person",
    "is_post",
    "is_qualifier",
    "is_role_word",
    "is_type_word",
    "known_name",
    "links_a_name",
    "name_score",
    "name_shaped",
    "not_and",
    "of_an_organisation",
    "opens_a_word",
    "owns_what_follows",
    "person_line",
    "person_shaped",
    "persons_organisation",
    "post_length",
    "speaks_for_organisation",
    "surname_cased",
]

#: Arabic-script prefixes taken off before looking a word up (article, conjunction).
_ARABIC_PREFIXES = ("وال", "ال", "و")
_ABBR_TOKEN = re.compile(r"^[^\W_][\w./&'-]*$")
#: A sentence ending inside a phrase ("Hands off the NCPY! The Parties").
_INNER_SENTENCE = re.compile(r"\w[!?]\s+\w|[a-zà-ÿ]{3}\.\s+[A-ZÀ-Ý]")
#: Two or more capital initials with full stops (``K.K.``), perhaps before a word.
_INITIALS = re.compile(r"^(?:[^\W\d_a-zа-яα-ω]\.){2,}(?:[^\W\d_][\w-]*)?$")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    types: WordSet
    qualifiers: WordSet
    plurals: WordSet
    person_titles: frozenset[str]
    prose: frozenset[str]
    furniture: frozenset[str]
    joins: frozenset[str]
    given_names: frozenset[str]


def _forms(value: Any) -> list[str]:
    return [str(form) for forms in (value or {}).values() for form in forms]


#: The fewest letters a type word keeps before a case ending, or ends a compound with.
_SHORTEST_STEM = 4
_SHORTEST_COMPOUNDED = 6


def _case_forms(form: str, drop: int, endings: list[str]) -> set[str]:
    """The folded ``form`` of a type word (a stem when it ends with ``*``) in its cases: each
    ending after it and after it with up to ``drop`` last letters fewer."""
    base = form.rstrip("*")
    stems = [base[: len(base) - k] for k in range(drop + 1)]
    return {
        stem + ending
        for stem in stems
        if len(stem) >= _SHORTEST_STEM
        for ending in endings
        if ending
    }


def _mutated(form: str, mutations: dict[str, list[str]]) -> set[str]:
    """The folded ``form`` with its first letters as each mutation writes them."""
    found: set[str] = set()
    for letters, written in mutations.items():
        if form.startswith(letters):
            found.update(w + form[len(letters) :] for w in written)
    return found


def _type_forms(data: dict[str, Any]) -> list[str]:
    """Every form of the type words of ``orgwords.yaml``: as written, in the case forms of their
    language, mutated, and as the end of a compound where the language compounds them."""
    cases = data.get("case_forms") or {}
    compounds = {str(c) for c in data.get("compounds") or []}
    mutations = data.get("mutations") or {}
    found: list[str] = []
    for language, forms in (data["types"] or {}).items():
        rule = cases.get(language) or {}
        for raw in forms:
            form = fold(str(raw))
            endings = [fold(str(e)) for e in rule.get("endings", [])]
            inflected = _case_forms(form, int(rule.get("drop", 0)), endings)
            written = {form, *inflected}
            for each in list(written):
                written.update(_mutated(each.rstrip("*"), mutations.get(language) or {}))
            found += sorted(written)
            if language in compounds and len(form.rstrip("*")) >= _SHORTEST_COMPOUNDED:
                found += ["*" + w.rstrip("*") for w in sorted({form, *inflected})]
    return found


@cache
def _lexicon() -> _Lexicon:
    data = word_file("orgwords.yaml")
    return _Lexicon(
        WordSet(_type_forms(data)),
        WordSet(_forms(data["qualifiers"])),
        WordSet(_forms(data["plurals"])),
        frozenset(fold(w) for w in data["person_titles"]),
        frozenset(fold(w) for w in _forms(data["prose_words"])),
        frozenset(fold(w) for w in data["furniture_words"]),
        frozenset(fold(w) for w in data["name_joins"]),
        frozenset(fold(w) for w in _forms(data["given_names"])),
    )


@remembered(kept=1 << 15)
def _kind_of(word: str) -> str | None:
    """``"types"``, ``"qualifiers"`` or ``None`` for one folded word."""
    lexicon = _lexicon()
    candidates = [word]
    candidates += [word[len(p) :] for p in _ARABIC_PREFIXES if word.startswith(p)]
    if "-" in word:  # "Xandu-Partei", "Zetel-İş"
        candidates += [part for part in word.split("-")[1:] if part]
    for kind, forms in (("types", lexicon.types), ("qualifiers", lexicon.qualifiers)):
        if any(forms.matches(form) for form in candidates):
            return kind
    return None


def is_type_word(word: str) -> bool:
    """True when ``word`` says what kind of organisation something is (party, union, ...)."""
    return _kind_of(fold(word)) == "types"


def is_bare_type_word(word: str) -> bool:
    """True when ``word`` is a type word or a qualifier and nothing more ("Unione", "Party",
    "Comunistas"; not the compounds "Zetambiente", "Xandpeace"): alone, it names no one."""
    lexicon = _lexicon()
    folded = fold(word)
    return lexicon.types.inflects(folded) or lexicon.qualifiers.inflects(folded)


@cache
def _countries() -> tuple[str, ...]:
    """The first words of the territories' names in the languages of :data:`LANGUAGES` but
    :data:`_COMMON_OPENINGS`, folded (CLDR through Babel). Reading them takes Babel about a
    second (each language's locale data): they are kept between runs
    (:func:`~kzld.derived.kept`)."""
    return kept("names/countries", _gathered_countries, list, _countries_read, libraries=(babel,))


#: Locales whose territories' names open with a common word of their language ("Uni Emirat
#: Arab", "Perserikatan Bangsa-Bangsa": "union", "united" in Indonesian). Their first words would
#: make a cut "Uni" a word of its own and a whole "Pers" (press) the start of one, so they are not
#: among the words that tell a cut word; the resolver still reads their countries' names.
_COMMON_OPENINGS = frozenset({"id"})


def _gathered_countries() -> tuple[str, ...]:
    names = {
        fold(name).split()[0]
        for language in LANGUAGES
        if language not in _COMMON_OPENINGS
        for name in Locale.parse(language).territories.values()
        if name
    }
    return tuple(sorted(names))


def _countries_read(kept: list[str]) -> tuple[str, ...]:
    if not all(isinstance(name, str) for name in kept):
        raise ValueError("not a list of words")
    return tuple(kept)


def opens_a_word(word: str, others: set[str], types: bool = True) -> bool:
    """True when the folded ``word`` is no word of its own but the start of a longer one: of
    ``others``, of a country's name, or (unless ``types`` is false) of a type word or qualifier
    (``Yugosla``, ``Travai``)."""
    if len(word) < 1 or _kind_of(word) is not None or word in _countries():
        return False
    if any(w.startswith(word) and w != word for w in others):
        return True
    if any(c.startswith(word) and c != word for c in _countries()):
        return True
    # a short word that only opens a type word or a qualifier ("Co", "P"); a longer one may be a
    # word of its own ("Travail" opens "travailleurs")
    lexicon = _lexicon()
    if not types or len(word) > 4:
        return False
    return lexicon.types.opens(word) or lexicon.qualifiers.opens(word)


def cuts_a_known_name(text: str) -> bool:
    """True when ``text`` is the start of a name the authority knows, cut inside a word
    (``Workers' Party of Xan`` of ``Workers' Party of Xandia``). A whole last word is no cut,
    though a longer name goes on (``Parti du Travail`` of ``Parti du Travail de X``), and a word
    that merely opens a word of some known name is none either (``Home`` of ``homeless``): the
    authority holds hundreds of names, and nearly every short word opens one of their words."""
    key = normalise(text)
    if len(key) < 3:
        return False
    return any(k.startswith(key) and len(k) > len(key) and k[len(key)].isalnum() for k in _known())


def is_qualifier(word: str) -> bool:
    """True when ``word`` often qualifies an organisation's name (communist, workers', ...)."""
    return _kind_of(fold(word)) == "qualifiers"


@remembered()
def generic_plural(word: str) -> bool:
    """True when ``word`` is a plural type word (``parties``, ``Parteien``, ``κόμματα``)."""
    return _lexicon().plurals.matches(fold(word))


@remembered()
def is_abbreviation(token: str) -> bool:
    """Capitals (and digits) in any script: ``CPSA``, ``PR-ByH``, ``CPA/ML``, ``БКП``, ``ΚΚΕ``."""
    token = token.strip("()[],;:")
    if _INITIALS.match(token):  # "Κ.Κ.Τουρκίας", "P.C.F."
        return True
    token = token.strip(".")
    if not _ABBR_TOKEN.match(token) or not (token[0].isupper() or token[0].isdigit()):
        return False
    capitals = sum(1 for c in token if c.isupper())
    letters = sum(1 for c in token if c.isalpha())
    return capitals >= 2 and capitals * 2 >= letters and (letters <= 7 or not token.isalpha())


@cache
def _contractions() -> frozenset[str]:
    """The abbreviated type words of the organisation authority (``contractions`` of
    ``authority/typewords.yaml``: "CP", "WP"), folded; a name holds one only with other words."""
    try:
        text = (authority_dir() / "typewords.yaml").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(fold(str(word)) for word in (safe_load(text) or {}).get("contractions") or {})


@cache
def _known() -> frozenset[str]:
    """Normalised names, forms and abbreviations of the organisation authority, kept between
    runs under the file's text (:func:`~kzld.derived.kept`): parsing it costs the reader's
    first text about 0.2 s."""
    path = authority_dir() / "organisations.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return kept("names/known", lambda: _gathered_known(text), sorted, _known_read, inputs=(text,))


def _known_read(kept: list[str]) -> frozenset[str]:
    if not all(isinstance(name, str) for name in kept):
        raise ValueError("not a list of names")
    return frozenset(kept)


def _gathered_known(text: str) -> frozenset[str]:
    data = safe_load(text) or {}
    found: set[str] = set()
    for entry in data.get("organisations") or []:
        if not isinstance(entry, dict):
            continue
        values: list[Any] = [entry.get("name"), *(entry.get("forms") or [])]
        values += list(entry.get("abbreviations") or [])
        for names in (entry.get("names") or {}).values():
            values += names if isinstance(names, list) else [names]
        found.update(normalise(str(v)) for v in values if v)
    return frozenset(f for f in found if len(f) >= 3)


def known_name(text: str) -> bool:
    """True when ``text`` (or its part before a bracket) is a name the authority knows."""
    known = _known()
    head = re.split(r"\s*[(\[]", text, maxsplit=1)[0]
    return normalise(text) in known or (bool(head) and normalise(head) in known)


@dataclass(frozen=True, slots=True)
class NameEvidence:
    """What a phrase holds that speaks for or against its being an organisation's name."""

    words: int
    types: int
    qualifiers: int
    abbreviation: bool
    country: bool
    capitals: float
    prose: int
    known: bool
    sentence: bool
    lower_start: bool = False

    @property
    def own_words(self) -> bool:
        """True when the phrase's own words say it is an organisation's name: a type word, an
        abbreviation or a name the authority knows (not capitals or a country alone)."""
        return bool(self.types or self.abbreviation or self.known)

    @property
    def score(self) -> float:
        """The evidence as one number from 0 (not a name) to 1 (surely a name)."""
        if self.words == 0:
            return 0.6 if self.abbreviation else 0.0
        score = 0.0
        if self.types:
            score += 0.55
        if self.qualifiers:
            score += 0.2 if self.qualifiers == 1 else 0.3
        if self.abbreviation:
            score += 0.3
        if self.country:
            score += 0.15
        score += 0.25 * self.capitals
        if self.known:
            score += 0.6
        score -= 0.2 * self.prose
        if self.sentence:
            score -= 0.3
        if self.lower_start:
            score -= 0.3
        if self.words > 20:
            score -= 0.4
        elif self.words > 12 and not self.types:
            score -= 0.3
        return max(0.0, min(1.0, score))


def _capitals(words: list[str]) -> float:
    """The share of capitalised words among the longer words (0.5 when the script has no case)."""
    long = [w for w in words if len(w) >= 4]
    cased = [w for w in long if has_case(w[0])]
    if not long:
        return 1.0 if words and all(w[:1].isupper() for w in words) else 0.0
    if not cased:
        return 0.5
    return sum(1 for w in cased if w[0].isupper()) / len(cased)


@remembered(kept=1 << 14)
def evidence(text: str) -> NameEvidence:
    """The evidence that ``text`` names an organisation."""
    found = words(text)
    folded = [fold(w) for w in found]
    # a plural type word ("parties") describes many organisations: it is no evidence of a name
    kinds = [None if _lexicon().plurals.matches(w) else _kind_of(w) for w in folded]
    # a type word or a qualifier of several words ("liên đoàn", federation, "cộng sản",
    # communist, in a language whose words are its syllables) counts as one, at its first word
    lexicon = _lexicon()
    kinds = [
        "types"
        if kind is None and lexicon.types.phrase_at(folded, k)
        else "qualifiers"
        if kind is None and lexicon.qualifiers.phrase_at(folded, k)
        else kind
        for k, kind in enumerate(kinds)
    ]
    # an abbreviated type word before a word that joins a name ("CP of Xandia", "PC di
    # Zetlandia") says what kind of organisation the name is, as the words it stands for would
    kinds = [
        "types"
        if kind is None
        and folded[k] in _contractions()
        and k + 1 < len(found)
        and is_name_join(found[k + 1])
        else kind
        for k, kind in enumerate(kinds)
    ]
    prose_words = _lexicon().prose
    tokens = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ").split()
    long = [w for w in found if len(w) >= 4]
    if len(long) >= 2 and sum(w.isupper() for w in long) >= 0.8 * len(long):
        # a line in capitals throughout: only a bracketed word or one after a dash may be an
        # abbreviation ("PARTITO COMUNISTA DI XANDIA – XKK", "PARTIDO COMUNISTA DE ZETLANDIA (ZKP)")
        pairs: list[tuple[str, str]] = re.findall(r"\(([^()\s]+)\)|[–—-]\s+(\S+)\s*$", text)
        tokens = [a or b for a, b in pairs]
    return NameEvidence(
        words=len(found),
        types=kinds.count("types"),
        qualifiers=kinds.count("qualifiers"),
        abbreviation=any(is_abbreviation(t) for t in tokens),
        country=names_country(text),
        capitals=_capitals(found),
        prose=sum(
            1 for w, f in zip(found, folded, strict=True) if w.islower() and f in prose_words
        ),
        known=known_name(text),
        sentence=(text.rstrip().endswith((".", "!", "?")) and len(found) > 8)
        or bool(_INNER_SENTENCE.search(text)),
        lower_start=bool(found) and found[0][0].islower() and text.lstrip()[:1].isalpha(),
    )


@cache
def _roles() -> tuple[tuple[str, ...], ...]:
    forms = [tuple(fold(str(r)).rstrip("*").split()) for r in vocabulary()["signer_roles"]]
    return tuple(sorted(set(forms), key=len, reverse=True))


#: The fewest letters of a role that closes a compound ("Gewerkschaftssekretär"), and of a
#: role read at a word's start; the most letters of an ending after it ("Sekretärin").
_ROLE_IN_COMPOUND, _SHORTEST_ROLE, _ROLE_ENDING = 6, 4, 2


@cache
def _role_words() -> dict[int, frozenset[str]]:
    """The roles of one word of ``person_roles`` and ``signer_roles``, folded, by their length
    (of :data:`_SHORTEST_ROLE` letters or more: a shorter one is read in no word)."""
    forms = {fold(str(r)).rstrip("*") for r in vocabulary()["person_roles"]}
    forms |= {" ".join(role) for role in _roles()}
    by_length: dict[int, set[str]] = {}
    for form in forms:
        if " " not in form and len(form) >= _SHORTEST_ROLE:
            by_length.setdefault(len(form), set()).add(form)
    return {size: frozenset(found) for size, found in by_length.items()}


def is_role_word(word: str) -> bool:
    """True when ``word`` is a person's role (a role of one word of ``person_roles`` or
    ``signer_roles``), perhaps with an ending ("Sekretärin") or closing a compound
    ("Gewerkschaftssekretär", "Betriebsratsvorsitzende"): what a person is, not a name. A role
    is read where it last stands in the word, its end at most :data:`_ROLE_ENDING` letters
    before the word's: each length of a role asks the word's few pieces of that length that
    end there, the last first, in place of looking for each of the hundreds of roles."""
    folded = fold(word)
    last = len(folded)
    for size, roles in _role_words().items():
        seen: set[str] = set()  # a role met again nearer the start stands last further on
        for end in range(last, max(last - _ROLE_ENDING, size) - 1, -1):
            at = end - size
            role = folded[at:end]
            if role in roles and role not in seen:
                if size >= (_ROLE_IN_COMPOUND if at else _SHORTEST_ROLE):
                    return True
                seen.add(role)
    return False


#: A bracket and what it holds.
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def of_an_organisation(part: str) -> bool:
    """True when ``part`` of a run of names in a script without capitals holds a person's post
    ("अध्यक्ष", chair) or a genitive after its last type word (:func:`owns_what_follows`): a
    person or an office of an organisation, which signs for it, and no name."""
    return any(map(is_role_word, words(part))) or owns_what_follows(part)


def owns_what_follows(part: str) -> bool:
    """True when a genitive particle follows the last type word of ``part`` ("X पार्टी के ...",
    "XKP के ...", "X جماعت کے ...": of the X Party, of the XKP), or any word of a part without
    one: the organisation owns what follows (its leader, its office), and the part is no name;
    a genitive before the type word is the name's own ("भारत की ... पार्टी"), and so is a short
    form in brackets after it, whatever its letters ("X पार्टी (एक्स. के. पी.)")."""
    found = words(_BRACKETED.sub(" ", part))
    typed = [k for k, w in enumerate(found) if is_type_word(w)]
    genitive = folded_words("genitive_particles")
    after = found[typed[-1] + 1 :] if typed else found
    return any(fold(w) in genitive for w in after)


def is_post(text: str) -> bool:
    """True when ``text`` is one of the posts of ``signer_roles`` (``cues.yaml``) and nothing
    more, read as :func:`person_line` reads a post (:func:`_fills`: "Genel Başkanı",
    "pirmininkė")."""
    found = text.split()
    if not found or len(found) > len(_roles()[0]):
        return False
    folded = [fold(t.strip(",.()")) for t in found]
    return post_length(folded, 0) == len(folded)


def _fills(folded: list[str], role: tuple[str, ...]) -> bool:
    """True when the ``folded`` words are the post ``role``: every word as written there but the
    last, which may be inflected."""
    return len(folded) == len(role) and all(
        w.startswith(r) if k == len(role) - 1 else w == r
        for k, (w, r) in enumerate(zip(folded, role, strict=True))
    )


@cache
def _posts() -> tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[str, ...]]:
    """The posts of :func:`_roles` of several words under their first word (each list the
    longest first), and the posts of one word: what :func:`post_length` tries."""
    longer: dict[str, list[tuple[str, ...]]] = {}
    for role in _roles():
        if len(role) > 1:
            longer.setdefault(role[0], []).append(role)
    single = tuple(role[0] for role in _roles() if len(role) == 1)
    return {first: tuple(roles) for first, roles in longer.items()}, single


def post_length(folded: list[str], start: int) -> int:
    """How many of the ``folded`` words from the ``start``-th are a post (:func:`_fills`), the
    longest post first; 0 when none. Only the posts whose first word is the ``start``-th word
    are tried (a post's words but its last are written as they are)."""
    longer, single = _posts()
    for role in longer.get(folded[start], ()):
        if _fills(folded[start : start + len(role)], role):
            return len(role)
    return 1 if folded[start].startswith(single) else 0


#: A person's name (two to four capitalised words) and, after a comma or a dash, the rest.
_PERSON = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}?)\s*(?:,\s*|\s[–—-]\s+)(?P<rest>\S.*)$"
)


def person_line(raw: str) -> tuple[str, int] | None:
    """How an entry such as ``Name Surname, general secretary of X`` reads.

    ``("signer", offset)`` when a person signs in a role that speaks for an organisation (its
    name starts at ``offset`` in ``raw``); ``("person", -1)`` when the entry is a person's in any
    other role (``..., member of the works council at X``); ``None`` when it is no person's.
    """
    match = _PERSON.match(raw)
    if not match:
        return None
    name = match.group("name")
    if not all(w[:1].isupper() for w in name.split()):
        return None
    if _speaks_for_organisation_as_person(name):
        return None
    rest = match.group("rest")
    if rest[:1].isupper() and speaks_for_organisation(rest) and not person_shaped(name):
        return None  # "Die Violetten – Für Xandia SH": a name and its gloss, no person's line
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", rest)]
    folded = [fold(t.strip(",.()")) for _, t in tokens]
    for start in range(min(3, len(tokens))):
        length = post_length(folded, start)
        if length:
            k = start + length
            while k < len(tokens) and folded[k] in folded_words("post_joins"):
                k += 1
            if k < len(tokens) and tokens[k][1][:1].isupper():
                return "signer", match.start("rest") + tokens[k][0]
            return "person", -1
    lowered = [t for _, t in tokens[:6] if t[:1].islower()]
    return ("person", -1) if lowered else None


def name_score(text: str) -> float:
    """How much ``text`` looks like an organisation's name, from 0 to 1."""
    return evidence(text).score


def is_person(text: str) -> bool:
    """True when ``text`` opens with a person's title (``Dr``, ``Comrade``, ``Genossin``) and a
    name after it: a title alone names nobody ("MP" may be an organisation's abbreviation)."""
    found = words(text)
    return len(found) > 1 and fold(found[0]) in _lexicon().person_titles


def is_furniture_word(text: str) -> bool:
    """True when ``text`` is one of the words of a website's furniture ("Home", "Inicio",
    "Share": ``furniture_words`` of ``orgwords.yaml``)."""
    return fold(text) in _lexicon().furniture


def is_name_join(word: str) -> bool:
    """True when ``word`` joins the words of a name in lower case ("of", "della", "en", "του"),
    or is a linking article of the text's language (:func:`links_a_name`: Albanian "të")."""
    folded = fold(word)
    return folded in _lexicon().joins or (folded in _any_linking() and links_a_name(word))


@cache
def _any_linking() -> frozenset[str]:
    """Every language's linking articles (``linking_articles``), folded."""
    return frozenset().union(*_by_language("linking_articles").values())


@cache
def _by_language(table: str) -> dict[str, frozenset[str]]:
    """A table of ``cues.yaml`` whose words are one language's each, by ISO 639-1 code, folded
    (``linking_articles``: the articles within a name; ``and_by_language``: the words for "and"
    that are common words of other languages)."""
    return {
        str(code): frozenset(fold(str(w)) for w in found)
        for code, found in vocabulary()[table].items()
    }


def _of_the_language(folded: str, table: str) -> bool:
    """True when ``folded`` is among ``table``'s words (:func:`_by_language`) of every language
    of the text being read (:func:`~kzld.parse.reading.reading`)."""
    languages = reading().languages
    words_of = _by_language(table)
    return bool(languages) and all(folded in words_of.get(code, ()) for code in languages)


def not_and(word: str) -> bool:
    """True when ``word``, a word for "and" in some language, joins no two names in the text
    being read: a linking article of its language (:func:`links_a_name`), or another word there
    (``not_and_by_language``: Dutch "en" is "in" in a Spanish or French text, "..., en Zedtown")."""
    return links_a_name(word) or _of_the_language(fold(word), "not_and_by_language")


def links_a_name(word: str) -> bool:
    """True when ``word`` is a linking article (``linking_articles``) of every language of the
    text being read: Albanian "e" and "i" ("Partia Socialiste e Xandisë"), Romanian "a"
    ("Confederația Națională a Sindicatelor") join the parts of one name in a text in that
    language, where Italian "e" or Czech "a" would join two."""
    return _of_the_language(fold(word), "linking_articles")


#: The most words between the comma of a list and the word for "and" that closes it.
_LISTED = 12
#: What ends a clause, and a list's item after a comma.
_CLAUSE_END = re.compile(r"[.;:!?\n]")
#: The first comma of a clause and a capital after it: a list going on.
_GOES_ON = re.compile(r"[^,]*,\s*[\"«“„(]?[^\W\d_a-z]")


def and_of_the_language(word: str, before: str, after: str) -> bool:
    """True when ``word``, between the texts ``before`` and ``after`` it, is the word for "and"
    that closes a list whose items commas part, in every language of the text being read, though
    ``and_words`` leaves it out as a common word of other languages (``and_by_language``:
    Swahili "na", Tagalog "at", Maltese "u"): in a Swahili text "X, Y na Z" are three names, in a
    Polish one "Stowarzyszenie na Rzecz X" is one. Without a comma before it in its clause, a few
    words back, or with a capital after the first comma after it there (the list goes on: "X,
    Chama cha Zetu na Xandia, Y"), it may be a word of a name and joins none. A capital only
    after a later comma is the clause's own ("X, Y si Z se afirma ca ... legi, conventii si
    tratate, Constitutia ...")."""
    folded = fold(word)
    if folded != word or not any(
        folded in found for found in _by_language("and_by_language").values()
    ):
        return False  # asked of the reading only for a word that may be one
    clause = _CLAUSE_END.split(before)[-1]
    if "," not in clause or len(clause.rsplit(",", 1)[1].split()) > _LISTED:
        return False
    if _GOES_ON.match(_CLAUSE_END.split(after, maxsplit=1)[0]):
        return False
    return _of_the_language(folded, "and_by_language")


@remembered(kept=1 << 14)
def name_shaped(text: str) -> bool:
    """True when ``text`` has the form of a name in a list, whatever its words: short, opening
    with a capital (or in a script without capitals), no sentence and no word of prose, its longer
    words mostly capitalised or the evidence of a name there (a type word, an abbreviation, a
    country, a name the authority knows). "Xandpeace", "Zee en Land" and "Zetlands Freds"
    are; "Stop the war now", "read more" and "Roma, 15 aprile 2017" are not."""
    found = words(text)
    if not found or len(found) > 18:
        return False
    first = text.lstrip("«“\"'(")[:1]
    if not first or (first.isalpha() and not first.isupper() and has_case(first)):
        return False
    if fold(found[0]) in _lexicon().furniture or (
        len(found) == 1 and fold(found[0]) in _lexicon().prose
    ):
        return False
    found_evidence = evidence(text)
    strong = found_evidence.own_words
    # a word of prose in one language may be a name's word in another ("das" in Portuguese)
    if found_evidence.prose > (1 if strong else 0):
        return False
    if found_evidence.sentence or holds_address(text):
        return False
    if sum(c.isdigit() for c in text) > 4:
        return False  # a date, a telephone number
    if (
        found_evidence.types
        or found_evidence.abbreviation
        or found_evidence.known
        or found_evidence.country
    ):
        return True
    if len(found) > 12:
        return False  # a long phrase is a name only on the evidence of its words
    if len(found) >= 3 and all(w.isupper() for w in found if len(w) >= 4):
        return False  # a slogan in capitals ("CESSATE IL FUOCO SUBITO")
    long = [w for w in found if len(w) >= 4 and not is_name_join(w)]
    cased = [w for w in long if has_case(w[0])]
    if not cased:
        return bool(long) or all(w[:1].isupper() for w in found)
    return sum(1 for w in cased if w[0].isupper()) * 2 > len(cased)


def speaks_for_organisation(text: str) -> bool:
    """True when something in ``text`` speaks for an organisation: a type word, a qualifier, an
    abbreviation, a country or a name the authority knows."""
    found = evidence(text)
    return bool(
        found.types or found.qualifiers or found.abbreviation or found.country or found.known
    )


def person_shaped(text: str) -> bool:
    """True when ``text`` has the form of a person's name: two or three capitalised words and
    nothing that speaks for an organisation (no type word, qualifier, abbreviation, country or
    known name, no word joining words of a name)."""
    found = words(text)
    if not 2 <= len(found) <= 3 or not all(w[:1].isupper() and w[1:2].islower() for w in found):
        return False
    if any(is_name_join(w) for w in found) or re.search(r"[()\[\]&/\d]", text):
        return False  # a joining word, a bracket or a number ("Articolo 1 – Mdp") is no person's
    return not _speaks_for_organisation_as_person(text)


def _speaks_for_organisation_as_person(name: str) -> bool:
    """:func:`speaks_for_organisation` of ``name`` read as a person's name may be: a given name
    that opens it and is a country's word too (Italian "Maurizio", Greek "Γεωργία") is the
    person's given name, so only the words after it may name a country ("Maurizio Zettini" is
    a person's, "Maurizio Xandia" still names a country)."""
    found = evidence(name)
    if found.types or found.qualifiers or found.abbreviation or found.known:
        return True
    if not found.country:
        return False
    first = words(name)[:1]
    if not first or fold(first[0]) not in _lexicon().given_names:
        return True
    rest = name[name.index(first[0]) + len(first[0]) :]
    return names_country(rest)


#: A bracket closing a person's name, and the spaces before it: their role or their body
#: ("Luca Ypsini (XAP Zetgrado)").
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)\W*$")


def given_named(text: str) -> bool:
    """True when ``text`` is a person's name by its words, perhaps with a bracket after it
    (their role or their body: "Luca Ypsini (XAP Zetgrado)"): written as one
    (:func:`person_shaped`: two or three capitalised words, nothing of an organisation) and
    opening with a given name (``given_names`` of ``orgwords.yaml``: "Paolo Zettini", "Anna
    Xandova"). A body's name written as a person's ("Zee Land") opens with none."""
    name = _BRACKET_AFTER.sub("", text)
    found = words(name)
    return bool(found) and fold(found[0]) in _lexicon().given_names and person_shaped(name)


#: One person's name written with initials: one or two capital initials, each closed by a full
#: stop, two parted by a space (the surname perhaps glued on: "A.ZET"; "X.Y." glued is an
#: abbreviation's form), then a surname of one to three words of two letters or more, each
#: opening with a capital ("A. Zet", "A. B. DE ZET", "A. Roe van Zet" with a joining word inside).
_INITIALLED = re.compile(
    r"^(?P<initials>[^\W\d_]\.(?:\s+[^\W\d_]\.)?)\s*(?P<surname>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})$"
)
#: What closes a line of a person's name and is no part of it (a bar, a comma, a full stop).
_NAME_CLOSE = " \t|,;.·"


def _initialled(name: str) -> bool:
    """True when ``name`` is one person's name as :data:`_INITIALLED` writes it, its initials
    capitals of a script with capitals, its surname's words capitalised but for words joining a
    name's words inside it, and nothing in the surname that speaks for an organisation (a type
    word, a qualifier, a country or a name the authority knows; a surname in capitals may read
    as an abbreviation, so that is no evidence here)."""
    match = _INITIALLED.match(name)
    if match is None:
        return False
    letters = [c for c in match["initials"] if c.isalpha()]
    if not all(has_case(c) and c.isupper() for c in letters):
        return False
    surname = match["surname"].split()
    if not surname[-1][:1].isupper() or not surname[0][:1].isupper():
        return False
    if any(sum(c.isalpha() for c in w) < 2 for w in surname):
        return False
    if any(not (w[:1].isupper() or is_name_join(w)) for w in surname):
        return False
    found = evidence(match["surname"])
    return not (found.types or found.qualifiers or found.country or found.known)


def is_initialled_person(text: str) -> bool:
    """True when ``text`` is a line of persons' names written with initials and a surname, one
    or several parted by a slash ("A. ZET", "M.ROE", "B. DE ZET / C. YPSI"), a bar or a comma
    closing it: a leader's line under the lines of the bodies they lead, which names a person,
    never an organisation, in any script written with capitals ("Ж. ЗЕТОВ")."""
    parts = [
        p.strip().rstrip(_NAME_CLOSE).strip() for p in text.strip().rstrip(_NAME_CLOSE).split("/")
    ]
    return bool(parts) and all(_initialled(p) for p in parts)


#: A person's name, then in brackets the organisation they sign for ("Ana Zetti (XWF)"),
#: a bracket perhaps inside it ("ANA ZET (Xandia (Ypsilon) Party)"), perhaps a closing
#: quotation mark after it (the last line of a quoted statement).
_PERSON_BRACKET = re.compile(
    r"^(?P<person>[^()]+?)\s*\((?P<org>[^()]+(?:\([^()]*\)[^()]*)*)\)\s*[.,;]?[\"”»’']?$"
)


def surname_cased(name: list[str]) -> str:
    """A person's name of these words with a surname (or the whole name) in capitals written as
    a name is ("Jane ROE" -> "Jane Roe"): no abbreviation."""
    return " ".join(w.capitalize() if w.isupper() else w for w in name)


#: A word of a person's name as written: a capital, then letters (a hyphen or an apostrophe
#: among them: "DeZet", "O'Xan"), or an initial ("P.").
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_'’-]*[^\W\d_]|\.)?$")


def persons_organisation(raw: str, alike: bool = False) -> tuple[int, str] | None:
    """Where the organisation starts in an entry that gives a person's name and then, in
    brackets, their organisation ("Ana Zetova (Xandia Workers' Party)", a sign-off in capitals
    "ANA ZETOVA (Xandia Workers' Party)"), and its name. ``alike`` when the entry stands among
    entries of that form whose persons read as persons: its person's name need only be written
    as theirs are, two to four capitalised words, an initial among them ("Ivan P. DeZet"),
    whatever the words say (a surname may be spelt as a country's name is), but no type word
    ("Xandia Green Party (Zedtown branch)" is an organisation and its branch)."""
    match = _PERSON_BRACKET.match(raw)
    if not match:
        return None
    person = match.group("person")
    found = person.split()
    if alike and 2 <= len(found) <= 4 and not evidence(person).types:
        written = all(_NAME_WORD.match(w) and w[:1].isupper() for w in found)
        if written and not all(w.isupper() for w in found):
            return _bracketed(match)
    # a name in capitals is a person's only with two words of three letters or more, none of
    # them an abbreviation once cased as a name ("XKP ZWU" stays two abbreviations)
    capitals = [w for w in person.split() if w.isupper()]
    cased = surname_cased(person.split()) if all(len(w) >= 3 for w in capitals) else person
    if not (person_shaped(person) or (capitals and person_shaped(cased))):
        return None
    return _bracketed(match)


def _bracketed(match: re.Match[str]) -> tuple[int, str]:
    """Where the organisation in the brackets of a :data:`_PERSON_BRACKET` match starts, and
    its name."""
    org = match.group("org")
    return match.start("org") + len(org) - len(org.lstrip()), org.strip()
