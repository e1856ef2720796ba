"""A run of names in running text: the names at the start of a text, joined by commas and words
for "and", each read to the first word that cannot be part of it (:func:`name_run`); names in
quotation marks after a word saying their kind (:func:`kind_quoted_runs`).

Where a name ends is told by its words (capitals, type words, joining words, a bracketed
abbreviation spelled by its initials, the adjectives after an Arabic noun); whether what was read
is a name is :mod:`.running`'s.
"""

from __future__ import annotations

import re
from functools import cache

from ..model.countries import country_code
from ..model.folding import fold
from .cues import folded_words
from .names import (
    generic_plural,
    is_abbreviation,
    is_bare_type_word,
    is_name_join,
    is_qualifier,
    is_role_word,
    is_type_word,
    not_and,
)
from .reading import reading
from .running import (
    Token,
    arabic_script,
    kind_after,
    kind_words,
    opens_name,
    prose_words,
    reads_as_name,
    spelled_back,
    spells,
    trimmed_name,
    uncased,
    unelided,
)
from .separators import SPACED_SEPARATORS, one_of
from .spans import (
    is_gloss,
    signing_words,
    speaks,
)
from .totals import number_value

__all__ = [
    "kind_quoted_runs",
    "name_run",
    "sentence_cased",
]


#: The marks that end a word: a comma or a semicolon, a colon, "!" or "?", a quotation mark.
_MARKS = SPACED_SEPARATORS + ':!?«»“”„"'
#: A word, or one mark of punctuation; a full stop is a word's own unless a space, a mark or the
#: end follows it.
_TOKEN = re.compile(
    rf"[^\s{re.escape(_MARKS)}]+?(?=\.?(?:\s|$|{one_of(_MARKS)}))|{one_of(_MARKS + '.')}"
)
#: The marks a name runs to and no further: those that end a word but the German opening
#: quotation mark, and a full stop.
_STOPS = _MARKS.replace("„", "") + "."


def _adjective(token: str) -> bool:
    """True when an Arabic-script word has the article and the ending of an adjective of relation
    ("الشيوعي", "الشعبية", "الكساني"), which follows the noun of a name (not a noun of that
    ending, "جمعية")."""
    definite = token.startswith(("ال", "وال", "لل"))
    return definite and token.endswith(("ي", "ية", "يين", "يون")) and not is_type_word(token)


#: The article and the prepositions and conjunction written onto it ("ال", "لل", "بال", "وال").
_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")


#: The languages that write Arabic's script without its article (their "ال" opens loanwords).
_WITHOUT_ARTICLE = frozenset({"fa", "ur", "ps", "ckb", "sd", "ug"})


def _definite(token: str) -> bool:
    """True when an Arabic-script word bears the article ("الائتلاف", "والتجمع", "للنقابات") in
    a text in Arabic (:func:`~kzld.parse.reading.reading`): Persian and Urdu have no article,
    their "ال" opens a loanword ("سازمان الحق را")."""
    if not (arabic_script(token) and token.startswith(_DEFINITE) and len(token) > 3):
        return False
    languages = reading().languages
    return "ar" in languages and not languages & _WITHOUT_ARTICLE


#: The pronouns Arabic writes onto a noun ("مندوبه": its delegate, "رئيسها": her president).
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


def _sentence_word(token: str) -> bool:
    """True when an Arabic-script word is the sentence's, not a name's: a word of prose
    (``prose_words``: "على", "هذه") or a noun with a pronoun written onto it ("مرشحاه"), and no
    word joining a name's words ("في", "من"), no type word, no qualifier, no country."""
    if not arabic_script(token) or token.startswith(_DEFINITE):
        return False
    if is_name_join(token) or is_type_word(token) or is_qualifier(token) or country_code(token):
        return False
    return fold(token) in prose_words() or (len(token) > 3 and token.endswith(_PRONOUN_SUFFIXES))


def _continues(token: str, next_token: str | None, previous: str | None) -> bool:
    """True when ``token`` may stand inside a name that goes on with ``next_token``."""
    if opens_name(token) or token.startswith("(") or token.endswith(")"):
        return True
    if uncased(token) and previous is not None and uncased(previous):
        # no capitals to end the name: it runs to the next comma (the adjectives after a noun),
        # but a noun after the adjectives opens what follows the name ("الحزب الشيوعي الكساني
        # الطبقة العاملة": the party, then the working class), unless a preposition "ل" or a
        # conjunction "و" joins it to the name ("الجبهة الشعبية للعمل والسلام")
        if _adjective(previous) and not token.startswith(("ل", "و")) and not _adjective(token):
            return is_type_word(token) or is_qualifier(token)
        if _definite(previous) and _sentence_word(token):
            # a noun with the article closes its phrase: a word of the sentence after it
            # ("التجمع مرشحاه", "الائتلاف على قاعدة") opens what follows the name
            return False
        return not signing_words().matches(fold(token))
    folded = fold(token)
    if is_type_word(token) or is_qualifier(token.strip("()")):
        return True
    if (
        previous is not None
        and previous[:1].islower()
        and (is_type_word(previous) or is_qualifier(previous))
        and (
            next_token is None
            or next_token in ",;."
            or fold(next_token) in folded_words("and_words")
        )
    ):
        return True  # "Parti communiste xandien," "Partido Comunista zetlandés y"
    if (
        re.fullmatch(r"\d+(?:[.,/]\d+)*", token)
        and previous is not None
        and opens_name(previous)
        and (
            next_token is None
            or next_token in ",;.–—-"
            or fold(next_token) in folded_words("and_words")
            or fold(next_token) in folded_words("and_before_capitals")
            or opens_name(next_token)
        )
    ):
        return True  # "Μέρα 25", "Articolo 1 – Mdp", "Comitato 3.32 dell’Aquila"
    if token in "–—-" and next_token is not None and opens_name(next_token):
        return True  # "Partei Xandiens – XKK"
    return (
        is_name_join(folded)
        and folded not in folded_words("topic_words")
        and next_token is not None
        and (opens_name(next_token) or is_name_join(next_token))
    )


