# An organisation without country: only an info.
# expect: Info Organization-hasCountry org/pt MinCount
DELETE DATA { <org/pt> schema:location <country/KZ> }
