# A section heading that is an IRI.
# expect: Violation SignatorySection-prefLabel statement/s1/section/1 Or
DELETE DATA { <statement/s1/section/1> skos:prefLabel "Signed by:"@en } ;
INSERT DATA { <statement/s1/section/1> skos:prefLabel <org/kke> }