def _and(token: str, ands: frozenset[str], following: str | None = None) -> bool:
    """True when ``token`` is a word for "and" (in lower case: "Y" in "Bund Y" is a name's); a
    word that is "and" in one language and a preposition in others (Czech and Slovak "a",
    Latvian "un") only before a capital ("Strana a Klub", not "Comitato a difesa"); never a
    linking article of the text's language, nor another word there
    (:func:`~kzld.parse.names.not_and`)."""
    if token[:1].isupper():
        return False
    folded = fold(token)
    if folded in ands:
        return not not_and(token)
    cased = folded in folded_words("and_before_capitals") and opens_name(following or "")
    return cased and not not_and(token)


def _capital_and(tokens: list[Token], k: int, ands: frozenset[str]) -> bool:
    """True when ``tokens[k]`` is a word for "and" in capitals, or "&", between two names in a
    line in capitals: a type word in capitals closes the name before it ("X WORKERS PARTY AND
    ZETA UNION", "... PARTY & Y FRONT") or opens the one after it ("PARTIDO X Y LA UNIÓN Z");
    "HOMELAND AND FREEDOM PARTY" is one name."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    token, previous, following = tokens[k][1], tokens[k - 1][1], tokens[k + 1][1]
    if token != "&" and not (token.isupper() and fold(token) in ands):
        return False
    closed = previous.isupper() and len(previous) > 1 and is_type_word(previous)
    # or a type word opens the next name, perhaps after an article ("... Y LA UNIÓN SINDICAL ...")
    after = tokens[k + 2][1] if k + 2 < len(tokens) and len(following) <= 3 else following
    opened = after.isupper() and len(after) > 1 and is_type_word(after)
    return (closed or opened) and following.isupper() and opens_name(following)


def _closing(tokens: list[tuple[int, str]], k: int) -> int | None:
    """The index of the token that closes a bracket opened by ``tokens[k]`` in a name, when it
    comes within a dozen words and no semicolon ("(Associazione per il rinnovamento ...)")."""
    if not tokens[k][1].startswith("(") or ")" in tokens[k][1]:
        return None
    for j in range(k + 1, min(len(tokens), k + 13)):
        if tokens[j][1] in ";:":
            return None
        if ")" in tokens[j][1]:
            return j if "(" not in tokens[j][1] else None
    return None


def _initials(word: tuple[int, str], stop: tuple[int, str]) -> bool:
    """True when a full stop right after ``word`` closes its initials ("BO.BI", "P.C")."""
    initials = re.fullmatch(r"(?:\w{1,3}\.)+\w{1,3}", word[1])
    return word[0] + len(word[1]) == stop[0] and initials is not None


class _TypeWords:
    """Whether a type word stands among the tokens of a name from its first to a given one,
    read once however often it is asked (a long name would otherwise be read again at each of
    its tokens)."""

    __slots__ = ("_first", "_read", "_tokens")

    def __init__(self, tokens: list[Token], start: int) -> None:
        self._tokens = tokens
        self._read = start
        self._first: int | None = None

    def before(self, k: int) -> bool:
        """True when a type word stands among the tokens from the name's first up to ``k``."""
        while self._first is None and self._read < k:
            if is_type_word(self._tokens[self._read][1]):
                self._first = self._read
            self._read += 1
        return self._first is not None and self._first < k


