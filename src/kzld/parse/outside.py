"""Signers named outside a list: in a title ("Joint statement of the ABC, the DEF and the GHI"),
in an "on behalf of" phrase ("namens der ...", "en nombre de ..."), or among others in the line
that announces a list ("Over 60 parties have signed, among them SKP:").

Each place gives a run of text after a cue (a statement word and a preposition, the phrase);
:func:`name_run` reads the names in it, joined by commas and words for "and", and stops at the
first word that cannot be part of a name. A name is taken only when it reads as one
(:mod:`.names`): an abbreviation, or a type word with capitals; a plural ("Communist and Workers'
Parties") describes many signers and names none.
"""

from __future__ import annotations

import re
from functools import cache

from ..model.countries import country_code
from ..model.folding import fold
from ..model.records import Entry, Section, Span
from .cues import folded_words, vocabulary, word_file
from .entries import split_entry
from .names import (
    evidence,
    generic_plural,
    is_abbreviation,
    is_bare_type_word,
    is_name_join,
    is_person,
    is_qualifier,
    is_type_word,
    known_name,
    person_shaped,
)
from .signatories.damage import is_cut
from .spans import (
    NAMED,
    described,
    is_event,
    name_evidence,
    speaks,
    statement_compound,
    strength,
    tells_of_a_statement,
)
from .text import Line, WordSet, folded_in_place, words
from .totals import number_value

__all__ = [
    "among_signers",
    "behalf_signers",
    "counted_signers",
    "dateline_end",
    "head_signers",
    "kind_quoted_runs",
    "name_run",
    "opening_signers",
    "plural_signers",
    "sender_signers",
    "sentence_signers",
    "signers_section",
    "speaker_signers",
    "subject_signers",
    "title_signers",
    "we_opening",
]

_TOKEN = re.compile(r"[^\s,;:!?«»“”„\"،؛]+?(?=\.?(?:\s|$|[,;:!?«»“”„\"،؛]))|[,;:!?«»“”„\".،؛]")


@cache
def _among() -> tuple[tuple[str, ...], ...]:
    """The phrases that name the signers as some among others, folded, as words."""
    return tuple(tuple(fold(p).split()) for p in vocabulary()["among_phrases"])


#: An elided article or preposition before a capital ("l’Anpi", "dell'ARCI", "d'Xandie").
_ELIDED = re.compile(r"^[^\W\d_A-ZÀ-Ý]{1,4}['’](?=[^\W\d_])")


def _unelided(start: int, token: str) -> tuple[int, str]:
    """A token without an elided article before a capitalised word ("l’Anpi" -> "Anpi")."""
    match = _ELIDED.match(token)
    if match and token[match.end()].isupper():
        return start + match.end(), token[match.end() :]
    return start, token


def _is_name_start(token: str) -> bool:
    head = token.lstrip("(«“\"'")
    return bool(head) and (head[0].isupper() or (head[0].isdigit() and is_abbreviation(head)))


def _uncased(token: str) -> bool:
    """True when ``token`` is written in a script without capitals (Arabic, Persian)."""
    return token[:1].isalpha() and token[:1].upper() == token[:1].lower()


def _adjective(token: str) -> bool:
    """True when an Arabic-script word has the article and the ending of an adjective of relation
    ("الشيوعي", "الشعبية", "الكساني"), which follows the noun of a name (not a noun of that
    ending, "جمعية")."""
    definite = token.startswith(("ال", "وال", "لل"))
    return definite and token.endswith(("ي", "ية", "يين", "يون")) and not is_type_word(token)


def _continues(token: str, next_token: str | None, previous: str | None) -> bool:
    """True when ``token`` may stand inside a name that goes on with ``next_token``."""
    if _is_name_start(token) or token.startswith("(") or token.endswith(")"):
        return True
    if _uncased(token) and previous is not None and _uncased(previous):
        # no capitals to end the name: it runs to the next comma (the adjectives after a noun),
        # but a noun after the adjectives opens what follows the name ("الحزب الشيوعي الكساني
        # الطبقة العاملة": the party, then the working class), unless a preposition "ل" or a
        # conjunction "و" joins it to the name ("الجبهة الشعبية للتغيير والتحرير")
        if _adjective(previous) and not token.startswith(("ل", "و")) and not _adjective(token):
            return is_type_word(token) or is_qualifier(token)
        return not _signing().matches(fold(token))
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
        return True  # "Parti communiste grec," "Partido Comunista mexicano y"
    if (
        re.fullmatch(r"\d+(?:[.,/]\d+)*", token)
        and previous is not None
        and _is_name_start(previous)
        and (
            next_token is None
            or next_token in ",;.–—-"
            or fold(next_token) in folded_words("and_words")
            or fold(next_token) in folded_words("and_before_capitals")
            or _is_name_start(next_token)
        )
    ):
        return True  # "Μέρα 25", "Articolo 1 – Mdp", "Comitato 3.32 dell’Aquila"
    if token in "–—-" and next_token is not None and _is_name_start(next_token):
        return True  # "Partei Griechenlands – KKE"
    return (
        is_name_join(folded)
        and folded not in folded_words("topic_words")
        and next_token is not None
        and (_is_name_start(next_token) or is_name_join(next_token))
    )


def _is_name(text: str, relaxed: bool = False) -> bool:
    """True when a phrase from running text is a signer's name, not a description."""
    found_words = words(text)
    if not found_words or described(found_words) or is_event(text):
        return False
    if fold(text.split()[0]) in folded_words("person_roles"):
        return False  # "member of the X Bloc": an apposition to the name before it
    if _counted(text):
        return False  # "Dört örgüt", "Négy szervezet": a count of organisations, no name
    if relaxed:
        # any capitalised phrase, but an adjective alone ("Comunistas") names no one
        parts = text.split()
        bare = len(parts) == 1 and all(
            generic_plural(part) or is_bare_type_word(part) for part in re.split(r"[-‐]", parts[0])
        )
        start = _is_name_start(parts[0]) or _uncased(parts[0])
        short = len(parts) <= 8 or _expanded(text)
        return start and short and not evidence(text).prose and not bare
    parts = [w.strip("()") for w in text.split()]
    if len(parts) == 1 and is_bare_type_word(parts[0]) and not known_name(text):
        return False  # "Профспілкового" ("of the trade unions") alone names no one
    if known_name(text) or (
        all(is_abbreviation(w) or w.isdigit() for w in parts) and is_abbreviation(parts[0])
    ):
        return True  # "XKP", "XOP 09"
    found = name_evidence(text)
    return found.score >= NAMED and (found.types > 0 or found.abbreviation)


