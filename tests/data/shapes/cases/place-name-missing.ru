# A place without name.
# expect: Violation Place-name place/istanbul MinCount
DELETE DATA { <place/istanbul> schema:name "Istanbul"@en }
