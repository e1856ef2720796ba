# A role held by nobody.
# expect: Violation OrganizationRole-member role/s1/1 MinCount
DELETE DATA { <role/s1/1> schema:member <person/p1> }
