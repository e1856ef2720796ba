# A signature by a person, not an organisation.
# expect: Violation Signature-agent signature/s1/pt Class
# expect: Violation Signature-shortcut signature/s1/pt SPARQL
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
DELETE DATA { <signature/s1/pt> schema:agent <org/pt> } ;
INSERT DATA { <signature/s1/pt> schema:agent <person/p1> }
