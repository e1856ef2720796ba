# A selector without its start.
# expect: Violation TextPositionSelector-start evidence/s1/47-57/position MinCount
DELETE DATA { <evidence/s1/47-57/position> oa:start "47"^^xsd:nonNegativeInteger }
