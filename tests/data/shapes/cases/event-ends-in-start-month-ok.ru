# An event known to the month that ends within it: conforms.
# expect: nothing (conforms)
DELETE DATA { <event/meeting> schema:startDate "2015-11-01"^^xsd:date } ;
INSERT DATA { <event/meeting> schema:startDate "2015-11"^^xsd:gYearMonth }