def _counted(text: str) -> bool:
    """True when ``text`` is a number word and organisation words only ("Four Unions", "Dört
    örgüt"): it counts the signers and names none of them."""
    parts = text.split()
    return (
        len(parts) >= 2
        and number_value(parts[0]) is not None
        and all(is_bare_type_word(p) or generic_plural(p) for p in parts[1:])
    )


@cache
def _organs() -> re.Pattern[str]:
    organs = sorted((fold(w) for w in vocabulary()["organ_words"]), key=len, reverse=True)
    joins = "|".join(map(re.escape, sorted(folded_words("statement_joins"), key=len, reverse=True)))
    return re.compile(
        r"^(?:(?:the|il|la|le|el|der|die|das|το|η|ο)\s+)?(?:"
        + "|".join(map(re.escape, organs))
        + rf")(?:\s+(?:{joins}))*\s+(?=\S)"
    )


def _organ(name: str) -> int:
    """The length of a body's name opening ``name`` ("General Board of the ", "ЦК ",
    "Центрального Комитета "), else 0: when the organisation's name after it reads as one."""
    match = _organs().match(folded_in_place(name))
    return match.end() if match and _is_name(name[match.end() :]) else 0


def _trailing_join(word: str) -> bool:
    """True when a name read from running text may not end with ``word`` ("of", not "Y")."""
    return is_name_join(word) and not word[:1].isupper()


def _and(token: str, ands: frozenset[str], following: str | None = None) -> bool:
    """True when ``token`` is a word for "and" (in lower case: "Y" in "Bund Y" is a name's); a
    word that is "and" in one language and a preposition in others (Czech and Slovak "a",
    Latvian "un") only before a capital ("Strana a Klub", not "Comitato a difesa")."""
    if token[:1].isupper():
        return False
    folded = fold(token)
    if folded in ands:
        return True
    return folded in folded_words("and_before_capitals") and _is_name_start(following or "")


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


Token = tuple[int, str]


def _name_end(tokens: list[Token], start: int, ands: frozenset[str]) -> int:
    """The index after the last token of the name that opens at ``tokens[start]``."""
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
        if token in ',;:!?«»“”".،؛' or (_and(token, ands, following) and k > start):
            break
        if (
            k > start
            and fold(token) in folded_words("statement_words")
            and not is_type_word(following or "")
        ):
            break  # "Liaudies Partijos Pranešimas": the statement follows ("Çağrı Platformu" no)
        previous = tokens[k - 1][1] if k > start else None
        if previous is not None and previous.endswith(")") and token[:1].islower():
            break  # "İşçi Partisi (ZİP) işçi sınıfını": a bracketed abbreviation ends the name
        if previous is not None and _after_last_type(token, previous, tokens[start:k]):
            break
        if k == start or _continues(token, following, previous):
            k += 1
        elif _inner_words(tokens, k, start) or _inner_words(tokens, k + 1, start):
            k += 1  # "Parti du travail de Zetlande"
        else:
            break
    return _spelled_out(tokens, start, k) or k


def _spelled_out(tokens: list[Token], start: int, end: int) -> int | None:
    """The index after a bracketed abbreviation that comes soon after a name cut at
    ``tokens[end]``, with no comma between, when its letters are the initials of the name's
    capitalised words: the name runs on to it ("Liga por la Defensa de los derechos civiles y
    por la Acción Ciudadana (LDAC)"); else ``None``."""
    for j in range(end, min(len(tokens), start + 20)):
        token = tokens[j][1]
        if token in ',;:!?«»“”".،؛':
            return None
        if not token.startswith("("):
            continue
        letters = token.strip("()")
        if not (token.endswith(")") and is_abbreviation(letters) and letters.isupper()):
            return None
        return j + 1 if _spells(letters, [t for _, t in tokens[start:j]]) else None
    return None


def _spells(letters: str, words_before: list[str]) -> bool:
    """True when the abbreviation ``letters`` is the initials of the capitalised words (an
    elided article before one left out: "l'Action")."""
    unelided = [_unelided(0, w)[1] for w in words_before]
    initials = "".join(w[0] for w in unelided if w[:1].isupper())
    return len(initials) >= 2 and initials == re.sub(r"\W", "", letters)


def _expanded(text: str) -> bool:
    """True when ``text`` is a name closed by its abbreviation in brackets, spelled by the
    initials of its capitalised words ("Xandia Liga por la Acción Ciudadana (XLAC)")."""
    *before, last = text.split() or [""]
    return last.startswith("(") and last.endswith(")") and _spells(last.strip("()"), before)


def _arabic(token: str) -> bool:
    """True when ``token`` is written in the Arabic script (a name's type word comes first)."""
    return any("\u0600" <= c <= "\u06ff" for c in token[:2])


def _after_last_type(token: str, previous: str, before: list[Token]) -> bool:
    """True when ``token``, in a script without capitals that puts a name's type word last
    ("ভারতের কমিউনিস্ট পার্টি", "भारतीय कम्युनिस्ट पार्टी"), comes after that type word (or the
    bracket after it) and is none itself: the name ended there."""
    if not _uncased(token) or _arabic(token) or token.startswith("("):
        return False
    if is_type_word(token) or is_qualifier(token) or not any(is_type_word(t) for _, t in before):
        return False
    return is_type_word(previous) or previous.endswith(")")


def _inner_words(tokens: list[Token], k: int, start: int) -> bool:
    """True when the word ``tokens[k]``, in lower case after a joining word, stands inside a name
    that goes on in capitals after another joining word ("Parti du travail de Zetlande", "Party
    of the working people of X"), in a name that has a type word already."""
    if k - 1 <= start or k >= len(tokens) or not is_name_join(tokens[k - 1][1]):
        return False
    if not tokens[k][1][:1].islower() or is_name_join(tokens[k][1]):
        return False
    if not any(is_type_word(t) for _, t in tokens[start:k]):
        return False
    for j in range(k + 1, min(k + 3, len(tokens))):
        token = tokens[j][1]
        if is_name_join(token) and token[:1].islower():
            return j + 1 < len(tokens) and _is_name_start(tokens[j + 1][1])
        if not token[:1].islower() or fold(token) in _prose() or speaks(token):
            return False
    return False


