# A signatory that is a person, not an organisation.
# expect: Violation Statement-signatory statement/s1 Class
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
INSERT DATA { <statement/s1> kzld:signatory <person/p1> }
