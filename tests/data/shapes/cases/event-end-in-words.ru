# An end date written in words.
# expect: Violation Event-endDate event/ban Or
DELETE DATA { <event/ban> schema:endDate "2015-10-21"^^xsd:date } ;
INSERT DATA { <event/ban> schema:endDate "21 October 2015" }