@cache
def _prose() -> frozenset[str]:
    return frozenset(
        fold(w) for forms in word_file("orgwords.yaml")["prose_words"].values() for w in forms
    )


#: A case ending written after an apostrophe on a name's last word ("PGB'den", "Partisi'nin").
_SUFFIX = re.compile(r"(?:^|\s)([^\W\d_][\w-]*?)['’]([^\W\d_A-ZÀ-ÝİĞŞÇÖÜ]{1,5})$")


def _trimmed_name(text: str, first: Token, last: Token) -> Token:
    """Where the name read from ``first`` to ``last`` starts, and its text: without joining words
    at its end, a conjunction written onto it, a bracket closing a list, a body's name before it,
    a word in lower case saying its kind before a name ("groupe XGL/ZGL")."""
    name = text[first[0] : last[0] + len(last[1])]
    start = first[0]
    suffix = _SUFFIX.search(name)
    if suffix and (len(suffix.group(2)) >= 2 or is_abbreviation(suffix.group(1))):
        name = name[: suffix.start(2) - 1]  # "PGB'den", "Partisi'nden": a case ending
    while name and _trailing_join(name.split()[-1]):  # "... of" before a topic
        name = name.rsplit(" ", 1)[0] if " " in name else ""
    head = name.split()[0] if name.split() else ""
    if _uncased(head) and head.startswith("و") and is_type_word(head[1:]):
        name = name[1:]  # "والنقابة ...": the conjunction is no part of the name
        start += 1
    if name.endswith(")") and name.count(")") > name.count("("):
        name = name[:-1].rstrip()  # "(A, B, C)": the bracket closes the list, not the name
    organ = _organ(name)
    kind = re.match(r"^([^\W\d_]+)\s+(?=\S)", name[organ:])
    if kind and kind.group(1)[:1].islower() and is_type_word(kind.group(1)):
        rest = name[organ + kind.end() :]
        if is_abbreviation(rest) or _is_name(rest):
            return start + organ + kind.end(), rest  # "groupe XGL/ZGL": its kind, then its name
    return start + organ, name[organ:]


def _joiner(tokens: list[Token], k: int, ands: frozenset[str]) -> tuple[int, bool] | None:
    """After a name ending before ``tokens[k]``: the index of the next name's first token and
    whether a word for "and" joined it, when a comma or such a word follows; else ``None``."""
    following = tokens[k + 1][1] if k + 1 < len(tokens) else None
    if k >= len(tokens) or not (tokens[k][1] in ",;،؛" or _and(tokens[k][1], ands, following)):
        return None
    by_and = _and(tokens[k][1], ands, following)
    k += 1
    after = tokens[k + 1][1] if k + 1 < len(tokens) else None
    if k < len(tokens) and _and(tokens[k][1], ands, after):
        return k + 1, False  # ", and": after a comma the word for "and" is in no name
    return k, by_and


def _opening_join(tokens: list[Token], k: int) -> bool:
    """True when the joining word ``tokens[k]`` comes before a name, not in it: in lower case,
    or in a line in capitals before another word in capitals ("DECLARATION OF THE X UNION")."""
    token = tokens[k][1]
    if not _is_name_start(token):
        return True
    following = tokens[k + 1][1] if k + 1 < len(tokens) else ""
    if token.isupper() and len(token) > 1:
        return following.isupper()
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
            if (_is_name_start(name) or _uncased(name)) and len(name.split()) <= 8:
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


def name_run(
    text: str, offset: int, relaxed: bool = False, then_relaxed: bool = False
) -> tuple[list[tuple[int, str]], int]:
    """The names at the start of ``text`` (at document ``offset``), joined by commas and "and",
    and where in ``text`` the run ends. ``relaxed`` takes any capitalised phrase that is no
    description (for places where the form itself says names follow); ``then_relaxed`` does so
    once a first name has been read as one (a title: "Comunicato del KKE e di Comunisti ...")."""
    joins, ands = folded_words("statement_joins"), folded_words("and_words")
    tokens = _conjoined([_unelided(m.start(), m.group()) for m in _TOKEN.finditer(text)])
    names: list[tuple[int, str]] = []
    end = 0
    k = 0
    joined_by_and = False
    while k < len(tokens):
        skipped = k
        while k < len(tokens) and fold(tokens[k][1]) in joins and _opening_join(tokens, k):
            k += 1  # "of the", "del", "του"
        skipped = k - skipped
        kind = _kind_quoted(tokens, k) if k < len(tokens) else k
        quoted = _quoted(text, tokens, kind) if k < len(tokens) else None
        if quoted is not None:  # "Фракції ... "Народний фронт", "Блок ..." та ..."
            name_start, name, after = quoted
            if kind > k and is_abbreviation(tokens[k][1]):
                # an abbreviation saying the kind is the name's own: "КТ „Xandia“"
                name_start, name = tokens[k][0], text[tokens[k][0] : tokens[after - 1][0] + 1]
            k = after
            names.append((name_start, name))
            end = tokens[k - 1][0] + 1
            joined = _joiner(tokens, k, ands)
            if joined is None:
                break
            k, joined_by_and = joined
            continue
        if k < len(tokens) and not _may_open(tokens[k][1], relaxed):
            break
        start, k = k, _name_end(tokens, k, ands)
        if k == start:
            break
        name_start, name = _trimmed_name(text, tokens[start], tokens[k - 1])
        merged = names[-1][1] + text[end : name_start + len(name)] if names else ""
        # "and" perhaps inside a name, not after one its bracketed abbreviation closed
        closed = bool(names) and names[-1][1].endswith(")")
        inside = joined_by_and and not skipped and bool(name) and not closed
        loose = relaxed or (then_relaxed and bool(names))
        if not _added(names, (name_start, name), merged if inside else "", (relaxed, loose)):
            break
        end = name_start + len(name)
        # a comma or an "and" word joins the next name; anything else ends the run
        joined = _joiner(tokens, k, ands)
        if joined is None:
            break
        k, joined_by_and = joined
    return [(offset + at, name) for at, name in _parted(names)], end


