# A statement made in two places.
# expect: Violation Statement-locationCreated statement/s1 MaxCount
INSERT DATA { <place/athens> a schema:Place ; schema:name "Athens"@en . <statement/s1> schema:locationCreated <place/athens> }
