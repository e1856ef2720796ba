# translationOfWork pointing at the statement, not a version.
# expect: Violation LanguageVersion-translationOfWork statement/s1/ru Class
DELETE DATA { <statement/s1/ru> schema:translationOfWork <statement/s1/en> } ;
INSERT DATA { <statement/s1/ru> schema:translationOfWork <statement/s1> }
