# A mention without its span.
# expect: Violation Mention-target mention/s1/61-86 MinCount
DELETE DATA { <mention/s1/61-86> oa:hasTarget <evidence/s1/61-86> }
