"""How far the reader's word tables reach across languages.

For every table and kind of word in ``src/kzld/parse/*.yaml`` (``cues.yaml``, ``orgwords.yaml``,
``totals.yaml``, ``dates.yaml``, ``places.yaml``), the languages that have words in it and those
that have none, over the languages the reader is asked to read: those of
``parse/languages.yaml`` and of the tune texts (the codes in their file names).

- A table keyed by language (``orgwords.yaml``'s types, qualifiers, plurals, ...;
  ``cues.yaml``'s ``summing_words``) covers the languages it has keys for.
- A flat list of words covers a language where one of its words occurs, as the reader matches
  it (:class:`~kzld.parse.text.WordSet`: whole words, stems, phrases), in one of that
  language's readable tune texts (fold A: the odd numbers). A language with no such text is
  counted apart. A word shared by two languages counts for both: this is evidence of reach, not
  a dictionary's attribution.
- The words for "and" and the list separators are checked against CLDR's list pattern of each
  language (through Babel): whether the reader's words for "and" hold the word CLDR writes
  between the last two items, and its separators the one CLDR writes between the others.
- Months: the languages whose CLDR wide month names the reader reads, each as its month.

    python3 bench/coverage.py                 # every table, summed
    python3 bench/coverage.py --kind and_words --kind types
    python3 bench/coverage.py --json > coverage.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from babel import Locale, UnknownLocaleError  # noqa: E402

from kzld.model.folding import fold  # noqa: E402
from kzld.parse.calendars import name_key, names_of, shared_months  # noqa: E402
from kzld.parse.cues import word_file  # noqa: E402
from kzld.parse.enumerated import SEPARATOR  # noqa: E402
from kzld.parse.text import WordSet  # noqa: E402

CORPUS = ROOT / "bench" / "devcorpus"
#: The word files read; ``languages.yaml`` lends its languages only.
FILES = ("cues.yaml", "orgwords.yaml", "totals.yaml", "dates.yaml", "places.yaml")
#: Keys that hold patterns or language codes, not words.
NOT_WORDS = frozenset({"boilerplate_lines", "publisher_patterns", "compounds", "groups"})
#: Tables keyed by language whose values are no words of that language (names of languages
#: written in others).
NOT_KEYED = frozenset({"language_names"})
#: CLDR codes of the corpus' languages filed otherwise (Tagalog as Filipino, Norwegian as Bokmål).
CLDR_CODES = {"tl": "fil", "no": "nb"}
_TEXT = re.compile(r"^([a-z])(\d+)-([a-z]{2,3})-")
_CODE = re.compile(r"^[a-z]{2,3}$")


def corpus_languages() -> set[str]:
    """The languages of the tune texts, by the codes in their file names (the held-out split is
    never opened, not even for its languages)."""
    return {m.group(3) for p in (CORPUS / "tune").glob("*.txt") if (m := _TEXT.match(p.name))}


def group_languages() -> set[str]:
    """The languages ``parse/languages.yaml`` tells apart."""
    groups = word_file("languages.yaml")["groups"]
    return {code for group in groups for code in group["languages"]}


def readable_texts() -> dict[str, list[str]]:
    """The fold-A tune texts (odd numbers), by language."""
    found: dict[str, list[str]] = {}
    for path in sorted((CORPUS / "tune").glob("*.txt")):
        m = _TEXT.match(path.name)
        if m and int(m.group(2)) % 2 == 1:
            found.setdefault(m.group(3), []).append(path.read_text(encoding="utf-8"))
    return found


def tables() -> Iterator[tuple[str, Any]]:
    """Every table of the word files as (``file:key``, its value), the tables of a table of
    tables (``case_forms``) as one."""
    for name in FILES:
        for key, value in word_file(name).items():
            if key not in NOT_WORDS:
                yield f"{name.removesuffix('.yaml')}:{key}", value


def _words(value: Any) -> list[str]:
    """The words of a table, however nested (numbers' and genres' lists flattened)."""
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    if isinstance(value, list):
        return [w for v in value for w in _words(v)]
    return [str(value)]


def _keyed(key: str, value: Any) -> bool:
    """True when the table ``key`` is keyed by language codes."""
    table = key.partition(":")[2]
    return (
        isinstance(value, dict)
        and table not in NOT_KEYED
        and bool(value)
        and all(_CODE.match(str(k)) for k in value)
    )


def reach(value: Any, texts: dict[str, list[str]]) -> set[str]:
    """The languages of ``texts`` in one of whose texts a word of the flat table occurs."""
    words = _words(value)
    matcher = WordSet(words)
    marks = [w for w in words if not any(c.isalnum() for c in w)]
    return {
        language
        for language, bodies in texts.items()
        if any(matcher.count(b) or any(m in b for m in marks) for b in bodies)
    }


def cldr_pattern(code: str) -> tuple[set[str], str] | None:
    """CLDR's words for "and" between the last two items of a list (of two, of more) and its
    separator between the others, in the language ``code``; None where CLDR has no such
    locale. A letter CLDR writes in brackets is read both ways ("a(c)": "a", "ac")."""
    try:
        patterns = Locale.parse(CLDR_CODES.get(code, code)).list_patterns["standard"]
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    said: set[str] = set()
    for kind in ("end", "2"):
        word = " ".join(patterns[kind].replace("{0}", " ").replace("{1}", " ").split())
        word = word.strip(",،、，").strip()
        if word:
            said |= {re.sub(r"\((\w+)\)", "", word), re.sub(r"[()]", "", word)}
    middle = patterns["middle"].replace("{0}", "").replace("{1}", "")
    return said, middle


def and_words() -> set[str]:
    """Every form the reader takes for "and" between names, folded."""
    cues, totals = word_file("cues.yaml"), word_file("totals.yaml")
    keys = ("and_words", "and_before_capitals", "comma_and_words", "unspaced_separators")
    forms = [w for k in keys for w in cues[k]] + list(totals["cjk_and"])
    return {fold(str(w)).strip() for w in forms}


def cldr_rows(languages: list[str]) -> dict[str, dict[str, Any]]:
    """For each language, CLDR's "and" and separator, and whether the reader has them."""
    known = and_words()
    rows: dict[str, dict[str, Any]] = {}
    for code in languages:
        pattern = cldr_pattern(code)
        if pattern is None:
            rows[code] = {"cldr": None}
            continue
        said, middle = pattern
        rows[code] = {
            "cldr": True,
            "and": " ".join(sorted(said)),
            "and_read": all(fold(w) in known for w in said),
            "separator": middle.strip() or middle,
            "separator_read": bool(SEPARATOR.search(middle)) or not middle.strip(),
        }
    return rows


