# A country that is a blank node (also a place).
# expect: Violation Country _: NodeKind
# expect: Violation Place _: NodeKind
INSERT DATA { [] a schema:Country ; schema:identifier "FR" ; schema:name "France"@en }
