# An organisation that is a blank node.
# expect: Violation Organization _: NodeKind
INSERT DATA { [] a schema:Organization ; schema:name "X"@en ; schema:location <country/GR> }
