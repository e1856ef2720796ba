# A version title without a language tag.
# expect: Violation LanguageVersion-name statement/s1/ru Datatype
DELETE DATA { <statement/s1/ru> schema:name "О запрете партии"@ru } ;
INSERT DATA { <statement/s1/ru> schema:name "О запрете партии" }
