# A version that is a blank node.
# expect: Violation LanguageVersion _: NodeKind
INSERT DATA { <statement/s1> schema:inLanguage "de" ; schema:workExample _:v . _:v a kzld:LanguageVersion ; schema:inLanguage "de" ; schema:exampleOfWork <statement/s1> }
