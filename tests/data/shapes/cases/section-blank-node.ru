# A section that is a blank node.
# expect: Violation SignatorySection _: NodeKind
INSERT DATA { [] a kzld:SignatorySection ; skos:prefLabel "H" ; skos:inScheme <statement/s1> ; schema:position 2 }
