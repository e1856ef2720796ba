# A signature without its organisation.
# expect: Violation Signature-agent signature/s1/pt MinCount
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
DELETE DATA { <signature/s1/pt> schema:agent <org/pt> }
