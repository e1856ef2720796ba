# A start offset that is not an integer.
# expect: Violation TextPositionSelector-start evidence/s1/90-102/position Or
DELETE DATA { <evidence/s1/90-102/position> oa:start 90 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:start 90.0 }
