# Evidence without a position selector.
# expect: Violation Evidence-positionSelector evidence/s1/90-102 QualifiedMinCount
DELETE DATA { <evidence/s1/90-102> oa:hasSelector <evidence/s1/90-102/position> }
