# A version with two titles.
# expect: Violation LanguageVersion-name statement/s1/en
INSERT DATA { <statement/s1/en> schema:name "Second title"@en }
