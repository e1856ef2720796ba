# A section in two schemes.
# expect: Violation SignatorySection-inScheme statement/s1/section/1 Class
# expect: Violation SignatorySection-inScheme statement/s1/section/1 MaxCount
INSERT DATA { <statement/s1/section/1> skos:inScheme <statement/s1/en> }
