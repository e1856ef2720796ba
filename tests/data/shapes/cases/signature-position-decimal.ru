# A position written as a decimal.
# expect: Violation Signature-position signature/s1/pt Datatype
DELETE DATA { <signature/s1/pt> schema:position 2 } ;
INSERT DATA { <signature/s1/pt> schema:position 2.0 }
