# An event type outside kzld:eventTypes.
# expect: Violation Event-type event/strike
DELETE DATA { <event/strike> kzld:eventType etype:strike } ;
INSERT DATA { <event/strike> kzld:eventType etype:picnic }
