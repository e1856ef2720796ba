# A sha256 typed as xsd:hexBinary rather than a string.
# expect: Violation SourceDocument-sha256 source/s1 Datatype
DELETE DATA { <source/s1> schema:sha256 "9f2c00000000000000000000000000000000000000000000000000000000abcd" } ;
INSERT DATA { <source/s1> schema:sha256 "9f2c00000000000000000000000000000000000000000000000000000000abcd"^^xsd:hexBinary }
