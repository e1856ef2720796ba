# A version with two titles.
# expect: Violation LanguageVersion-name statement/s1/en MaxCount
INSERT DATA { <statement/s1/en> schema:name "Second title"@en }
