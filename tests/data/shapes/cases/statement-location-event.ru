# locationCreated that is not a place.
# expect: Violation Statement-locationCreated statement/s1 Class
DELETE DATA { <statement/s1> schema:locationCreated <place/istanbul> } ;
INSERT DATA { <statement/s1> schema:locationCreated <event/meeting> }
