# An organisation name that is an IRI.
# expect: Info Organization-nameTagged org/pt Datatype
# expect: Violation Organization-name org/pt Or
INSERT DATA { <org/pt> schema:name <country/KZ> }
