# A signature of two works.
# expect: Violation Signature-object signature/s1/pt Class
# expect: Violation Signature-object signature/s1/pt MaxCount
# expect: Violation Signature-sectionOfObject signature/s1/pt SPARQL
# expect: Violation Signature-shortcut signature/s1/pt SPARQL
INSERT DATA { <signature/s1/pt> schema:object <statement/s1/en> }
