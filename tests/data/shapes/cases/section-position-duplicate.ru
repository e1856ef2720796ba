# Two sections at position 1.
# expect: Violation SignatorySection-positionUnique statement/s1/section/2 SPARQL
INSERT DATA { <statement/s1/section/2> a kzld:SignatorySection ; skos:prefLabel "Also:" ; skos:inScheme <statement/s1> ; schema:position 1 }
