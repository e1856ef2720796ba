# An event without type: only an info.
# expect: Info Event-typed event/strike MinCount
DELETE DATA { <event/strike> kzld:eventType etype:strike }
