# A signature derived from the whole source, not a span of it.
# expect: Violation Signature-evidence signature/s1/pt Class
DELETE DATA { <signature/s1/pt> prov:wasDerivedFrom <evidence/s1/90-102> } ;
INSERT DATA { <signature/s1/pt> prov:wasDerivedFrom <source/s1> }