def _name_end(tokens: list[Token], start: int, ands: frozenset[str]) -> int:
    """The index after the last token of the name that opens at ``tokens[start]``."""
    typed = _TypeWords(tokens, start)
    k = start
    while k < len(tokens):
        token = tokens[k][1]
        following = tokens[k + 1][1] if k + 1 < len(tokens) else None
        closing = _closing(tokens, k) if k > start else None
        if closing is not None:
            k = closing + 1  # "ARS (Associazione per il rinnovamento della sinistra)"
            continue
        if token == "." and k > start and _initials(tokens[k - 1], tokens[k]):
            k += 1  # "BO.BI." (the full stop closes the initials, not the sentence)
            continue
        joins = _and(token, ands, following) or _capital_and(tokens, k, ands)
        if token in _STOPS or (joins and k > start):
            break
        if k > start and token.startswith("["):
            break  # an editor's gloss in square brackets after the name is none of its words
        if (
            k > start
            and fold(token) in folded_words("statement_words")
            and not is_type_word(following or "")
        ):
            break  # "Liaudies Partijos Pranešimas": the statement follows ("Çağrı Platformu" no)
        previous = tokens[k - 1][1] if k > start else None
        if previous is not None and previous.endswith(")") and token[:1].islower():
            break  # "İşçi Partisi (ZİP) işçi sınıfını": a bracketed abbreviation ends the name
        if previous is not None and _after_last_type(token, previous, typed, k):
            break
        if k > start and is_name_join(token) and _article_before_name(tokens, k + 1):
            k += 2  # "Câmara de Comércio para o Brasil", "Sociedade Para o Progresso"
        elif k == start or _continues(token, following, previous):
            k += 1
        elif _inner_words(tokens, k, start, typed) or _inner_words(tokens, k + 1, start, typed):
            k += 1  # "Parti du travail de Zetlande"
        elif _after_type_word(tokens, k, start, ands):
            k += 1  # "Союз учителей Зетландии", "Sindikat državnih organov Zetlandije"
        else:
            break
    return _spelled_out(tokens, start, k) or k


def _article_before_name(tokens: list[Token], k: int) -> bool:
    """True when ``tokens[k]`` is an article in lower case (``cues.yaml articles``: Portuguese
    "a", "o", "os", "as", which no list of joining words holds, as they are prepositions or
    conjunctions in other languages) and a name opens right after it."""
    if k + 1 >= len(tokens) or not tokens[k][1].islower() or is_name_join(tokens[k][1]):
        return False  # ("les", "la", "the": the joining words are read as such)
    return fold(tokens[k][1]) in folded_words("articles") and opens_name(tokens[k + 1][1])


def _spelled_out(tokens: list[Token], start: int, end: int) -> int | None:
    """The index after a bracketed abbreviation that comes soon after a name cut at
    ``tokens[end]``, with no comma between, when its letters are the initials of the name's
    capitalised words, or of its words in lower case too as :func:`.running.spelled_back` reads
    them: the name runs on to it ("Liga por la Defensa de los derechos civiles y por la Acción
    Ciudadana (LDAC)", "Asociace samostatných odborů (ASO)"); else ``None``."""
    for j in range(end, min(len(tokens), start + 20)):
        token = tokens[j][1]
        if token in _STOPS:
            return None
        if not token.startswith("("):
            continue
        letters = token.strip("()")
        if not (token.endswith(")") and is_abbreviation(letters) and letters.isupper()):
            return None
        found = [t for _, t in tokens[start:j]]
        return (
            j + 1 if spells(letters, found) or spelled_back(" ".join(found), letters) == 0 else None
        )
    return None


def _after_last_type(token: str, previous: str, typed: _TypeWords, k: int) -> bool:
    """True when ``token``, in a script without capitals that puts a name's type word last
    ("ভারতের কমিউনিস্ট পার্টি", "भारतीय कम्युनिस्ट पार्टी"), comes after that type word (or the
    bracket after it; ``typed``: the name's type words, ``token`` its ``k``-th token) and is none
    itself: the name ended there."""
    if not uncased(token) or arabic_script(token) or token.startswith("("):
        return False
    if is_type_word(token) or is_qualifier(token) or not typed.before(k):
        return False
    return is_type_word(previous) or previous.endswith(")")


def _inner_words(tokens: list[Token], k: int, start: int, typed: _TypeWords) -> bool:
    """True when the word ``tokens[k]``, in lower case after a joining word, stands inside a name
    that goes on in capitals after another joining word ("Parti du travail de Zetlande", "Party
    of the working people of X"), in a name that has a type word already (``typed``, of the name
    opening at ``tokens[start]``)."""
    if k - 1 <= start or k >= len(tokens) or not is_name_join(tokens[k - 1][1]):
        return False
    if not tokens[k][1][:1].islower() or is_name_join(tokens[k][1]):
        return False
    if not typed.before(k):
        return False
    for j in range(k + 1, min(k + 3, len(tokens))):
        token = tokens[j][1]
        if is_name_join(token) and token[:1].islower():
            return j + 1 < len(tokens) and opens_name(tokens[j + 1][1])
        if not token[:1].islower() or fold(token) in prose_words() or speaks(token):
            return False
    return False


