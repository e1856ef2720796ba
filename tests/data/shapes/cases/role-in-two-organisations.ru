# One role node in two organisations.
# expect: Violation OrganizationRole-organisation role/s1/1 MaxCount
INSERT DATA { <org/pt> schema:member <role/s1/1> }
