"""Push the published graph into any SPARQL 1.1 store through the Graph Store HTTP Protocol.

``PUT`` replaces a graph, ``POST`` merges into it; the target is a named graph (``?graph=IRI``)
or the default graph (``?default``). Only the standard library is used, so the push works
against Oxigraph, Fuseki, GraphDB, Virtuoso or QLever alike.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..errors import GSPError, InputError
from ..rdf.formats import of_file

__all__ = ["PushResult", "graph_url", "push_graph"]

#: Seconds to wait for the store to answer.
TIMEOUT = 120.0


@dataclass(frozen=True)
class PushResult:
    """What was sent where: the URL, the HTTP method, the status and the bytes sent."""

    url: str
    method: str
    status: int
    size: int


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (``None``: the default graph) at ``endpoint``."""
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def push_graph(
    data: Path, endpoint: str, graph: str | None = None, merge: bool = False
) -> PushResult:
    """Send the RDF file ``data`` to ``endpoint``: replace the graph (PUT) or merge (POST).

    The file is sent as it is, in a format of :mod:`kzld.rdf.formats` that holds one graph."""
    media_type = of_file(data, graph_only=True).media_type
    try:
        body = data.read_bytes()
    except OSError as error:
        raise InputError(data, f"cannot be read: {error.strerror}") from error
    if not endpoint.startswith(("http://", "https://")):
        raise GSPError(f"{endpoint}: not an http(s) URL of a Graph Store Protocol endpoint")
    url = graph_url(endpoint, graph)
    method = "POST" if merge else "PUT"
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": f"{media_type}; charset=utf-8"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            status = int(response.status)
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()[:300]
        raise GSPError(
            f"{method} {url} failed with HTTP {error.code} {error.reason}"
            + (f": {detail}" if detail else "")
            + " (is this the store's Graph Store Protocol endpoint, e.g. .../store or .../data?)"
        ) from error
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise GSPError(f"{method} {url} failed: {reason} (is the store running there?)") from error
    return PushResult(url, method, status, len(body))
