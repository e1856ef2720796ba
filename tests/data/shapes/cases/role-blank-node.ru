# A role that is a blank node.
# expect: Violation OrganizationRole _: NodeKind
INSERT DATA { <org/pt> schema:member _:r . _:r a schema:OrganizationRole ; schema:member <person/p1> }