def _uncut(line: Line, names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of a sentence without a last one that ``line`` breaks off at its end, as a page
    copied short does ("..., and the Xandia Workers Uni"): a fragment, no signer (one name alone
    is kept, and so is an abbreviation)."""
    if len(names) < 2 or is_abbreviation(names[-1][1]):
        return names
    at, last = names[-1]
    ends = at + len(last) >= line.start + len(line.content.rstrip())
    return names[:-1] if ends and is_cut(last, [n for _, n in names[:-1]]) else names


def _may_open(token: str, relaxed: bool) -> bool:
    """True when a name may open with ``token``: a capital, a type word, a qualifier (unless
    ``relaxed``), a word of a script without capitals (in Arabic only when ``relaxed``)."""
    if _is_name_start(token) or is_type_word(token) or (not relaxed and is_qualifier(token)):
        return True
    return _uncased(token) and (relaxed or not _arabic(token))


def _added(
    names: list[tuple[int, str]], found: tuple[int, str], merged: str, relaxed: tuple[bool, bool]
) -> bool:
    """Adds the name ``found`` to ``names``, or ``merged`` (the name before it, the word for
    "and" and ``found``, when "and" may be inside a name) in place of the last; ``False`` when
    neither reads as a name (the run ends). ``relaxed`` says how loosely the merged name and
    ``found`` are read (:func:`_is_name`)."""
    name = found[1]
    if merged and not _is_name(name) and _is_name(merged):
        # "Party for Democracy and Socialism": the "and" was inside the name
        names[-1] = (names[-1][0], merged)
    elif not name or not _is_name(name, relaxed[1]):
        if not (merged and _is_name(merged, relaxed[0])):
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
    ("حشك وحعز"); not in a name's own words ("للتغيير والتحرير")."""
    parted: list[Token] = []
    for at, token in tokens:
        rest = token[1:]
        previous = parted[-1][1] if parted else ""
        short = len(rest) <= 4 and not rest.startswith("ال")
        if (
            token.startswith("و")
            and len(rest) >= 2
            and _uncased(rest)
            and (is_type_word(rest) or (short and len(previous) <= 4 and _uncased(previous)))
        ):
            parted += [(at, "و"), (at + 1, rest)]
        else:
            parted.append((at, token))
    return parted


@cache
def _role_phrases() -> tuple[tuple[str, ...], ...]:
    forms = {tuple(fold(str(r)).rstrip("*").split()) for r in vocabulary()["signer_roles"]}
    return tuple(sorted(forms, key=len, reverse=True))


def _role_at(folded: list[str], k: int) -> bool:
    """True when a signer's role opens at the ``k``-th of the ``folded`` words, each of its words
    perhaps with an ending of up to three letters ("genel baskani", "presidente")."""
    for phrase in _role_phrases():
        here = folded[k : k + len(phrase)]
        if len(here) == len(phrase) and all(
            w == r or (len(r) >= 5 and w.startswith(r) and len(w) - len(r) <= 3)
            for w, r in zip(here, phrase, strict=True)
        ):
            return True
    return False


def _before_role(raw: str) -> str:
    """The organisation's name in ``raw`` when a signer's role and a person follow it ("X Party
    General Secretary John Smith", "XKP Genel Başkanı Ali Veli"): the words before the role,
    when they read as a name; else ``raw``."""
    tokens = list(re.finditer(r"\S+", raw))
    folded = [fold(t.group().strip(",.;:")) for t in tokens]
    for k in range(1, len(tokens)):
        if _role_at(folded, k):
            head = raw[: tokens[k - 1].end()]
            return head if _is_name(head) or strength(head) >= NAMED else raw
    return raw


def _after_role(start: int, raw: str) -> tuple[int, str]:
    """The organisation's name in ``raw`` when a signer's role opens it, capitalised as the
    first word of a sentence ("Predsedniki XMŠ", "Leaders of the X Party"), or a description
    ending with a word for organisations in the plural ("Mimoparlamentné strany XMK"): the
    words after it (a joining word after it left out), when they read as a name; else ``raw``."""
    tokens = list(re.finditer(r"\S+", raw))
    if len(tokens) < 2:
        return start, raw
    plural = [k for k, t in enumerate(tokens[:3]) if generic_plural(t.group().strip(",;:"))]
    if _role_at([fold(t.group()) for t in tokens[:3]], 0):
        k = 1
    elif plural and plural[0] + 1 < len(tokens):
        k = plural[0] + 1
    else:
        return start, raw
    while k < len(tokens) - 1 and is_name_join(tokens[k].group()):
        k += 1
    rest = raw[tokens[k].start() :]
    if is_abbreviation(rest.split()[0]) or _is_name(rest) or strength(rest) >= NAMED:
        return start + tokens[k].start(), rest
    return start, raw


def signers_section(line: Line, names: list[tuple[int, str]], kind: str) -> Section:
    """The section of signers ``names`` (document offset, name as written) read from ``line``:
    ``kind`` says where ("title", "phrase", "header"). A name followed by a signer's role and a
    person ("XKP Genel Başkanı Ali Veli") is the name alone, and so is a name after a role that
    opens a sentence ("Predsedniki XMŠ, ...")."""
    names = _uncut(line, names) if kind == "phrase" else names
    names = [_after_role(start, _before_role(raw)) for start, raw in names]
    entries = []
    for position, (start, raw) in enumerate(names, start=1):
        name, abbreviation, gloss, country = split_entry(raw)
        entries.append(
            Entry(position, raw, Span(start, start + len(raw)), name, abbreviation, gloss, country)
        )
    span = Span(min(e.span.start for e in entries), max(e.span.end for e in entries))
    return Section(heading=line.content, span=span, entries=tuple(entries), kind=kind)


def title_signers(line: Line) -> Section | None:
    """The signers a title names after a statement word ("Joint statement of A and B")."""
    for match in re.finditer(r"[^\W\d_]+", line.content):
        if not statement_compound(fold(match.group())):
            continue
        # in a title in capitals, capitals say nothing: every name must read as one by its words
        cased = sum(c.isupper() for c in line.content) * 2 < sum(c.isalpha() for c in line.content)
        rest = line.content[match.end() :]
        lead = [fold(w) for w in rest.split()[:3]]
        between = any(w in folded_words("between_words") for w in lead)  # "... between A and B"
        names, _ = name_run(rest, line.start + match.end(), relaxed=between, then_relaxed=cased)
        if names:
            return signers_section(line, names, "title")
        colon = re.match(r"^(?:\s*[^\W\d_]+){0,2}?\s*:\s*", rest)
        if colon:  # "Joint statement: A, B and C", "بيان مشترك: ...", "Press release: X Party"
            at = match.end() + colon.end()
            names, end = name_run(line.content[at:], line.start + at, relaxed=True)
            whole = not line.content[at + end :].strip(" .!")
            if len(names) >= 2 and whole and any(_is_name(name) for _, name in names):
                return signers_section(line, names, "title")
            if len(names) == 1 and whole and _is_name(names[0][1]) and _plausible(names, False):
                return signers_section(line, names, "title")  # "Persbericht: Partij van de Arbeid"
        quoted = [run for run in kind_quoted_runs(rest, line.start + match.end()) if len(run) > 1]
        if quoted:  # "Statement of the local branches of ПП „X“, ПП „Y“ and ПП „Z“"
            return signers_section(line, quoted[0], "title")
    return _title_head(line)


def kind_quoted_runs(text: str, offset: int) -> list[list[tuple[int, str]]]:
    """The runs of ``text`` (at document ``offset``) whose names are each in quotation marks,
    the first after a word saying its kind ("ПП „X“, ПП „Y“ и „Z“", "حزب «X» و«Y»"), wherever
    they stand; each run up to its first name not in quotation marks."""
    tokens = [_unelided(m.start(), m.group()) for m in _TOKEN.finditer(text)]
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


def _title_head(line: Line) -> Section | None:
    """The signers a title names before its statement word ("X Party and Y Party: joint
    statement on ...", "KKP, ZİP ve PGB'den ortak açıklama"): two or more, for one name there
    ("ICOR resolution: ...") is often the body whose members sign in the list below."""
    names, end = name_run(line.content, line.start)
    if len(names) < 2 or not _plausible(names, False):
        return None
    after = line.content[end:]
    gap = re.match(r"^(?:['’][^\W\d_]+)?\s*[:–—-]?\s*", after)
    following = words(after[gap.end() if gap else 0 :])[:3]
    if any(statement_compound(fold(w)) for w in following):
        return signers_section(line, names, "title")
    return None


@cache
def _behalf() -> re.Pattern[str]:
    phrases = sorted((fold(p) for p in vocabulary()["on_behalf_phrases"]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")


def behalf_signers(line: Line) -> Section | None:
    """The signers an "on behalf of" phrase in ``line`` names."""
    folded = folded_in_place(line.content)
    names: list[tuple[int, str]] = []
    for match in _behalf().finditer(folded):
        found, end = name_run(line.content[match.end() :], line.start + match.end())
        names += found
        # "namens der X und der in Deutschland wirkenden Organisationen der A, der B"
        for at in _after_plural(line.content, match.end() + end, number=False)[:1]:
            more, _ = name_run(line.content[at:], line.start + at)
            names += more if len(more) >= 2 else []
    names += [n for n in _before_postposition(line) if n not in names]
    return signers_section(line, names, "phrase") if names else None


def _before_postposition(line: Line) -> list[tuple[int, str]]:
    """The names right before a word that speaks for them after them ("Eylemde KKP-ZİP-PGB
    adına ...", "Ksanya Komünist Partisi (KKP) adına ..."): the longest run of names that ends
    there, read from a capitalised word at most a dozen words before."""
    content = line.content
    names: list[tuple[int, str]] = []
    for word in _WORD.finditer(content):
        if fold(word.group()) not in folded_words("on_behalf_after"):
            continue
        head = content[: word.start()].rstrip()
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\s))\S", head)][-12:]
        for start in starts:
            if not _is_name_start(head[start:]):
                continue
            found, end = name_run(head[start:], line.start + start)
            if found and start + end == len(head):
                names += [_without_article(name) for name in found]
                break
    return names


def _without_article(name: tuple[int, str]) -> tuple[int, str]:
    """A name read back from a word after it, without the article of one or two letters that
    opens its sentence ("A Xandiai Kommunista Párt nevében")."""
    at, text = name
    article = re.match(r"^[^\W\d_]{1,2}\s+", text)
    if article and text[:1].isupper() and _is_name(text[article.end() :]):
        return at + article.end(), text[article.end() :]
    return name


def among_signers(line: Line) -> Section | None:
    """The signers named among others in a line announcing a list ("..., among them SKP:")."""
    among = _among()
    folded = folded_in_place(line.content)
    for phrase in among:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase)) + r"(?!\w)"
        for match in re.finditer(pattern, folded):
            names, _ = name_run(line.content[match.end() :], line.start + match.end())
            if names:
                return signers_section(line, names, "phrase")
    return None


