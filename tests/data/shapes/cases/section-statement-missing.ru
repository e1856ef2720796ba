# A section that belongs to no statement.
# expect: Violation SignatorySection-inScheme statement/s1/section/1 MinCount
# expect: Violation Signature-sectionOfObject signature/s1/kke SPARQL
# expect: Violation Signature-sectionOfObject signature/s1/pt SPARQL
DELETE DATA { <statement/s1/section/1> skos:inScheme <statement/s1> }
