"""Progress of long steps as the command line shows it: one line per stage when the output is
piped (a log reads well), a line rewritten in place on a terminal, with the elapsed time and, once
a tenth of a counted stage is done, an estimate of the time left.

Library functions take a plain ``(stage, done, total)`` callback; :class:`StageProgress` is the
command line's implementation of it, writing to standard error. A stage with no count (``total``
0) that is told nothing for a while still shows its time going on a terminal: the line is
rewritten every :data:`TICK` seconds until the next stage or :meth:`StageProgress.close`.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

__all__ = ["StageProgress"]

#: Seconds between two updates of the line on a terminal.
REFRESH = 0.2
#: Seconds between two rewrites of the line of a stage that reports nothing meanwhile.
TICK = 1.0


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
        self.done = 0
        self.total = 0
        self._lock = threading.Lock()
        self._ticking: threading.Event | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        with self._lock:
            if stage != self.stage:
                self._end_line()
                self.stage, self.stage_started = stage, now
                if not self.tty:
                    self.stream.write(f"{stage} ...\n")
                    self.stream.flush()
                    return
                self._tick()
            self.done, self.total = done, total
            if not self.tty or (now - self.shown < REFRESH and done < total):
                return
            self._draw(now)

    def _draw(self, now: float) -> None:
        """Rewrite the line of the current stage (the lock held)."""
        self.shown = now
        line = f"{self.stage}"
        done, total = self.done, self.total
        if total:
            line += f" {done}/{total} ({100 * done // total}%)"
            elapsed = now - self.stage_started
            if done >= total / 10 and done < total:
                line += f", about {_duration(elapsed * (total - done) / done)} left"
        line += f" [{_duration(now - self.started)}]"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def _tick(self) -> None:
        """Keep the line's time going while the stage reports nothing (a daemon thread)."""
        if self._ticking is not None:
            return
        self._ticking = stopped = threading.Event()

        def tick() -> None:
            while not stopped.wait(TICK):
                with self._lock:
                    if self.stage and time.monotonic() - self.shown >= TICK:
                        self._draw(time.monotonic())

        threading.Thread(target=tick, name="kzld-progress", daemon=True).start()

    def _end_line(self) -> None:
        if self.tty and self.width:
            self.stream.write("\n")
            self.width = 0

    def close(self) -> None:
        """End the last line (call once the work is done)."""
        with self._lock:
            if self._ticking is not None:
                self._ticking.set()
                self._ticking = None
            self._end_line()
            self.stage = ""
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"
