"""SPARQL over the published graph: ``kzld query``'s store, runs, result formats and cache.

:mod:`~kzld.query.run` loads a graph into pyoxigraph, runs a query and formats its results;
:mod:`~kzld.query.ordering` does a SELECT's final ORDER BY where pyoxigraph is slow;
:mod:`~kzld.query.cache` keeps on-disk stores of big files; :mod:`~kzld.query.answers` picks the
store for a data file and keeps slow answers.
"""
