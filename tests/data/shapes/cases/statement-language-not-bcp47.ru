# A language that is not a BCP 47 tag.
# expect: Violation Statement-inLanguage statement/s1 Pattern
INSERT DATA { <statement/s1> schema:inLanguage "en_GB" }
