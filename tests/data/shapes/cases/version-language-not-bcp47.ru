# A version language that is no BCP 47 tag.
# expect: Violation LanguageVersion-inLanguage statement/s1/ru Pattern
# expect: Violation LanguageVersion-nameLanguage statement/s1/ru SPARQL
# expect: Violation Statement-versionLanguagesListed statement/s1 SPARQL
DELETE DATA { <statement/s1/ru> schema:inLanguage "ru" } ;
INSERT DATA { <statement/s1/ru> schema:inLanguage "ru_RU" }
