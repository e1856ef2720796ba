# A selector ending at -1.
# expect: Violation Evidence-offsets evidence/s1/90-102 SPARQL
# expect: Violation TextPositionSelector-end evidence/s1/90-102/position MinInclusive
DELETE DATA { <evidence/s1/90-102/position> oa:end 102 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:end -1 }
