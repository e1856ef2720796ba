# Positions 1, 3: a gap.
# expect: Violation Signature-positionGap signature/s1/pt SPARQL
DELETE DATA { <signature/s1/pt> schema:position 2 } ;
INSERT DATA { <signature/s1/pt> schema:position 3 }
