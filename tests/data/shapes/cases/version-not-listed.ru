# A version its statement does not list.
# expect: Violation LanguageVersion-workExampleInverse statement/s1/ru SPARQL
DELETE DATA { <statement/s1> schema:workExample <statement/s1/ru> }
