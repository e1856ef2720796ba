# Two media types.
# expect: Warning SourceDocument-encodingFormat source/s1 MaxCount
INSERT DATA { <source/s1> schema:encodingFormat "text/html" }
