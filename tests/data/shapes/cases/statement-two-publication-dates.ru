# A statement with two publication dates.
# expect: Violation Statement-datePublished statement/s1 MaxCount
INSERT DATA { <statement/s1> schema:datePublished "2015-11-17"^^xsd:date }
