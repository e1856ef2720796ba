# A signature without the kzld:signatory shortcut.
# expect: Violation Signature-shortcut signature/s1/pt SPARQL
DELETE DATA { <statement/s1> kzld:signatory <org/pt> }
