# Evidence without a quote selector.
# expect: Violation Evidence-quoteSelector evidence/s1/90-102 QualifiedMinCount
DELETE DATA { <evidence/s1/90-102> oa:hasSelector <evidence/s1/90-102/quote> }
