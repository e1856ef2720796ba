# A role no organisation lists.
# expect: Violation OrganizationRole-organisation role/s1/1 MinCount
DELETE DATA { <org/kke> schema:member <role/s1/1> }
