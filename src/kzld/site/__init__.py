"""The human-readable publication: a static site of the graph, its pictures and an HTTP server.

:func:`build_site` renders one page per resource at the path of its IRI (plus the index, the
co-signature network, the statement x organisation matrix, the VoID description and the dumps);
:mod:`kzld.site.http` serves that folder with content negotiation on the data IRIs.
"""

from __future__ import annotations

from .generate import SiteResult, build_site

__all__ = ["SiteResult", "build_site"]
