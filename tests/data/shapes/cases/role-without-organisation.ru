# A role no organisation lists.
# expect: Violation OrganizationRole-organisation role/s1/1
DELETE DATA { <org/kke> schema:member <role/s1/1> }
