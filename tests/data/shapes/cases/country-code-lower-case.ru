# A country code in lower case.
# expect: Violation Country-identifier country/GR Pattern
DELETE DATA { <country/GR> schema:identifier "GR" } ;
INSERT DATA { <country/GR> schema:identifier "gr" }
