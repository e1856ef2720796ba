# A statement with two creation dates.
# expect: Violation Statement-dateCreated statement/s1 MaxCount
INSERT DATA { <statement/s1> schema:dateCreated "2015-11-02"^^xsd:date }
