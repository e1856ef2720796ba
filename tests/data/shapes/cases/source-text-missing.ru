# A source document without its text.
# expect: Violation SourceDocument-text source/s1 MinCount
DELETE { <source/s1> schema:text ?t } WHERE { <source/s1> schema:text ?t }
