# An event without start date: only an info.
# expect: Info Event-dated event/strike MinCount
DELETE DATA { <event/strike> schema:startDate "2011"^^xsd:gYear }
