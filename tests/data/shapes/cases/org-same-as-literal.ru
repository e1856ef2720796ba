# schema:sameAs as a string.
# expect: Violation Organization-sameAs org/kke
INSERT DATA { <org/kke> schema:sameAs "Q1" }
