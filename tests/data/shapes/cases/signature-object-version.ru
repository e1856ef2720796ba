# A signature of a language version, not of the statement.
# expect: Violation Signature-object signature/s1/pt Class
# expect: Violation Signature-sectionOfObject signature/s1/pt SPARQL
# expect: Violation Signature-shortcut signature/s1/pt SPARQL
# expect: Violation Statement-signatoryBacked statement/s1 SPARQL
DELETE DATA { <signature/s1/pt> schema:object <statement/s1> } ;
INSERT DATA { <signature/s1/pt> schema:object <statement/s1/en> }
