# Two adoption meetings.
# expect: Violation Statement-adoptedAt statement/s1 MaxCount
INSERT DATA { <statement/s1> kzld:adoptedAt <event/ban> }
