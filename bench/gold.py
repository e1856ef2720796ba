"""The gold records of the development corpus (``bench/devcorpus/README.md``): reading them,
checking them against their texts, and the one text folding names are compared in.

:func:`load_golds` reads every ``ID.gold.yaml`` of a folder beside its ``ID.txt`` and returns the
records and every problem found, each as ``FILE: FIELD: message`` (a missing or unknown key, a
wrong type, a date that is not ``YYYY-MM-DD``, an unknown class or reason, signers out of text
order, and any name, alias, title or not-signatory that is not an exact substring of the text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["CLASSES", "REASONS", "Gold", "GoldSigner", "load_golds", "match_key", "read_text"]

GOLD_SUFFIX = ".gold.yaml"

#: The classes of texts the development corpus exercises (bench/devcorpus/README.md).
CLASSES = frozenset(
    {
        "heading-list",
        "cue-sentence",
        "dateline-list",
        "no-cue-list",
        "inline-list",
        "several-lists",
        "update-stamp",
        "signers-in-title",
        "on-behalf-of",
        "header-lines",
        "cut-list",
        "false-cue",
        "stated-total",
        "furniture",
        "mixed-language",
        "several-versions",
    }
)
#: Why a text that looks like an entry is not a signatory.
REASONS = frozenset({"cut", "garbled", "furniture", "argument", "person", "other"})
#: The keys of a gold record: required ones, and those that may be left out.
REQUIRED = (
    "source",
    "classes",
    "languages",
    "title",
    "created",
    "published",
    "stated_total",
    "signatories",
)
OPTIONAL = ("not_signatories",)
SIGNER_REQUIRED = ("name", "section", "position")
SIGNER_OPTIONAL = ("aliases", "as_of")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


# --------------------------------------------------------------------------- folding


def match_key(text: str) -> str:
    """The one folding both sides go through before they are compared.

    kzld's own folding (case and accents), whitespace runs as one space, and the punctuation a
    list puts after an entry (``,;:.``) dropped: ``Partido Comunista de España (PCE);`` and
    ``partido  comunista de espana (pce)`` are one key.
    """
    from kzld.model.folding import fold

    folded = " ".join(fold(unicodedata.normalize("NFC", text)).split())
    return folded.rstrip(",;:. ").strip()


# --------------------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldSigner:
    """A signer as the gold names it."""

    name: str
    section: int
    position: int
    aliases: tuple[str, ...] = ()
    as_of: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        """The name and its aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gold:
    """One text's gold record."""

    file: str
    source: str
    classes: tuple[str, ...]
    languages: tuple[str, ...]
    title: str | None
    created: str | None
    published: str | None
    stated_total: int | None
    signatories: tuple[GoldSigner, ...]
    not_signatories: tuple[tuple[str, str], ...] = ()


