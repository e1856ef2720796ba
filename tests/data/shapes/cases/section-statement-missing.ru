# A section that belongs to no statement.
# expect: Violation SignatorySection-inScheme statement/s1/section/1
# expect: Violation Signature-sectionOfObject signature/s1/kke
# expect: Violation Signature-sectionOfObject signature/s1/pt
DELETE DATA { <statement/s1/section/1> skos:inScheme <statement/s1> }
