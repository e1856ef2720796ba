# A place without name.
# expect: Violation Place-name place/istanbul
DELETE DATA { <place/istanbul> schema:name "Istanbul"@en }
