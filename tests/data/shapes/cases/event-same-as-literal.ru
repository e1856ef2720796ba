# schema:sameAs as a string.
# expect: Violation Event-sameAs event/ban
INSERT DATA { <event/ban> schema:sameAs "Q2" }
