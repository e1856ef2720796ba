# A event that is a blank node.
# expect: Violation Event _: NodeKind
INSERT DATA { [] a schema:Event ; schema:name "E"@en ; kzld:eventType etype:strike ; schema:startDate "2011"^^xsd:gYear }
