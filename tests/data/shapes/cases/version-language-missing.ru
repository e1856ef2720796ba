# A version without language.
# expect: Violation LanguageVersion-inLanguage statement/s1/ru MinCount
DELETE DATA { <statement/s1/ru> schema:inLanguage "ru" }
