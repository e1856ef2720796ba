# A source text with a language tag.
# expect: Violation SourceDocument-text source/s1 Datatype
DELETE DATA { <source/s1> schema:text "Solidarity motion on the ban\nО запрете партии\n\nSigned by:\n1. Communist Party of Greece\n2. Партия труда\n" } ;
INSERT DATA { <source/s1> schema:text "Solidarity motion on the ban\nО запрете партии\n\nSigned by:\n1. Communist Party of Greece\n2. Партия труда\n"@en }
