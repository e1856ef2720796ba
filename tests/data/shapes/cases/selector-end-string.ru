# A selector end written as a string.
# expect: Violation TextPositionSelector-end evidence/s1/90-102/position MinInclusive
# expect: Violation TextPositionSelector-end evidence/s1/90-102/position Or
DELETE DATA { <evidence/s1/90-102/position> oa:end 102 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:end "102" }
