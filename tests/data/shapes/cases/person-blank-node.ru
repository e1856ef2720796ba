# A person who is a blank node.
# expect: Violation Person _: NodeKind
INSERT DATA { [] a schema:Person ; schema:name "A" }
