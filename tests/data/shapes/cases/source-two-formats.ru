# Two media types.
# expect: Warning SourceDocument-encodingFormat source/s1
INSERT DATA { <source/s1> schema:encodingFormat "text/html" }
