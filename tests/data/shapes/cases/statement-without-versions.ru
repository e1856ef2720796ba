# A statement whose versions it does not list.
# expect: Violation Statement-workExample statement/s1
# expect: Violation LanguageVersion-workExampleInverse statement/s1/en
# expect: Violation LanguageVersion-workExampleInverse statement/s1/ru
DELETE { <statement/s1> schema:workExample ?v } WHERE { <statement/s1> schema:workExample ?v }
