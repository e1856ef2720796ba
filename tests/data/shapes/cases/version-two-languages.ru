# A version in two languages.
# expect: Violation LanguageVersion-inLanguage statement/s1/ru MaxCount
# expect: Violation LanguageVersion-nameLanguage statement/s1/ru SPARQL
# expect: Violation Statement-versionLanguagesUnique statement/s1 SPARQL
INSERT DATA { <statement/s1/ru> schema:inLanguage "en" }
