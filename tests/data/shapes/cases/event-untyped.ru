# An event without type: only an info.
# expect: Info Event-typed event/strike
DELETE DATA { <event/strike> kzld:eventType etype:strike }
