# An organisation located in a city rather than a country.
# expect: Violation Organization-location org/pt Class
DELETE DATA { <org/pt> schema:location <country/KZ> } ;
INSERT DATA { <org/pt> schema:location <place/istanbul> }
