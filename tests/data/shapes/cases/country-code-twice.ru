# Two country nodes with one code.
# expect: Violation Country-identifierUnique country/KZ SPARQL
DELETE DATA { <country/GR> schema:identifier "GR" } ;
INSERT DATA { <country/GR> schema:identifier "KZ" }
