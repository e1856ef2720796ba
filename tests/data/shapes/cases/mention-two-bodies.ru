# A mention of two things.
# expect: Violation Mention-body mention/s1/61-86 MaxCount
INSERT DATA { <mention/s1/61-86> oa:hasBody <org/pt> }
