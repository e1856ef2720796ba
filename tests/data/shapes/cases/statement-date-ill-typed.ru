# A dateCreated that is not a valid xsd:date.
# expect: Violation Statement-dateCreated statement/s1 Datatype
DELETE DATA { <statement/s1> schema:dateCreated "2015-11-01"^^xsd:date } ;
INSERT DATA { <statement/s1> schema:dateCreated "2015-13-01"^^xsd:date }
