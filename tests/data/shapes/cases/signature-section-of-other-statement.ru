# Signatures listed in a section of another statement.
# expect: Violation Signature-sectionOfObject signature/s1/kke SPARQL
# expect: Violation Signature-sectionOfObject signature/s1/pt SPARQL
DELETE DATA { <statement/s1/section/1> skos:inScheme <statement/s1> } ;
INSERT DATA { <statement/s1/section/1> skos:inScheme <statement/s2> . <statement/s2> a kzld:Statement ; schema:name "Other"@en ; schema:genre genre:statement ;
        prov:hadPrimarySource <source/s1> ; schema:dateCreated "2015-01-01"^^xsd:date ;
        schema:inLanguage "en" ; schema:workExample <statement/s2/en> .
    <statement/s2/en> a kzld:LanguageVersion ; schema:inLanguage "en" ; schema:exampleOfWork <statement/s2> . }
