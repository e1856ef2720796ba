"""Decoding source bytes into the reader's text: BOM, UTF-8/UTF-16, CRLF, NFC, and a line index.

UTF-16 is read with a BOM, or without one when its NUL bytes show the byte order (every NUL at
odd offsets for little-endian, at even ones for big-endian, as ASCII letters, digits and
punctuation make them). Anything else with a NUL byte is binary. The size limits of
:mod:`kzld.limits` are enforced here.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from ..errors import InputError
from ..limits import MAX_LINE_CHARS, MAX_TEXT_BYTES, describe

__all__ = ["Line", "check_size", "decode", "split_lines"]


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
    check_size(name, len(data))
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data
    elif b"\x00" in data:
        encoding, body = _utf16_without_bom(name, data), data
    else:
        encoding, body = "utf-8", data
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
    text = unicodedata.normalize("NFC", text)
    _check_lines(name, text)
    return text


def check_size(name: str, size: int) -> None:
    """Raise :class:`InputError` when a text of ``size`` bytes is over the limit."""
    if size > MAX_TEXT_BYTES:
        raise InputError(name, _too_big(size))


def _too_big(size: int) -> str:
    return (
        f"the file is {size:,} bytes, more than the {describe(MAX_TEXT_BYTES)} kzld reads in one "
        "text; split it into one file per statement"
    )


def _utf16_without_bom(name: str, data: bytes) -> str:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes say so; :class:`InputError` otherwise."""
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if len(data) % 2 == 0 and (even == 0) != (odd == 0):
        encoding = "utf-16-le" if even == 0 else "utf-16-be"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            if not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v" for c in text):
                return encoding
    raise InputError(
        name, f"binary data, not text (NUL byte at byte {data.index(0)}); give a text file"
    )


def _check_lines(name: str, text: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, raw in enumerate(text.split("\n"), start=1):
        if len(raw) > MAX_LINE_CHARS:
            raise InputError(
                name,
                f"the line is {len(raw):,} characters long, more than the "
                f"{MAX_LINE_CHARS:,} kzld reads in one line; break it into paragraphs",
                number,
            )


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
