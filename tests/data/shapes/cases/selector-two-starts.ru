# A selector with two starts.
# expect: Violation Evidence-quote evidence/s1/47-57 SPARQL
# expect: Violation TextPositionSelector-start evidence/s1/47-57/position MaxCount
INSERT DATA { <evidence/s1/47-57/position> oa:start "46"^^xsd:nonNegativeInteger }