def _after_type_word(tokens: list[Token], k: int, start: int, ands: frozenset[str]) -> bool:
    """True when the word ``tokens[k]``, in lower case, stands in the name opening at
    ``tokens[start]`` between a type word and the capitalised word that closes the name, as the
    languages that write a name in sentence case and put its complements in the genitive with no
    joining word do ("Союз учителей Зетландии", "Sindikat državnih organov Zetlandije"): a type
    word right before the lower-case words, at most three of them, each no word of the sentence
    (prose, joining, "and", speaking, signing, a statement's, a topic's), then a capital that
    closes the name."""
    j = k
    while j > start and _genitive(tokens[j - 1][1], ands) and not is_type_word(tokens[j - 1][1]):
        j -= 1
    if j == start or not is_type_word(tokens[j - 1][1]) or not _genitive(tokens[k][1], ands):
        return False
    for following in range(k + 1, min(len(tokens), j + 4)):
        token = tokens[following][1]
        if opens_name(token):
            after = tokens[following + 1][1] if following + 1 < len(tokens) else ""
            # the capital closes the name: no type word of its own, and no name goes on after
            # it ("İttifak protokolü Xandia Partisi": a noun in the sentence, then a name)
            named_on = opens_name(after) and not after.startswith("(")  # "(КПТ)" closes it
            # nor a joining word after it: the capital heads a phrase that goes on ("Bündnis als
            # Zusammenschluss von ...", German writing every noun with a capital); a word that is
            # "and" before a capital in the name's language is none ("Sindikat učiteljev Zetlandije
            # in Liga ...": Slovene "in")
            then = tokens[following + 2][1] if following + 2 < len(tokens) else None
            joined_on = is_name_join(after) and after.islower() and not _and(after, ands, then)
            closes = not (is_type_word(token) or is_type_word(after) or named_on or joined_on)
            return token.isalpha() and closes
        if not _genitive(token, ands):
            return False
    return False


def _genitive(token: str, ands: frozenset[str]) -> bool:
    """True when ``token`` is a word in lower case that may be a complement inside a name
    (:func:`_after_type_word`): letters only, no word of the sentence around the name."""
    if not (token.isalpha() and token.islower()):
        return False
    folded = fold(token)
    return not (
        folded in prose_words()
        or folded in ands
        or is_name_join(token)
        or speaks(token)
        or signing_words().matches(folded)
        or folded in folded_words("statement_words")
        or folded in folded_words("topic_words")
    )


def _joiner(tokens: list[Token], k: int, ands: frozenset[str]) -> tuple[int, bool] | None:
    """After a name ending before ``tokens[k]``: the index of the next name's first token and
    whether a word for "and" joined it, when a comma or such a word follows; else ``None``."""
    following = tokens[k + 1][1] if k + 1 < len(tokens) else None
    if k >= len(tokens):
        return None
    by_and = _and(tokens[k][1], ands, following) or _capital_and(tokens, k, ands)
    if not (tokens[k][1] in SPACED_SEPARATORS or by_and):
        return None
    k += 1
    after = tokens[k + 1][1] if k + 1 < len(tokens) else None
    if k < len(tokens) and _and(tokens[k][1], ands, after):
        return k + 1, False  # ", and": after a comma the word for "and" is in no name
    return k, by_and


def _opening_join(tokens: list[Token], k: int) -> bool:
    """True when the joining word ``tokens[k]`` comes before a name, not in it: in lower case,
    or in a line in capitals before another word in capitals ("DECLARATION OF THE X UNION")."""
    token = tokens[k][1]
    if not opens_name(token):
        return True
    following = tokens[k + 1][1] if k + 1 < len(tokens) else ""
    if token.isupper() and len(token) > 1:
        return following.isupper() or not following  # (a joining word alone names nothing)
    # a title with every word capitalised ("Joint Statement Between Welsh Labour and ...")
    return following[:1].isupper() and fold(token) in folded_words("between_words")


#: Quotation marks that open a name, and those that may close it.
_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "“”", "”": "”"}


def _quoted(text: str, tokens: list[Token], k: int) -> tuple[int, str, int] | None:
    """A name in quotation marks opening at ``tokens[k]`` ("“Solidaritatea Cetăţenească”",
    "«Народний фронт»"): where it starts, its text, and the index after the closing mark; when
    it opens with a capital (or in a script without capitals) and holds at most eight words."""
    closers = _QUOTES.get(tokens[k][1])
    if closers is None:
        return None
    for j in range(k + 1, min(len(tokens), k + 10)):
        if tokens[j][1] in closers and j > k + 1:
            start, last = tokens[k + 1][0], tokens[j - 1]
            name = text[start : last[0] + len(last[1])]
            if (opens_name(name) or uncased(name)) and len(name.split()) <= 8:
                return start, name, j + 1
            return None
        closes = j + 1 < len(tokens) and tokens[j + 1][1] in closers
        if tokens[j][1] in ";:!?" and not (tokens[j][1] in "!?" and closes):
            return None  # (an exclamation closing the name is its own: „Да, Xandia!“)
    return None


def _kind_quoted(tokens: list[Token], k: int) -> int:
    """The index of the quotation mark opening a name after a word saying its kind at
    ``tokens[k]`` ("ПП „X“", "party "X"", "حزب «X»": a type word or an abbreviation); else
    ``k``."""
    if k + 1 >= len(tokens) or tokens[k + 1][1] not in _QUOTES:
        return k
    token = tokens[k][1]
    return k + 1 if is_type_word(token) or is_abbreviation(token) else k


