# A country is a place (subclass in the ontology): conforms.
# expect: nothing (conforms)
DELETE DATA { <statement/s1> schema:locationCreated <place/istanbul> } ;
INSERT DATA { <statement/s1> schema:locationCreated <country/KZ> }