@cache
def _signing() -> WordSet:
    return WordSet(vocabulary()["signing_words"])


def subject_signers(line: Line) -> Section | None:
    """The signers named before a verb of signing ("A, B y C firman la declaración"), or as the
    subject of a headline ("PS, Spolu, KDH a Za ľudí garantujú ...", "X Party and Y Union call
    for ..."): two names or more, most of them reading as names by their words, then a word in
    lower case."""
    names, end = name_run(line.content, line.start, relaxed=True)
    after = line.content[end:].split()[:3]
    if len(names) >= 2 and any(_signing().matches(fold(w.strip(",.:"))) for w in after):
        return signers_section(line, names, "title")
    headline = len(line.content) <= 200 and not line.content.rstrip().endswith((".", "!", "?"))
    # a short capitalised word that does not read as a name is a preposition opening one ("Za")
    names = [(at, name) for at, name in names if len(name) >= 3 or _is_name(name)]
    strong = sum(_is_name(name) for _, name in names)
    typed = any(name_evidence(name).types for _, name in names)
    if not headline or not (typed or len(names) >= 3):
        return None  # "NATO and EU condemn ...": two abbreviations alone may be the argument's
    verb = bool(after) and after[0][:1].islower() and not is_name_join(after[0])
    if verb and len(names) >= 2 and strong * 2 >= len(names) and _plausible(names, False):
        return signers_section(line, names, "title")
    return None


