# A statement title without a language tag.
# expect: Violation Statement-name statement/s1 Datatype
INSERT DATA { <statement/s1> schema:name "Plain title" }
