# A signature by two organisations.
# expect: Violation Signature-agent signature/s1/kke MaxCount
INSERT DATA { <signature/s1/kke> schema:agent <org/pt> }
