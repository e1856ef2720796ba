# A country with two codes.
# expect: Violation Country-identifier country/GR MaxCount
INSERT DATA { <country/GR> schema:identifier "EL" }
