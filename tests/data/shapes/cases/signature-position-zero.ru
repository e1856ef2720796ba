# A signature at position 0.
# expect: Violation Signature-position signature/s1/kke MinInclusive
# expect: Violation Signature-positionGap signature/s1/pt SPARQL
DELETE DATA { <signature/s1/kke> schema:position 1 } ;
INSERT DATA { <signature/s1/kke> schema:position 0 }
