# Two adoption meetings.
# expect: Violation Statement-adoptedAt statement/s1
INSERT DATA { <statement/s1> kzld:adoptedAt <event/ban> }
