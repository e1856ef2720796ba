# A selector with two ends.
# expect: Violation Evidence-quote evidence/s1/47-57 SPARQL
# expect: Violation TextPositionSelector-end evidence/s1/47-57/position MaxCount
INSERT DATA { <evidence/s1/47-57/position> oa:end "58"^^xsd:nonNegativeInteger }