def month_languages(languages: list[str]) -> set[str]:
    """The languages whose CLDR wide month names (format) the reader reads, every one of them
    as its month (``calendars.names_of``: CLDR's locales read and ``extra_months``), or, where
    two languages write the same name for different months, as one of them; names written with
    digits are numeric dates, read as such."""
    table, _ = names_of("months")
    shared = shared_months()
    found = set()
    for code in languages:
        try:
            wide = Locale.parse(CLDR_CODES.get(code, code)).months["format"]["wide"]
        except (UnknownLocaleError, ValueError, KeyError):
            continue
        # a name with a digit ("1月") is read as a numeric date; an apostrophe closing a name
        # ("মে’") and a zero-width non-joiner inside one are no letters of it
        keys = {
            number: name_key(name.replace("\u200c", "").rstrip("’'"))
            for number, name in wide.items()
            if not any(c.isdigit() for c in name)
        }
        if all(table.get(k) == n or k in shared for n, k in keys.items()):
            found.add(code)
    return found


def audit(kinds: list[str] | None = None) -> dict[str, Any]:
    """The coverage of every table (or of the tables ``kinds`` names), as a dict."""
    languages = sorted(corpus_languages() | group_languages())
    texts = readable_texts()
    result: dict[str, Any] = {
        "languages": languages,
        "readable": sorted(texts),
        "no_readable_text": sorted(set(languages) - set(texts)),
        "tables": {},
    }
    for key, value in tables():
        if kinds and key.partition(":")[2] not in kinds and key not in kinds:
            continue
        if _keyed(key, value):
            covered = {str(k) for k in value}
            result["tables"][key] = {"by": "keys", "covered": sorted(covered & set(languages))}
        else:
            result["tables"][key] = {"by": "texts", "covered": sorted(reach(value, texts))}
    result["cldr_list_patterns"] = cldr_rows(languages)
    result["months"] = sorted(month_languages(languages))
    return result


def report(result: dict[str, Any]) -> str:
    """The audit as text: each table's languages with and without words, then CLDR's checks."""
    languages, readable = result["languages"], set(result["readable"])
    lines = [
        f"{len(languages)} languages; {len(readable)} with a readable (fold A) tune text; "
        f"without one: {' '.join(result['no_readable_text'])}",
        "",
    ]
    for key, row in result["tables"].items():
        covered = set(row["covered"])
        pool = languages if row["by"] == "keys" else sorted(readable)
        missing = [c for c in pool if c not in covered]
        lines.append(f"{key} ({row['by']}): {len(covered)}/{len(pool)}; none: {' '.join(missing)}")
    rows = result["cldr_list_patterns"]
    no_and = [f"{c} '{r['and']}'" for c, r in rows.items() if r["cldr"] and not r["and_read"]]
    no_sep = [
        f"{c} '{r['separator']}'" for c, r in rows.items() if r["cldr"] and not r["separator_read"]
    ]
    no_cldr = [c for c, r in rows.items() if not r["cldr"]]
    lines += [
        "",
        f"CLDR 'and' not read ({len(no_and)}): {', '.join(no_and)}",
        f"CLDR separator not read ({len(no_sep)}): {', '.join(no_sep)}",
        f"no CLDR list pattern: {' '.join(no_cldr)}",
        f"months read from CLDR: {len(result['months'])}/{len(languages)}; none: "
        + " ".join(c for c in languages if c not in set(result["months"])),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", action="append", help="a table's key (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the audit as JSON")
    args = parser.parse_args(argv)
    result = audit(args.kind)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
