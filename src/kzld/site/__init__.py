"""The human-readable publication: a static site of the graph, its pictures and an HTTP server.

:func:`kzld.site.generate.build_site` renders one page per resource at the path of its IRI (plus
the index, the co-signature network, the statement x organisation matrix, the VoID description
and the dumps); :mod:`kzld.site.http` serves that folder with content negotiation on the data
IRIs. A page alone (:mod:`kzld.site.render`, what ``kzld serve`` answers live) needs neither the
network's layout nor the whole-graph writers, and its modules do not import them.
"""
