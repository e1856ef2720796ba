# A source file name given as a number.
# expect: Violation SourceDocument-name source/s1 Datatype
DELETE DATA { <source/s1> schema:name "s1.txt" } ;
INSERT DATA { <source/s1> schema:name 1 }
