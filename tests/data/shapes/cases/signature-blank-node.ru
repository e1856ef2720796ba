# A signature that is a blank node.
# expect: Violation Signature _: NodeKind
DELETE WHERE { <signature/s1/pt> ?p ?o } ;
INSERT DATA { _:b a kzld:Signature ; schema:agent <org/pt> ; schema:object <statement/s1> ; kzld:section <statement/s1/section/1> ; schema:position 2 ; prov:wasDerivedFrom <evidence/s1/90-102> }