_WORD = re.compile(r"[^\W_][\w'’-]*")


def _after_plural(content: str, start: int, number: bool) -> list[int]:
    """Where names may follow a word for organisations in the plural in ``content`` from
    ``start``: after "five leftist parties –" (``number``: the count opens it), or after
    "Organisationen der"."""
    words = list(_WORD.finditer(content, start))
    places: list[int] = []
    for k, word in enumerate(words):
        if number and number_value(word.group()) is None:
            continue
        for later in words[k + (1 if number else 0) : k + (5 if number else 8)]:
            # after a number many languages write the noun in the singular ("tiga parti", "hat
            # párt", "7 parti"): a type word counts there as a plural does
            counted = number and (_signers_word(later.group()) or is_type_word(later.group()))
            if generic_plural(later.group()) or counted:
                rest = content[later.end() :]
                bracket = re.match(r"^(?:\s+[^\W\d_]+){0,2}\s*\(", rest)
                if number and bracket:
                    # "13 subscritores iniciais (A, B, ...)": the names are in the brackets
                    places.append(later.end() + bracket.end())
                    break
                gap = len(rest) - len(rest.lstrip(" :–—-"))
                places.append(later.end() + gap)
                break
        if not number:
            break
    return places


def _signers_word(word: str) -> bool:
    """True when ``word`` names signers in the plural ("subscritores", "signatories")."""
    folded = fold(word)
    return _signing().matches(folded) and folded.endswith(("s", "er", "i", "и", "ες"))


def counted_signers(line: Line) -> Section | None:
    """The signers an apposition names after their number ("five parties – A, B, C, D and E",
    "Три политические партии - A, B и C"): only when as many names follow as the number says."""
    for word in _WORD.finditer(line.content):
        value = number_value(word.group())
        if value is None or value > 30:
            continue
        for at in _after_plural(line.content, word.start(), number=True)[:1]:
            for start in _gaps(line.content, at):
                names, _ = name_run(line.content[start:], line.start + start, relaxed=True)
                if len(names) == value and not any(_prose_inside(name) for _, name in names):
                    return signers_section(line, names, "phrase")
    return None


def _prose_inside(name: str) -> bool:
    """True when a name read by its capitals holds two words in lower case or more that neither
    join a name's words nor say what an organisation is ("Híd koalíciókötési szándékát")."""
    lower = [
        w for w in words(name) if w[:1].islower() and not (is_name_join(w) or is_bare_type_word(w))
    ]
    return len(lower) >= 2


#: A comma, a colon or a dash, or a word, after a number of organisations.
_GAP = re.compile(r"\s*(?:[,:–—-]|[^\W\d_][\w'’-]*)\s*")


def _gaps(content: str, at: int) -> list[int]:
    """Where names may open after ``at``: there, and after each of up to three gaps in a row
    (a comma, a colon, a dash, a word in lower case) between a number of organisations and
    their names ("3 parti tersebut PKX, ...", "A 3 párt, az XKP, ...")."""
    starts = [at]
    for _ in range(3):
        gap = _GAP.match(content, starts[-1])
        if not gap or gap.end() == starts[-1]:
            break
        word = gap.group().strip()
        if word[:1].isalpha() and not word.islower():
            break
        starts.append(gap.end())
    return starts


def plural_signers(line: Line) -> Section | None:
    """The signers an apposition names after a word for organisations in the plural, in the lead
    of a text ("De fem fredsorganisationerna A, B och C har ...", "Kaikki keskusjärjestöt (A, B ja
    C) ovat ...", "Keempat serikat buruh itu yakni A, B dan C"): a few words in lower case may
    come between ("itu yakni", "namely"). Two organisations or more, persons and countries left
    out, and as many as a number before the word says."""
    content = line.content
    names: list[tuple[int, str]] = []
    for word in _WORD.finditer(content):
        if not generic_plural(word.group()) or (names and word.start() < names[-1][0] - line.start):
            continue
        if word.group()[:1].isupper() and _in_name(content[: word.start()].split()):
            continue  # "Coordination des Associations et ...": the word is a name's
        counted = [number_value(w) for w in content[: word.start()].split()[-3:]]
        value = next((v for v in counted if v is not None), None)
        at = word.end()
        for _ in range(4):
            gap = re.match(r"\s*[(:,–—-]?\s*", content[at:])
            start = at + (gap.end() if gap else 0)
            namely = re.match(r"([^\W\d_]+)\s+", content[start:])
            if namely and fold(namely.group(1)) in folded_words("namely_words"):
                start += namely.end()  # "هذه الأحزاب وهي X، Y": the word says the names follow
            found, _ = name_run(content[start:], line.start + start, relaxed=True)
            kept = _organisations(found)
            if len(kept) >= 2 and (value is None or value == len(kept)):
                names += [n for n in kept if n not in names]
                break
            lower = re.match(r"\s*([^\W\d_]+)(?=[\s,:(])", content[at:])
            if not lower or not lower.group(1)[:1].islower() or generic_plural(lower.group(1)):
                break
            at += lower.end()
    return signers_section(line, names, "phrase") if names else None


def _in_name(before: list[str]) -> bool:
    """True when the words ``before`` a capitalised word end as a name does (a capitalised
    word, perhaps with a joining word after it: "Coordination des")."""
    if before and is_name_join(before[-1]) and before[-1][:1].islower():
        before = before[:-1]
    return bool(before) and before[-1][:1].isupper() and before[-1][-1:] not in ".!?:"


#: Where the sentences of a line start: its start, and after a full stop, "!" or "?" and a space.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)(?=\S)")
#: A number or bullet opening a paragraph ("1. The ...", "- ").
_OPENER = re.compile(r"^(?:\d{1,2}[.)]\s+|[-–•]\s+)?")
#: A dateline before a lead's first sentence, up to its dash ("Xandiaville, 20 March (XNA) - ").
_DATELINE = re.compile(r"^[^!?]{0,60}?\s[–—-]\s+(?=\S)")
#: A word and a comma opening a sentence.
_WORD_AND_COMMA = re.compile(r"\s*([^\W\d_]+)\s*,\s*")


