# A statement language written as a tagged string.
# expect: Violation Statement-inLanguage statement/s1 Datatype
DELETE DATA { <statement/s1> schema:inLanguage "ru" } ;
INSERT DATA { <statement/s1> schema:inLanguage "ru"@en }