#: How many characters of a text a run is first read in (it is read again in four times as many
#: while it runs on to the end of them): a run of names is short, and a reader asking for the run
#: at each place of a long paragraph would otherwise split the rest of the paragraph each time.
_WINDOW = 512
#: How many tokens past the token a run stops at its reading may look at (a bracket's close, an
#: abbreviation spelling the name out, a quoted name's close): all lie within a score of it.
_LOOKAHEAD = 24
#: Where a window of the text may end: tokens hold no space, so those before a space are the same
#: whatever follows it.
_SPACE = re.compile(r"\s")


def name_run(
    text: str, offset: int, relaxed: bool = False, then_relaxed: bool = False
) -> tuple[list[tuple[int, str]], int]:
    """The names at the start of ``text`` (at document ``offset``), joined by commas and "and",
    and where in ``text`` the run ends. ``relaxed`` takes any capitalised phrase that is no
    description (for places where the form itself says names follow); ``then_relaxed`` does so
    once a first name has been read as one (a title: "Comunicato del XKK e di Comunisti ...").

    The text is read in a window that grows until the run stops well inside it, so that the
    answer is the whole text's and its cost the run's length, not the text's."""
    window = _WINDOW
    while True:
        space = _SPACE.search(text, window) if window < len(text) else None
        cut = space.start() if space else len(text)
        tokens = _conjoined([unelided(m.start(), m.group()) for m in _TOKEN.finditer(text, 0, cut)])
        names, end, stop = _run(text, tokens, relaxed, then_relaxed)
        if cut == len(text) or _settled(tokens, stop):
            return [(offset + at, name) for at, name in _parted(names)], end
        window *= 4


def _settled(tokens: list[Token], stop: int) -> bool:
    """True when a run read from ``tokens`` (the first of a text's) that stopped at
    ``tokens[stop]`` read nothing near their end, so that the text's further tokens could not
    change it: no token within :data:`_LOOKAHEAD`, and no gloss opening at ``stop`` that finds no
    close among them (:func:`_past_gloss` looks for it to the end)."""
    if stop + _LOOKAHEAD >= len(tokens):
        return False
    if tokens[stop][1].startswith("["):
        return any(token.endswith("]") for _, token in tokens[stop:])
    return True


@cache
def _run_joins() -> frozenset[str]:
    """The prepositions and articles between a statement's word and its signers
    (``statement_joins``: "of the", "del") and the words for the press (``press_words``), which
    :func:`_run` passes over before a run's first name: made once, not at every run."""
    return folded_words("statement_joins") | folded_words("press_words")


def _run(
    text: str, tokens: list[Token], relaxed: bool, then_relaxed: bool
) -> tuple[list[tuple[int, str]], int, int]:
    """The names of :func:`name_run` read from ``tokens`` (of ``text``), where in ``text`` the run
    ends, and the index of the token it stopped at."""
    joins, ands = _run_joins(), folded_words("and_words")
    names: list[tuple[int, str]] = []
    articled: list[bool] = []  # whether an article or a joining word opened each name
    end = 0
    joined_by_and = False
    k = _past_leaders(tokens, joins)
    while k < len(tokens):
        skipped = k
        while k < len(tokens) and fold(tokens[k][1]) in joins and _opening_join(tokens, k):
            k += 1  # "of the", "del", "του"
        if _article_before_name(tokens, k):
            k += 1  # "a União Xandiana", "o Partido X": an article no other list joins
        if joined_by_and and names:
            k += _described(tokens, k)  # "X и региональное отделение Y": Y's kind, not its name
        skipped = k - skipped
        # an article or a joining word before the name, or an article elided onto it ("l’X")
        opened = skipped > 0 or (k < len(tokens) and _elided_before(text, tokens[k][0]))
        whole = _whole_name(text, tokens, k, names, ands)
        if whole is not None:
            names.append(whole[0])
            k, end = whole[1], whole[2]
        else:
            if k < len(tokens) and not _may_open(tokens[k][1], relaxed):
                break
            start, k = k, _name_end(tokens, k, ands)
            if k == start:
                break
            name_start, name = trimmed_name(text, tokens[start], tokens[k - 1])
            merged = names[-1][1] + text[end : name_start + len(name)] if names else ""
            # "and" perhaps inside a name, not after one its bracketed abbreviation closed nor
            # before an article, written apart or elided onto the name ("... et l’Association")
            closed = bool(names) and names[-1][1].endswith(")")
            inside = joined_by_and and not opened and bool(name) and not closed
            loose = relaxed or (then_relaxed and bool(names))
            owned = inside and _articled_run(articled)
            if not _added(
                names, (name_start, name), merged if inside else "", (relaxed, loose), owned
            ):
                break
            end = name_start + len(name)
        articled += [opened] * (len(names) - len(articled))
        k = _past_gloss(tokens, k)  # "XCT [Central Xandiana ...], Força Zetlandesa"
        # a comma or an "and" word joins the next name; anything else ends the run
        joined = _joiner(tokens, k, ands)
        if joined is None:
            break
        k, joined_by_and = joined
    return names, end, k


