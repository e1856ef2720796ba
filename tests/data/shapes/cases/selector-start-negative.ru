# A selector starting at -1.
# expect: Violation TextPositionSelector-start evidence/s1/90-102/position MinInclusive
DELETE DATA { <evidence/s1/90-102/position> oa:start 90 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:start -1 }
