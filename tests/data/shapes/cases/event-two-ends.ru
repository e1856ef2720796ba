# An event with two end dates.
# expect: Violation Event-endDate event/ban MaxCount
INSERT DATA { <event/ban> schema:endDate "2015-10-30"^^xsd:date }
