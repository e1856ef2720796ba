# A section in the scheme of a language version, not of the statement.
# expect: Violation SignatorySection-inScheme statement/s1/section/1 Class
# expect: Violation Signature-sectionOfObject signature/s1/kke SPARQL
# expect: Violation Signature-sectionOfObject signature/s1/pt SPARQL
DELETE DATA { <statement/s1/section/1> skos:inScheme <statement/s1> } ;
INSERT DATA { <statement/s1/section/1> skos:inScheme <statement/s1/en> }
