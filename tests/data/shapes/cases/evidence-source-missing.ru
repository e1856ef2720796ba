# Evidence without its source.
# expect: Violation Evidence-source evidence/s1/90-102 MinCount
DELETE DATA { <evidence/s1/90-102> oa:hasSource <source/s1> }