def dateline_end(sentence: str) -> int:
    """Where ``sentence`` starts after a dateline that opens it, up to its dash ("XANDIASTADT -
    ", "Xandiaville, 20 March (XNA) - "); 0 when there is none."""
    dateline = _DATELINE.match(sentence)
    return dateline.end() if dateline else 0


def we_opening(sentence: str) -> int | None:
    """Where the names in apposition to a word for "we" start when ``sentence`` (after a
    dateline) opens with one and a comma ("XANDIASTADT - Wir, die X, ..."); else ``None``."""
    for at in (0, dateline_end(sentence)):  # "We, the X - a party of ... - and": no dateline
        word = _WORD_AND_COMMA.match(sentence, at)
        if word is not None and fold(word.group(1)) in folded_words("we_words"):
            return word.end()
    return None


@cache
def _joint() -> WordSet:
    return WordSet(vocabulary()["joint_words"])


def joint(content: str) -> bool:
    """True when ``content`` calls a statement joint ("Comunicato stampa congiunto", "Ortak
    Deklerasyonu", "Joint statement")."""
    return _joint().count(content) > 0


def _subject(content: str, offset: int, relaxed: bool) -> tuple[list[tuple[int, str]], str]:
    """The names a sentence opens with (after a number and an article), and the text after them."""
    start = _OPENER.match(content)
    at = start.end() if start else 0
    we = we_opening(content[at:])
    if we is not None:
        at += we  # "(XANDIASTADT - )We, the X Party and ...": the names after "we"
    article = re.match(r"^([^\W\d_]{1,3})\s+(?=[^\W\d_])", content[at:])
    if article and fold(article.group(1)) in folded_words("statement_joins"):
        at += article.end()  # "El Partido Comunista ...", "The Cyprus Chamber ..."
    verb = re.match(r"^([^\W\d_]+)\s+(?=[^\W\d_])", content[at:])
    if verb and fold(verb.group(1)) in _prose() and content[at + verb.end()].isupper():
        at += verb.end()  # "Mae Undeb X a Phlaid Y ...": a verb that opens the sentence
    names, end = name_run(content[at:], offset + at, relaxed=relaxed, then_relaxed=True)
    return names, content[at + end :]


def _plausible(names: list[tuple[int, str]], relaxed: bool) -> bool:
    """True when names read from running text are organisations: none a country, not mostly
    persons' names, and
    (read by their capitals alone) none a word of prose."""
    raws = [name for _, name in names]
    if any(country_code(raw) for raw in raws) or sum(map(person_shaped, raws)) * 2 > len(raws):
        return False
    return not relaxed or all(len(raw) >= 3 for raw in raws)


def opening_signers(line: Line, relaxed: bool) -> Section | None:
    """The signers the opening sentence of a statement names as its subject ("El Partido
    Comunista de Grecia (KKE) y el Partido Comunista de Turquía (TKP) llaman ...", "1. The Cyprus
    Chamber of Commerce (CCCI), the Turkish Cypriot Chamber of Commerce (KTTO) ... met today"):
    two names or more, then the sentence goes on in lower case, or after a word of speaking that
    opens the sentence ("يدعو الحزب ... وحزب ..."). Each name must read as an organisation's (a
    type word, an abbreviation, a name the authority knows) unless ``relaxed`` (the heading above
    calls the statement joint): then capitals are enough. Either way the sentence must tell of a
    statement (a word of speaking counts): a subject that strikes or meets signs nothing."""
    names, rest, verb_first = _opening(line, relaxed)
    if len(names) < 2 or not _plausible(names, relaxed):
        return None
    if not tells_of_a_statement(line.content):
        # "X, Y and Z attended the meeting": names that do something else; and under a joint
        # heading too, where capitals alone are read ("Die Arbeiter der Region streiken ...")
        return None
    if verb_first or rest[:1].islower():
        return signers_section(line, names, "title")
    if _uncased(rest[:1]) and all(_is_name(name) for _, name in names):
        return signers_section(line, names, "title")  # no capitals: each name read by its words
    return None


def speaker_signers(line: Line) -> Section | None:
    """The one signer the opening sentence names as the subject of a word of speaking ("The X
    Party of Britain condemns ...", "Ksanya Komünist Partisi ... kınıyor.", "يدين الحزب ..."):
    one name that reads as an organisation's by its words, no country, person or event."""
    names, rest, verb_first = _opening(line, False)
    if len(names) != 1 or not _plausible(names, False) or strength(names[0][1]) < NAMED:
        return None
    if verb_first or _spoken(rest):
        return signers_section(line, names, "title")
    return None


def _opening(line: Line, relaxed: bool) -> tuple[list[tuple[int, str]], str, bool]:
    """The names an opening sentence opens with, or names right after a word of speaking that
    opens it; the rest of the sentence after them; whether the verb came first."""
    content = line.content
    verb = re.match(r"^(\S+)\s+", content)
    at = verb.end() if verb and speaks(verb.group(1)) else 0
    names, after = _subject(content[at:], line.start + at, relaxed)
    return names, after.lstrip(" ,–—-"), bool(at)


def _spoken(rest: str) -> bool:
    """True when the rest of a sentence after its subject says that the subject speaks: a word of
    speaking among its first three words in lower case ("strongly condemns"), or as its last
    word (a language that puts the verb last: "... mücadeleye çağırıyor.")."""
    sentence = re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]
    found = sentence.split()
    opening = [w for w in found[:3] if w[:1].islower() or _uncased(w)]
    return any(speaks(w) for w in opening) or (len(found) > 3 and speaks(found[-1]))


