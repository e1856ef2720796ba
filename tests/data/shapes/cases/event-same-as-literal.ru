# schema:sameAs as a string.
# expect: Violation Event-sameAs event/ban NodeKind
INSERT DATA { <event/ban> schema:sameAs "Q2" }
