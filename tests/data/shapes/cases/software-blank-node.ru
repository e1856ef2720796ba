# A software that is a blank node.
# expect: Violation SoftwareApplication _: NodeKind
INSERT DATA { [] a schema:SoftwareApplication ; schema:softwareVersion "1" }
