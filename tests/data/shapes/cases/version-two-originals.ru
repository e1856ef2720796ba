# A version translated from two versions.
# expect: Violation LanguageVersion-translationOfWork statement/s1/ru MaxCount
INSERT DATA { <statement/s1/ru> schema:translationOfWork <statement/s1/ru> }
