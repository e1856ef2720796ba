# A signature by two organisations (one of which has a signature of its own).
# expect: Violation Signature-agent signature/s1/kke MaxCount
# expect: Violation Signature-onePerOrganisation signature/s1/pt SPARQL
INSERT DATA { <signature/s1/kke> schema:agent <org/pt> }
