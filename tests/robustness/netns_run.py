"""Run one command in the network namespace this script was started in (``unshare -rn``), with a
listener that every address leads to, and print what happened as JSON.

Usage: ``unshare -rn python3 netns_run.py COMMAND...``; ``{url}`` in an argument becomes an http
URL on the listener. The namespace holds only a loopback interface: nothing can leave the machine,
and with ``ip`` at hand every IPv4 address is routed to that loopback, so the URL names a remote
address (``192.0.2.10``, TEST-NET-1) and any connection to it, made by Python or by native code,
arrives at the listener. Prints ``{"code", "stdout", "stderr", "received", "url"}``.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import socket
import struct
import subprocess
import sys
import time

from tests.robustness.listener import Listener

_SIOCGIFFLAGS = 0x8913
_SIOCSIFFLAGS = 0x8914


def loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(probe, _SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(probe, _SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | 1))


def every_address_local() -> bool:
    ip = shutil.which("ip")
    if ip is None:
        return False
    done = subprocess.run([ip, "route", "add", "local", "0.0.0.0/0", "dev", "lo"], check=False)
    return done.returncode == 0


def main() -> None:
    loopback_up()
    host = "192.0.2.10" if every_address_local() else "127.0.0.1"
    with Listener("0.0.0.0") as listener:
        url = listener.url("/sparql", host)
        command = [arg.replace("{url}", url) for arg in sys.argv[1:]]
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
        time.sleep(0.2)
    print(
        json.dumps(
            {
                "code": done.returncode,
                "stdout": done.stdout,
                "stderr": done.stderr,
                "received": [data.decode("latin-1") for data in listener.received],
                "url": url,
            }
        )
    )


if __name__ == "__main__":
    main()
