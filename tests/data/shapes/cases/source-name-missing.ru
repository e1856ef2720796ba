# A source document without its file name.
# expect: Violation SourceDocument-name source/s1 MinCount
DELETE DATA { <source/s1> schema:name "s1.txt" }
