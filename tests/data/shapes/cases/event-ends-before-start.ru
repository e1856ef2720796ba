# An event that ends before it starts.
# expect: Violation Event-dateOrder event/meeting SPARQL
DELETE DATA { <event/meeting> schema:endDate "2015-11-01"^^xsd:date } ;
INSERT DATA { <event/meeting> schema:endDate "2015-10-31"^^xsd:date }
