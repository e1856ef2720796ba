# A start month that does not exist.
# expect: Violation Event-startDate event/strike Or
DELETE DATA { <event/strike> schema:startDate "2011"^^xsd:gYear } ;
INSERT DATA { <event/strike> schema:startDate "2011-13"^^xsd:gYearMonth }