#: The most words in lower case that say the kind of a name after a word for "and".
_DESCRIBED = 3


def _described(tokens: list[Token], k: int) -> int:
    """How many words in lower case at ``tokens[k]``, right after a word for "and" inside a run,
    say the kind of the name that follows them, up to the first type word or word for a branch
    (``branch_words``: "X и региональное отделение YKP", "X in zdravniškega sindikata Y", "X
    and the teachers' union Y"): the kind is no part of the name, and without passing over it
    the run would stop at the name it describes. 0 when a word of the sentence comes first (a
    verb, a joining word) or no name opens right after them."""
    for n, (_, word) in enumerate(tokens[k : k + _DESCRIBED]):
        folded = fold(word)
        if not word.replace("'", "").replace("’", "").isalpha() or not word.islower():
            return 0
        if folded in prose_words() or is_name_join(word) or speaks(word):
            return 0
        if is_type_word(word) or folded in folded_words("branch_words"):
            following = tokens[k + n + 1][1] if k + n + 1 < len(tokens) else ""
            if opens_name(following) and not is_name_join(following):
                return n + 1
            return 0
    return 0


def _whole_name(
    text: str, tokens: list[Token], k: int, names: list[tuple[int, str]], ands: frozenset[str]
) -> tuple[Token, int, int] | None:
    """A name read whole at ``tokens[k]``, its words not weighed, after the run's ``names``:
    one in quotation marks (:func:`_quoted_name`: "Фракції ... "Народний фронт", "Блок ..." та
    ...") or one in lower case inside a run of abbreviations (:func:`_lower_between`: "...,
    GdX, xbba, DPZKOM, ..."); the name, the index of the token after it and where it ends in
    ``text``. ``None`` otherwise."""
    quoted = _quoted_name(text, tokens, k)
    if quoted is not None:
        return quoted[0], quoted[1], tokens[quoted[1] - 1][0] + 1
    if names and k < len(tokens) and _lower_between(tokens, k, names[-1][1], ands):
        return tokens[k], k + 1, tokens[k][0] + len(tokens[k][1])
    return None


def _lower_between(tokens: list[Token], k: int, after: str, ands: frozenset[str]) -> bool:
    """True when ``tokens[k]`` is one word in lower case inside a comma run of abbreviations
    that goes on past it (``after``: the name read before it, an abbreviation): a comma before
    it, a comma or a word for "and" after it and an abbreviation after that ("..., GdX, xbba,
    DPZKOM, yunisono und DZG"): a name its organisation writes in lower case, no word of the
    sentence (none of prose, joining, speaking, signing or kind). The separator after it is the
    one before it: a word between a semicolon and a comma opens a clause ("XKP and PTU; later,
    ZTU joined"), it is no entry of the run."""
    if (
        not is_abbreviation(after)
        or k == 0
        or tokens[k - 1][1] not in SPACED_SEPARATORS
        or k + 2 >= len(tokens)
    ):
        return False
    token, joint = tokens[k][1], tokens[k + 1][1]
    if not (token.isalpha() and token.islower() and len(token) >= 3):
        return False
    if joint in SPACED_SEPARATORS and joint != tokens[k - 1][1]:
        return False
    if not (joint in SPACED_SEPARATORS or _and(joint, ands, tokens[k + 2][1])):
        return False
    folded = fold(token)
    sentence_word = (
        folded in prose_words()
        or folded in ands
        or is_name_join(token)
        or speaks(token)
        or signing_words().matches(folded)
        or is_type_word(token)
    )
    following = tokens[k + 2][1]
    if sentence_word or (joint not in SPACED_SEPARATORS and following.islower()):
        return False
    return (opens_name(following) and is_abbreviation(following)) or _lower_between(
        tokens, k + 2, after, ands
    )


def _past_leaders(tokens: list[Token], joins: frozenset[str]) -> int:
    """The index after a word for the leaders or representatives of organisations in the plural
    that opens a run, and the joining words after it ("Szefowie X, Y i Z podpisali", "Dirigentes
    do X e Y", "Leaders of the X and Y"): the organisations they lead are the names
    (``leader_words``); 0 when none opens it or no name follows."""
    if not tokens or fold(tokens[0][1]) not in folded_words("leader_words"):
        return 0
    k = 1
    while k < len(tokens) and fold(tokens[k][1]) in joins and _opening_join(tokens, k):
        k += 1
    return k if k < len(tokens) and opens_name(tokens[k][1]) else 0


