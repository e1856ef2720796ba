# A signature without its statement.
# expect: Violation Signature-object signature/s1/pt MinCount
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
DELETE DATA { <signature/s1/pt> schema:object <statement/s1> }
