# Two language versions in the same language.
# expect: Violation Statement-versionLanguagesUnique statement/s1 SPARQL
DELETE DATA { <statement/s1/ru> schema:inLanguage "ru" ; schema:name "О запрете партии"@ru } ;
INSERT DATA { <statement/s1/ru> schema:inLanguage "en" }
