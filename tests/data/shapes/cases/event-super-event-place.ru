# A super-event that is a place.
# expect: Violation Event-superEvent event/ban Class
DELETE DATA { <event/ban> schema:superEvent <event/strike> } ;
INSERT DATA { <event/ban> schema:superEvent <place/istanbul> }
