# A datePublished as a plain string.
# expect: Violation Statement-datePublished statement/s1 Datatype
DELETE DATA { <statement/s1> schema:datePublished "2015-11-16"^^xsd:date } ;
INSERT DATA { <statement/s1> schema:datePublished "16 November 2015" }
