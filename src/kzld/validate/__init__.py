"""SHACL validation of a kzld graph against the shipped shapes, and the report it gives.

:mod:`~kzld.validate.engines` loads the shapes and runs an engine (pyshacl, the reference, or
the faster ``shacl``); :mod:`~kzld.validate.sparql` and :mod:`~kzld.validate.qualified` evaluate
the whole-graph constraints once over the whole graph in pyoxigraph.
"""

from .engines import (
    ENGINES,
    SEVERITIES,
    Report,
    Result,
    check_files,
    dumps_json,
    load_shapes,
    validate,
)

__all__ = [
    "ENGINES",
    "SEVERITIES",
    "Report",
    "Result",
    "check_files",
    "dumps_json",
    "load_shapes",
    "validate",
]
