# An event type outside kzld:eventTypes.
# expect: Violation Event-type event/strike Node
DELETE DATA { <event/strike> kzld:eventType etype:strike } ;
INSERT DATA { <event/strike> kzld:eventType etype:picnic }
