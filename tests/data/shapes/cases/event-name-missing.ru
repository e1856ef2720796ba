# An event without a name.
# expect: Violation Event-name event/strike MinCount
DELETE DATA { <event/strike> schema:name "Strike"@en }
