# An alternate name that is an IRI.
# expect: Violation Organization-alternateName org/kke Or
INSERT DATA { <org/kke> schema:alternateName <http://example.org/kke> }
