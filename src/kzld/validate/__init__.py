"""SHACL validation of a kzld graph against the shipped shapes, and the report it gives.

:mod:`~kzld.validate.shapes` loads the shapes with the ontology beside them;
:mod:`~kzld.validate.engines` runs an engine (the fast ``shacl``, the default, or pyshacl, the
reference); :mod:`~kzld.validate.sparql` and :mod:`~kzld.validate.qualified` evaluate the
whole-graph constraints once over the whole graph in pyoxigraph, and :mod:`~kzld.validate.whole`
runs them and adds their results; :mod:`~kzld.validate.report` makes and renders the results.
:mod:`~kzld.validate.sparqlplan` speeds up pyshacl's SPARQL constraints.
"""

from .engines import ENGINES, check_files, validate
from .report import SEVERITIES, Report, Result, dumps_json, dumps_turtle
from .shapes import load_shapes

__all__ = [
    "ENGINES",
    "SEVERITIES",
    "Report",
    "Result",
    "check_files",
    "dumps_json",
    "dumps_turtle",
    "load_shapes",
    "validate",
]
