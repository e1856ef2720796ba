# A country without its code.
# expect: Violation Country-identifier country/GR MinCount
DELETE DATA { <country/GR> schema:identifier "GR" }
