# A sha256 that is not 64 lower-case hex digits.
# expect: Violation SourceDocument-sha256 source/s1 Pattern
DELETE { <source/s1> schema:sha256 ?h } INSERT { <source/s1> schema:sha256 "9F2C" } WHERE { <source/s1> schema:sha256 ?h }
