# A version in a language the statement does not list.
# expect: Violation Statement-versionLanguagesListed statement/s1 SPARQL
DELETE DATA { <statement/s1> schema:inLanguage "ru" }
