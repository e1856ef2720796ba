# An event with two start dates.
# expect: Violation Event-startDate event/strike MaxCount
INSERT DATA { <event/strike> schema:startDate "2011-05"^^xsd:gYearMonth }