class _Checker:
    """Collects ``FILE: FIELD: message`` problems while one gold record is read."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.errors: list[str] = []

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{self.path}: {where}: {message}")

    def keys(
        self, where: str, value: Any, required: Sequence[str], optional: Sequence[str]
    ) -> bool:
        if not isinstance(value, dict):
            self.error(where, f"must be a mapping, not {type(value).__name__}")
            return False
        for key in required:
            if key not in value:
                self.error(where, f"the key {key!r} is missing (write `{key}: null` if none)")
        for key in value:
            if key not in required and key not in optional:
                known = ", ".join((*required, *optional))
                self.error(where, f"unknown key {key!r} (known: {known})")
        return True

    def substring(self, where: str, value: Any) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.error(where, f"must be a non-empty string, not {value!r}")
            return None
        if value != value.strip():
            self.error(where, f"{value!r} has spaces at its ends")
        if unicodedata.normalize("NFC", value) not in self.text:
            self.error(where, f"{value!r} is not an exact substring of the text")
        return unicodedata.normalize("NFC", value)

    def day(self, where: str, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self.error(where, f"must be a date YYYY-MM-DD or null, not {value!r}")
        return None

    def integer(self, where: str, value: Any, least: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            self.error(where, f"must be an integer >= {least}, not {value!r}")
            return None
        return value


def read_text(path: Path) -> str:
    """A text as the reader sees it: UTF-8 (BOM dropped), LF line ends, NFC."""
    text = path.read_bytes().decode("utf-8-sig")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _gold(path: Path, text_path: Path) -> tuple[Gold | None, list[str]]:
    """Read and check one gold record against its text."""
    import yaml

    try:
        text = read_text(text_path)
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{text_path}: cannot be read as UTF-8 text ({error})"]
    check = _Checker(path, text)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        return None, [f"{where}: not valid YAML ({getattr(error, 'problem', error)})"]
    except (OSError, UnicodeDecodeError) as error:
        return None, [f"{path}: cannot be read as UTF-8 text ({error})"]
    if not check.keys("(record)", data, REQUIRED, OPTIONAL):
        return None, check.errors

    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        check.error("source", f"must be the address of the page, not {source!r}")
    classes = data.get("classes")
    if not isinstance(classes, list) or not classes:
        check.error("classes", f"must be a non-empty list, not {classes!r}")
        classes = []
    for number, name in enumerate(classes):
        if name not in CLASSES:
            check.error(f"classes[{number}]", f"unknown class {name!r} (known: {sorted(CLASSES)})")
    languages = data.get("languages")
    if not isinstance(languages, list) or not languages:
        check.error("languages", f"must be a non-empty list of language tags, not {languages!r}")
        languages = []
    for number, tag in enumerate(languages):
        if not isinstance(tag, str) or not _LANGUAGE.match(tag):
            check.error(f"languages[{number}]", f"{tag!r} is not a primary language tag like 'sv'")
    if len(set(map(str, languages))) < len(languages):
        check.error("languages", f"{languages!r}: two versions in one language are never made")
    title = data.get("title")
    title = None if title is None else check.substring("title", title)
    created = check.day("created", data.get("created"))
    published = check.day("published", data.get("published"))
    total = data.get("stated_total")
    total = None if total is None else check.integer("stated_total", total, 1)

    signers = _signers(check, data.get("signatories"))
    refused: list[tuple[str, str]] = []
    entries = data.get("not_signatories") or []
    if not isinstance(entries, list):
        check.error("not_signatories", f"must be a list, not {type(entries).__name__}")
        entries = []
    taken = {match_key(form): s.name for s in signers for form in s.forms}
    for number, entry in enumerate(entries):
        where = f"not_signatories[{number}]"
        if not check.keys(where, entry, ("text", "reason"), ()):
            continue
        text_value = check.substring(f"{where}.text", entry.get("text"))
        reason = entry.get("reason")
        if reason not in REASONS:
            check.error(f"{where}.reason", f"{reason!r} is not one of {sorted(REASONS)}")
        if text_value is not None:
            if match_key(text_value) in taken:
                check.error(
                    f"{where}.text",
                    f"{text_value!r} is also the signer {taken[match_key(text_value)]!r}",
                )
            refused.append((text_value, str(reason)))
    if check.errors:
        return None, check.errors
    return (
        Gold(
            file=text_path.name,
            source=str(source),
            classes=tuple(classes),
            languages=tuple(languages),
            title=title,
            created=created,
            published=published,
            stated_total=total,
            signatories=tuple(signers),
            not_signatories=tuple(refused),
        ),
        [],
    )


def _signers(check: _Checker, value: Any) -> list[GoldSigner]:
    if not isinstance(value, list):
        check.error("signatories", f"must be a list (empty when none), not {value!r}")
        return []
    signers: list[GoldSigner] = []
    seen: dict[str, list[str]] = {}
    folded = " ".join(match_key(line) for line in check.text.split("\n"))
    last: dict[int, int] = {}
    for number, entry in enumerate(value):
        where = f"signatories[{number}]"
        if not check.keys(where, entry, SIGNER_REQUIRED, SIGNER_OPTIONAL):
            continue
        name = check.substring(f"{where}.name", entry.get("name"))
        aliases_value = entry.get("aliases") or []
        if not isinstance(aliases_value, list):
            check.error(f"{where}.aliases", f"must be a list, not {aliases_value!r}")
            aliases_value = []
        aliases = [
            check.substring(f"{where}.aliases[{i}]", alias) for i, alias in enumerate(aliases_value)
        ]
        section = check.integer(f"{where}.section", entry.get("section"), 0)
        position = check.integer(f"{where}.position", entry.get("position"), 1)
        as_of = check.day(f"{where}.as_of", entry.get("as_of"))
        if name is None or section is None or position is None or None in aliases:
            continue
        forms = [name, *(a for a in aliases if a is not None)]
        for form in dict.fromkeys(map(match_key, forms)):  # one signer's forms may fold alike
            seen.setdefault(form, []).append(name)
            # Two signers may be written alike (an elliptic list names the textile workers'
            # federation and their union the same way), but only as often as the text says it.
            if len(seen[form]) > 1 and folded.count(form) < len(seen[form]):
                check.error(
                    f"{where}.name",
                    f"{name!r} folds to the same text as the signer {seen[form][0]!r}, and the "
                    f"text writes it only {folded.count(form)} time(s)",
                )
        if position <= last.get(section, 0):
            check.error(
                f"{where}.position",
                f"{position} after {last[section]} in section {section}: "
                "signers are listed in text order",
            )
        last[section] = position
        signers.append(GoldSigner(name, section, position, tuple(a for a in aliases if a), as_of))
    return signers


def load_golds(folder: Path) -> tuple[dict[str, Gold], list[str]]:
    """Every gold record of ``folder`` by its text's file name, and every problem found."""
    if not folder.is_dir():
        return {}, [f"{folder}: not a folder"]
    texts = {p.name for p in folder.glob("*.txt")}
    golds: dict[str, Gold] = {}
    errors: list[str] = []
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        text_name = path.name[: -len(GOLD_SUFFIX)] + ".txt"
        if text_name not in texts:
            errors.append(f"{path}: there is no text {text_name} beside it")
            continue
        gold, problems = _gold(path, folder / text_name)
        errors += problems
        if gold is not None:
            golds[text_name] = gold
    for name in sorted(texts):
        if not (folder / (name[:-4] + GOLD_SUFFIX)).is_file():
            errors.append(f"{folder / name}: has no gold record {name[:-4] + GOLD_SUFFIX}")
    if not texts:
        errors.append(f"{folder}: no texts (*.txt) in it")
    return golds, errors
