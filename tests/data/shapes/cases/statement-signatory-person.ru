# A signatory that is a person, not an organisation.
# expect: Violation Statement-signatory statement/s1
# expect: Violation Statement-signatoryBacked statement/s1
INSERT DATA { <statement/s1> kzld:signatory <person/p1> }
