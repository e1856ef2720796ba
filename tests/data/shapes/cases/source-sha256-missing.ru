# A source without its digest.
# expect: Violation SourceDocument-sha256 source/s1 MinCount
DELETE DATA { <source/s1> schema:sha256 "9f2c00000000000000000000000000000000000000000000000000000000abcd" }
