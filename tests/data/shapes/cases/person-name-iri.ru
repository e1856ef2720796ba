# A person name that is an IRI.
# expect: Violation Person-name person/p1 Or
INSERT DATA { <person/p1> schema:name <org/pt> }
