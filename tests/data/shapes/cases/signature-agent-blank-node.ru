# A signature by an organisation given as a blank node.
# expect: Info Organization-hasCountry _: MinCount
# expect: Violation Organization _: NodeKind
# expect: Violation Organization-name _: MinCount
# expect: Violation Signature-agent signature/s1/pt NodeKind
# expect: Violation Signature-shortcut signature/s1/pt SPARQL
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
DELETE DATA { <signature/s1/pt> schema:agent <org/pt> } ;
INSERT DATA { <signature/s1/pt> schema:agent [ a schema:Organization ] }
