# An author that is a place.
# expect: Violation Statement-author statement/s1 Or
DELETE DATA { <statement/s1> schema:author <person/p1> } ;
INSERT DATA { <statement/s1> schema:author <place/istanbul> }
