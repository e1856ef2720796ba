# A role name that is an IRI.
# expect: Violation OrganizationRole-roleName role/s1/1 Or
INSERT DATA { <role/s1/1> schema:roleName <http://example.org/role> }
