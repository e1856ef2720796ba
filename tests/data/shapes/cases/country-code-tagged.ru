# A country code with a language tag.
# expect: Violation Country-identifier country/GR Datatype
DELETE DATA { <country/GR> schema:identifier "GR" } ;
INSERT DATA { <country/GR> schema:identifier "GR"@en }
