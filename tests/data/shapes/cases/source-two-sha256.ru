# A source with two digests.
# expect: Violation SourceDocument-sha256 source/s1 MaxCount
INSERT DATA { <source/s1> schema:sha256 "0000000000000000000000000000000000000000000000000000000000000000" }
