"""A real TCP listener on a free local port that records every connection and every byte sent
to it: the proof that a query reached for the network, whichever code opened the socket."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

__all__ = ["Listener"]


class Listener:
    """Listens on ``host`` (a free port) in a thread until closed; ``received`` holds what each
    connection sent (``b""`` for a connection that sent nothing)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._socket = socket.create_server((host, 0))
        self._socket.settimeout(0.1)
        self.port: int = self._socket.getsockname()[1]
        self.received: list[bytes] = []
        self._open = True
        self._thread = threading.Thread(target=self._accept, name="listener", daemon=True)
        self._thread.start()

    def url(self, path: str = "/sparql", host: str = "127.0.0.1") -> str:
        """An http URL on this listener."""
        return f"http://{host}:{self.port}{path}"

    def _accept(self) -> None:
        while self._open:
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with connection:
                connection.settimeout(1.0)
                data = b""
                try:
                    while chunk := connection.recv(65536):
                        data += chunk
                        if len(data) > 65536:
                            break
                except OSError:
                    pass
                self.received.append(data)

    def close(self) -> None:
        """Stop listening (after a moment for a connection under way to be recorded)."""
        time.sleep(0.2)
        self._open = False
        self._thread.join(timeout=5)
        self._socket.close()

    def __enter__(self) -> Listener:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
