# A place contained in an event.
# expect: Violation Place-containedInPlace place/istanbul Class
INSERT DATA { <place/istanbul> schema:containedInPlace <event/ban> }
