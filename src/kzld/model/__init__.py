"""What the pipeline's stages hand each other, with no RDF: records, data IRIs, countries.

:mod:`~kzld.model.records` holds the frozen dataclasses that flow from the reader to the
mapping, :mod:`~kzld.model.iris` mints every data IRI, and :mod:`~kzld.model.countries` knows
country names and codes in many languages.
"""