def sentence_signers(line: Line) -> Section | None:
    """The signers a sentence names next to a verb of signing, wherever the sentence is in the
    text: before it ("MÉS per Mallorca, Compromís, ... y Movimiento Dignidad y la Ciudadanía de
    Ceuta han firmado ...", "Το ΑΚΕΛ συνυπογράφει ...") or after it ("... που συνυπέγραψαν
    ΣΥΡΙΖΑ, ΚΚΕ και Μέρα 25", "firmado por el Partido X y el Partido Y")."""
    names: list[tuple[int, str]] = []
    for match in _SENTENCE.finditer(line.content):
        sentence = line.content[match.end() :]
        found, after = _subject(sentence, line.start + match.end(), relaxed=True)
        following = [fold(w.strip(",.:")) for w in after.split()[:3]]
        signing = next((k for k, w in enumerate(following) if _signing().matches(w)), None)
        if signing is None or not _plausible(found, True):
            continue
        if set(following[:signing]) & folded_words("negation_words"):
            continue  # "Партия "X" не подписала": who did not sign
        if len(found) >= 2 or (found and _is_name(found[0][1])):
            names += found
    titled = len(line.content) <= 200 and not line.content.rstrip().endswith((".", "!", "?"))
    for word in _WORD.finditer(line.content if titled else ""):
        if not _signing().matches(fold(word.group())):
            continue
        if any(generic_plural(w) for w in line.content[: word.start()].split()):
            break  # "Fifty parties sign KKE Solidarity Campaign": what they sign follows
        at = word.end()
        found, _ = name_run(line.content[at:], line.start + at, then_relaxed=True)
        if found and _plausible(found, False) and not any(f in names for f in found):
            names += found
    if not titled:
        names += [n for n in _after_verbs(line) if n not in names]
    return signers_section(line, names, "phrase") if names else None


def _after_verbs(line: Line) -> list[tuple[int, str]]:
    """The organisations a sentence of prose names right after a verb of signing ("Hanno già
    aderito l’Associazione X, la Rete Y e Z", "have joined the X Party of Britain and the Y
    Union"): persons and countries among them left out."""
    names: list[tuple[int, str]] = []
    for word in _WORD.finditer(line.content):
        if not _signing().matches(fold(word.group())):
            continue
        at = word.end()
        found, _ = name_run(line.content[at:], line.start + at, relaxed=True)
        kept = _organisations(found)
        if len(kept) >= 2:  # one name alone after the verb is what it signed, or who signed a
            names += [n for n in kept if n not in names]  # treaty the argument speaks of
    return names


def _organisations(names: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of a run read from prose that are organisations': persons' names and countries
    left out; a name read by its capitals alone only beside as many names read by their words (a
    surname alone, "Smith", reads as an organisation's name as much as "Greenpeace" does)."""
    kept = [
        (at, name)
        for at, name in names
        if not person_shaped(name) and not is_person(name) and not country_code(name)
    ]
    strong = sum(1 for _, name in kept if _is_name(name))
    if strong and (strong * 2 >= len(kept) or len(kept) >= 4):
        return kept
    return [n for n in kept if _is_name(n[1])]


@cache
def _senders() -> frozenset[str]:
    return frozenset(fold(w).replace(" ", "") for w in vocabulary()["sender_labels"])


#: A field of a press release's head: a label, a colon, its value ("From: X Union", "발 신 : X").
_FIELD = re.compile(r"^\s*([^\W\d_][^:：]{0,14}?)\s*[:：]\s*(\S.{0,119})$")


def sender_signers(line: Line) -> Section | None:
    """The signer a press release's head names in its sender field ("From: X Union", "Von:
    ...", "발 신 : ..."): one name, no person's, no address."""
    field = _FIELD.match(line.content)
    if not field or fold(field.group(1)).replace(" ", "") not in _senders():
        return None
    value = field.group(2).strip().rstrip(".;,")
    if re.search(r"@|https?://|www\.|\d{3,}[\s-]?\d{3,}", value) or len(value.split()) > 8:
        return None
    if person_shaped(value) or is_person(value) or country_code(value):
        return None
    if not (_is_name(value, relaxed=True) or _is_name(value)):
        return None
    return signers_section(line, [(line.start + field.start(2), value)], "header")


def head_signers(line: Line) -> Section | None:
    """The signers a title names as abbreviations before a colon, joined by dashes, slashes,
    commas or "and" ("XİS-YKS-ZMO-WTB: Ortak Açıklama", "XKP – YKP: Joint statement"), or after
    the words that name the statement ("Declaración conjunta XGT – YGT – ZFO"), or a line of the
    head that is nothing but such names ("XFDT - YFE-CGC - Solidaires - WNSA"; not a menu of
    languages, "EN – FR – DE"). Where a dash with spaces parts them, a hyphen without spaces is
    inside one name ("YFE-CGC")."""
    head, colon, _ = line.content.partition(":")
    at = _after_statement_words(head)
    if len(head) - at > 80:
        return None
    names = _head_parts(head, at)
    if len(names) < 2 or not all(_is_name_start(p) and " " not in p for _, p in names):
        return None
    if sum(is_abbreviation(p) and p.upper() == p for _, p in names) * 2 <= len(names):
        return None  # "YGT – SOLIDAIRES – WNSA": most of them abbreviations
    if not colon and all(len(p) == 2 for _, p in names):
        return None
    if not _plausible(names, False):
        return None
    return signers_section(line, [(line.start + at, part) for at, part in names], "title")


def _after_statement_words(head: str) -> int:
    """Where the words that open ``head`` and name a statement ("Declaración conjunta",
    "Joint statement") end, when names follow them; else 0."""
    statement, joint_words = folded_words("statement_words"), folded_words("joint_words")
    at = 0
    for match in re.finditer(r"[^\W\d_]+", head):
        if head[at : match.start()].strip() or fold(match.group()) not in statement | joint_words:
            break
        at = match.end()
    said = head[:at].split()
    return at if any(fold(w) in statement for w in said) else 0


def _head_parts(head: str, at: int) -> list[tuple[int, str]]:
    """The parts of ``head`` from ``at`` between separators, each with its offset: commas,
    slashes, words for "and", dashes with spaces around them, and hyphens too when nothing
    else parts the line ("XKP-ZWU-YKS"; in "XKP, ZWU-YFE et ZAF" the hyphen is inside a name)."""
    ands = "|".join(re.escape(w) for w in vocabulary()["and_words"] if " " not in w)
    spaced = rf"\s*[,/]\s*|\s+[–—-]\s+|\s+(?:{ands})\s+"
    parted = re.search(spaced, head[at:], re.IGNORECASE) is not None
    separator = re.compile(spaced if parted else rf"{spaced}|\s*[–—-]\s*", re.IGNORECASE)
    names: list[tuple[int, str]] = []
    for match in [*separator.finditer(head, at), None]:
        end = match.start() if match else len(head)
        part = head[at:end].strip()
        if part:
            names.append((at + head[at:end].index(part), part))
        at = match.end() if match else at
    return names
