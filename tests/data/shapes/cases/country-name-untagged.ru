# A country (a place) with an untagged name.
# expect: Violation Place-name country/GR Datatype
DELETE DATA { <country/GR> schema:name "Greece"@en } ;
INSERT DATA { <country/GR> schema:name "Greece" }
