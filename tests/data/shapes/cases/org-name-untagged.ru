# An organisation name of unknown language: only an info.
# expect: Info Organization-nameTagged org/pt Datatype
INSERT DATA { <org/pt> schema:name "Party of Labour" }
