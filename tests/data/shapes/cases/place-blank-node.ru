# A place that is a blank node.
# expect: Violation Place _: NodeKind
INSERT DATA { [] a schema:Place ; schema:name "P"@en }
