# A signature without its statement.
# expect: Violation Signature-object signature/s1/pt
# expect: Violation Statement-signatoryBacked statement/s1
DELETE DATA { <signature/s1/pt> schema:object <statement/s1> }
