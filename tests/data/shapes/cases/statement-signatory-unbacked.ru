# A kzld:signatory shortcut with no signature behind it.
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
INSERT DATA { <statement/s1> kzld:signatory <org/x> . <org/x> a schema:Organization ; schema:name "X"@en ; schema:location <country/GR> }
