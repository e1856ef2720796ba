# An event located at an organisation.
# expect: Violation Event-location event/ban Class
INSERT DATA { <event/ban> schema:location <org/kke> }
