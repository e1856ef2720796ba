# A source with two file names.
# expect: Violation SourceDocument-name source/s1 MaxCount
INSERT DATA { <source/s1> schema:name "s1-copy.txt" }
