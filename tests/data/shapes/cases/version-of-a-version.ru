# A language version that is an example of another version, not of the statement.
# expect: Violation LanguageVersion-exampleOfWork statement/s1/ru Class
# expect: Violation LanguageVersion-workExampleInverse statement/s1/ru SPARQL
DELETE DATA { <statement/s1/ru> schema:exampleOfWork <statement/s1> } ;
INSERT DATA { <statement/s1/ru> schema:exampleOfWork <statement/s1/en> }
