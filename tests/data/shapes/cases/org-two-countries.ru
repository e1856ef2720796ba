# An organisation in two countries.
# expect: Violation Organization-location org/pt MaxCount
INSERT DATA { <org/pt> schema:location <country/GR> }
