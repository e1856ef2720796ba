# An event located at an organisation.
# expect: Violation Event-location event/ban
INSERT DATA { <event/ban> schema:location <org/kke> }
