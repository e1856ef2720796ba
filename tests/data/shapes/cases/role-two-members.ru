# A role held by two persons.
# expect: Violation OrganizationRole-member role/s1/1 MaxCount
INSERT DATA { <person/p2> a schema:Person ; schema:name "John Roe"@en . <role/s1/1> schema:member <person/p2> }
