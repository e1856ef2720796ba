# A statement the text does not date: only an info.
# expect: Info Statement-dated statement/s1 MinCount
DELETE DATA { <statement/s1> schema:dateCreated "2015-11-01"^^xsd:date ; schema:datePublished "2015-11-16"^^xsd:date }
