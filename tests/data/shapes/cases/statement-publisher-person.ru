# A publisher that is a person.
# expect: Violation Statement-publisher statement/s1 Class
DELETE DATA { <statement/s1> schema:publisher <org/kke> } ;
INSERT DATA { <statement/s1> schema:publisher <person/p1> }
