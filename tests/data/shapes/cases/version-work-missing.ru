# A version that does not name its statement.
# expect: Violation LanguageVersion-exampleOfWork statement/s1/ru MinCount
DELETE DATA { <statement/s1/ru> schema:exampleOfWork <statement/s1> }
