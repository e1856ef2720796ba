# A version language written as a tagged string.
# expect: Violation LanguageVersion-inLanguage statement/s1/ru Datatype
DELETE DATA { <statement/s1/ru> schema:inLanguage "ru" } ;
INSERT DATA { <statement/s1/ru> schema:inLanguage "ru"@en }
