"""Decoding source bytes into the reader's text: BOM, UTF-8/UTF-16, CRLF, NFC, and a line index."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Line", "decode", "fold", "split_lines"]

#: Letters casefolding leaves apart that readers treat as one (Turkish dotless i).
_FOLD = str.maketrans({"ı": "i"})


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: its 1-based number, the stripped content and where that lies."""

    number: int
    start: int
    end: int
    content: str

    @property
    def blank(self) -> bool:
        """True when the line holds only whitespace."""
        return not self.content


def decode(name: str, data: bytes) -> str:
    """The NFC text of ``data`` (LF line ends); :class:`InputError` if it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    else:
        encoding, body = "utf-8", data
        if b"\x00" in data:
            raise InputError(
                name, f"binary data, not text (NUL byte at byte {data.index(0)}); give a text file"
            )
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1 if encoding == "utf-8" else None
        raise InputError(
            name,
            f"not {encoding.upper()} text (byte {error.start}); re-save the file as UTF-8",
            line,
        ) from error
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise InputError(name, "binary data, not text (NUL character); give a text file")
    return unicodedata.normalize("NFC", text)


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, each with the span of its content without surrounding whitespace."""
    lines: list[Line] = []
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        start = offset + (raw.index(stripped) if stripped else 0)
        lines.append(Line(number, start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def fold(text: str) -> str:
    """Case- and accent-free form for matching cue words: ``İMZACILAR`` -> ``imzacilar``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
