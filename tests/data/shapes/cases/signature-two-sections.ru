# A signature in two sections.
# expect: Violation Signature-positionGap signature/s1/pt SPARQL
# expect: Violation Signature-section signature/s1/pt MaxCount
INSERT DATA { <statement/s1/section/2> a kzld:SignatorySection, skos:Concept ; skos:prefLabel "Also:"@en ; skos:inScheme <statement/s1> ; schema:position 2 . <signature/s1/pt> kzld:section <statement/s1/section/2> }
