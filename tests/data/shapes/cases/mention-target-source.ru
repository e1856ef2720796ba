# A mention whose target is the whole source, not a span of it.
# expect: Violation Mention-target mention/s1/61-86 Class
DELETE DATA { <mention/s1/61-86> oa:hasTarget <evidence/s1/61-86> } ;
INSERT DATA { <mention/s1/61-86> oa:hasTarget <source/s1> }
