# Two signatures at position 1.
# expect: Violation Signature-positionUnique signature/s1/pt SPARQL
DELETE DATA { <signature/s1/pt> schema:position 2 } ;
INSERT DATA { <signature/s1/pt> schema:position 1 }
