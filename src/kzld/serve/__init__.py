"""The graph behind a SPARQL endpoint (``kzld serve``) and pushed to other stores (``kzld load``).

:mod:`~kzld.serve.server` runs the ``oxigraph`` endpoint and the live site beside it;
:mod:`~kzld.serve.gsp` loads the graph into any SPARQL 1.1 store through the Graph Store Protocol.
"""
