# A language version of two works.
# expect: Violation LanguageVersion-exampleOfWork statement/s1/ru Class
# expect: Violation LanguageVersion-exampleOfWork statement/s1/ru MaxCount
# expect: Violation LanguageVersion-workExampleInverse statement/s1/ru SPARQL
INSERT DATA { <statement/s1/ru> schema:exampleOfWork <statement/s1/en> }
