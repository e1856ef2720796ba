# A role held in an event, not an organisation.
# expect: Violation OrganizationRole-organisation role/s1/1 Class
DELETE DATA { <org/kke> schema:member <role/s1/1> } ;
INSERT DATA { <event/ban> schema:member <role/s1/1> }
