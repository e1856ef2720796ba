# An event name without language tag.
# expect: Violation Event-name event/strike Datatype
DELETE DATA { <event/strike> schema:name "Strike"@en } ;
INSERT DATA { <event/strike> schema:name "Strike" }
