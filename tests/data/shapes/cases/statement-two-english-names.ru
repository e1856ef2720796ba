# Two titles in one language.
# expect: Warning Statement-nameOnePerLanguage statement/s1 UniqueLang
INSERT DATA { <statement/s1> schema:name "Another title"@en }
