# schema:sameAs as a string.
# expect: Violation Organization-sameAs org/kke NodeKind
INSERT DATA { <org/kke> schema:sameAs "Q1" }
