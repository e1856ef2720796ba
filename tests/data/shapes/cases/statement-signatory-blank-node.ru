# A signatory shortcut to a blank node.
# expect: Info Organization-hasCountry _: MinCount
# expect: Violation Organization _: NodeKind
# expect: Violation Organization-name _: MinCount
# expect: Violation Statement-signatory statement/s1 NodeKind
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
INSERT DATA { <statement/s1> kzld:signatory [ a schema:Organization ] }