def _quoted_name(text: str, tokens: list[Token], k: int) -> tuple[Token, int] | None:
    """A name in quotation marks at ``tokens[k]``, perhaps after a word saying its kind ("ПП
    „X“"): where it starts and its text, and the index after its closing mark; else ``None``.
    An abbreviation saying the kind is the name's own ("КТ „Xandia“"), and so are capitalised
    words saying its kind after it, with the marks ("«X» İctimai Forumu")."""
    if k >= len(tokens):
        return None
    kind = _kind_quoted(tokens, k)
    quoted = _quoted(text, tokens, kind)
    if quoted is None:
        return None
    name_start, name, after = quoted
    if kind > k and is_abbreviation(tokens[k][1]):
        name_start, name = tokens[k][0], text[tokens[k][0] : tokens[after - 1][0] + 1]
    elif kind == k:
        kind_end = after + kind_after(tokens[j][1] for j in range(after, len(tokens)))
        if kind_end > after:  # "«Xandia Naminə» İctimai Forumu": the kind after the name
            last = tokens[kind_end - 1]
            name_start, name = tokens[k][0], text[tokens[k][0] : last[0] + len(last[1])]
            after = kind_end
    return (name_start, name), after


def _past_gloss(tokens: list[Token], k: int) -> int:
    """The index after an editor's gloss in square brackets (:func:`.spans.is_gloss`) that opens
    at ``tokens[k]`` after a name ("XCT [Central Xandiana dos Trabalhadores]", "the XU [Xandia
    Union]"); else ``k``."""
    if k >= len(tokens) or not tokens[k][1].startswith("["):
        return k
    for j in range(k, len(tokens)):
        if tokens[j][1].endswith("]"):
            gloss = " ".join(token for _, token in tokens[k : j + 1] if token != ",")
            return j + 1 if is_gloss(gloss) else k
    return k


def _may_open(token: str, relaxed: bool) -> bool:
    """True when a name may open with ``token``: a capital, a type word, a qualifier (unless
    ``relaxed``), a word of a script without capitals (in Arabic only when ``relaxed``)."""
    if opens_name(token) or is_type_word(token) or (not relaxed and is_qualifier(token)):
        return True
    return uncased(token) and (relaxed or not arabic_script(token))


def _elided_before(text: str, at: int) -> bool:
    """True when an article is elided onto the word at ``at`` of ``text`` ("l’X", "dell'X"): an
    apostrophe right before it after a letter (not a quotation mark opening it)."""
    return at > 1 and text[at - 1] in "'’" and text[at - 2].isalpha()


def _articled_run(articled: list[bool]) -> bool:
    """True when an article or a joining word opened each name of a run after its first, two
    of them at least (``articled``, in order): a word for "and" that no article follows is then
    inside a name ("the X (XC), the Y (YC), the Union of Craftsmen and Traders Federation of
    Zetland (TOZB) and the Z")."""
    return len(articled) >= 3 and all(articled[1:])


def _added(
    names: list[tuple[int, str]],
    found: tuple[int, str],
    merged: str,
    relaxed: tuple[bool, bool],
    owned: bool = False,
) -> bool:
    """Adds the name ``found`` to ``names``, or ``merged`` (the name before it, the word for
    "and" and ``found``, when "and" may be inside a name) in place of the last; ``False`` when
    neither reads as a name (the run ends). ``relaxed`` says how loosely the merged name and
    ``found`` are read (:func:`reads_as_name`); ``owned`` when the run's form says the "and" is
    the name's own (:func:`_articled_run`): ``merged`` is taken when it reads as a name."""
    name = found[1]
    if merged and (owned or not reads_as_name(name)) and reads_as_name(merged):
        # "Party for Democracy and Socialism": the "and" was inside the name
        names[-1] = (names[-1][0], merged)
    elif not name or not reads_as_name(name, relaxed[1]):
        if not (merged and reads_as_name(merged, relaxed[0])):
            return False
        names[-1] = (names[-1][0], merged)
    else:
        names.append(found)
    return True


#: Abbreviations joined by hyphens or dashes into one token ("XİS-YKS-ZMO-WTB").
_DASHED = re.compile(r"[^\s\-–—]+(?:[-–—][^\s\-–—]+){2,}")


