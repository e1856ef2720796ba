"""Progress of long steps as the command line shows it: one line per stage when the output is
piped (a log reads well), a line rewritten in place on a terminal, with the elapsed time and, once
a tenth of a counted stage is done, an estimate of the time left.

Library functions take a plain ``(stage, done, total)`` callback; :class:`StageProgress` is the
command line's implementation of it, writing to standard error.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["StageProgress"]

#: Seconds between two updates of the line on a terminal.
REFRESH = 0.2


class StageProgress:
    """Writes the progress of named stages to ``stream`` (standard error by default)."""

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.stage = ""
        self.started = time.monotonic()
        self.stage_started = self.started
        self.shown = 0.0
        self.width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage != self.stage:
            self._end_line()
            self.stage, self.stage_started = stage, now
            if not self.tty:
                self.stream.write(f"{stage} ...\n")
                self.stream.flush()
                return
        if not self.tty or (now - self.shown < REFRESH and done < total):
            return
        self.shown = now
        line = f"{stage}"
        if total:
            line += f" {done}/{total} ({100 * done // total}%)"
            elapsed = now - self.stage_started
            if done >= total / 10 and done < total:
                line += f", about {_duration(elapsed * (total - done) / done)} left"
        line += f" [{_duration(now - self.started)}]"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def _end_line(self) -> None:
        if self.tty and self.width:
            self.stream.write("\n")
            self.width = 0

    def close(self) -> None:
        """End the last line (call once the work is done)."""
        self._end_line()
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"
