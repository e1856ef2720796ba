# A mention with two targets.
# expect: Violation Mention-target mention/s1/61-86 MaxCount
INSERT DATA { <mention/s1/61-86> oa:hasTarget <evidence/s1/90-102> }
