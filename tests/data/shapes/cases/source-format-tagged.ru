# A media type with a language tag.
# expect: Warning SourceDocument-encodingFormat source/s1 Datatype
DELETE DATA { <source/s1> schema:encodingFormat "text/plain" } ;
INSERT DATA { <source/s1> schema:encodingFormat "text/plain"@en }