def _parted(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names, a run of three or more abbreviations in capitals joined by dashes
    ("KKP-ZİP-PGB") parted into one name each (not "STEE-EILAS" or "PR-ByH", which are one)."""
    parted: list[tuple[int, str]] = []
    for at, name in names:
        parts = [(at + m.start(), m.group()) for m in re.finditer(r"[^\-–—]+", name)]
        whole = _DASHED.fullmatch(name) is not None
        if whole and all(is_abbreviation(p) and p.upper() == p for _, p in parts):
            parted += parts
        else:
            parted.append((at, name))
    return parted


def _conjoined(tokens: list[Token]) -> list[Token]:
    """The tokens, a conjunction written onto the next word in a script without capitals taken
    apart ("وحزب" -> "و", "حزب") before a type word, or before an abbreviation beside another
    ("حشك وحعز"); not in a name's own words ("للعمل والسلام")."""
    parted: list[Token] = []
    for at, token in tokens:
        rest = token[1:]
        previous = parted[-1][1] if parted else ""
        short = len(rest) <= 4 and not rest.startswith("ال")
        if (
            token.startswith("و")
            and len(rest) >= 2
            and uncased(rest)
            and (is_type_word(rest) or (short and len(previous) <= 4 and uncased(previous)))
        ):
            parted += [(at, "و"), (at + 1, rest)]
        else:
            parted.append((at, token))
    return parted


def kind_quoted_runs(text: str, offset: int) -> list[list[tuple[int, str]]]:
    """The runs of ``text`` (at document ``offset``) whose names are each in quotation marks,
    the first after a word saying its kind ("ПП „X“, ПП „Y“ и „Z“", "حزب «X» و«Y»"), wherever
    they stand; each run up to its first name not in quotation marks."""
    tokens = [unelided(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    found: list[list[tuple[int, str]]] = []
    end = 0
    for k in range(len(tokens) - 1):
        if tokens[k][0] < end or _kind_quoted(tokens, k) == k:
            continue
        names, length = name_run(text[tokens[k][0] :], offset + tokens[k][0])
        quoted = [
            name[-1:] in '»”“"' or text[at - offset - 1 : at - offset] in _QUOTES
            for at, name in names
        ]
        run = names[: quoted.index(False)] if False in quoted else names
        if run:
            found.append(run)
        end = tokens[k][0] + max(length, 1)
    return found


#: The most words in lower case between the capitalised word that opens a name in sentence case
#: and its type word, that word included ("Xandijos mokytojų profesinė sąjunga").
_SENTENCE_KIND = 3
#: The fewest letters of the capitalised word that opens a name in sentence case: a shorter one
#: is a word of the sentence ("Tos", "Sui", "Mes"), a place or a people's word is longer.
_NAME_WORD = 4
#: The most words in lower case after the type word of a name in sentence case before its own
#: name in quotation marks ("związek zawodowy „X”").
_KIND_AFTER = 2


def sentence_cased(text: str, offset: int) -> tuple[tuple[int, str], int] | None:
    """The name in sentence case that opens ``text`` (at document ``offset``) and closes with its
    own name in quotation marks, as the languages that write a name so put it: a capitalised
    word, up to three words in lower case that end with its type word in the singular, perhaps
    two more after it, then the quoted name ("Xandijos profesinė sąjunga „Vienybė“", "Незалежна
    профспілка «Зетланд»", "Niezależny związek zawodowy „Xandia”"); the name and where in
    ``text`` it ends, or ``None``. The words are no words of the sentence
    (:func:`_kind_word`), the first no post, leaders' word, article or joining word
    (:func:`_no_name_opens`), and a plural kind names many: none is read. Without the quoted
    name the words up to the kind may be the sentence's own ("Tos pačios partijos ..."), and
    none is read either."""
    cut = _SPACE.search(text, _WINDOW) if len(text) > _WINDOW else None
    found = _TOKEN.finditer(text, 0, cut.start() if cut else len(text))
    tokens = [unelided(m.start(), m.group()) for m in found]
    words = [token for _, token in tokens]
    if len(words) < 3 or not opens_name(words[0]) or not words[0].isalpha():
        return None
    if len(words[0]) < _NAME_WORD or is_type_word(words[0]) or _no_name_opens(words[0]):
        return None  # "Tos pačios partijos", "Oba sindikata": a pronoun or a number before it
    ands = folded_words("and_words") | folded_words("and_before_capitals")
    kind = kind_words(words[1 : 1 + _SENTENCE_KIND])
    if not kind or not all(_kind_word(word, ands) for word in words[1 : 1 + kind]):
        return None
    if not _singular_kind(words[kind]):
        return None
    at = kind + 1
    while at < min(len(words), kind + 1 + _KIND_AFTER) and words[at] not in _QUOTES:
        if not _kind_word(words[at], ands) or generic_plural(words[at]):
            return None
        at += 1  # "Niezależny związek zawodowy „X”", "Nezávislý odborový svaz „X“"
    quoted = _quoted(text, tokens, at) if at < len(tokens) else None
    if quoted is None:
        return None
    last = tokens[quoted[2] - 1]
    return (offset, text[: last[0] + len(last[1])]), last[0] + len(last[1])


def _kind_word(word: str, ands: frozenset[str]) -> bool:
    """True when ``word``, in lower case, may stand in a name in sentence case before its type
    word: no word of the sentence (:func:`_genitive`), no article ("an", "ang") and no number
    ("yeddi müxalif partiyası": seven parties)."""
    bare = fold(word) not in folded_words("articles") and number_value(word) is None
    return bare and _genitive(word, ands)


def _singular_kind(word: str) -> bool:
    """True when ``word`` is a type word and nothing more, in the singular ("sąjunga", "union";
    not "parties", nor a compound or an adjective that opens with one, "bundesweiten")."""
    return is_bare_type_word(word) and not generic_plural(word)


def _no_name_opens(token: str) -> bool:
    """True when the capitalised word ``token`` says who a person is or that persons lead
    ("Chair", "Representatives": ``leader_words``, :func:`.names.is_role_word`), or is an
    article or a joining word: no name in sentence case opens with it."""
    folded = fold(token)
    if folded in folded_words("leader_words") or is_role_word(token) or is_name_join(token):
        return True
    return folded in folded_words("articles")
