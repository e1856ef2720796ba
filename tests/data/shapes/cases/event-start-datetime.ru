# A start typed xsd:dateTime.
# expect: Violation Event-startDate event/meeting Or
DELETE DATA { <event/meeting> schema:startDate "2015-11-01"^^xsd:date } ;
INSERT DATA { <event/meeting> schema:startDate "2015-11-01T10:00:00"^^xsd:dateTime }
