# A role whose member is an organisation, not a person.
# expect: Violation OrganizationRole-member role/s1/1 Class
DELETE DATA { <role/s1/1> schema:member <person/p1> } ;
INSERT DATA { <role/s1/1> schema:member <org/pt> }
