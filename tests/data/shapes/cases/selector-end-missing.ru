# A position selector without end.
# expect: Violation TextPositionSelector-end evidence/s1/90-102/position MinCount
DELETE DATA { <evidence/s1/90-102/position> oa:end 102 }
