# A statement whose versions it does not list.
# expect: Violation LanguageVersion-workExampleInverse statement/s1/en SPARQL
# expect: Violation LanguageVersion-workExampleInverse statement/s1/ru SPARQL
# expect: Violation Statement-workExample statement/s1 MinCount
DELETE { <statement/s1> schema:workExample ?v } WHERE { <statement/s1> schema:workExample ?v }
